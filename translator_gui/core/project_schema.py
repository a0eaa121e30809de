"""The JSON Schema of the project file (.tgp), and the checks a schema cannot express.

One schema serves three purposes: load_project validates every file against it (a damaged
project is refused with the file and the field named, never half-read), docs/project.schema.json
is this dict written out (a test keeps them equal), and other tools can validate with it.
The validation here is a one-pass walk of the JSON Schema subset SCHEMA uses (the general
jsonschema validator took minutes on 20,000 segments); the tests check it against jsonschema.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

# Indices and ids fit a double (what every JSON reader can hold exactly).
_INDEX = {"type": "integer", "minimum": 0, "maximum": 2 ** 53}
_TEXT = {"type": "string"}
_LANGUAGE = {"type": "string", "pattern": "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$"}
_PATH = {
    "oneOf": [
        {"type": "null"},
        {"type": "string"},
        {"type": "object", "properties": {"absolute": _TEXT, "relative": _TEXT},
         "additionalProperties": False},
    ],
}
_LOCATION = {
    "type": "object",
    "properties": {
        "part": _TEXT,
        "section": _INDEX,
        "kind": {"enum": ["default", "first_page", "even_page"]},
        "path": {"type": "array", "items": _INDEX, "maxItems": 64},
        "line": _INDEX,
    },
}
_INPUT = {
    "oneOf": [
        {"type": "null"},
        {
            "type": "object",
            "required": ["language", "paragraphs", "sentences"],
            "properties": {
                "path": _PATH,
                "language": _LANGUAGE,
                "kind": {"enum": ["text", "docx"]},
                "paragraphs": {"type": "array", "items": {
                    "type": "object", "required": ["text"],
                    "properties": {"text": _TEXT, "location": _LOCATION,
                                   "style": {"type": ["string", "null"]}},
}},
                "sentences": {"type": "array", "items": {
                    "type": "array", "items": _INDEX, "minItems": 3, "maxItems": 3}},
                "fingerprint": {
                    "type": "object", "required": ["sha256", "size"],
                    "properties": {"sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                                   "size": _INDEX},
                    "additionalProperties": False},
            },
        },
    ],
}
_SEVERITY = {"enum": ["neutral", "minor", "major", "critical"]}
SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://translator-gui.invalid/project.schema.json",
    "title": "translator_gui project (.tgp), format 1",
    "type": "object",
    "required": ["format", "segments"],
    "properties": {
        "format": {"type": "integer", "minimum": 1},
        "application": _TEXT,
        "source_language": _LANGUAGE,
        "target_language": _LANGUAGE,
        "files": {
            "type": ["object", "null"],
            "properties": {"source": _PATH, "draft": _PATH, "bilingual": _PATH},
        },
        "inputs": {
            "type": ["object", "null"],
            "properties": {"source": _INPUT, "draft": _INPUT},
        },
        "checks": {
            "type": ["object", "null"],
            "properties": {
                "disabled": {"type": "array", "items": _TEXT},
                "severity": {"type": "object", "additionalProperties": _SEVERITY},
                "ignored": {"type": "array", "items": {
                    "type": "object", "required": ["segment", "check", "side"],
                    "properties": {"segment": _INDEX, "check": _TEXT,
                                   "side": {"enum": ["source", "target", "both"]},
                                   "text": _TEXT, "occurrence": _INDEX}}},
                "glossaries": {"type": "array", "items": _TEXT},
            },
        },
        "segments": {"type": "array", "items": {
            "type": "object",
            "required": ["id", "source", "draft", "target"],
            "properties": {
                "id": _INDEX,
                "source": _TEXT,
                "draft": _TEXT,
                "target": _TEXT,
                "status": {"enum": ["draft", "edited", "confirmed"]},
                "bead": {"type": "object", "properties": {
                    "source": {"type": "array", "items": _INDEX},
                    "target": {"type": "array", "items": _INDEX},
                    "confidence": {"type": "number", "minimum": 0, "maximum": 1}}},
                "source_original": _TEXT,
                "note": _TEXT,
            },
        }},
    },
}


def schema_json() -> str:
    """The schema as written to docs/project.schema.json."""
    return json.dumps(SCHEMA, indent=2, ensure_ascii=False) + "\n"


def _field(path: Any) -> str:
    name = ""
    for step in path:
        name += f"[{step}]" if isinstance(step, int) else (f".{step}" if name else str(step))
    return name or "the top level"


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


_TYPE_WORDS = {"string": "text", "integer": "a whole number", "object": "an object",
               "array": "a list", "number": "a number", "null": "null", "boolean": "true/false"}


def _explain(error: Any) -> str:
    where = _field(error.absolute_path)
    value = _shown(error.instance)
    if error.validator == "type":
        wanted = error.validator_value
        wanted = [wanted] if isinstance(wanted, str) else wanted
        words = " or ".join(_TYPE_WORDS.get(w, w) for w in wanted)
        return f"{where} must be {words}, not {value}"
    if error.validator == "required":
        return f"{where} lacks {error.message.split(' ')[0]}"
    if error.validator == "additionalProperties":
        return f"{where}: {error.message}"
    if error.validator == "enum":
        allowed = ", ".join(json.dumps(v) for v in error.validator_value)
        return f"{where} is {value}, not one of {allowed}"
    if error.validator == "oneOf":
        return f"{where} has the wrong shape ({value})"
    if error.validator in ("minimum", "maximum", "minItems", "maxItems", "pattern"):
        return f"{where} is {value}, out of range ({error.validator} {error.validator_value})"
    return f"{where}: {error.message}"


class SchemaError(Exception):
    """Where a value breaks the schema: the JSON path, the rule and its argument."""

    def __init__(self, path: list[str | int], validator: str, validator_value: Any,
                 instance: Any, message: str = ""):
        super().__init__(message)
        self.absolute_path, self.validator = path, validator
        self.validator_value, self.instance, self.message = validator_value, instance, message


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,), "integer": (int,), "number": (int, float), "object": (dict,),
    "array": (list,), "boolean": (bool,), "null": (type(None),)}


def _is(value: Any, kind: str) -> bool:
    if isinstance(value, bool) and kind in ("integer", "number"):
        return False
    return isinstance(value, _PYTHON_TYPES[kind])


def _validate(value: Any, schema: dict[str, Any], path: list[str | int]) -> None:
    """The subset of JSON Schema that SCHEMA uses, checked in one pass.

    jsonschema's general validator takes minutes on a 20,000-segment project; this walk
    takes about a second. tests/test_project.py checks that both agree on every case.
    """
    if "oneOf" in schema:
        errors = []
        for option in schema["oneOf"]:
            try:
                _validate(value, option, path)
                return
            except SchemaError as error:
                errors.append(error)
        # The option of the value's own type failed deeper down: that error says most.
        deeper = [e for e in errors if len(e.absolute_path) > len(path) or e.validator != "type"]
        if len(deeper) == 1:
            raise deeper[0]
        raise SchemaError(path, "oneOf", schema["oneOf"], value)
    kind = schema.get("type")
    if kind is not None:
        kinds = [kind] if isinstance(kind, str) else kind
        if not any(_is(value, k) for k in kinds):
            raise SchemaError(path, "type", kind, value)
    if "enum" in schema and value not in schema["enum"]:
        raise SchemaError(path, "enum", schema["enum"], value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            raise SchemaError(path, "minimum", schema["minimum"], value)
        if "maximum" in schema and value > schema["maximum"]:
            raise SchemaError(path, "maximum", schema["maximum"], value)
    if isinstance(value, str) and "pattern" in schema:
        if re.search(schema["pattern"], value) is None:
            raise SchemaError(path, "pattern", schema["pattern"], value)
    if isinstance(value, dict):
        for name in schema.get("required", ()):
            if name not in value:
                raise SchemaError(path, "required", schema["required"], value,
                                  f"{name!r} is a required property")
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            if name in properties:
                _validate(item, properties[name], [*path, name])
            elif extra is False:
                raise SchemaError(path, "additionalProperties", False, value,
                                  f"unexpected property {name!r}")
            elif isinstance(extra, dict):
                _validate(item, extra, [*path, name])
    if isinstance(value, list):
        if "minItems" in schema and len(value) < schema["minItems"]:
            raise SchemaError(path, "minItems", schema["minItems"], value)
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            raise SchemaError(path, "maxItems", schema["maxItems"], value)
        items = schema.get("items")
        if items is not None:
            for index, item in enumerate(value):
                _validate(item, items, [*path, index])


Check = Callable[[Any], bool]


def _type_check(kind: str | list[str]) -> Check:
    kinds = [kind] if isinstance(kind, str) else list(kind)
    if kinds == ["string"]:
        return lambda value: type(value) is str
    if kinds == ["integer"]:
        return lambda value: type(value) is int
    if kinds == ["object"]:
        return lambda value: type(value) is dict
    if kinds == ["array"]:
        return lambda value: type(value) is list
    return lambda value: any(_is(value, k) for k in kinds)


def _compile(schema: dict[str, Any]) -> Check:
    """A yes/no check of `schema` built once: the fast path for valid projects (the detailed
    walk above runs only to name what is wrong)."""
    if "oneOf" in schema:
        options = [_compile(option) for option in schema["oneOf"]]
        return lambda value: any(option(value) for option in options)
    checks: list[Check] = []
    if "type" in schema:
        checks.append(_type_check(schema["type"]))
    if "enum" in schema:
        allowed = schema["enum"]
        checks.append(lambda value: value in allowed)
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None or high is not None:
        low_bound = float("-inf") if low is None else low
        high_bound = float("inf") if high is None else high
        checks.append(lambda value: not isinstance(value, (int, float))
                      or isinstance(value, bool) or low_bound <= value <= high_bound)
    if "pattern" in schema:
        pattern = re.compile(schema["pattern"])
        checks.append(lambda value: not isinstance(value, str)
                      or pattern.search(value) is not None)
    if "required" in schema or "properties" in schema or "additionalProperties" in schema:
        required = tuple(schema.get("required", ()))
        properties = {name: _compile(sub) for name, sub in schema.get("properties", {}).items()}
        extra = schema.get("additionalProperties", True)
        extra_check = _compile(extra) if isinstance(extra, dict) else None

        def object_check(value: Any) -> bool:
            if type(value) is not dict:
                return True
            for name in required:
                if name not in value:
                    return False
            for name, item in value.items():
                check = properties.get(name)
                if check is not None:
                    if not check(item):
                        return False
                elif extra is False:
                    return False
                elif extra_check is not None and not extra_check(item):
                    return False
            return True

        checks.append(object_check)
    if "items" in schema or "minItems" in schema or "maxItems" in schema:
        items = _compile(schema["items"]) if "items" in schema else None
        shortest, longest = schema.get("minItems", 0), schema.get("maxItems", float("inf"))

        def array_check(value: Any) -> bool:
            if type(value) is not list:
                return True
            if not shortest <= len(value) <= longest:
                return False
            if items is not None:
                for item in value:
                    if not items(item):
                        return False
            return True

        checks.append(array_check)
    if len(checks) == 1:
        return checks[0]
    return lambda value: all(check(value) for check in checks)


_COMPILED: list[Check] = []


def validate_project_json(data: Any) -> str | None:
    """What is wrong with a loaded project, naming the field; None when it can be used."""
    if not _COMPILED:
        _COMPILED.append(_compile(SCHEMA))
    if not _COMPILED[0](data):
        try:
            _validate(data, SCHEMA, [])
        except SchemaError as error:
            return _explain(error)
        return "it does not match the project schema"  # the two walks disagree: never seen
    return _check_references(data)


def _check_references(data: dict[str, Any]) -> str | None:
    """What a schema cannot say: indices point inside the lists they index, ids are unique."""
    inputs = data.get("inputs") or {}
    sentence_counts: dict[str, int | None] = {}
    for side in ("source", "draft"):
        text = inputs.get(side)
        if not text:
            sentence_counts[side] = None
            continue
        paragraphs = text["paragraphs"]
        for number, (paragraph, start, end) in enumerate(text["sentences"]):
            where = f"inputs.{side}.sentences[{number}]"
            if paragraph >= len(paragraphs):
                return (f"{where} names paragraph {paragraph}, but there are "
                        f"{len(paragraphs)}")
            if not start <= end <= len(paragraphs[paragraph]["text"]):
                return f"{where} spans {start}-{end}, outside its paragraph's text"
        sentence_counts[side] = len(text["sentences"])
    seen: set[int] = set()
    for number, segment in enumerate(data["segments"]):
        if segment["id"] in seen:
            return f"segments[{number}].id {segment['id']} is used twice"
        seen.add(segment["id"])
        bead = segment.get("bead") or {}
        for key, side in (("source", "source"), ("target", "draft")):
            count = sentence_counts[side]
            for index in bead.get(key, []):
                if count is not None and index >= count:
                    return (f"segments[{number}].bead.{key} names sentence {index}, but "
                            f"inputs.{side} has {count}")
    return None
