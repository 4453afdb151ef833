"""Build the wheel, install it in a fresh virtual environment, load the data there."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_loads_in_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    (wheel,) = dist.glob("cncf_glossary-*.whl")
    env_dir = tmp_path / "venv"
    # Dependencies come from this interpreter's site-packages (no network);
    # the package itself only from the wheel.
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(env_dir)
    py = env_dir / ("Scripts" if sys.platform == "win32" else "bin") / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
        check=True,
        capture_output=True,
        text=True,
    )
    script = (
        "import cncf_glossary, pathlib, json\n"
        "from cncf_glossary.loader import builtin_path\n"
        "g = cncf_glossary.load()\n"
        "print(json.dumps({'file': cncf_glossary.__file__, 'data': str(builtin_path()),"
        " 'n': len(g), 'k8s': g['k8s'].id, 'version': cncf_glossary.__version__}))\n"
    )
    proc = subprocess.run(
        [str(py), "-I", "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    import json

    info = json.loads(proc.stdout)
    assert Path(info["file"]).is_relative_to(env_dir)
    assert Path(info["data"]).is_relative_to(env_dir)  # shipped inside the wheel
    assert info["n"] > 0
    assert info["k8s"] == "kubernetes"
    script_cli = env_dir / "bin" / "cncf-glossary"
    cli = subprocess.run(
        [str(script_cli), "lookup", "k8s", "--json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout)[0]["id"] == "kubernetes"
