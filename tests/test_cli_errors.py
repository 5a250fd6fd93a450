"""The command line on bad input (issue 17.9, 17.12, issue 12 "Invalid files").

Every case here printed a raw traceback (or a wrong message, or nothing on stdout with
``--json``) before: the CLI says ``kgchat: error: ...`` naming the file, exits 1, and with
``--json`` ends stdout with ``{"error", "kind", "file", "line", "column"}``.
"""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kgchat.cli import main

NT = b"".join(b"<http://e/s%d> <http://e/p> <http://e/o%d> .\n" % (i, i) for i in range(300))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))  # a traceback would escape from here and fail the test
    out, err = capsys.readouterr()
    return rc, out, err


def _last_json(out: str) -> dict[str, object]:
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("cut.nt.gz", gzip.compress(NT)[:60], "truncated .gz data"),
        ("cut.nt.bz2", bz2.compress(NT)[:60], "truncated .bz2 data"),
        ("cut.nt.xz", lzma.compress(NT)[:60], "truncated .xz data"),
        ("plain.nt.gz", NT, "not valid .gz data"),
        ("junk.nt.bz2", b"BZh9" + b"\x00" * 64, "not valid .bz2 data"),
    ],
    ids=["gz-cut", "bz2-cut", "xz-cut", "gz-plain", "bz2-junk"],
)
def test_damaged_compressed_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    rc, out, err = _run(capsys, "graph", "stats", str(path), "--json")
    assert rc == 1
    assert err.startswith(f"kgchat: error: {path}: {says}")
    assert _last_json(out)["file"] == str(path)


def test_symlink_loop_is_not_called_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.nt").symlink_to(tmp_path / "b.nt")
    (tmp_path / "b.nt").symlink_to(tmp_path / "a.nt")
    rc, _, err = _run(capsys, "graph", "stats", str(tmp_path / "a.nt"))
    assert rc == 1 and "symbolic link loop" in err and "no such file" not in err


def test_literal_over_16_mib(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.nt"
    path.write_bytes(b'<http://e/a> <http://e/p> <http://e/b> .\n<http://e/a> <http://e/q> "')
    with open(path, "ab") as f:
        f.write(b"x" * (17 << 20) + b'" .\n')
    rc, out, err = _run(capsys, "graph", "stats", str(path), "--json")
    assert rc == 1
    assert err.startswith(f"kgchat: error: {path}:2: one term or statement is longer than")
    assert _last_json(out)["line"] == 2


def test_graph_save_onto_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "kb.nt"
    src.write_bytes(NT)
    rc, _, err = _run(capsys, "graph", "save", str(src), "--out", str(src))
    assert rc == 1 and "is a file" in err
    assert src.read_bytes() == NT


def test_rdfxml_errors_have_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about="http://e/x">\n'
        "<foo>\n"
        "</rdf:RDF>\n"
    )
    rc, out, err = _run(capsys, "graph", "stats", str(path), "--json")
    assert rc == 1
    assert err.startswith(f"kgchat: error: {path}:4:5: XML namespaces are required")
    report = _last_json(out)
    assert (report["line"], report["column"]) == (4, 5)


def test_missing_dot_shows_the_line_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the parser reports line 3; the fault (no final '.') is on line 2
    path = tmp_path / "kb.ttl"
    path.write_text("@prefix : <http://e/> .\n:a :p :b\n:c :p :d .\n")
    rc, out, err = _run(capsys, "graph", "stats", str(path), "--json")
    assert rc == 1
    assert "      2 | :a :p :b\n      3 | :c :p :d .\n" in err
    report = _last_json(out)
    assert report == {
        "error": f"{path}:3:1: A dot is expected at the end of statements",
        "kind": "ParseError",
        "file": str(path),
        "line": 3,
        "column": 1,
        "context": ["      2 | :a :p :b", "      3 | :c :p :d .", "          ^"],
    }


def _bad_graph(tmp_path: Path) -> str:
    path = tmp_path / "broken.ttl"
    path.write_text("@prefix : <http://e/> .\n:a :p .\n")
    return str(path)


