"""Messages about untrusted files: short quotes of bad values, schema errors in plain words."""

from __future__ import annotations

from workshop.core.quoting import excerpt, schema_problems

TAGS = {"type": "array", "maxItems": 3, "items": {"type": "string"}}
LIST_OF_TEXTS = {"type": "object", "properties": {"tags": TAGS}}


def test_a_long_value_is_quoted_as_its_first_forty_characters():
    assert excerpt("x" * 2_000_000) == "“" + "x" * 40 + "…”"
    assert excerpt("short") == "“short”"
    assert excerpt(list(range(10**6))) == "a list of 1000000 items"
    assert excerpt({"a": 1}) == "an object with 1 fields"
    assert excerpt(10**100).endswith("…") and len(excerpt(10**100)) == 41
    assert excerpt(None) == "null" and excerpt(False) == "false"


def test_schema_errors_name_the_place_and_quote_short():
    problems = schema_problems(LIST_OF_TEXTS, {"tags": ["a", 5, "y" * 100_000]}, 20)
    assert problems == [("tags/1", "must be text, not 5")]
    problems = schema_problems({"type": "string", "maxLength": 3}, "z" * 1_000_000, 20)
    assert problems == [("file", "is longer than 3 characters")]


def test_a_whole_number_is_written_without_a_decimal_point():
    schema = {"type": "integer"}
    assert schema_problems(schema, 1, 5) == []
    assert schema_problems(schema, 1.0, 5) == [("file", "must be a whole number, not 1.0")]
    assert schema_problems(schema, True, 5) == [("file", "must be a whole number, not true")]


def test_checking_stops_at_a_list_with_too_many_items():
    """Its items are not checked one by one (200,000 of them took seconds): one problem."""
    problems = schema_problems(LIST_OF_TEXTS, {"tags": [5] * 200_000}, 20)
    assert problems == [("tags", "has more than 3 items")]
