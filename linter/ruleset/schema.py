"""A small validator for the JSON Schemas shipped in ``schemas/``.

It understands the keywords those schemas use (type, properties, required,
additionalProperties, enum, items, pattern, minItems, minLength, anyOf, $ref),
so validating needs no third-party library at start-up; the test suite checks
the schemas and this validator against the jsonschema package.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

SCHEMAS = Path(__file__).parent.parent / "schemas"
_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def load(name: str) -> dict[str, Any]:
    """A shipped schema by file name."""
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _is(value: Any, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, _TYPES[kind])


def errors(
    value: Any, schema: Mapping[str, Any], root: Mapping[str, Any], at: str = ""
) -> Iterator[str]:
    """Problems as ``key.path: message``, first the outermost."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        yield from errors(value, root["definitions"][name], root, at)
        return
    if "anyOf" in schema:
        if all(list(errors(value, option, root, at)) for option in schema["anyOf"]):
            yield f"{at or '(top)'}: does not match any allowed form"
        return
    kinds = schema.get("type")
    if kinds and not any(_is(value, k) for k in ([kinds] if isinstance(kinds, str) else kinds)):
        yield f"{at or '(top)'}: expected {kinds}, got {type(value).__name__}"
        return
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(map(str, schema["enum"]))
        yield f"{at or '(top)'}: expected one of {allowed}, got {value!r}"
    if isinstance(value, str):
        yield from _string(value, schema, at)
    elif isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            yield f"{at}: expected at least {schema['minItems']} items"
        for index, item in enumerate(value):
            yield from errors(item, schema.get("items", {}), root, f"{at}[{index}]")
    elif isinstance(value, dict):
        yield from _object(value, schema, root, at)


def _string(value: str, schema: Mapping[str, Any], at: str) -> Iterator[str]:
    if len(value) < schema.get("minLength", 0):
        yield f"{at}: must not be empty"
    if "pattern" in schema and not re.search(schema["pattern"], value):
        yield f"{at}: {value!r} does not match {schema['pattern']}"


def _object(
    value: dict[str, Any], schema: Mapping[str, Any], root: Mapping[str, Any], at: str
) -> Iterator[str]:
    prefix = f"{at}." if at else ""
    for key in schema.get("required", ()):
        if key not in value:
            yield f"{prefix}{key}: missing required key"
    properties = schema.get("properties", {})
    extra = schema.get("additionalProperties", True)
    for key, item in value.items():
        if key in properties:
            yield from errors(item, properties[key], root, f"{prefix}{key}")
        elif extra is False:
            yield f"{prefix}{key}: unknown key"
        elif isinstance(extra, dict):
            yield from errors(item, extra, root, f"{prefix}{key}")


def first_error(value: Any, schema: Mapping[str, Any]) -> str | None:
    """The first problem, or None when ``value`` is valid."""
    return next(errors(value, schema, schema), None)
