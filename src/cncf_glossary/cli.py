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
from .errors import DataFileError, GlossaryError, Problem, UnknownTermError
from .models import Match, RelationKind, Term

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
# Diagnostics are never wrapped: "FILE:LINE: term ..." must stay one line for
# editors and grep, whatever the terminal width.
err = Console(stderr=True, highlight=False, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        import cncf_glossary

        out.print(f"cncf-glossary {cncf_glossary.__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Look up, relate and map the vocabulary of cloud native."""


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
    """The term for ``key``; a clear typo of one name is taken, with a note."""
    try:
        return g[key]
    except UnknownTermError as exc:
        best = g.lookup(key, limit=2)
        if (
            best
            and best[0].score >= 90
            and (len(best) == 1 or best[0].score - best[1].score >= 5)
        ):
            err.print(
                f"[dim]taking {escape(repr(key))} as {escape(best[0].term.name)}[/]"
            )
            return best[0].term
        _fail(str(exc), 1)


def _print_matches(matches: list[Match], as_json: bool, miss: str) -> None:
    """Print matches as JSON or a table; exit 1 (saying ``miss``) when none."""
    if as_json:
        _print_json([m.model_dump() for m in matches])
    elif matches:
        out.print(_match_table(matches))
    if not matches:
        if not as_json:
            err.print(escape(miss))
        raise typer.Exit(1)


def _match_table(matches: list[Match]) -> Table:
    name_w = max(len(m.term.name) for m in matches)
    matched_w = max(len(m.matched) for m in matches)
    room = max(out.width - 5 - name_w - matched_w - 9, 10)  # 8 for padding
    table = Table(box=None)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("term", no_wrap=True)
    table.add_column("matched", no_wrap=True)
    table.add_column("definition", no_wrap=True)
    for m in matches:
        text = m.term.definition
        if len(text) > room:
            text = text[: room - 1].rstrip() + "…"
        table.add_row(
            f"{m.score:.0f}", escape(m.term.name), escape(m.matched), escape(text)
        )
    return table


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
    if t.formerly:
        out.print("[dim]formerly:[/] " + escape(", ".join(t.formerly)))
    out.print(escape(t.definition))
    for label, url in (("url", t.url), ("repo", t.repo)):
        if url:
            out.print(f"[dim]{label}:[/] {escape(url)}")
    groups: dict[str, list[str]] = {}
    for r in g.relations(t.id):
        if r.source.id == t.id:
            groups.setdefault(r.kind.phrase, []).append(r.target.name)
        else:
            groups.setdefault(r.kind.inverse_phrase, []).append(r.source.name)
    if groups:
        out.print()
    for phrase, names in groups.items():
        out.print(
            f"[bold]{escape(phrase)}[/] ({len(names)}): " + escape(", ".join(names))
        )


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
    _print_matches(g.lookup(query, limit=limit), as_json, f"no term matches {query!r}")


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="A phrase, such as 'container runtime'.")],
    limit: Annotated[int, typer.Option(min=1, max=100)] = 10,
    data: DataOpt = None,
    no_builtin: NoBuiltinOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Rank terms by how well a phrase fits their names, tags and definitions."""
    g = _glossary(data, no_builtin)
    _print_matches(g.search(text, limit=limit), as_json, f"no term fits {text!r}")


def _read_text(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read {source}: {exc}")


SourceArg = Annotated[
    str, typer.Argument(help="A text file to read, or - for standard input.")
]


@app.command()
def mentions(
    source: SourceArg,
    data: DataOpt = None,
    no_builtin: NoBuiltinOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """List the glossary terms a text mentions, with their character offsets."""
    g = _glossary(data, no_builtin)
    found = g.mentions(_read_text(source))
    if as_json:
        _print_json([m.model_dump() for m in found])
    elif found:
        table = Table("start", "end", "text", "term", box=None)
        for m in found:
            table.add_row(str(m.start), str(m.end), escape(m.text), escape(m.term.name))
        out.print(table)
    if not found:
        if not as_json:
            err.print("no term mentioned")
        raise typer.Exit(1)


class LinkFormat(str, Enum):
    """Output formats of ``cncf-glossary link``."""

    MARKDOWN = "markdown"
    HTML = "html"


@app.command()
def link(
    source: SourceArg,
    fmt: Annotated[
        LinkFormat, typer.Option("--format", "-f", help="Link syntax to write.")
    ] = LinkFormat.MARKDOWN,
    data: DataOpt = None,
    no_builtin: NoBuiltinOpt = False,
) -> None:
    """Print a text with the first mention of each term linked to its page."""
    g = _glossary(data, no_builtin)
    sys.stdout.write(g.link(_read_text(source), format=fmt.value))


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


def stats_markdown(version: str | None, counts: dict[str, dict[str, int]]) -> str:
    """The counts as Markdown: one line of totals, then kind, maturity, relation."""
    total = counts["total"]
    lines = [
        f"Data {version}: **{total['terms']} terms, {total['relations']} relations**.",
        "",
    ]
    for group in ("kind", "maturity", "relation"):
        items = [(k, n) for k, n in counts[group].items() if n]
        what = "relations" if group == "relation" else "terms"
        lines.append(f"| {group} | " + " | ".join(k for k, _ in items) + " |")
        lines.append("|---|" + "---:|" * len(items))
        lines.append(f"| {what} | " + " | ".join(str(n) for _, n in items) + " |")
        lines.append("")
    return "\n".join(lines)


@app.command()
def stats(
    data: DataOpt = None,
    no_builtin: NoBuiltinOpt = False,
    as_json: JsonOpt = False,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print Markdown tables (README).")
    ] = False,
) -> None:
    """Count terms by kind, maturity and category, and relations by kind."""
    g = _glossary(data, no_builtin)
    counts = g.stats()
    if as_json:
        _print_json({"version": g.version, **counts})
        return
    if markdown:
        sys.stdout.write(stats_markdown(g.version, counts))
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
    data: DataOpt = None,
    no_builtin: NoBuiltinOpt = False,
    with_schema: Annotated[
        bool,
        typer.Option(
            "--schema",
            help="Also check each file against the JSON Schema (needs jsonschema).",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Check data files and report every problem with file and line.

    FILES are layered over the --data files, over the built-in glossary.
    """
    found: list[Problem] = []
    if with_schema:
        from .schema import check_schema

        try:
            found = check_schema(*files)
        except GlossaryError as exc:
            _fail(str(exc))
    g: Glossary | None = None
    try:
        g = load(*(data or []), *files, builtin=not no_builtin)
    except DataFileError as exc:
        found += [p for p in exc.problems if p not in found]  # YAML errors: once
    except GlossaryError as exc:
        _fail(str(exc))
    if found or g is None:
        problems = DataFileError(found).problems  # sorted by file and line
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
                    for p in problems
                ]
            )
        else:
            for p in problems:
                err.print(escape(str(p)))
            err.print(f"{len(problems)} problem(s)")
        raise typer.Exit(2)
    if as_json:
        _print_json([])
    else:
        out.print(f"ok: {len(g)} terms, {len(g.relations())} relations")


