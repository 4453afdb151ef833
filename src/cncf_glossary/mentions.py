"""Find the glossary terms a free text mentions, and link them.

:class:`TextIndex` finds mentions in three steps:

1. **Exact names.** One regular expression, built as a character trie over every
   name, alias and acronym of every term, matches them case-insensitively at word
   boundaries, with any of ``-``, ``_``, ``.``, ``/`` or blanks (or nothing)
   between the words of a name (``Cloud Native Buildpacks``, ``cloud-native
   buildpacks``) and with plural endings. The trie makes the match leftmost and
   then longest, so ``Helm chart`` beats ``Helm``; mentions never overlap.
   Abbreviations of three letters or fewer (``CD``, ``SIG``) and acronyms
   derived from names (``HPA``) count only in capitals.
2. **Misspellings** of longer names (``containered``, ``Kubernets``): a word
   that is neither an English word (see :func:`~cncf_glossary.lookup.english_words`)
   nor part of any name is compared, alone and with up to two neighbours, with
   the names of seven or more letters: one edit allowed up to nine letters, two
   up to fourteen, three beyond, the first letter kept, and a name plus a
   suffix (``namespaced``) is a derived word, not a typo.
3. **Ordinary words.** A one-word name of a term marked ``common_word`` (kind,
   Helm, Harbor, Draft, stack, Node...) is kept only when the context says the
   term is meant: always inside a code span; otherwise when the evidence adds up
   to 2 or more:

   - *case*: capitalised mid-sentence (+1); next to another capitalised word
     that is no glossary word (-1: "Pearl Harbor" is another name); a
     project's capitalised name written in lower case (-2: "the ship's harbor");
   - *compound*: a name written in lower case in the data, in lower case after
     a plain modifier ("tech stack", "human operator", "first draft"): -2;
   - *cue words* (the term's tags, its other names, the names of related terms,
     and the jargon of its definition) next to it (+2: "a kind cluster") or
     within four words (+1);
   - *other mentions*, once the above leaves 0 or 1: a related term in the same
     sentence (+2; +1 if it is a hub related to very many terms, like
     Kubernetes), any term in the sentence or a related one in the paragraph
     (+1), a paragraph with three or more other terms (+1); for a general
     concept (Node, Pod, not a project or a part of one) a sentence with two
     other terms or with a term two relations away (+1 each); these count 2 at
     most;
   - the same term kept elsewhere in the paragraph (+1);
   - lower case and followed by "of" ("what kind of", "a stack of") rejects.

Mentions inside URLs, e-mail addresses and HTML tags are ignored.
"""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .lookup import (
    acronyms,
    english_words,
    name_variants,
    normalize,
    singulars,
    split_words,
)
from .models import Kind, Mention, RelationKind, Term

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["TextIndex"]

_SEP = r"(?:[-_./]|\s{1,3})?"
# Each pattern starts with a literal, so that the regular expression engine skips
# ahead to it: one alternation of them all is several times slower on long texts.
_SKIP = (
    re.compile(r"https?://[^\s<>\"'`)\]]+"),
    re.compile(r"www\.[^\s<>\"'`)\]]+"),
    re.compile(r"@[\w-]+\.[\w.-]+"),  # e-mail: see _spans for the local part
    re.compile(r"<[A-Za-z/!][^<>\n]{0,500}>"),
)
_CODE = (
    re.compile(r"```.*?(?:```|\Z)", re.S),
    re.compile(r"~~~.*?(?:~~~|\Z)", re.S),
    re.compile(r"`[^`\n]+`"),
    re.compile(r"<code>.*?</code>|<pre>.*?</pre>", re.S | re.I),
)
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W\d_]{1,2}(?![^\W_]))?")
_LONG = re.compile(r"[^\W\d_][^\W_]{3,}")
_SENT_END = re.compile(r"[.!?](?=\s)|\n[ \t]*\n|\n[ \t]*(?:[#>|*+-]|\d+\.)\s")
_PARA_END = re.compile(r"\n[ \t]*\n")
_STOP_WORDS = (
    "a about above after again all also am an and another any are as at be been "
    "before being below between both but by can could did do does doing down during "
    "each either entire every few for from further get gets had has have having he "
    "her here hers him his how i if in into is it its itself just make makes many me "
    "more most my neither new no nor not now of off on once one only or other our "
    "ours out over own per same several she should so some such than that the their "
    "theirs them then there these they this those through to too two under until up "
    "use used uses using very was way we were what when where which while who whole "
    "whom why will with would you your yours"
)
_STOP = frozenset(_STOP_WORDS.split())
_SUFFIX_WORDS = (
    "s es d ed r er ers ing ings ly al ally ize ise ized ised ion ions ation"
)
_SUFFIXES = frozenset(_SUFFIX_WORDS.split())
_PROPER = frozenset({Kind.PROJECT, Kind.PRODUCT, Kind.ORGANIZATION, Kind.EVENT})
_UNSEEN: Any = object()
_HUB = 15  # related to more terms than this (or the top 1%): weak evidence
_DENSE = 3  # other terms in a paragraph that make it technical


