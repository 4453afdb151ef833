"""The exceptions and warnings raised by :mod:`cncf_glossary`.

Everything the library raises on purpose derives from :class:`GlossaryError`, so a
caller can catch one class:

============================  ===============================================
:class:`GlossaryError`        root of all library errors
:class:`DataFileError`        a data file is unreadable or invalid; keeps every
                              :class:`Problem` found, each with file and line
:class:`UnknownTermError`     a key names no term (also a :class:`KeyError`)
:class:`GlossaryWarning`      something worth knowing that is not an error
============================  ===============================================
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = [
    "DataFileError",
    "GlossaryError",
    "GlossaryWarning",
    "Problem",
    "UnknownTermError",
]


class GlossaryError(Exception):
    """The root of every error raised by :mod:`cncf_glossary`."""


class GlossaryWarning(UserWarning):
    """A warning about glossary data that does not stop it loading."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem found in a data file.

    Attributes:
        path: the file, as given to the loader.
        line: 1-based line number, or ``None`` when the problem has no single place.
        term: the id of the term concerned, or ``None``.
        code: a stable kebab-case code naming the check (see :mod:`.validate`).
        message: what is wrong and, where there is one, how to fix it.

    >>> str(Problem("terms.yaml", 57, "kubelet", "unknown-target", "no such term"))
    "terms.yaml:57: term 'kubelet': no such term"
    """

    path: str
    line: int | None
    term: str | None
    code: str
    message: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        who = f" term '{self.term}':" if self.term else ""
        return f"{where}:{who} {self.message}"


class DataFileError(GlossaryError, ValueError):
    """A data file could not be read or failed validation.

    ``problems`` holds every problem found (not just the first), sorted by file
    and line; ``str(error)`` lists them one per line.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(
            sorted(problems, key=lambda p: (p.path, p.line or 0, p.code))
        )
        super().__init__(self._summary())

    def _summary(self) -> str:
        n = len(self.problems)
        head = f"{n} problem{'s' if n != 1 else ''} in glossary data"
        return "\n".join([head + ":", *(f"  {p}" for p in self.problems)])

    @property
    def codes(self) -> set[str]:
        """The set of problem codes, handy in tests and scripts."""
        return {p.code for p in self.problems}


class UnknownTermError(GlossaryError, KeyError):
    """No term has this id, name or alias.

    It is a :class:`KeyError`, so ``Mapping.get`` and ``in`` keep working.

    >>> err = UnknownTermError("kubernets", ["Kubernetes"])
    >>> str(err)
    "no term 'kubernets'; did you mean 'Kubernetes'?"
    """

    def __init__(self, key: str, suggestions: Sequence[str] = ()) -> None:
        self.key = key
        self.suggestions = tuple(suggestions)
        super().__init__(key)

    def __str__(self) -> str:
        msg = f"no term {self.key!r}"
        if self.suggestions:
            alts = ", ".join(repr(s) for s in self.suggestions)
            msg += f"; did you mean {alts}?"
        return msg
