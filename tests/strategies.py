"""Hypothesis strategies that build random *valid* glossaries from records."""

from __future__ import annotations

from hypothesis import assume
from hypothesis import strategies as st

from cncf_glossary import Category, Glossary, Kind, Maturity, RelationKind, Term
from cncf_glossary.validate import check

slugs = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,5}){0,2}", fullmatch=True)


def texts(max_size: int, *, xml: bool = False) -> st.SearchStrategy[str]:
    """Text with some non-space character; ``xml`` leaves out control characters.

    XML 1.0 (GraphML, GEXF) cannot hold most control characters at all.
    """
    if xml:
        chars = st.characters(exclude_categories=["Cs", "Cc"])
    else:
        chars = st.characters(exclude_categories=["Cs"])
    return st.text(chars, min_size=1, max_size=max_size).filter(
        lambda s: s.strip() != "" and len(s.strip()) <= max_size
    )


urls = st.one_of(st.none(), slugs.map(lambda s: f"https://example.org/{s}"))


@st.composite
def glossaries(draw: st.DrawFn, *, xml: bool = False, max_terms: int = 6) -> Glossary:
    """A glossary that passes every check: unique ids and names, declared
    categories, relations to existing terms, acyclic part-of and is-a."""
    cat_ids = draw(st.lists(slugs, min_size=1, max_size=3, unique=True))
    categories = [
        Category(
            id=c,
            name=draw(texts(40, xml=xml)),
            group=draw(st.sampled_from(["domain", "landscape"])),
        )
        for c in cat_ids
    ]
    ids = draw(st.lists(slugs, max_size=max_terms, unique=True))
    terms = []
    for i, tid in enumerate(ids):
        relations: dict[RelationKind, list[str]] = {}
        for kind in RelationKind:
            # part-of and is-a point only at earlier terms: no cycles
            pool = ids[:i] if kind.transitive else [x for x in ids if x != tid]
            if pool:
                targets = draw(st.lists(st.sampled_from(pool), max_size=2, unique=True))
                if targets:
                    relations[kind] = targets
        terms.append(
            Term(
                id=tid,
                name=draw(texts(30, xml=xml)),
                aliases=tuple(draw(st.lists(texts(20, xml=xml), max_size=2))),
                kind=draw(st.sampled_from(list(Kind))),
                category=draw(st.sampled_from(cat_ids)),
                definition=draw(texts(200, xml=xml)),
                url=draw(urls),
                repo=draw(urls),
                maturity=draw(st.none() | st.sampled_from(list(Maturity))),
                tags=tuple(draw(st.lists(texts(10, xml=xml), max_size=2))),
                common_word=(common := draw(st.booleans())),
                usually_meant=common and draw(st.booleans()),
                plain_sense=tuple(draw(st.lists(texts(12, xml=xml), max_size=2))),
                relations=relations,
                xrefs=tuple(draw(st.lists(texts(20, xml=xml), max_size=2))),
            )
        )
    cats = {c.id: c for c in categories}
    by_id = {t.id: t for t in terms}
    assume(not check(by_id, cats))  # e.g. two names that normalise alike
    version = draw(st.none() | texts(12, xml=xml))
    sources = draw(st.lists(texts(30, xml=xml), max_size=2))
    return Glossary(terms, categories, version=version, sources=sources)