@app.command("map")
def map_(
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="The HTML file to write.",
            metavar="FILE",
            dir_okay=False,
        ),
    ] = Path("glossary-map.html"),
    focus: Annotated[
        str | None,
        typer.Option("--focus", "-f", help="Draw only this term and its neighbours."),
    ] = None,
    depth: Annotated[
        int, typer.Option(min=0, max=10, help="With --focus: how many relations away.")
    ] = 2,
    kind: Annotated[
        list[RelationChoice] | None,
        typer.Option("--kind", "-k", help="Only this relation kind (repeatable)."),
    ] = None,
    category: Annotated[
        list[str] | None,
        typer.Option("--category", "-c", help="Only this category (repeatable)."),
    ] = None,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the map in a web browser.")
    ] = False,
    data: DataOpt = None,
    no_builtin: NoBuiltinOpt = False,
) -> None:
    """Draw the interactive concept map: one HTML file that works offline."""
    g = _glossary(data, no_builtin)
    if focus is not None:
        focus = _term(g, focus).id
    try:
        path = g.to_html(
            output,
            focus=focus,
            depth=depth,
            kinds=[k.value for k in kind] if kind else None,
            categories=category,
        )
    except ValueError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")
    out.print(f"wrote {escape(str(path))}")
    if open_browser:
        import webbrowser

        webbrowser.open(path.resolve().as_uri())