@pytest.mark.parametrize(
    "command",
    [
        ["graph", "stats"],
        ["graph", "facts", "{graph}", "a"],
        ["graph", "sparql", "{graph}", "ASK {}"],
        ["retrieve", "{graph}", "what is a?", "--encoder", "hashing"],
        ["ask", "{graph}", "what is a?", "--encoder", "hashing", "--backend", "echo"],
        ["eval", "--questions", "{questions}"],
        ["qa", "--out", "{out}", "--no-retrieve"],
        ["tune", "--data", "{questions}", "--strategy", "feature"],
    ],
)
def test_every_json_command_ends_with_a_json_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    graph = _bad_graph(tmp_path)
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "What is a?", "answers": ["b"]}\n')
    fill = {"{graph}": graph, "{questions}": str(questions), "{out}": str(tmp_path / "qa")}
    argv = [fill.get(part, part) for part in command]
    if "{graph}" not in command and argv[0] != "tune":
        argv.insert(2 if argv[0] == "graph" else 1, graph)
    rc, out, _ = _run(capsys, *argv, "--json")
    assert rc == 1
    report = _last_json(out)
    assert set(report) >= {"error", "kind", "file", "line", "column"}
    if argv[0] == "tune":
        assert report["kind"] == "DataError" and "is a file" in str(report["error"])
    else:
        assert report["file"] == graph and report["line"] == 2, report


def test_usage_errors_are_json_too(capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = _run(capsys, "graph", "stats", "--json")
    assert rc == 2 and "required" in err
    assert _last_json(out)["kind"] == "UsageError"


def test_a_cut_json_line_says_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the decoder's position was dropped: "not JSON (Expecting ',' delimiter)", no column
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "Q?", "answers": ["a"]}\n{"question": "Q?", "a": 1 "b"}\n')
    data = tmp_path / "qa"
    data.mkdir()
    shutil.copy(questions, data / "train.jsonl")
    shutil.copy(questions, data / "dev.jsonl")
    rc, out, err = _run(capsys, "tune", "--data", str(data), "--strategy", "feature", "--json")
    assert rc == 1
    assert "train.jsonl:2: not JSON (Expecting ',' delimiter at column 27: " in err
    report = _last_json(out)
    assert (report["line"], report["column"]) == (2, 27)


def test_debug_prints_the_traceback(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "kgchat.cli", "graph", "stats", str(tmp_path / "none.ttl")]
    plain = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert plain.returncode == 1 and "Traceback" not in plain.stderr
    debug = subprocess.run([*cmd, "--debug"], capture_output=True, text=True, timeout=120)
    assert "Traceback" in debug.stderr and "SourceNotFoundError" in debug.stderr


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.nt"
    path.write_bytes(NT)
    path.chmod(0)
    cmd = [sys.executable, "-m", "kgchat.cli", "graph", "stats", str(path), "--json"]
    if os.geteuid() == 0:  # root reads anything: run without the capabilities that allow it
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot make a file unreadable")
        drop = "-dac_override,-dac_read_search"
        cmd = [setpriv, f"--bounding-set={drop}", f"--inh-caps={drop}", "--", *cmd]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stderr == f"kgchat: error: {path}: cannot read (Permission denied)\n"
    assert _last_json(done.stdout)["file"] == str(path)


def test_a_reader_that_goes_away_is_not_an_error(tmp_path: Path) -> None:
    # `kgchat graph sparql ... | head -1` ended in a BrokenPipeError traceback
    src = tmp_path / "kb.nt"  # 5,000 rows of output, more than a pipe holds (64 KiB)
    src.write_bytes(
        b"".join(b"<http://e/s%d> <http://e/p> <http://e/o%d> .\n" % (i, i) for i in range(5000))
    )
    cmd = [sys.executable, "-m", "kgchat.cli", "graph", "sparql", str(src)]
    with subprocess.Popen(
        [*cmd, "SELECT * WHERE { ?s ?p ?o }"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read().decode()
        proc.wait(timeout=120)
    assert err == ""
    assert proc.returncode == 1
