"""``pip install kgchat`` gives a working ``kgchat``, with the demo graphs, outside the checkout.

The package is built from a copy of the sources (the checkout's own ``build/`` could hold stale
files) and installed with ``pip install --no-deps --target`` (no network: the dependencies are
this environment's); the command then runs from a directory that is not the checkout, with the
installed copy first on ``sys.path``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """(the folder pip installed into, the environment to run its ``kgchat`` in)."""
    base = tmp_path_factory.mktemp("install")
    src = base / "src"
    shutil.copytree(ROOT / "kgchat", src / "kgchat", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    site = base / "site"
    pip = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index"]
    pip += ["--no-build-isolation", "--target", str(site), str(src)]
    subprocess.run(pip, check=True, capture_output=True, text=True, timeout=120)
    env = dict(os.environ, PYTHONPATH=str(site), KGCHAT_CACHE=str(base / "cache"))
    return site, env


def _kgchat(installed: tuple[Path, dict[str, str]], *argv: str, cwd: Path) -> str:
    site, env = installed
    out = subprocess.run(
        [str(site / "bin" / "kgchat"), *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_pip_install_gives_a_working_demo_outside_the_checkout(installed, tmp_path):
    site, env = installed
    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "import kgchat, kgchat.data as d; print(kgchat.__file__, d.MEDICINE)",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert all(Path(p).is_relative_to(site) for p in where)  # the installed copy, not the checkout
    medicine = where[1]
    stats = json.loads(_kgchat(installed, "graph", "stats", medicine, "--json", cwd=tmp_path))
    assert stats["facts"] > 2000 and stats["sources"] == [medicine]
    assert sorted(p.name for p in (site / "kgchat" / "data" / "graphs").iterdir()) == [
        "README.md",
        "finance.ttl",
        "medicine.ttl",
    ]
    # the demo itself, on the bundled graphs, with the flags that keep it fast (no model)
    out = _kgchat(installed, "demo", "--backend", "template", "--encoder", "hashing", cwd=tmp_path)
    assert "medicine.ttl:" in out and "finance.ttl:" in out and "demo done" in out
    assert "type 2 diabetes" in out  # What does metformin treat?
