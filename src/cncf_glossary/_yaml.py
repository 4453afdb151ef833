"""Safe, bounded YAML reading that remembers where every value came from.

The file is parsed into events with PyYAML's C parser where present, and the
events are built here into plain Python values, keeping each value's line. The walk
refuses what a glossary never needs and what makes YAML dangerous: anchors and
aliases (the "billion laughs"), any tag beyond the core schema (``!!python/object``
and friends), duplicate keys, absurd nesting. Each problem is reported with its line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

import yaml

from .errors import Problem

try:  # the C loader is ~7x faster; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

__all__ = ["MAX_BYTES", "Located", "Path", "Value", "read_path", "read_yaml"]

MAX_BYTES = 32 * 1024 * 1024
"""Refuse data files larger than this (the shipped glossary is well under 1 MiB)."""
MAX_DEPTH = 24

Value = Union[str, int, float, bool, None, list["Value"], dict[str, "Value"]]  # noqa: UP007
Path = tuple[str | int, ...]

_T = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_T + t for t in ("str", "int", "float", "bool", "null", "timestamp")}


@dataclass
class Located:
    """A parsed document and the 1-based line of every value in it, by path."""

    value: Value
    lines: dict[Path, int] = field(default_factory=dict)

    def line(self, path: Path) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())


_ALIAS = (
    "yaml-alias",
    "YAML anchors and aliases are not allowed; write the value out in full",
)


class _Refused(Exception):
    def __init__(self, line: int | None, code: str, message: str) -> None:
        self.line, self.code, self.message = line, code, message


_RESOLVER = yaml.resolver.Resolver()


def _mark_line(event: yaml.Event) -> int:
    mark = event.start_mark
    return int(mark.line) + 1 if mark is not None else 1


def _scalar(event: yaml.ScalarEvent) -> Value:
    text = event.value
    if event.tag not in (None, "!"):
        tag = event.tag
    elif event.implicit[0]:  # plain scalar: resolve as YAML 1.1 core schema does
        tag = _RESOLVER.resolve(  # type: ignore[no-untyped-call]
            yaml.ScalarNode, text, (True, False)
        )
    else:
        return text
    if tag not in _SCALAR_TAGS:
        raise _Refused(
            _mark_line(event),
            "yaml-tag",
            f"the YAML tag {tag!r} is not allowed; only plain strings, numbers, "
            "booleans, lists and mappings are",
        )
    if tag in (_T + "str", _T + "timestamp"):
        return text
    if tag == _T + "null":
        return None
    if tag == _T + "bool":
        return text.lower() in ("yes", "true", "on", "y")
    raw = text.replace("_", "")
    try:
        if tag == _T + "int":
            return int(raw, 0) if raw[:2].lower() in ("0x", "0o", "0b") else int(raw)
        return float(raw)
    except ValueError:  # sexagesimal and other YAML 1.1 oddities: keep the text
        return text


def _build(text: str, loc: Located) -> Value:
    """Build plain values from parse events, one pass, no recursion.

    Parsing events (rather than composing nodes) keeps memory and time linear in
    the text whatever its shape: libyaml's parser uses a heap stack, while the
    composer recurses and can crash on pathological nesting.
    """
    # Each frame: (container, path, pending key or None, key line)
    stack: list[tuple[list[Value] | dict[str, Value], Path, list[str | None]]] = []
    root: Value = None
    documents = 0
    for event in yaml.parse(text, Loader=_Loader):
        line = _mark_line(event)
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _Refused(
                    line,
                    "yaml-documents",
                    "a data file holds one YAML document; remove the extra '---'",
                )
            continue
        if isinstance(event, yaml.AliasEvent) or (
            isinstance(event, yaml.NodeEvent) and event.anchor is not None
        ):
            raise _Refused(line, *_ALIAS)
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            stack.pop()
            continue
        if not isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            continue
        # Work out where this node goes.
        if stack:
            parent, ppath, pending = stack[-1]
            if isinstance(parent, dict):
                if pending[0] is None:  # this node is a key
                    if not isinstance(event, yaml.ScalarEvent):
                        raise _Refused(
                            line, "yaml-key", "mapping keys must be plain strings"
                        )
                    key = str(_scalar(event))
                    if key in parent:
                        raise _Refused(
                            line,
                            "duplicate-key",
                            f"key {key!r} appears twice in one mapping; keep one",
                        )
                    pending[0] = key
                    loc.lines[(*ppath, key)] = line
                    continue
                key = pending[0]
                pending[0] = None
                path: Path = (*ppath, key)
            else:
                path = (*ppath, len(parent))
                loc.lines[path] = line
        else:
            path = ()
            loc.lines[path] = line
        if isinstance(event, yaml.ScalarEvent):
            value: Value = _scalar(event)
        else:
            if event.tag not in (None, "!", _T + "seq", _T + "map"):
                raise _Refused(
                    line,
                    "yaml-tag",
                    f"the YAML tag {event.tag!r} is not "
                    "allowed; only plain strings, numbers, booleans, "
                    "lists and mappings are",
                )
            if len(stack) >= MAX_DEPTH:
                raise _Refused(line, "yaml-depth", "data is nested too deeply")
            value = {} if isinstance(event, yaml.MappingStartEvent) else []
        if stack:
            parent = stack[-1][0]
            if isinstance(parent, dict):
                parent[path[-1]] = value  # type: ignore[index]
            else:
                parent.append(value)
        else:
            root = value
        if isinstance(value, (dict, list)):
            stack.append((value, path, [None]))
    return root


def read_yaml(data: bytes, path: str) -> Located:
    """Decode, parse and walk one YAML document; raise DataFileError on any problem.

    >>> read_yaml(b"a: [1, two]", "x.yaml").value
    {'a': [1, 'two']}
    >>> read_yaml(b"a: &x 1\\nb: *x", "x.yaml")
    Traceback (most recent call last):
    ...
    cncf_glossary.errors.DataFileError: 1 problem in glossary data:
      x.yaml:1: YAML anchors and aliases are not allowed; write the value out in full
    """
    from .errors import DataFileError

    def fail(line: int | None, code: str, message: str) -> DataFileError:
        return DataFileError([Problem(path, line, None, code, message)])

    if len(data) > MAX_BYTES:
        raise fail(
            None,
            "file-too-large",
            f"file is {len(data):,} bytes; the limit "
            f"is {MAX_BYTES:,}: split it into several files",
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise fail(
            line,
            "not-utf8",
            f"byte {exc.start} is not valid UTF-8; save the file as UTF-8",
        ) from None
    if "\x00" in text:
        raise fail(
            text[: text.index("\x00")].count("\n") + 1,
            "not-text",
            "file contains a NUL character; is it a text file?",
        )
    loc = Located(None)
    try:
        loc.value = _build(text, loc)
    except _Refused as exc:
        raise fail(exc.line, exc.code, exc.message) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        mline = int(mark.line) + 1 if mark is not None else None
        what = " ".join(filter(None, [exc.context, exc.problem]))
        raise fail(mline, "yaml-syntax", f"YAML syntax error: {what}") from None
    except (yaml.YAMLError, ValueError) as exc:
        raise fail(None, "yaml-syntax", f"YAML error: {exc}") from None
    return loc


def read_path(path: str) -> Located:
    """Read and parse the file at ``path``; any failure is a DataFileError."""
    from .errors import DataFileError

    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        message = f"cannot read file: {exc.strerror or exc}"
        raise DataFileError(
            [Problem(path, None, None, "unreadable", message)]
        ) from None
    return read_yaml(data, path)
