"""The JSON Schema of the data-file format: generated from the models, shipped, checked.

The schema is built from :class:`~cncf_glossary.models.Term` and
:class:`~cncf_glossary.models.Category` with pydantic's ``model_json_schema``
machinery, refined with the constraints the models check in plain validators (the
slug pattern, URL pattern, text lengths), and wrapped in the shape of a whole data
file (``version``, ``sources``, ``categories``, ``terms``, ``omitted``). A copy ships
in the package as ``cncf_glossary/terms.schema.json`` so editors and other tools can
use it; a test keeps it equal to the generated one. After changing the models,
regenerate it with ``python -m cncf_glossary.schema``.

An entry of ``terms`` is either a full term or, in a file layered over others, an
*extension* of an existing term: only ``id`` with the fields that add (``aliases``,
``formerly``, ``tags``, ``plain_sense``, ``xrefs``, ``relations``) and ``replace``. An
entry holding any other field (``name``, ``kind``, ...) is checked as a full term.

:func:`check_schema` validates files against the schema with :mod:`jsonschema`
(installed separately; ``cncf-glossary validate --schema`` uses it) and reports each
error as a :class:`~cncf_glossary.errors.Problem` with file and line, code ``schema``.
"""

from __future__ import annotations

import copy
import functools
import inspect
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import GlossaryError, Problem

if TYPE_CHECKING:
    from collections.abc import Callable

    from pydantic_core import core_schema

    from ._yaml import Value

