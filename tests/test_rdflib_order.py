"""A file read by rdflib's own parsers (TriX, ...) gives the same facts, blank nodes named the
same, in every process: its triples come back in the file's order, not in the order of
rdflib's sets, which Python's string hashing changes from run to run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kgchat.graph.read_rdflib import read_rdflib

EX = "http://example.org/"


def _trix(path: Path, n: int = 12) -> None:
    """A TriX file of ``n`` memberships, each a blank node with a person, a role and a date."""
    triples = []
    for i in range(n):
        b = f"<id>m{i}</id>"
        triples += [
            f"<triple>{b}<uri>{EX}person</uri><uri>{EX}p{i % 3}</uri></triple>",
            f"<triple>{b}<uri>{EX}role</uri><plainLiteral>role {i}</plainLiteral></triple>",
            f"<triple>{b}<uri>{EX}from</uri><plainLiteral>2020-01-{i + 1:02d}</plainLiteral>"
            "</triple>",
        ]
    path.write_text(
        '<TriX xmlns="http://www.w3.org/2004/03/trix/trix-1/"><graph>'
        f"<uri>{EX}g</uri>{''.join(triples)}</graph></TriX>",
        encoding="utf-8",
    )


def _read_in_process(path: Path, seed: str) -> list[list[str]]:
    code = (
        "import json, sys; from pathlib import Path;"
        "from kgchat.graph.read_rdflib import read_rdflib;"
        "print(json.dumps([list(t) for t in read_rdflib(Path(sys.argv[1]), 'trix', 0)]))"
    )
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_triples_come_in_the_files_order(tmp_path: Path) -> None:
    path = tmp_path / "members.trix"
    _trix(path)
    got = list(read_rdflib(path, "trix", 0))
    assert len(got) == 36
    # the first membership's three facts first, its blank node named first
    assert got[:3] == [
        ("_:s0_b0", EX + "person", EX + "p0"),
        ("_:s0_b0", EX + "role", '"role 0"'),
        ("_:s0_b0", EX + "from", '"2020-01-01"'),
    ]
    assert [s for s, _, _ in got[::3]] == [f"_:s0_b{i}" for i in range(12)]
    # each blank node keeps its own facts: membership i holds role i and date i
    roles = {s: o for s, p, o in got if p == EX + "role"}
    dates = {s: o for s, p, o in got if p == EX + "from"}
    assert all(roles[s] == f'"role {i}"' for i, s in enumerate(roles))
    assert all(dates[s] == f'"2020-01-{i + 1:02d}"' for i, s in enumerate(dates))


def test_the_same_in_every_process(tmp_path: Path) -> None:
    path = tmp_path / "members.trix"
    _trix(path)
    runs = [_read_in_process(path, seed) for seed in ("1", "5", "11")]
    assert runs[0] == runs[1] == runs[2]
