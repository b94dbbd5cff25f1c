"""Bad values from untrusted files quoted short, and JSON Schema errors said in plain words."""

from __future__ import annotations

from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any

from workshop.core.errors import QT_TRANSLATE_NOOP

# jsonschema is loaded when a file is first checked, not when the app starts (it is a fifth
# of the app's start-up otherwise).
if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

# A message names what is wrong; it never repeats a huge value back to the person reading it.
EXCERPT = 40
MAX_MESSAGE = 300
# Marked, so a single kind ("must be text, not 3") is said in the reader's language too.
TYPE_NAMES = {
    "string": QT_TRANSLATE_NOOP("Messages", "text"),
    "integer": QT_TRANSLATE_NOOP("Messages", "a whole number"),
    "number": QT_TRANSLATE_NOOP("Messages", "a number"),
    "boolean": QT_TRANSLATE_NOOP("Messages", "true or false"),
    "array": QT_TRANSLATE_NOOP("Messages", "a list"),
    "object": QT_TRANSLATE_NOOP("Messages", "an object"),
    "null": "null",
}


def excerpt(value: Any, most: int = EXCERPT) -> str:
    """A value as a short quote: text cut to `most` characters then “…”; lists and objects
    by their size (building their whole text could itself take long)."""
    if isinstance(value, str):
        cut = value[:most] + ("…" if len(value) > most else "")
        return f"“{cut}”"
    if isinstance(value, list):
        return f"a list of {len(value)} items"
    if isinstance(value, dict):
        return f"an object with {len(value)} fields"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = repr(value)
    return text[:most] + ("…" if len(text) > most else "")


def short(message: str, most: int = MAX_MESSAGE) -> str:
    """A message cut to `most` characters, for one that may hold a value we did not quote."""
    return message[:most] + ("…" if len(message) > most else "")


def _types(wanted: Any) -> str:
    names = [wanted] if isinstance(wanted, str) else list(wanted)
    return " or ".join(TYPE_NAMES.get(n, n) for n in names)


def schema_message(error: ValidationError) -> str:
    """What a JSON Schema error says, in words, quoting the bad value only as an excerpt."""
    template, params = schema_template(error)
    return template.format(**params) if params else template


def schema_template(error: ValidationError) -> tuple[str, dict[str, object]]:
    """schema_message as a marked message and its places, to be shown in any language."""
    wanted: Any = error.validator_value
    keyword, value = error.validator, error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    if keyword == "type":
        kind = _types(wanted)
        return QT_TRANSLATE_NOOP("Messages", "must be {kind}, not {value}"), {
            "kind": kind,
            "value": excerpt(value),
        }
    if keyword == "maxLength":
        return QT_TRANSLATE_NOOP("Messages", "is longer than {most} characters"), {"most": wanted}
    if keyword == "minLength":
        if wanted == 1:
            return QT_TRANSLATE_NOOP("Messages", "must not be empty"), {}
        return QT_TRANSLATE_NOOP("Messages", "is shorter than {most} characters"), {"most": wanted}
    if keyword == "maxItems":
        return QT_TRANSLATE_NOOP("Messages", "has more than {most} items"), {"most": wanted}
    if keyword == "minItems":
        return QT_TRANSLATE_NOOP("Messages", "has fewer than {most} items"), {"most": wanted}
    if keyword == "maximum":
        return QT_TRANSLATE_NOOP("Messages", "{value} is more than {most}"), {
            "value": excerpt(value),
            "most": wanted,
        }
    if keyword == "minimum":
        return QT_TRANSLATE_NOOP("Messages", "{value} is less than {most}"), {
            "value": excerpt(value),
            "most": wanted,
        }
    if keyword == "enum":
        return QT_TRANSLATE_NOOP("Messages", "{value} is not one of {choices}"), {
            "value": excerpt(value),
            "choices": ", ".join(excerpt(v) for v in wanted),
        }
    if keyword == "const":
        return QT_TRANSLATE_NOOP("Messages", "{value} must be {wanted}"), {
            "value": excerpt(value),
            "wanted": excerpt(wanted),
        }
    if keyword == "pattern":
        return QT_TRANSLATE_NOOP("Messages", "{value} is not in the expected form"), {
            "value": excerpt(value)
        }
    if keyword == "additionalProperties" and isinstance(value, dict):
        known = set(schema.get("properties", {}))
        extra = [k for k in value if k not in known]
        return QT_TRANSLATE_NOOP("Messages", "{value} is not a field Workshop knows"), {
            "value": excerpt(extra[0] if extra else "")
        }
    if keyword == "required" and isinstance(value, dict):
        missing = [k for k in wanted if k not in value]
        return QT_TRANSLATE_NOOP("Messages", "{value} is required"), {
            "value": excerpt(missing[0] if missing else "")
        }
    return "{message}", {"message": short(error.message, 100)}  # jsonschema's own words


def where(error: ValidationError) -> str:
    """The place of an error as a path of keys and indexes, e.g. board/tips/3/hidden."""
    return "/".join(excerpt(p, 20) if isinstance(p, str) and len(p) > 20 else str(p)
                    for p in error.absolute_path) or "file"  # fmt: skip


def _strict_integer(_checker: Any, value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# JSON Schema counts 1.0 as an integer; Python does not (a list cannot be indexed by 1.0), so
# a whole number in a file Workshop reads is written without a decimal point.
@cache
def strict_validator() -> Any:
    """Draft 2020-12 with Python's idea of an integer."""
    import jsonschema

    return jsonschema.validators.extend(
        jsonschema.Draft202012Validator,
        type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine(
            "integer", _strict_integer
        ),
    )


def schema_problems(schema: dict[str, Any], data: Any, most: int) -> list[tuple[str, str]]:
    """At most `most` (place, message) pairs for what in `data` breaks `schema`."""
    return [
        (place, template.format(**params) if params else template)
        for place, template, params in schema_templates(schema, data, most)
    ]


def schema_templates(
    schema: dict[str, Any], data: Any, most: int
) -> list[tuple[str, str, dict[str, object]]]:
    """schema_problems as (place, marked message, its places), for any language.

    Checking stops at a list with too many items: the validator meets `maxItems` before it
    goes through the items one by one, which for 200,000 of them would take seconds."""
    found = []
    for error in islice(strict_validator()(schema).iter_errors(data), most):
        found.append((where(error), *schema_template(error)))
        if error.validator == "maxItems":
            break
    return found
