"""Shared fixtures: small glossaries loaded through the public loader."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import cncf_glossary
from cncf_glossary import Glossary

# The CLI tests read what the commands print: they expect plain text at rich's
# default width, so settings of the machine that runs them must not restyle it.
# (rich reads these when the CLI's consoles are made, at import.)
for _var in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "LINES"):
    os.environ.pop(_var, None)

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini-terms.yaml"


@pytest.fixture(scope="session")
def mini() -> Glossary:
    """The eight-term fixture glossary sketched atop tests/data/mini-terms.yaml."""
    return cncf_glossary.load(MINI, builtin=False)


@pytest.fixture(scope="session")
def builtin() -> Glossary:
    """The shipped glossary."""
    return cncf_glossary.load()
