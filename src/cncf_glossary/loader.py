"""Read glossary data files into records, and the cached built-in glossary.

Two layers under one public :func:`load`: :func:`read_glossary` is a pure loader
that takes paths (and layers each file over the ones before it), and the built-in
glossary is read once per process through it and cached.

A data file is one YAML mapping (the schema is described atop ``data/terms.yaml``)::

    version: "2026.11.0"          # optional: data version
    sources: [...]                # optional: provenance notes
    categories:                   # id -> {name, group}
      service-mesh: {name: Service Mesh, group: landscape}
    terms:                        # a list of term mappings (see Term)
      - id: istio
        name: Istio
        ...
    omitted: [{ref: "k8s:x", reason: "..."}]   # optional: data notes

In a file layered over others, an entry whose ``id`` already exists *extends*
that term: its ``aliases``, ``formerly``, ``tags``, ``plain_sense``, ``xrefs`` and
``relations`` are added, and a field is replaced only when written under ``replace:``.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ._yaml import Located, read_path
from .errors import DataFileError, GlossaryError, Problem
from .lookup import LookupIndex
from .models import Category, Term
from .validate import Origin, check

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .glossary import Glossary

__all__ = ["builtin_path", "load", "read_glossary"]

_TOP_FIELDS = ("version", "title", "sources", "categories", "terms", "omitted")
EXTEND_FIELDS = ("aliases", "formerly", "tags", "plain_sense", "xrefs", "relations")
"""Fields an overlay entry for an existing term adds to rather than replaces."""
_REPLACEABLE = tuple(f for f in Term.model_fields if f != "id")
_TYPE_ERRORS = {
    "string_type",
    "int_type",
    "bool_type",
    "float_type",
    "list_type",
    "tuple_type",
    "dict_type",
    "mapping_type",
    "model_type",
    "dataclass_type",
    "bool_parsing",
    "int_parsing",
    "float_parsing",
    "string_sub_type",
    "iterable_type",
}


def builtin_path() -> Path:
    """The path of the shipped ``terms.yaml``, in a wheel or an editable checkout.

    >>> builtin_path().name
    'terms.yaml'
    """
    from importlib import resources

    packaged = resources.files("cncf_glossary").joinpath("data", "terms.yaml")
    if packaged.is_file():
        return Path(str(packaged))
    # Editable checkout: src/cncf_glossary/loader.py -> <repo>/data/terms.yaml
    checkout = Path(__file__).resolve().parents[2] / "data" / "terms.yaml"
    if checkout.is_file():
        return checkout
    raise GlossaryError(  # pragma: no cover - only in a broken install
        "the built-in data file terms.yaml is missing from this installation; "
        "reinstall cncf-glossary"
    )


@dataclass
class _Entry:
    data: dict[str, Any]
    origin: Origin


@dataclass
class _Doc:
    path: str
    version: str | None = None
    sources: list[str] = field(default_factory=list)
    categories: dict[str, tuple[Category, int | None]] = field(default_factory=dict)
    entries: list[_Entry] = field(default_factory=list)
    omitted: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Parsed:
    """Everything read from a list of files, ready to become a Glossary."""

    terms: dict[str, Term]
    categories: dict[str, Category]
    origins: dict[str, Origin]
    version: str | None
    sources: tuple[str, ...]
    omitted: tuple[dict[str, str], ...]


def _pydantic_problems(
    exc: ValidationError, path: str, tid: str | None, origin: Origin
) -> list[Problem]:
    out = []
    for err in exc.errors(include_url=False):
        loc = tuple(x for x in err["loc"] if isinstance(x, (str, int)))
        where = ".".join(str(x) for x in loc) or "term"
        line = origin.at(*loc)
        etype = err["type"]
        if etype == "missing":
            code, msg = "missing-field", f"missing required field '{where}'"
        elif etype == "extra_forbidden":
            name = str(loc[-1]) if loc else "?"
            best = LookupIndex.from_names({f: f for f in Term.model_fields}).suggest(
                name, limit=1
            )
            hint = f"; did you mean '{best[0]}'?" if best else ""
            code, msg = "unknown-field", f"unknown field '{name}'{hint}"
        elif etype in ("tuple_type", "list_type"):
            # YAML has lists, not tuples: say what to write.
            given = err.get("input")
            example = f"[{given[:40]}]" if isinstance(given, str) else "[a, b]"
            code, msg = "wrong-type", f"{where}: must be a list, such as {example}"
        elif etype in _TYPE_ERRORS:
            code, msg = "wrong-type", f"{where}: {err['msg']}"
        else:
            msg = err["msg"]
            if etype == "string_pattern_mismatch":
                msg = "must be a lower-case slug such as 'kube-proxy'"
            code, msg = "invalid-value", f"{where}: {msg}"
        out.append(Problem(path, line, tid, code, msg))
    return out


def _read_doc(path: str | os.PathLike[str], problems: list[Problem]) -> _Doc | None:
    name = os.fspath(path)
    try:
        loc = read_path(name)
    except DataFileError as exc:
        problems.extend(exc.problems)
        return None
    return _parse_doc(loc, name, problems)


def _parse_doc(loc: Located, name: str, problems: list[Problem]) -> _Doc:
    doc = _Doc(name)
    root = loc.value
    if root is None:
        return doc
    if not isinstance(root, dict):
        problems.append(
            Problem(
                name,
                loc.line(()),
                None,
                "wrong-type",
                "a data file is a mapping with 'categories' and 'terms' keys",
            )
        )
        return doc
    for key in root:
        if key not in _TOP_FIELDS:
            hint = LookupIndex.from_names({f: f for f in _TOP_FIELDS}).suggest(key, 1)
            problems.append(
                Problem(
                    name,
                    loc.line((key,)),
                    None,
                    "unknown-field",
                    f"unknown top-level key {key!r}"
                    + (f"; did you mean '{hint[0]}'?" if hint else ""),
                )
            )
    version = root.get("version")
    if version is not None:
        doc.version = str(version)
    sources = root.get("sources") or []
    if isinstance(sources, list):
        doc.sources = [str(s) for s in sources]
    omitted = root.get("omitted") or []
    if isinstance(omitted, list):
        doc.omitted = [
            {str(k): str(v) for k, v in o.items()}
            for o in omitted
            if isinstance(o, dict)
        ]
    cats = root.get("categories") or {}
    if not isinstance(cats, dict):
        problems.append(
            Problem(
                name,
                loc.line(("categories",)),
                None,
                "wrong-type",
                "'categories' must map ids to {name, group}",
            )
        )
        cats = {}
    for cid, body in cats.items():
        line = loc.line(("categories", cid))
        fields = body if isinstance(body, dict) else {"name": body}
        try:
            doc.categories[cid] = (Category(id=cid, **fields), line)
        except (ValidationError, TypeError) as exc:
            msg = (
                str(exc).splitlines()[-1].strip()
                if isinstance(exc, TypeError)
                else ("; ".join(e["msg"] for e in exc.errors(include_url=False)))
            )
            problems.append(
                Problem(name, line, None, "invalid-value", f"category {cid!r}: {msg}")
            )
    terms = root.get("terms") or []
    if not isinstance(terms, list):
        problems.append(
            Problem(
                name,
                loc.line(("terms",)),
                None,
                "wrong-type",
                "'terms' must be a list of term mappings",
            )
        )
        terms = []
    # The lines of each term's fields, keyed by the path inside the term.
    term_lines: dict[int, dict[tuple[str | int, ...], int]] = {}
    for p, ln in loc.lines.items():
        if len(p) > 2 and p[0] == "terms" and isinstance(p[1], int):
            term_lines.setdefault(p[1], {})[p[2:]] = ln
    for i, entry in enumerate(terms):
        line = loc.line(("terms", i))
        if not isinstance(entry, dict):
            problems.append(
                Problem(
                    name,
                    line,
                    None,
                    "wrong-type",
                    f"terms[{i}] must be a mapping with id, name, ...",
                )
            )
            continue
        lines = term_lines.get(i, {})
        doc.entries.append(_Entry(entry, Origin(name, line, lines)))
    return doc


def _extend(
    term: Term, entry: _Entry, first: Origin, problems: list[Problem]
) -> Term | None:
    """Apply an overlay entry to an existing term; record where new values came from."""
    data, path, here = entry.data, entry.origin.path, entry.origin
    tid = term.id
    merged: dict[str, Any] = term.model_dump()
    moved: dict[tuple[str | int, ...], int] = {}

    def append(field: tuple[str, ...], old: list[Any], extra: Any) -> list[Any]:
        items = extra if isinstance(extra, list) else [extra]
        out = list(old)
        for i, item in enumerate(items):
            if item not in out:
                line = here.at(*field, i)
                if line is not None:
                    moved[(*field, len(out))] = line
                out.append(item)
        return out

    ok = True
    for key, value in data.items():
        if key == "id":
            continue
        if key == "relations":
            if not isinstance(value, dict):
                problems.append(
                    Problem(
                        path,
                        here.at(key),
                        tid,
                        "wrong-type",
                        "relations must map kinds to lists of ids",
                    )
                )
                ok = False
                continue
            rel = dict(merged["relations"])
            for kind, targets in value.items():
                rel[kind] = append(("relations", kind), rel.get(kind, []), targets)
            merged["relations"] = rel
        elif key in EXTEND_FIELDS:
            merged[key] = append((key,), merged[key], value)
        elif key == "replace":
            if not isinstance(value, dict):
                problems.append(
                    Problem(
                        path,
                        here.at(key),
                        tid,
                        "wrong-type",
                        "'replace' must map field names to new values",
                    )
                )
                ok = False
                continue
            for fname, fvalue in value.items():
                if fname not in _REPLACEABLE:
                    problems.append(
                        Problem(
                            path,
                            here.at(key, fname),
                            tid,
                            "unknown-field",
                            f"'{fname}' is no field that can be replaced",
                        )
                    )
                    ok = False
                else:
                    merged[fname] = fvalue
                    line = here.at(key, fname)
                    if line is not None:
                        moved[(fname,)] = line
        elif _differs(merged.get(key), value):
            where = f"{first.path}:{first.line}" if first.line else first.path
            problems.append(
                Problem(
                    path,
                    here.at(key),
                    tid,
                    "extend-conflict",
                    f"term is already defined at {where}; to change '{key}' write it "
                    f"under 'replace:', or to add a new term choose another id",
                )
            )
            ok = False
    if not ok:
        return None
    try:
        new = Term.model_validate(merged)
    except ValidationError as exc:
        # Report a bad value where the overlay wrote it (under replace:, say).
        written = Origin(path, here.line, {**here.fields, **moved})
        problems.extend(_pydantic_problems(exc, path, tid, written))
        return None
    first.fields.update(moved)
    first.files.update(dict.fromkeys(moved, path))
    return new


def _differs(old: Any, new: Any) -> bool:
    if isinstance(old, tuple):
        old = list(old)
    if hasattr(old, "value"):
        old = old.value
    return bool(old != new)


def parse_files(paths: Iterable[str | os.PathLike[str]]) -> Parsed:
    """Read and layer files; raise :class:`DataFileError` with every problem."""
    problems: list[Problem] = []
    terms: dict[str, Term] = {}
    origins: dict[str, Origin] = {}
    categories: dict[str, Category] = {}
    version: str | None = None
    sources: list[str] = []
    omitted: list[dict[str, str]] = []
    failed: set[str] = set()
    for n, p in enumerate(paths):
        doc = _read_doc(p, problems)
        if doc is None:
            continue
        version = version or doc.version
        sources += doc.sources
        omitted += doc.omitted
        for cid, (cat, line) in doc.categories.items():
            if cid in categories and categories[cid] != cat:
                problems.append(
                    Problem(
                        doc.path,
                        line,
                        None,
                        "duplicate-id",
                        f"category {cid!r} is already declared differently",
                    )
                )
            categories.setdefault(cid, cat)
        seen_here: dict[str, Origin] = {}
        for entry in doc.entries:
            raw_id = entry.data.get("id")
            tid = raw_id if isinstance(raw_id, str) else None
            if tid is not None and tid in seen_here:
                prev = seen_here[tid]
                problems.append(
                    Problem(
                        doc.path,
                        entry.origin.line,
                        tid,
                        "duplicate-id",
                        f"id is already used at line {prev.line}; ids must be unique",
                    )
                )
                continue
            if tid is not None:
                seen_here[tid] = entry.origin
            if tid is not None and tid in terms and n > 0:
                new = _extend(terms[tid], entry, origins[tid], problems)
                if new is not None:
                    terms[tid] = new
                continue
            data = entry.data
            if "replace" in data:
                problems.append(
                    Problem(
                        doc.path,
                        entry.origin.at("replace"),
                        tid,
                        "unknown-field",
                        "'replace:' changes a term defined in an earlier file, and "
                        "none defines this id; write the fields without 'replace:'",
                    )
                )
                data = {k: v for k, v in data.items() if k != "replace"}
            try:
                term = Term.model_validate(data)
            except ValidationError as exc:
                problems.extend(_pydantic_problems(exc, doc.path, tid, entry.origin))
                if tid is not None:
                    failed.add(tid)
                continue
            terms[term.id] = term
            origins[term.id] = entry.origin
    if terms or categories:
        problems += check(terms, categories, origins, frozenset(failed))
    if problems:
        raise DataFileError(problems)
    return Parsed(terms, categories, origins, version, tuple(sources), tuple(omitted))


def read_glossary(*paths: str | os.PathLike[str]) -> Glossary:
    """Read one or more data files, each layered over the ones before.

    Raises:
        DataFileError: listing every problem found, each with file and line.
    """
    from .glossary import Glossary

    parsed = parse_files(paths)
    return Glossary._from_parsed(parsed)


@functools.lru_cache(maxsize=1)
def _builtin() -> Glossary:
    return read_glossary(builtin_path())


def load(*paths: str | os.PathLike[str], builtin: bool = True) -> Glossary:
    """Load the built-in glossary, with user files layered over it.

    The built-in glossary is read once per process and cached; nothing is read at
    import time. User files may add terms and extend existing ones.

    Args:
        *paths: data files to layer, in order.
        builtin: start from the built-in glossary (default) or from nothing.

    >>> g = load()
    >>> g["k8s"].name
    'Kubernetes'
    >>> load() is load()
    True
    """
    if not paths:
        if not builtin:
            raise GlossaryError("load(builtin=False) needs at least one data file")
        return _builtin()
    files = [builtin_path(), *paths] if builtin else list(paths)
    return read_glossary(*files)
