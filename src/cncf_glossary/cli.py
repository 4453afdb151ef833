"""The ``cncf-glossary`` command line: parse, call the library, print, exit.

Exit codes: 0 found / valid, 1 not found, 2 bad input (unreadable or invalid data,
bad option). Errors go to stderr, never as tracebacks. ``--json`` prints
machine-readable output on stdout.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from . import load
from .errors import DataFileError, GlossaryError, UnknownTermError
from .models import RelationKind, Term

if TYPE_CHECKING:
    from .glossary import Glossary

app = typer.Typer(
    name="cncf-glossary",
    help="Look up, relate and map the vocabulary of cloud native.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)

RelationChoice = Enum(  # type: ignore[misc]
    "RelationChoice", {k.name: k.value for k in RelationKind}, type=str
)

DataOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--data",
        "-d",
        help="A data file to layer over the built-in glossary (repeatable).",
        metavar="FILE",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]
NoBuiltinOpt = Annotated[
    bool,
    typer.Option(
        "--no-builtin", help="Use only the --data files, without the built-in glossary."
    ),
]


def _fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"[bold red]error:[/] {escape(message)}")
    raise typer.Exit(code)


def _glossary(data: list[Path] | None, no_builtin: bool = False) -> Glossary:
    try:
        return load(*(data or []), builtin=not no_builtin)
    except DataFileError as exc:
        for p in exc.problems:
            err.print(escape(str(p)))
        _fail(f"{len(exc.problems)} problem(s) in the data files")
    except GlossaryError as exc:
        _fail(str(exc))


def _term(g: Glossary, key: str) -> Term:
    try:
        return g[key]
    except UnknownTermError as exc:
        _fail(str(exc), 1)


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _term_json(g: Glossary, t: Term) -> dict[str, Any]:
    data = t.model_dump(mode="json")
    data["related"] = [r.model_dump() for r in g.relations(t.id)]
    return data


@app.command()
def show(
    term: Annotated[str, typer.Argument(help="An id, name or alias.")],
    data: DataOpt = None,
    no_builtin: NoBuiltinOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Show one term: its definition, facts and relations."""
    g = _glossary(data, no_builtin)
    t = _term(g, term)
    if as_json:
        _print_json(_term_json(g, t))
        return
    facts = [
        t.kind.value,
        g.categories[t.category].name if t.category in g.categories else t.category,
    ]
    if t.maturity:
        facts.append(f"CNCF {t.maturity.value}")
    out.print(
        f"[bold]{escape(t.name)}[/] [dim]({escape(t.id)})[/]  "
        + escape(" · ".join(facts))
    )
    if t.aliases:
        out.print("[dim]also:[/] " + escape(", ".join(t.aliases)))
    out.print(escape(t.definition))
    for label, url in (("url", t.url), ("repo", t.repo)):
        if url:
            out.print(f"[dim]{label}:[/] {escape(url)}")
    rels = g.relations(t.id)
    if rels:
        out.print()
        for r in rels:
            out.print("  " + escape(str(r)))


@app.command()
def lookup(
    query: Annotated[str, typer.Argument(help="What you half remember.")],
    limit: Annotated[int, typer.Option(min=1, max=100)] = 5,
    data: DataOpt = None,
    no_builtin: NoBuiltinOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Find terms by name, alias or abbreviation, forgiving typos."""
    g = _glossary(data, no_builtin)
    matches = g.lookup(query, limit=limit)
    if as_json:
        _print_json([m.model_dump() for m in matches])
    elif matches:
        table = Table("score", "term", "matched", "definition", box=None)
        for m in matches:
            table.add_row(
                f"{m.score:.0f}",
                escape(m.term.name),
                escape(m.matched),
                escape(m.term.definition[:80]),
            )
        out.print(table)
    if not matches:
        if not as_json:
            err.print(f"no term matches {escape(repr(query))}")
        raise typer.Exit(1)


@app.command()
def related(
    term: Annotated[str, typer.Argument(help="An id, name or alias.")],
    kind: Annotated[
        RelationChoice | None,
        typer.Option("--kind", "-k", help="Only this relation kind."),
    ] = None,
    data: DataOpt = None,
    no_builtin: NoBuiltinOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """List the relations of a term."""
    g = _glossary(data, no_builtin)
    t = _term(g, term)
    rels = g.relations(t.id, kind=kind.value if kind else None)
    if as_json:
        _print_json([r.model_dump() for r in rels])
        return
    if not rels:
        err.print(f"{escape(t.name)} has no such relations")
        raise typer.Exit(1)
    table = Table("relation", "term", "kind", box=None)
    for r in rels:
        if r.source.id == t.id:
            other, phrase = r.target, r.kind.phrase
        else:
            other, phrase = r.source, r.kind.inverse_phrase
        table.add_row(escape(phrase), escape(other.name), other.kind.value)
    out.print(table)


@app.command()
def path(
    a: Annotated[str, typer.Argument(help="From this term.")],
    b: Annotated[str, typer.Argument(help="To this term.")],
    data: DataOpt = None,
    no_builtin: NoBuiltinOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """The shortest chain of relations linking two terms."""
    g = _glossary(data, no_builtin)
    ta, tb = _term(g, a), _term(g, b)
    chain = g.path(ta.id, tb.id)
    if as_json:
        _print_json([r.model_dump() for r in chain])
    else:
        for r in chain:
            out.print(escape(str(r)))
    if not chain and ta.id != tb.id:
        if not as_json:
            err.print(f"no path links {escape(ta.name)} and {escape(tb.name)}")
        raise typer.Exit(1)


@app.command()
def stats(
    data: DataOpt = None,
    no_builtin: NoBuiltinOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Count terms by kind, maturity and category, and relations by kind."""
    g = _glossary(data, no_builtin)
    counts = g.stats()
    if as_json:
        _print_json({"version": g.version, **counts})
        return
    out.print(
        f"glossary {escape(g.version or '')}: {counts['total']['terms']} terms, "
        f"{counts['total']['relations']} relations"
    )
    for group in ("kind", "maturity", "relation", "category"):
        table = Table(group, "count", box=None)
        for name, n in counts[group].items():
            table.add_row(escape(name), str(n))
        out.print(table)


@app.command()
def validate(
    files: Annotated[
        list[Path],
        typer.Argument(help="Data files to check, layered over the built-in glossary."),
    ],
    no_builtin: NoBuiltinOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Check data files and report every problem with file and line."""
    try:
        g = load(*files, builtin=not no_builtin)
    except DataFileError as exc:
        if as_json:
            _print_json(
                [
                    {
                        "path": p.path,
                        "line": p.line,
                        "term": p.term,
                        "code": p.code,
                        "message": p.message,
                    }
                    for p in exc.problems
                ]
            )
        else:
            for p in exc.problems:
                err.print(escape(str(p)))
            err.print(f"{len(exc.problems)} problem(s)")
        raise typer.Exit(2) from None
    except GlossaryError as exc:
        _fail(str(exc))
    if as_json:
        _print_json([])
    else:
        out.print(f"ok: {len(g)} terms, {len(g.relations())} relations")


def main() -> None:
    """Entry point of the ``cncf-glossary`` script."""
    try:
        app()
    except GlossaryError as exc:  # pragma: no cover - commands catch their own
        err.print(f"[bold red]error:[/] {escape(str(exc))}")
        sys.exit(2)
