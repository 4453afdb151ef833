"""Compare two glossaries: the terms, relations and categories added, removed, changed.

:func:`diff` (and :meth:`Glossary.diff <cncf_glossary.Glossary.diff>`) returns a
:class:`GlossaryDiff`, read from the first glossary to the second. Terms are matched
by id; a changed term lists each field that changed with its old and new value.
Relations are compared as ``(source, kind, target)`` triples (a symmetric relation
is the same whichever end states it), so they are reported as relations added or
removed, not as changes to a term's ``relations`` field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, model_serializer

from .models import Category, Relation, Term

if TYPE_CHECKING:
    from .glossary import Glossary

__all__ = ["FieldChange", "GlossaryDiff", "RecordChange", "diff"]


class FieldChange(BaseModel, frozen=True, defer_build=True):
    """One field of a record that differs: its old and new values (as in JSON)."""

    field: str
    old: Any
    new: Any

    def __str__(self) -> str:
        return f"{self.field}: {self.old!r} -> {self.new!r}"


class RecordChange(BaseModel, frozen=True, defer_build=True):
    """A term or category present on both sides whose fields differ."""

    id: str
    fields: tuple[FieldChange, ...]

    def __str__(self) -> str:
        return f"{self.id}: " + "; ".join(str(f) for f in self.fields)


class GlossaryDiff(BaseModel, frozen=True, defer_build=True):
    """What changed from one glossary to another; falsy when nothing did.

    ``added``/``removed`` hold terms, ``changed`` the field-level changes of terms
    on both sides (``relations`` excepted: see ``relations_added`` and
    ``relations_removed``), and the ``categories_*`` fields the same for categories.
    ``str()`` gives a review-friendly listing, one change a line.
    """

    added: tuple[Term, ...] = ()
    removed: tuple[Term, ...] = ()
    changed: tuple[RecordChange, ...] = ()
    relations_added: tuple[Relation, ...] = ()
    relations_removed: tuple[Relation, ...] = ()
    categories_added: tuple[Category, ...] = ()
    categories_removed: tuple[Category, ...] = ()
    categories_changed: tuple[RecordChange, ...] = ()

    def __bool__(self) -> bool:
        return any(getattr(self, f) for f in type(self).model_fields)

    def __str__(self) -> str:
        lines = [f"+ category {c.id} ({c.name})" for c in self.categories_added]
        lines += [f"- category {c.id} ({c.name})" for c in self.categories_removed]
        lines += [f"~ category {c}" for c in self.categories_changed]
        lines += [f"+ term {t.id} ({t.name})" for t in self.added]
        lines += [f"- term {t.id} ({t.name})" for t in self.removed]
        for c in self.changed:
            lines += [f"~ term {c.id}: {f}" for f in c.fields]
        lines += [
            f"+ relation {r.source.id} {r.kind} {r.target.id}"
            for r in self.relations_added
        ]
        lines += [
            f"- relation {r.source.id} {r.kind} {r.target.id}"
            for r in self.relations_removed
        ]
        return "\n".join(lines) if lines else "no changes"

    @model_serializer
    def _dump(self) -> dict[str, Any]:
        def fields(change: RecordChange) -> dict[str, Any]:
            return {
                "id": change.id,
                "fields": [
                    {"field": f.field, "old": f.old, "new": f.new}
                    for f in change.fields
                ],
            }

        return {
            "added": [t.model_dump(mode="json") for t in self.added],
            "removed": [t.model_dump(mode="json") for t in self.removed],
            "changed": [fields(c) for c in self.changed],
            "relations_added": [r.model_dump() for r in self.relations_added],
            "relations_removed": [r.model_dump() for r in self.relations_removed],
            "categories_added": [
                c.model_dump(mode="json") for c in self.categories_added
            ],
            "categories_removed": [
                c.model_dump(mode="json") for c in self.categories_removed
            ],
            "categories_changed": [fields(c) for c in self.categories_changed],
        }


def _fields(
    old: BaseModel, new: BaseModel, skip: frozenset[str] = frozenset()
) -> tuple[FieldChange, ...]:
    a, b = old.model_dump(mode="json"), new.model_dump(mode="json")
    return tuple(
        FieldChange(field=f, old=a[f], new=b[f])
        for f in type(old).model_fields
        if f not in skip and a[f] != b[f]
    )


def _triples(g: Glossary) -> dict[tuple[str, str, str], Relation]:
    out: dict[tuple[str, str, str], Relation] = {}
    for r in g.relations():
        u, v = r.source.id, r.target.id
        if r.kind.symmetric and v < u:
            u, v = v, u
        out.setdefault((u, r.kind.value, v), r)
    return out


def diff(old: Glossary, new: Glossary) -> GlossaryDiff:
    """What changed from ``old`` to ``new``.

    >>> from cncf_glossary import load
    >>> g = load()
    >>> d = diff(g, g.filter(kind="project"))
    >>> bool(d), d.added, any(t.id == "kubelet" for t in d.removed)
    (True, (), True)
    >>> bool(diff(g, g))
    False
    """
    old_ids, new_ids = set(old), set(new)
    changed = []
    for tid, term in old.items():
        other = new[tid] if tid in new_ids else term
        fields = _fields(term, other, frozenset({"relations"}))
        if fields:
            changed.append(RecordChange(id=tid, fields=fields))
    cats_changed = []
    for cid, cat in old.categories.items():
        if cid in new.categories and new.categories[cid] != cat:
            cats_changed.append(
                RecordChange(id=cid, fields=_fields(cat, new.categories[cid]))
            )
    ra, rb = _triples(old), _triples(new)
    return GlossaryDiff(
        added=tuple(t for t in new.values() if t.id not in old_ids),
        removed=tuple(t for t in old.values() if t.id not in new_ids),
        changed=tuple(changed),
        relations_added=tuple(r for k, r in rb.items() if k not in ra),
        relations_removed=tuple(r for k, r in ra.items() if k not in rb),
        categories_added=tuple(
            c for cid, c in new.categories.items() if cid not in old.categories
        ),
        categories_removed=tuple(
            c for cid, c in old.categories.items() if cid not in new.categories
        ),
        categories_changed=tuple(cats_changed),
    )