__all__ = ["check_schema", "generate_schema", "json_schema", "schema_path"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"


def schema_path() -> Path:
    """The path of the shipped ``terms.schema.json``.

    >>> schema_path().name
    'terms.schema.json'
    """
    return Path(__file__).with_name("terms.schema.json")


@functools.lru_cache(maxsize=1)
def _shipped() -> str:
    return schema_path().read_text(encoding="utf-8")


def json_schema() -> dict[str, Any]:
    """The shipped JSON Schema of a data file, as a dict (a fresh copy each call).

    >>> s = json_schema()
    >>> s["$schema"], sorted(s["properties"])[:2]
    ('https://json-schema.org/draft/2020-12/schema', ['categories', 'omitted'])
    """
    value: dict[str, Any] = json.loads(_shipped())
    return value


def _summary(doc: str | None) -> str | None:
    """The first paragraph of a docstring, without its examples."""
    if not doc:
        return None
    return " ".join(inspect.cleandoc(doc).split("\n\n")[0].split())


def _constraints(fn: Callable[..., Any]) -> dict[str, Any]:
    """The JSON Schema keywords equivalent to one of the models' plain validators."""
    from . import models

    if fn is models._check_slug:
        return {"pattern": models._SLUG_RE.pattern, "maxLength": models.SLUG_MAX_LENGTH}
    if fn is models._check_url:
        return {"pattern": models._URL.pattern}
    if getattr(fn, "__qualname__", "") == "_text.<locals>.check":
        limit = inspect.getclosurevars(fn).nonlocals["max_length"]
        # Models strip surrounding whitespace, then require some text.
        return {"minLength": 1, "maxLength": limit, "pattern": r"\S"}
    return {}  # pragma: no cover - a validator the schema cannot express


def _refine(schema: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    if schema.get("type") == "string":
        return {**schema, **extra}
    if "anyOf" in schema:  # Optional[str]: constrain the string branch
        branches = [_refine(b, extra) for b in schema["anyOf"]]
        return {**schema, "anyOf": branches}
    return schema


def _generator() -> type[Any]:
    from pydantic.json_schema import GenerateJsonSchema

    class Generator(GenerateJsonSchema):
        def function_after_schema(
            self, schema: core_schema.AfterValidatorFunctionSchema
        ) -> dict[str, Any]:
            out: dict[str, Any] = super().function_after_schema(schema)
            return _refine(out, _constraints(schema["function"]["function"]))

    return Generator


def generate_schema() -> dict[str, Any]:
    """Build the JSON Schema of a data file from the models.

    >>> s = generate_schema()
    >>> s["$defs"]["Term"]["properties"]["id"]["pattern"]
    '^[a-z0-9]+(?:-[a-z0-9]+)*$'
    >>> s == json_schema()  # the shipped copy is up to date
    True
    """
    from pydantic.json_schema import models_json_schema

    from .loader import EXTEND_FIELDS as _EXTEND_FIELDS
    from .models import Category, Term

    _, top = models_json_schema(
        [(Term, "validation"), (Category, "validation")],
        schema_generator=_generator(),
    )
    defs: dict[str, Any] = top["$defs"]
    for body in defs.values():
        summary = _summary(body.get("description"))
        if summary:
            body["description"] = summary
    term = defs["Term"]
    props = term["properties"]
    # Field descriptions come from the attribute docstrings of Term, one line each.
    for prop in props.values():
        if "description" in prop:
            prop["description"] = " ".join(prop["description"].split())
    cat = copy.deepcopy(defs.pop("Category"))
    cat_id = cat["properties"].pop("id")
    cat["required"] = [r for r in cat.get("required", []) if r != "id"]
    if not cat["required"]:
        del cat["required"]
    cat["title"] = "CategoryBody"
    cat["description"] = "A category, under its id; a plain string is its name."
    defs["CategoryBody"] = cat
    replaceable = {k: v for k, v in props.items() if k != "id"}
    defs["TermExtension"] = {
        "title": "TermExtension",
        "description": (
            "In a file layered over others: extend the existing term with this id. "
            "Its aliases, former names, tags, plain senses, xrefs and relations are "
            "added; a field is replaced only when written under 'replace'."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": ["id"],
        "properties": {
            "id": props["id"],
            **{k: props[k] for k in _EXTEND_FIELDS},
            "replace": {
                "description": "Fields whose value replaces the existing one.",
                "type": "object",
                "additionalProperties": False,
                "properties": replaceable,
            },
        },
    }
    full_only = [k for k in props if k != "id" and k not in _EXTEND_FIELDS]
    entry = {
        "if": {"anyOf": [{"required": [k]} for k in full_only]},
        "then": {"$ref": "#/$defs/Term"},
        "else": {"$ref": "#/$defs/TermExtension"},
    }
    return {
        "$schema": _DRAFT,
        "title": "cncf_glossary data file",
        "description": (
            "A glossary data file (YAML or JSON): categories and terms. Entries "
            "with only an id and the fields that add (aliases, formerly, tags, "
            "plain_sense, xrefs, relations) or replace extend a term defined in an "
            "earlier file."
        ),
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "version": {
                "description": "The data version.",
                "type": ["string", "number"],
            },
            "title": {"description": "A title for the file.", "type": "string"},
            "sources": {
                "description": "Provenance notes.",
                "type": "array",
                "items": {"type": "string"},
            },
            "categories": {
                "description": "The controlled list of categories, by id.",
                "type": "object",
                "propertyNames": cat_id,
                "additionalProperties": {
                    "anyOf": [
                        {"$ref": "#/$defs/CategoryBody"},
                        cat["properties"]["name"],
                    ]
                },
            },
            "terms": {
                "description": "Term records, or extensions of earlier ones.",
                "type": "array",
                "items": entry,
            },
            "omitted": {
                "description": "Notes on things deliberately left out.",
                "type": "array",
                "items": {"type": "object", "additionalProperties": {"type": "string"}},
            },
        },
        "$defs": dict(sorted(defs.items())),
    }


def write_schema(path: str | os.PathLike[str] | None = None) -> Path:
    """Write the generated schema (by default over the shipped copy)."""
    target = Path(path) if path is not None else schema_path()
    text = json.dumps(generate_schema(), indent=2, ensure_ascii=False) + "\n"
    target.write_text(text, encoding="utf-8")
    _shipped.cache_clear()
    return target


def _location(error: Any) -> tuple[tuple[str | int, ...], str]:
    """The data path an error is best reported at, and a readable field path."""
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = error.schema.get("properties", {})
        extra = [k for k in error.instance if k not in allowed]
        if extra:
            path = (*path, extra[0])
    shown = ".".join(str(p) for p in path[2:] if path[:1] == ("terms",))
    if path[:1] != ("terms",):
        shown = ".".join(str(p) for p in path)
    return path, shown


def _term_id(root: Value, path: tuple[str | int, ...]) -> str | None:
    """The id of the term entry a data path points into, if any."""
    if len(path) < 2 or path[0] != "terms" or not isinstance(root, dict):
        return None
    terms, i = root.get("terms"), path[1]
    if not isinstance(terms, list) or not isinstance(i, int) or i >= len(terms):
        return None
    entry = terms[i]
    tid = entry.get("id") if isinstance(entry, dict) else None
    return tid if isinstance(tid, str) else None


def check_schema(*paths: str | os.PathLike[str]) -> list[Problem]:
    """Validate each file against the JSON Schema; every error with file and line.

    Files that are not valid YAML are reported as the loader reports them. Needs
    :mod:`jsonschema` (``pip install jsonschema``).

    >>> from cncf_glossary.loader import builtin_path
    >>> check_schema(builtin_path())
    []
    """
    import importlib

    try:  # imported by name: jsonschema is optional and ships no type stubs
        jsonschema = importlib.import_module("jsonschema")
    except ImportError:  # pragma: no cover - depends on the environment
        raise GlossaryError(
            "checking against the JSON Schema needs the jsonschema package: "
            "pip install jsonschema"
        ) from None
    from ._yaml import read_path
    from .errors import DataFileError

    validator = jsonschema.Draft202012Validator(json_schema())
    problems: list[Problem] = []
    for p in paths:
        name = os.fspath(p)
        try:
            loc = read_path(name)
        except DataFileError as exc:
            problems.extend(exc.problems)
            continue
        for error in validator.iter_errors(loc.value):
            if error.context:  # anyOf / if-then: report the most relevant branch
                error = jsonschema.exceptions.best_match(error.context)
            path, shown = _location(error)
            term = _term_id(loc.value, path)
            message = f"{shown}: {error.message}" if shown else error.message
            problems.append(Problem(name, loc.line(path), term, "schema", message))
    return sorted(problems, key=lambda q: (q.path, q.line or 0, q.message))


if __name__ == "__main__":  # pragma: no cover - `python -m cncf_glossary.schema`
    print(f"wrote {write_schema()}")
