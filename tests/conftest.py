"""Shared fixtures: small glossaries loaded through the public loader."""

from __future__ import annotations

from pathlib import Path

import pytest

import cncf_glossary
from cncf_glossary import Glossary

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
