"""Bad values from untrusted files quoted short, and JSON Schema errors said in plain words."""

from __future__ import annotations

from functools import cache
from itertools import islice
from typing import TYPE_CHECKING, Any

# jsonschema is loaded when a file is first checked, not when the app starts (it is a fifth
# of the app's start-up otherwise).
if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

# A message names what is wrong; it never repeats a huge value back to the person reading it.
EXCERPT = 40
MAX_MESSAGE = 300
TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
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
    wanted: Any = error.validator_value
    keyword, value = error.validator, error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    if keyword == "type":
        return f"must be {_types(wanted)}, not {excerpt(value)}"
    if keyword == "maxLength":
        return f"is longer than {wanted} characters"
    if keyword == "minLength":
        return "must not be empty" if wanted == 1 else f"is shorter than {wanted} characters"
    if keyword == "maxItems":
        return f"has more than {wanted} items"
    if keyword == "minItems":
        return f"has fewer than {wanted} items"
    if keyword == "maximum":
        return f"{excerpt(value)} is more than {wanted}"
    if keyword == "minimum":
        return f"{excerpt(value)} is less than {wanted}"
    if keyword == "enum":
        return f"{excerpt(value)} is not one of {', '.join(excerpt(v) for v in wanted)}"
    if keyword == "const":
        return f"{excerpt(value)} must be {excerpt(wanted)}"
    if keyword == "pattern":
        return f"{excerpt(value)} is not in the expected form"
    if keyword == "additionalProperties" and isinstance(value, dict):
        known = set(schema.get("properties", {}))
        extra = [k for k in value if k not in known]
        return f"{excerpt(extra[0] if extra else '')} is not a field Workshop knows"
    if keyword == "required" and isinstance(value, dict):
        missing = [k for k in wanted if k not in value]
        return f"{excerpt(missing[0] if missing else '')} is required"
    return short(error.message, 100)


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
    """At most `most` (place, message) pairs for what in `data` breaks `schema`.

    Checking stops at a list with too many items: the validator meets `maxItems` before it
    goes through the items one by one, which for 200,000 of them would take seconds."""
    found = []
    for error in islice(strict_validator()(schema).iter_errors(data), most):
        found.append((where(error), schema_message(error)))
        if error.validator == "maxItems":
            break
    return found
