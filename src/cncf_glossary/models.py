"""Frozen, typed records: :class:`Term`, :class:`Relation` and their vocabularies.

Records carry data only; everything that needs other terms lives on
:class:`~cncf_glossary.Glossary`. Models are frozen and forbid unknown fields, so a
typo in a data file is an error rather than silently ignored data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import Enum
from types import MappingProxyType
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    field_serializer,
    field_validator,
    model_serializer,
    model_validator,
)

__all__ = [
    "Category",
    "Kind",
    "Match",
    "Maturity",
    "Mention",
    "Relation",
    "RelationKind",
    "Term",
]

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_URL = re.compile(r"^https?://[^\s<>\"']+$")


class RelationKind(str, Enum):
    """A typed relation between two terms.

    ``PART_OF`` points from the part to the whole (kubelet -> Kubernetes) and, like
    ``IS_A``, is transitive. ``USED_WITH`` and ``ALTERNATIVE_TO`` are symmetric.

    >>> RelationKind("part-of").phrase
    'is part of'
    >>> RelationKind.USED_WITH.symmetric
    True
    """

    USED_WITH = "used-with"
    PART_OF = "part-of"
    IS_A = "is-a"
    IMPLEMENTS = "implements"
    ALTERNATIVE_TO = "alternative-to"
    DEPENDS_ON = "depends-on"

    @property
    def symmetric(self) -> bool:
        """True for kinds that hold in both directions."""
        return self in (RelationKind.USED_WITH, RelationKind.ALTERNATIVE_TO)

    @property
    def transitive(self) -> bool:
        """True for kinds whose chains imply the relation (part-of, is-a)."""
        return self in (RelationKind.PART_OF, RelationKind.IS_A)

    @property
    def phrase(self) -> str:
        """The verb phrase used to read a relation as a sentence."""
        return _PHRASES[self]

    @property
    def inverse_phrase(self) -> str:
        """The verb phrase read from the target's side."""
        return _INVERSE_PHRASES[self]

    def __str__(self) -> str:
        return self.value


_PHRASES = {
    RelationKind.USED_WITH: "is used with",
    RelationKind.PART_OF: "is part of",
    RelationKind.IS_A: "is a",
    RelationKind.IMPLEMENTS: "implements",
    RelationKind.ALTERNATIVE_TO: "is an alternative to",
    RelationKind.DEPENDS_ON: "depends on",
}
_INVERSE_PHRASES = {
    RelationKind.USED_WITH: "is used with",
    RelationKind.PART_OF: "has part",
    RelationKind.IS_A: "has instance",
    RelationKind.IMPLEMENTS: "is implemented by",
    RelationKind.ALTERNATIVE_TO: "is an alternative to",
    RelationKind.DEPENDS_ON: "is needed by",
}


class Kind(str, Enum):
    """What sort of thing a term names."""

    PROJECT = "project"
    PRODUCT = "product"
    COMPONENT = "component"
    RESOURCE = "resource"
    CONCEPT = "concept"
    PRACTICE = "practice"
    SPECIFICATION = "specification"
    ORGANIZATION = "organization"
    EVENT = "event"

    def __str__(self) -> str:
        return self.value


# Kinds whose names are proper names (Helm, the CNCF, KubeCon): their name in
# lower case is the ordinary word, and their web addresses are their own.
PROPER_KINDS = frozenset({Kind.PROJECT, Kind.PRODUCT, Kind.ORGANIZATION, Kind.EVENT})


class Maturity(str, Enum):
    """A CNCF project's maturity level; terms that are no CNCF project have none."""

    SANDBOX = "sandbox"
    INCUBATING = "incubating"
    GRADUATED = "graduated"
    ARCHIVED = "archived"

    def __str__(self) -> str:
        return self.value


def _check_url(value: str | None) -> str | None:
    if value is not None and not _URL.match(value):
        raise ValueError("must be an http(s) URL such as 'https://example.org/'")
    return value


SLUG_MAX_LENGTH = 100


def _check_slug(value: str) -> str:
    if len(value) > SLUG_MAX_LENGTH or not _SLUG_RE.match(value):
        raise ValueError("must be a lower-case slug such as 'kube-proxy'")
    return value


def _text(max_length: int) -> AfterValidator:
    def check(value: str) -> str:
        if not value:
            raise ValueError("must not be empty")
        if len(value) > max_length:
            raise ValueError(f"must be at most {max_length} characters")
        return value

    return AfterValidator(check)


# Plain validators (not Field/StringConstraints) keep pydantic.types and
# annotated_types out of import time; models strip surrounding whitespace.
Slug = Annotated[str, AfterValidator(_check_slug)]
Text = Annotated[str, _text(10_000)]
Name = Annotated[str, _text(200)]
Url = Annotated[str | None, AfterValidator(_check_url)]


class Category(
    BaseModel, frozen=True, extra="forbid", defer_build=True, str_strip_whitespace=True
):
    """A category from the controlled list declared in the data file.

    >>> Category(id="service-mesh", name="Service Mesh").name
    'Service Mesh'
    """

    id: Slug
    name: Text
    group: Annotated[str, _text(40)] = "domain"


