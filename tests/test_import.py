"""Importing the package is light: no file read, no heavy optional module loaded."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = r"""
import json, sys
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], str) and args[0].endswith(
        (".yaml", ".json", ".gz", ".html")
    ):
        opened.append(args[0])
sys.addaudithook(hook)
import cncf_glossary
heavy = ["typer", "rich", "pyvis", "jinja2", "numpy", "rdflib", "jsonschema",
         "IPython", "importlib.metadata"]
print(json.dumps({"opened": opened,
                  "loaded": [m for m in heavy if m in sys.modules]}))
"""


def test_import_reads_no_data_and_loads_no_heavy_module() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    )
    result = json.loads(proc.stdout)
    assert result["opened"] == []
    # networkx pulls in importlib.metadata itself; everything else must stay out
    assert set(result["loaded"]) <= {"importlib.metadata"}
