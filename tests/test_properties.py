"""Hostile input: generated malformed documents only ever raise GlossaryError."""

from __future__ import annotations

from typing import TYPE_CHECKING

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cncf_glossary
from cncf_glossary import DataFileError

if TYPE_CHECKING:
    from pathlib import Path

FIELDS = [
    "id",
    "name",
    "aliases",
    "kind",
    "category",
    "definition",
    "url",
    "repo",
    "maturity",
    "tags",
    "relations",
    "common_word",
    "usually_meant",
    "plain_sense",
    "xrefs",
    "replace",
    "defintion",
    "parts",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.sampled_from(
        ["a", "b", "kubernetes", "concept", "c", "is-a", "part-of", "graduated"]
    ),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(max_size=8), inner, max_size=4),
    ),
    max_leaves=12,
)
terms = st.lists(
    st.dictionaries(st.sampled_from(FIELDS), values, max_size=8), max_size=5
)
documents = st.one_of(
    values,
    st.fixed_dictionaries(
        {
            "categories": st.one_of(values, st.just({"c": {"name": "C"}})),
            "terms": st.one_of(values, terms),
        },
        optional={"version": values, "extra": values},
    ),
)


def mangle(text: str, data: st.DataObject) -> str:
    """Corrupt serialised YAML: cut it, or splice in YAML's sharp edges."""
    cut = data.draw(st.integers(0, len(text)))
    junk = data.draw(
        st.sampled_from(
            [
                "",
                "&a ",
                "*a",
                "!!python/object:os.system ",
                "{",
                "]",
                ": :",
                "\t",
                "\x00",
                "---\n",
                "? ",
                "%YAML 1.1\n",
                "\ud800",
                "- - - ",
                "<<: *a",
                "'",
            ]
        )
    )
    return text[:cut] + junk + text[cut:]


@settings(
    max_examples=2500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(doc=documents, data=st.data())
def test_malformed_documents_raise_only_glossary_errors(
    tmp_path: Path, doc: object, data: st.DataObject
) -> None:
    text = yaml.safe_dump(doc, allow_unicode=True)
    if data.draw(st.booleans()):
        text = mangle(text, data)
    path = tmp_path / "doc.yaml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        g = cncf_glossary.load(path, builtin=False)
    except DataFileError as exc:
        problems = exc.problems
    else:
        # an accepted document is a consistent glossary: every term a node,
        # every stated relation between two of its terms
        assert set(g.graph) == set(g)
        assert all(r.source.id in g and r.target.id in g for r in g.relations())
        return
    assert problems
    for p in problems:
        assert p.path == str(path)
        assert p.code
        assert p.message
        assert p.line is not None, p
        assert str(p).startswith(f"{path}:{p.line}: ")
