"""cncf_glossary: the vocabulary of the cloud-native world as a typed concept graph.

>>> import cncf_glossary
>>> g = cncf_glossary.load()
>>> g["k8s"].name
'Kubernetes'

Only the names exported here are the stable public API; submodules may change.
"""

from importlib.metadata import PackageNotFoundError, version

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

try:
    __version__ = version("cncf-glossary")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0+unknown"

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
