"""The command line's words in the user's language: Workshop's Qt translations, no window.

`workshop --language nl …`, or a Dutch system, gets the command line's help, messages and
errors in Dutch, from the same workshop_nl.ts as the app (and so the same glossary).
"""

from __future__ import annotations

import argparse

from PySide6.QtCore import QTranslator

# Right after PySide6 is first loaded, before the app's own modules: see the module.
import workshop.ui.pyside_hook  # noqa: F401
from workshop import paths
from workshop.core.errors import MESSAGES, QT_TRANSLATE_NOOP, WorkshopError, render
from workshop.ui.translations import LANGUAGES, choose_language

# Kept alive for the process: Dutch first, then English for its plural forms.
_loaded: list[QTranslator] = []


def asked_language(argv: list[str]) -> str | None:
    """The value of --language in the arguments, when one of ours; argparse checks the rest."""
    for i, arg in enumerate(argv):
        value = argv[i + 1] if arg == "--language" and i + 1 < len(argv) else None
        if arg.startswith("--language="):
            value = arg.split("=", 1)[1]
        if value in LANGUAGES:
            return value
    return None


def use_language(argv: list[str]) -> str:
    """Load the translations for --language, else the system's language; returns it."""
    language = choose_language(asked_language(argv))
    _loaded.clear()
    for name in dict.fromkeys((language, "en")):
        translator = QTranslator()
        if translator.load(str(paths.resources_dir() / "translations" / f"workshop_{name}.qm")):
            _loaded.append(translator)
    argparse._ = _argparse_words  # type: ignore[attr-defined]  # its gettext hook, by name
    return language


# argparse's own words that a person meets (it asks gettext, which has no Dutch for them).
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
)


def _argparse_words(text: str) -> str:
    return translate("argparse", text) if text in ARGPARSE_WORDS else text


def translate(context: str, text: str, n: int = -1) -> str:
    """`text` in the loaded language, %n filled in; the English itself where none has it."""
    for translator in _loaded:
        found = translator.translate(context, text, None, n)
        if found:
            break
    else:
        found = text
    return found.replace("%n", str(n)) if n >= 0 else found


class Cli:
    """The command line's own words: `Cli.tr("…")`, as lupdate finds them (context "Cli")."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate("Cli", text, n)


def message(error: WorkshopError) -> str:
    """An error from the layers below in the loaded language, its places filled in."""
    return render(error.template, error.params, messages_words)


def messages_words(text: str) -> str:
    """A marked message from core or store in the loaded language."""
    return translate(MESSAGES, text)