class ExportFormat(str, Enum):
    """The formats ``cncf-glossary export`` writes."""

    JSON = "json"
    GRAPHML = "graphml"
    GEXF = "gexf"
    SKOS = "skos"
    MERMAID = "mermaid"
    CSV = "csv"


@app.command()
def export(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-F", help="The format to write.")
    ] = ExportFormat.JSON,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="The file to write (csv: the directory). Default: stdout.",
            metavar="FILE",
        ),
    ] = None,
    focus: Annotated[
        str | None,
        typer.Option("--focus", "-f", help="Export only this term's neighbourhood."),
    ] = None,
    depth: Annotated[
        int, typer.Option(min=0, max=10, help="With --focus: how many relations away.")
    ] = 1,
    data: DataOpt = None,
    no_builtin: NoBuiltinOpt = False,
) -> None:
    """Export the glossary as JSON, GraphML, GEXF, SKOS, Mermaid or CSV."""
    from . import export as ex

    g = _glossary(data, no_builtin)
    key = _term(g, focus).id if focus is not None else None
    if key is not None and fmt is not ExportFormat.MERMAID:
        g = g.neighborhood(key, depth)
    try:
        if fmt is ExportFormat.CSV:
            if output is None:
                _fail("--format csv writes terms.csv and relations.csv: give -o DIR")
            for p in ex.to_csv(g, output):
                out.print(f"wrote {escape(str(p))}")
            return
        if fmt is ExportFormat.MERMAID:
            text = ex.to_mermaid(g, key, depth)
        else:
            writers = {
                ExportFormat.JSON: ex.to_json,
                ExportFormat.GRAPHML: ex.graphml_text,
                ExportFormat.GEXF: ex.gexf_text,
                ExportFormat.SKOS: ex.to_skos,
            }
            text = writers[fmt](g)
        if output is None:
            sys.stdout.write(text)
        else:
            output.write_text(text, encoding="utf-8")
            err.print(f"wrote {escape(str(output))}")
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")
    except GlossaryError as exc:
        _fail(str(exc))


@app.command()
def schema(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file.", metavar="FILE"),
    ] = None,
) -> None:
    """Print the JSON Schema of the data-file format."""
    from .schema import schema_path

    text = schema_path().read_text(encoding="utf-8")
    if output is None:
        sys.stdout.write(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}")


@app.command("diff")
def diff_(
    old: Annotated[Path, typer.Argument(help="The data file before the change.")],
    new: Annotated[Path, typer.Argument(help="The data file after the change.")],
    data: Annotated[
        list[Path] | None,
        typer.Option(
            "--data",
            "-d",
            help="A data file layered under both sides (repeatable).",
            metavar="FILE",
        ),
    ] = None,
    builtin: Annotated[
        bool,
        typer.Option(
            "--builtin", help="Layer both sides over the built-in glossary too."
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Review a change to a data file: terms and relations added, removed, changed.

    Exit code 0 when the glossaries are equal, 1 when they differ, 2 on bad input.
    """
    base = list(data or [])
    a = _glossary([*base, old], no_builtin=not builtin)
    b = _glossary([*base, new], no_builtin=not builtin)
    d = a.diff(b)
    if as_json:
        _print_json(d.model_dump())
    else:
        styles = {"+": "green", "-": "red", "~": "yellow"}
        for line in str(d).splitlines():
            style = styles.get(line[:1])
            text = f"[{style}]{escape(line)}[/]" if style else escape(line)
            out.print(text, soft_wrap=True)
    if d:
        raise typer.Exit(1)


def main() -> None:
    """Entry point of the ``cncf-glossary`` script."""
    try:
        app()
    except GlossaryError as exc:  # pragma: no cover - commands catch their own
        err.print(f"[bold red]error:[/] {escape(str(exc))}")
        sys.exit(2)
