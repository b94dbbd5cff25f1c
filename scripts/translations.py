"""Update the Dutch translation file from the code, and compile it for the app.

    python scripts/translations.py          # lupdate, then lrelease
Run it after adding or changing a tr() string, fill in the Dutch in
resources/translations/workshop_nl.ts (Qt Linguist, or any editor), and run it again.
A string with a count uses %n (self.tr("%n card(s)", "", n)): fill in its English singular
and plural in workshop_en.ts as well, which holds only such strings.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "workshop_nl.ts"
# English needs only its plural forms ("%n card(s)" -> "1 card", "2 cards"): lupdate -pluralonly.
ENGLISH_TS = TS.with_name("workshop_en.ts")
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    """Every file whose strings go through tr(), translate() or QT_TRANSLATE_NOOP()."""
    files = sorted((ROOT / "workshop").glob("*.py"))  # app, cli and its command modules
    for layer in ("core", "store", "export", "share", "ui"):
        files += sorted((ROOT / "workshop" / layer).rglob("*.py"))
    return [str(f) for f in files]


def update(ts: Path = TS, plurals_only: bool = False) -> None:
    """Add new strings to the .ts file (marked unfinished), drop vanished ones."""
    only = ["-pluralonly", "-target-language", "en"] if plurals_only else []
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources(), "-no-obsolete", *only, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


Dutch = dict[str, "str | list[str]"]


def _done(translation: ElementTree.Element | None) -> str | list[str] | None:
    """A finished translation's text, or its plural forms; None when there is none."""
    if translation is None or translation.get("type") == "unfinished":
        return None
    forms = [f.text or "" for f in translation.findall("numerusform")]
    if forms:
        return forms if all(f.strip() for f in forms) else None
    return translation.text if (translation.text or "").strip() else None


def known(ts: Path = TS) -> Dutch:
    """Every English text with its Dutch (a list for plural forms), whatever its context."""
    tree = ElementTree.parse(ts)
    found: Dutch = {}
    for m in tree.iter("message"):
        done = _done(m.find("translation"))
        if done is not None:
            found[m.findtext("source") or ""] = done
    return found


def carry_over(dutch: Dutch, ts: Path = TS) -> int:
    """Fill unfinished (or empty) messages whose English was translated before, in any
    context: a class or file renamed keeps its Dutch. Returns how many were filled."""
    tree = ElementTree.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or _done(translation) is not None or source not in dutch:
            continue
        value = dutch[source]
        plural = message.get("numerus") == "yes"
        if plural != isinstance(value, list):
            continue  # a plural became a plain text or back: translate it again
        if isinstance(value, list):
            for form in translation.findall("numerusform"):
                translation.remove(form)
            for text in value:
                ElementTree.SubElement(translation, "numerusform").text = text
        else:
            translation.text = value
        translation.attrib.pop("type", None)
        filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def release(ts: Path = TS, qm: Path | None = None) -> Path:
    """Compile the .ts file into the .qm file the app loads."""
    qm = qm or ts.with_suffix(".qm")
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True
    )
    return qm


if __name__ == "__main__":
    before = known()
    update()
    if carry_over(before):
        update()  # lupdate writes the file in its own layout again
    print(f"compiled {release().relative_to(ROOT)}")
    update(ENGLISH_TS, plurals_only=True)
    print(f"compiled {release(ENGLISH_TS).relative_to(ROOT)}")