@dataclass(frozen=True, slots=True)
class _Entry:
    """One way of writing a term: which term, and the rules for accepting it."""

    term: str
    written: str  # as in the data
    capitals: bool  # count only when written in capitals (CD, SIG, HPA)
    ambiguous: bool  # an ordinary word: needs context
    derived: bool = False  # an acronym made from the name, not written in the data


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    entry: _Entry
    score: float


def _plurals(word: str) -> list[str]:
    if not word.isalpha() or len(word) < 2:
        return [word]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return [word, word[:-1] + "ies"]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return [word, word + "es", *singulars(word)[:1]]
    return [word, word + "s"]


def _trie_pattern(strings: Iterable[str]) -> str:
    """A regular expression matching exactly ``strings``, longest first.

    ``\\x00`` in a string stands for an optional separator between words.
    """
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for s in strings:
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        end = "" in node
        alts = [
            (_SEP if ch == "\x00" else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        if len(alts) == 1 and not end:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if end else "")

    return emit(root)


class TextIndex:
    """Finds and links the mentions of a set of terms in free text.

    Built once per glossary (see :meth:`cncf_glossary.Glossary.mentions`);
    read-only afterwards, so threads may share it.

    >>> from cncf_glossary import load
    >>> g = load("tests/data/mini-terms.yaml", builtin=False)
    >>> ix = TextIndex(g.values())
    >>> [(m.term.id, m.text) for m in ix.mentions("Our k8s nodes run containered.")]
    [('kubernetes', 'k8s'), ('containerd', 'containered')]
    """

    def __init__(self, terms: Iterable[Term]) -> None:
        self._terms: dict[str, Term] = {t.id: t for t in terms}
        self._entries: dict[str, list[_Entry]] = {}
        self._vocab: set[str] = set()
        strings: set[str] = set()
        fuzzy: dict[str, tuple[str, bool]] = {}
        for t in self._terms.values():
            surfaces = [v for n in t.names for v in name_variants(n) if "(" not in v]
            for s in surfaces:
                words = split_words(s)
                if not words:
                    continue
                key = "".join(words)
                short = len(key) <= 3 and s.isupper()
                ambiguous = (
                    t.common_word
                    and len(words) == 1
                    and s.isalpha()
                    and sum(c.isupper() for c in s) < 2
                )
                self._add(key, _Entry(t.id, s, short, ambiguous))
                self._vocab.update(words)
                self._vocab.add(key)
                for last in _plurals(words[-1]):
                    strings.add("\x00".join([*words[:-1], last]))
                if len(key) >= 7 and not ambiguous and not short:
                    fuzzy.setdefault(key, (t.id, len(words) > 1))
            for s in surfaces:
                for acr in acronyms(s):
                    self._add(acr, _Entry(t.id, acr.upper(), True, False, True))
                    strings.update(_plurals(acr))
        self._pattern = re.compile(r"(?<!\w)(?:" + _trie_pattern(strings) + r")(?!\w)")
        self._fuzzy_keys = list(fuzzy)
        self._multi_words = sorted(
            {w for t in self._terms.values() for n in t.names for w in split_words(n)}
            - {k for k, m in fuzzy.items() if not m[1]}
        )
        self._fuzzy_terms = [tid for tid, _ in fuzzy.values()]
        self._related: dict[str, set[str]] = {tid: set() for tid in self._terms}
        for t in self._terms.values():
            for targets in t.relations.values():
                for other in targets:
                    if other in self._related and other != t.id:
                        self._related[t.id].add(other)
                        self._related[other].add(t.id)
        degrees = sorted(len(r) for r in self._related.values())
        self._hub = max(_HUB, degrees[int(0.99 * len(degrees))] if degrees else 0)
        self._general = {
            t.id
            for t in self._terms.values()
            if t.kind not in _PROPER
            and t.kind != Kind.COMPONENT
            and not any(
                p in self._terms and self._terms[p].kind in _PROPER
                for p in t.relations.get(RelationKind.PART_OF, ())
            )
        }
        self._cues: dict[str, frozenset[str]] = {}
        self._second: dict[str, frozenset[str]] = {}
        self._jargon = {_root(w) for w in self._vocab} | {
            _root(w) for t in self._terms.values() for x in t.tags for w in x.split("-")
        }
        self._oov: dict[str, bool] = {}
        self._near: dict[str, tuple[str, int] | None] = {}
        self._partial: dict[str, bool] = {}
        self._written: dict[str, _Entry | None] = {}
        self._chunks: dict[str, tuple[str, ...]] = {}

    def _add(self, key: str, entry: _Entry) -> None:
        bucket = self._entries.setdefault(key, [])
        if all(e.term != entry.term for e in bucket):
            bucket.append(entry)
            # Names before derived acronyms, confident before ambiguous.
            bucket.sort(key=lambda e: (e.derived, e.ambiguous))

    # -- public ----------------------------------------------------------------
    def mentions(self, text: str) -> list[Mention]:
        """Every mention in ``text``, in order, none overlapping.

        Raises:
            ValueError: ``text`` is not a string.
        """
        if not isinstance(text, str):
            raise ValueError(f"text must be a string, not {type(text).__name__}")
        if not text:
            return []
        low = text.lower()
        if len(low) != len(text):  # a few characters lower-case to two
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        skip = _spans(_SKIP, text)
        code = _spans(_CODE, text)
        found = self._exact(text, low, skip)
        found = self._misspelt(text, low, skip, found)
        kept = self._disambiguate(text, found, code)
        terms = self._terms
        return [
            _mention(
                terms[c.entry.term], c.start, c.end, text[c.start : c.end], c.score
            )
            for c in kept
        ]

    def link(self, text: str, format: Literal["markdown", "html"] = "markdown") -> str:
        """``text`` with the first mention of each term linked to the term's URL.

        Markdown links keep the text as written; HTML escapes the whole text and
        gives each link the definition as its ``title`` tooltip. Only ``http``
        and ``https`` URLs are linked; mentions in code spans are left alone.

        >>> from cncf_glossary import load
        >>> g = load("tests/data/mini-terms.yaml", builtin=False)
        >>> TextIndex(g.values()).link("k8s & K8s")
        '[k8s](https://kubernetes.io/) & K8s'
        """
        if format not in ("markdown", "html"):
            raise ValueError(f"format must be 'markdown' or 'html', not {format!r}")
        code = _spans(_CODE, text) if isinstance(text, str) else []
        out: list[str] = []
        pos = 0
        seen: set[str] = set()
        esc = html.escape if format == "html" else _identity
        for m in self.mentions(text):
            url = m.term.url or m.term.repo
            if (
                m.term.id in seen
                or not url
                or not url.lower().startswith(("http://", "https://"))
                or _inside(code, m.start)
                or (format == "markdown" and _in_markdown_link(text, m.start, m.end))
            ):
                continue
            seen.add(m.term.id)
            out.append(esc(text[pos : m.start]))
            if format == "html":
                out.append(
                    f'<a href="{html.escape(url)}" '
                    f'title="{html.escape(m.term.definition)}">{html.escape(m.text)}</a>'
                )
            else:
                label = m.text.replace("[", "\\[").replace("]", "\\]")
                out.append(f"[{label}]({url.replace(')', '%29').replace(' ', '%20')})")
            pos = m.end
        out.append(esc(text[pos:]))
        return "".join(out)

    # -- step 1: exact names -----------------------------------------------------
    def _entry(self, key: str) -> list[_Entry]:
        bucket = self._entries.get(key)
        if bucket:
            return bucket
        for s in singulars(key):
            bucket = self._entries.get(s)
            if bucket:
                return bucket
        return []

    def _exact(
        self, text: str, low: str, skip: list[tuple[int, int]]
    ) -> list[_Candidate]:
        out: list[_Candidate] = []
        memo = self._written
        pos: int | None = 0
        while pos is not None:
            start, pos = pos, None
            for m in self._pattern.finditer(low, start):
                s, e = m.span()
                if skip and _inside(skip, s):
                    continue
                written = text[s:e]
                entry = memo.get(written, _UNSEEN)
                if entry is _UNSEEN:
                    entry = self._check(written)
                    if len(memo) < 100_000:
                        memo[written] = entry
                if entry is None:
                    pos = s + 1  # a shorter name may start here or just after
                    break
                out.append(_Candidate(s, e, entry, 100.0))
        return out

    def _check(self, written: str) -> _Entry | None:
        for entry in self._entry(normalize(written)):
            if not entry.capitals or _capitals(written):
                return entry
        return None

    # -- step 2: misspellings ------------------------------------------------------
    def _suspicious(self, word: str) -> bool:
        flag = self._oov.get(word)
        if flag is None:
            flag = (
                word.isalpha()
                and word not in self._vocab
                and not any(s in self._vocab for s in singulars(word))
                and word not in english_words()
                and not any(s in english_words() for s in singulars(word))
            )
            if len(self._oov) < 100_000:
                self._oov[word] = flag
        return flag

    def _in_long_name(self, word: str) -> bool:
        """Might ``word`` be a misspelt word of a name of several words?"""
        flag = self._partial.get(word)
        if flag is None:
            budget = 1 if len(word) <= 9 else 2
            found = process.extractOne(
                word, self._multi_words, scorer=OSA.distance, score_cutoff=budget
            )
            flag = bool(found) and found[0][0] == word[0]  # type: ignore[index]
            if len(self._partial) < 100_000:
                self._partial[word] = flag
        return flag

    def _nearest(self, compact: str) -> tuple[str, int] | None:
        if compact in self._near:
            return self._near[compact]
        n = len(compact)
        budget = 1 if n <= 9 else 2 if n <= 14 else 3
        best = None
        if 7 <= n <= 60:
            found = process.extractOne(
                compact, self._fuzzy_keys, scorer=OSA.distance, score_cutoff=budget
            )
            if (
                found
                and found[1] > 0
                and found[0][0] == compact[0]
                # "namespaced" is namespace + d, a derived word, not a typo
                and not (
                    compact.startswith(found[0])
                    and compact[len(found[0]) :] in _SUFFIXES
                )
            ):
                best = (self._fuzzy_terms[found[2]], int(found[1]))
        if len(self._near) < 100_000:
            self._near[compact] = best
        return best

    def _misspelt(
        self,
        text: str,
        low: str,
        skip: list[tuple[int, int]],
        found: list[_Candidate],
    ) -> list[_Candidate]:
        suspects: set[str] = set()
        memo = self._chunks
        for chunk in set(low.split()):
            found_in = memo.get(chunk)
            if found_in is None:
                found_in = tuple(
                    word
                    for word in ((chunk,) if chunk.isalpha() else _LONG.findall(chunk))
                    if len(word) >= 4
                    and self._suspicious(word)
                    and (self._nearest(word) is not None or self._in_long_name(word))
                )
                if len(memo) < 200_000:
                    memo[chunk] = found_in
            suspects.update(found_in)
        if not suspects:
            return found
        starts = [c.start for c in found]
        extra: list[_Candidate] = []
        for s, e in _occurrences(low, suspects):
            i = bisect.bisect_right(starts, s) - 1
            if (i >= 0 and found[i].end > s) or (skip and _inside(skip, s)):
                continue
            words = [
                (w.start() + max(0, s - 40), w.end() + max(0, s - 40), w.group())
                for w in _WORD.finditer(low[max(0, s - 40) : e + 40])
            ]
            k = next(j for j, w in enumerate(words) if w[0] == s)
            best: tuple[float, int, int, str, int] | None = None
            for a in range(max(0, k - 2), k + 1):
                for b in range(k, min(len(words), a + 3)):
                    span = words[a : b + 1]
                    if any(
                        not re.fullmatch(r"[\s\-_./]{0,3}", low[x[1] : y[0]])
                        for x, y in itertools.pairwise(span)
                    ):
                        continue
                    hit = self._nearest("".join(w[2] for w in span))
                    if hit is None:
                        continue
                    tid, dist = hit
                    length = span[-1][1] - span[0][0]
                    rank = dist / length - 0.001 * length
                    if best is None or rank < best[0]:
                        best = (rank, span[0][0], span[-1][1], tid, dist)
            if best is not None:
                _, a0, b0, tid, dist = best
                entry = _Entry(tid, self._terms[tid].name, False, False)
                score = round(100.0 * (1 - dist / max(b0 - a0, 1)), 1)
                extra.append(_Candidate(a0, b0, entry, score))
        return _resolve(found, extra) if extra else found

    # -- step 3: ordinary words ------------------------------------------------------
    def _cue_words(self, tid: str) -> frozenset[str]:
        """Words that, near an ordinary word, say it names term ``tid``.

        Its tags, the words of its other names and of related terms' names, and
        the words of its definition that are jargon: part of some name or tag in
        the glossary, or no English word ("tsdb", "sidecar", but not "reads").
        """
        cues = self._cues.get(tid)
        if cues is None:
            t = self._terms[tid]
            strong = [*t.names, *(x.replace("-", " ") for x in t.tags)]
            strong += [self._terms[r].name for r in self._related[tid]]
            words = {_root(w) for x in strong for w in _WORD.findall(x)}
            for w in _WORD.findall(t.definition.lower()):
                if _root(w) in self._jargon or (
                    w.isalpha() and w not in english_words()
                ):
                    words.add(_root(w))
            own = {_root(w) for w in split_words(t.name)}
            cues = frozenset(w for w in words - own if w not in _STOP and len(w) > 2)
            self._cues[tid] = cues
        return cues

    def _name_word(self, word: str) -> bool:
        """A capitalised word that is no glossary word: part of another name."""
        low = word.lower()
        return word[:1].isupper() and low not in _STOP and low not in self._vocab

    def _disambiguate(
        self, text: str, found: list[_Candidate], code: list[tuple[int, int]]
    ) -> list[_Candidate]:
        if not any(c.entry.ambiguous for c in found):
            return found
        keep = {id(c) for c in found if not c.entry.ambiguous or _inside(code, c.start)}
        layout = _Layout(text)
        sure = sorted((c.start, c.entry.term) for c in found if id(c) in keep)
        # Round one; a word left at 0 or 1 may be lifted by words kept in it.
        undecided: list[_Candidate] = []
        added: list[_Candidate] = []
        for c in found:
            if id(c) not in keep:
                evidence = self._evidence(text, c, sure, layout)
                if evidence >= 2:
                    added.append(c)
                elif evidence >= 0:
                    undecided.append(c)
        keep.update(id(c) for c in added)
        if added and undecided:  # context for its sentence and for its twins
            sure = sorted((c.start, c.entry.term) for c in found if id(c) in keep)
            vouched = {(c.entry.term, layout.paragraph(c.start)[0]) for c in added}
            vouched |= {("", layout.sentence(c.start, c.end)[0]) for c in added}
            for c in undecided:
                if (
                    (c.entry.term, layout.paragraph(c.start)[0]) in vouched
                    or ("", layout.sentence(c.start, c.end)[0]) in vouched
                ) and self._meant(text, c, sure, layout):
                    keep.add(id(c))
        return [c for c in found if id(c) in keep]

    def _meant(
        self,
        text: str,
        c: _Candidate,
        sure: list[tuple[int, str]],
        layout: _Layout,
    ) -> bool:
        """Does the context say that this ordinary word names its term?"""
        return self._evidence(text, c, sure, layout) >= 2

    def _evidence(
        self,
        text: str,
        c: _Candidate,
        sure: list[tuple[int, str]],
        layout: _Layout,
    ) -> int:
        """The evidence that an ordinary word names its term (2 or more: it does).

        Cheap evidence first; stop as soon as the outcome is certain.
        """
        t = self._terms[c.entry.term]
        written = text[c.start : c.end]
        lower = written.islower()
        sent_a, sent_b = layout.sentence(c.start, c.end)
        before = _WORD.findall(text[max(sent_a, c.start - 48) : c.start])
        after = _WORD.findall(text[c.end : min(sent_b, c.end + 48)])
        prev = before[-1] if before else ""
        next_ = after[0] if after else ""
        prev_close = text[c.start - len(prev) - 1 : c.start] == prev + " "
        next_close = text[c.end : c.end + len(next_) + 1] == " " + next_
        if lower and next_ == "of":
            return -9  # "what kind of", "a stack of"
        cues = self._cue_words(t.id)
        evidence = 0
        # Case: capitals mid-sentence name something, unless a neighbour is also
        # capitalised ("Pearl Harbor" is another name); a project's name in lower
        # case is the ordinary word ("the ship's harbor").
        if t.kind in _PROPER and c.entry.written[:1].isupper() and lower:
            evidence -= 2
        elif (prev_close and self._name_word(prev)) or (
            next_close and self._name_word(next_)
        ):
            evidence -= 1
        elif not lower and not written.isupper() and not _initial(text, c.start):
            evidence += 1
        # A modifier before a final ordinary word makes a compound ("tech stack",
        # "human operator", "first draft").
        low_prev, low_next = prev.lower(), next_.lower()
        if (
            lower
            and c.entry.written.islower()  # "Cluster" in the data is a heading
            and prev_close
            and prev.isalpha()
            and text[c.start - len(prev) - 2 : c.start - len(prev) - 1] not in "-."
            and low_prev not in _STOP
            and low_prev not in self._vocab
            and low_next not in self._vocab
            and _root(low_next) not in cues
        ):
            evidence -= 2
        # Cue words from the definition, tags and related names.
        if _root(low_prev) in cues or _root(low_next) in cues:
            evidence += 2
        elif any(_root(w) in cues for w in (*before[-4:], *after[:4])):
            evidence += 1
        if evidence >= 2 or evidence < 0:
            return evidence  # context never outweighs a clash of case or words
        # Other mentions: any term in the sentence; related terms in the sentence
        # or paragraph; a paragraph dense with terms; the same term again.
        related = self._related[t.id]
        para_a, para_b = layout.paragraph(c.start)
        lo = bisect.bisect_left(sure, (para_a, ""))
        hi = bisect.bisect_left(sure, (para_b, ""))
        others = {other for _, other in sure[lo:hi]} - {t.id}
        context = 1 if len(others) >= _DENSE else 0
        again = 0
        in_sentence: set[str] = set()
        for pos, other in sure[lo:hi]:
            if other == t.id:
                again = 1
                continue
            same = sent_a <= pos < sent_b
            if same:
                in_sentence.add(other)
            if other in related:
                weak = len(self._related[other]) > self._hub
                context = max(context, (1 if weak else 2) if same else 1)
            elif same:
                context = max(context, 1)
        if t.id in self._general and in_sentence:
            # A general concept (node, pod): terms two steps away in the graph,
            # and a sentence full of terms, count too.
            near = self._two_steps(t.id)
            context = max(
                context,
                min(2, (len(in_sentence) >= 2) + bool(in_sentence & near)),
            )
        return evidence + context + again

    def _two_steps(self, tid: str) -> frozenset[str]:
        """Terms related to the terms related to ``tid`` (not through hubs)."""
        found = self._second.get(tid)
        if found is None:
            hop = self._related[tid]
            found = frozenset(
                far
                for near in hop
                if len(self._related[near]) <= self._hub
                for far in self._related[near]
            )
            self._second[tid] = found
        return found


_FIELDS = frozenset(Mention.model_fields)


def _mention(term: Term, start: int, end: int, text: str, score: float) -> Mention:
    """A :class:`Mention` whose fields are right by construction, made without
    validation (what :meth:`pydantic.BaseModel.model_construct` does, faster)."""
    m = Mention.__new__(Mention)
    values = {"term": term, "start": start, "end": end, "text": text, "score": score}
    object.__setattr__(m, "__dict__", values)
    object.__setattr__(m, "__pydantic_fields_set__", _FIELDS)
    object.__setattr__(m, "__pydantic_extra__", None)
    object.__setattr__(m, "__pydantic_private__", None)
    return m


def _identity(s: str) -> str:
    return s


def _stem(word: str) -> str:
    for s in singulars(word)[:1]:
        return s
    return word


@functools.lru_cache(maxsize=65536)
def _root(word: str) -> str:
    """A rough stem for comparing cue words: plural, -ing, -ed, -er folded."""
    word = _stem(word.lower())
    for suffix in ("ing", "ed", "er"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _occurrences(low: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Where the words occur in ``low`` as whole words, in order."""
    out: list[tuple[int, int]] = []
    for word in words:
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not low[i - 1].isalnum()) and (
                j == len(low) or not low[j].isalnum()
            ):
                out.append((i, j))
            i = low.find(word, j)
    out.sort()
    return out


def _capitals(written: str) -> bool:
    core = written[:-1] if written.endswith("s") and len(written) > 2 else written
    letters = [c for c in core if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _spans(patterns: tuple[re.Pattern[str], ...], text: str) -> list[tuple[int, int]]:
    """The spans the patterns match, sorted, nested or overlapping ones merged."""
    spans: list[tuple[int, int]] = []
    for p in patterns:
        for m in p.finditer(text):
            a = m.start()
            if text[a] == "@":
                while a > 0 and (text[a - 1].isalnum() or text[a - 1] in "._+-"):
                    a -= 1
            spans.append((a, m.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _resolve(found: list[_Candidate], extra: list[_Candidate]) -> list[_Candidate]:
    """Merge misspellings into exact matches: the longer of two overlapping wins.

    ``found`` is sorted and free of overlaps; so is the result.
    """
    drop: set[int] = set()
    kept_extra: list[_Candidate] = []
    starts = [c.start for c in found]
    for x in sorted(extra, key=lambda c: (c.start, -(c.end - c.start))):
        if kept_extra and kept_extra[-1].end > x.start:
            continue
        i = bisect.bisect_left(starts, x.end)
        j = i
        while j > 0 and found[j - 1].end > x.start:
            j -= 1
        clash = [k for k in range(j, i) if k not in drop]
        if all(found[k].end - found[k].start < x.end - x.start for k in clash):
            drop.update(clash)
            kept_extra.append(x)
    merged = [c for k, c in enumerate(found) if k not in drop] + kept_extra
    merged.sort(key=lambda c: c.start)
    return merged


class _Layout:
    """Sentence and paragraph bounds of one text, found once, looked up by bisect.

    A paragraph is cut to 1,500 characters either side, so that a text without
    blank lines costs no more than one with them.
    """

    def __init__(self, text: str) -> None:
        self.size = len(text)
        self.sentences = [m.end() for m in _SENT_END.finditer(text)]
        self.paragraphs = [m.end() for m in _PARA_END.finditer(text)]

    def _bounds(self, cuts: list[int], start: int, end: int) -> tuple[int, int]:
        i = bisect.bisect_right(cuts, start)
        a = cuts[i - 1] if i > 0 else 0
        j = bisect.bisect_left(cuts, end)
        b = cuts[j] if j < len(cuts) else self.size
        return a, b

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        a, b = self._bounds(self.sentences, start, end)
        return max(a, start - 300), min(b, end + 300)

    def paragraph(self, pos: int) -> tuple[int, int]:
        a, b = self._bounds(self.paragraphs, pos, pos + 1)
        return max(a, pos - 1500), min(b, pos + 1500)


def _initial(text: str, start: int) -> bool:
    """True when ``start`` begins a sentence, heading, list item or cell."""
    j = start - 1
    while j >= 0 and text[j] in " \t\"'([*_":
        j -= 1
    if j < 0:
        return True
    ch = text[j]
    if ch in ".!?:|>#-+" or (ch.isdigit() and j > 0 and text[j - 1] == "\n"):
        return ch != "-" or j == 0 or text[j - 1] in "\n \t"
    if ch == "\n":
        k = j - 1
        while k >= 0 and text[k] in " \t\r":
            k -= 1
        return k < 0 or text[k] in "\n.!?:"
    return False


def _in_markdown_link(text: str, start: int, end: int) -> bool:
    """True inside ``[label](url)`` or a bare ``[label]``."""
    open_ = text.rfind("[", max(0, start - 200), start)
    if open_ < 0 or "]" in text[open_:start]:
        return False
    close = text.find("]", end, end + 200)
    return close >= 0 and "[" not in text[end:close]