class Term(
    BaseModel,
    frozen=True,
    extra="forbid",
    defer_build=True,
    str_strip_whitespace=True,
    validate_default=True,
    use_attribute_docstrings=True,
):
    """One glossary entry: a project, component, resource, concept, ...

    ``relations`` maps each :class:`RelationKind` to the ids of the terms this term
    points at, as written in the data (symmetric kinds are written once).

    >>> t = Term(id="kubelet", name="kubelet", kind="component",
    ...          category="kubernetes-architecture",
    ...          definition="The node agent of Kubernetes.",
    ...          relations={"part-of": ["kubernetes"]})
    >>> t.relations[RelationKind.PART_OF]
    ('kubernetes',)
    >>> t.maturity is None
    True
    """

    id: Slug
    name: Name
    aliases: tuple[Name, ...] = ()
    formerly: tuple[Name, ...] = ()
    """Names the term had before (Heptio Ark for Velero, Conduit for Linkerd 2):
    found by lookup like aliases; in text, a former name that is also an ordinary
    word ("Ark", "Conduit") is tagged only when context says so."""
    kind: Kind
    category: Slug
    definition: Annotated[str, _text(2000)]
    url: Url = None
    repo: Url = None
    maturity: Maturity | None = None
    tags: tuple[Annotated[str, _text(60)], ...] = ()
    common_word: bool = False
    """The name is also an ordinary word: tag it in text only when context says so."""
    usually_meant: bool = False
    """With common_word: in cloud-native text the word nearly always names this term
    (cluster, pod, sidecar), so it needs less context to be tagged."""
    plain_sense: tuple[Annotated[str, _text(40)], ...] = ()
    """Words that, near the name, show it used for something else (a telescope for
    Kepler, a city for Lima): the name is then not tagged. An entry of several
    words with the name's word in it is an idiom ("no secret", "at the helm"):
    the name is not tagged inside that phrase. One that is the name written
    apart ("cron job" for CronJob) is that writing's everyday sense."""
    relations: Mapping[RelationKind, tuple[Slug, ...]] = {}
    xrefs: tuple[Name, ...] = ()

    @field_validator("relations", mode="after")
    @classmethod
    def _freeze_relations(
        cls, value: Mapping[RelationKind, tuple[str, ...]]
    ) -> Mapping[RelationKind, tuple[str, ...]]:
        ordered = {k: value[k] for k in RelationKind if value.get(k)}
        return MappingProxyType(ordered)

    @model_validator(mode="after")
    def _usually_meant_is_a_common_word(self) -> Term:
        if self.usually_meant and not self.common_word:
            raise ValueError(
                "usually_meant applies to a name that is an ordinary word: "
                "add 'common_word: true' or drop 'usually_meant'"
            )
        return self

    @field_serializer("relations")
    def _dump_relations(
        self, value: Mapping[RelationKind, tuple[str, ...]]
    ) -> dict[str, list[str]]:
        return {k.value: list(v) for k, v in value.items()}

    def __hash__(self) -> int:
        return hash((self.id, self.name, self.definition))

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias and former name."""
        return (self.name, *self.aliases, *self.formerly)

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"Term({self.id!r}, name={self.name!r}, kind={self.kind.value!r})"


def related_ids(terms: Iterable[Term]) -> dict[str, set[str]]:
    """Each term's related terms among ``terms``, whichever of the two carries
    the relation (targets outside ``terms`` and self-relations left out).

    >>> from cncf_glossary import load
    >>> "kubernetes" in related_ids(load().values())["kubelet"]
    True
    """
    terms = list(terms)
    related: dict[str, set[str]] = {t.id: set() for t in terms}
    for t in terms:
        for targets in t.relations.values():
            for other in targets:
                if other in related and other != t.id:
                    related[t.id].add(other)
                    related[other].add(t.id)
    return related


def top_degree(related: dict[str, set[str]]) -> int:
    """The degree at the top 1% of ``related`` (see :func:`related_ids`): a
    term related to more is a hub, whose relations say little.

    >>> top_degree({"a": {"b", "c"}, "b": {"a"}, "c": {"a"}})
    2
    """
    degrees = sorted(len(r) for r in related.values())
    return degrees[int(0.99 * len(degrees))] if degrees else 0


class Relation(BaseModel, frozen=True, defer_build=True):
    """A typed edge between two terms, as queries return it.

    >>> from cncf_glossary import load
    >>> g = load()
    >>> str(g.relations("kubelet", kind="part-of")[0])
    'kubelet is part of Kubernetes'
    """

    source: Term
    kind: RelationKind
    target: Term

    def __str__(self) -> str:
        phrase = self.kind.phrase
        if self.kind is RelationKind.IS_A and self.target.name[:1].lower() in "aeiou":
            phrase = "is an"  # "Pod is an object", "OpenChoreo is an internal ..."
        return f"{self.source.name} {phrase} {self.target.name}"

    def __repr__(self) -> str:
        return f"Relation({self.source.id!r}, {self.kind.value!r}, {self.target.id!r})"

    @model_serializer
    def _dump(self) -> dict[str, Any]:
        return {
            "source": self.source.id,
            "kind": self.kind.value,
            "target": self.target.id,
        }


class Match(BaseModel, frozen=True, defer_build=True):
    """A lookup result: the term, a 0-100 score and the name or alias matched."""

    term: Term
    score: float
    matched: str

    def __repr__(self) -> str:
        return (
            f"Match({self.term.id!r}, score={self.score:.1f}, matched={self.matched!r})"
        )

    @model_serializer
    def _dump(self) -> dict[str, Any]:
        return {
            "id": self.term.id,
            "name": self.term.name,
            "score": round(self.score, 1),
            "matched": self.matched,
        }


class Mention(BaseModel, frozen=True, defer_build=True):
    """A mention of a term in free text, ``text[start:end]``."""

    term: Term
    start: int
    end: int
    text: str
    score: float

    def __repr__(self) -> str:
        return (
            f"Mention({self.term.id!r}, {self.start}, {self.end}, text={self.text!r})"
        )

    @model_serializer
    def _dump(self) -> dict[str, Any]:
        return {
            "id": self.term.id,
            "name": self.term.name,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": round(self.score, 1),
        }
