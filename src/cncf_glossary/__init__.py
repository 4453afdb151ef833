"""cncf_glossary: the vocabulary of the cloud-native world as a typed concept graph.

>>> import cncf_glossary
>>> g = cncf_glossary.load()
>>> g["k8s"].name
'Kubernetes'

Only the names exported here are the stable public API; submodules may change.
"""

from typing import Any

from .errors import (
    DataFileError,
    GlossaryError,
    GlossaryWarning,
    Problem,
    UnknownTermError,
)
from .glossary import Glossary
from .loader import load
from .models import (
    Category,
    Kind,
    Match,
    Maturity,
    Mention,
    Relation,
    RelationKind,
    Term,
)


def __getattr__(name: str) -> Any:
    # __version__ is read from the installed metadata on first use: importing
    # importlib.metadata costs more than the rest of this package's own code.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            value = version("cncf-glossary")
        except PackageNotFoundError:  # pragma: no cover - a bare checkout
            value = "0+unknown"
        globals()["__version__"] = value
        return value
    raise AttributeError(f"module 'cncf_glossary' has no attribute {name!r}")


__all__ = [
    "Category",
    "DataFileError",
    "Glossary",
    "GlossaryError",
    "GlossaryWarning",
    "Kind",
    "Match",
    "Maturity",
    "Mention",
    "Problem",
    "Relation",
    "RelationKind",
    "Term",
    "UnknownTermError",
    "__version__",
    "load",
]
