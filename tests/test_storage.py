"""Saved folders under attack and bad luck: issue 17's storage findings, one test each.

1. ``--overwrite`` replaces only a folder kgchat wrote; 4. a changed artefact file is caught
(checksums in the manifest, search scores outside [-1, 1]); 7. a damaged graph cache is rebuilt,
a damaged saved graph is a GraphError; 8. concurrent writers and a crash between the two renames
of a publish; 12. folders follow the umask and dead writers' leftovers are removed.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

from kgchat import KnowledgeGraph
from kgchat.errors import DataError, GraphError, IndexError_, TrainingError
from kgchat.graph.persist import cached_load, load_graph
from kgchat.index import EntityIndex, IndexConfig
from kgchat.qa import QAConfig, generate_qa, load_qa, write_qa

HASHING = IndexConfig(encoder="hashing")
TRIPLES = [
    ("Aspirin", "treats", "Headache"),
    ("Warfarin", "treats", "Thrombosis"),
    ("Ibuprofen", "treats", "Headache"),
    ("Nvidia", "has_ceo", "Jensen_Huang"),
    ("Samsung", "ticker", '"005930"'),
]


def graph(extra: int = 0) -> KnowledgeGraph:
    more = [(f"Drug{i}", "treats", "Headache") for i in range(extra)]
    return KnowledgeGraph.from_triples(TRIPLES + more)


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


# ---------------------------------------------------------------- 1. --overwrite
def test_qa_overwrite_refuses_a_folder_it_did_not_write(tmp_path):
    tsv = tmp_path / "g.tsv"
    tsv.write_text("".join(f"{s}\t{p}\t{o}\n" for s, p, o in TRIPLES[:3]), encoding="utf-8")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "thesis.tex").write_text("years of work")
    env = dict(os.environ, KGCHAT_CACHE=str(tmp_path / "cache"))
    cmd = [sys.executable, "-m", "kgchat.cli", "qa", str(tsv), "--no-retrieve", "--hops", "1"]
    res = subprocess.run(
        [*cmd, "--out", str(mine), "--overwrite"], capture_output=True, text=True, env=env
    )
    assert res.returncode == 1 and "not written by 'kgchat qa'" in res.stderr, res.stderr
    assert (mine / "thesis.tex").read_text() == "years of work"
    # a QA set it wrote is still replaced
    out = tmp_path / "qa"
    for _ in range(2):
        res = subprocess.run(
            [*cmd, "--out", str(out), "--overwrite"], capture_output=True, text=True, env=env
        )
        assert res.returncode == 0, res.stderr
    assert load_qa(out, "train")


# ---------------------------------------------------------------- 4. checksums, score range
def _flip_vectors(index: EntityIndex, path: Path) -> None:
    """Overwrite the stored vectors inside entities.faiss, keeping its header (as in the audit)."""
    data = bytearray(path.read_bytes())
    start = bytes(data).find(index.vectors.tobytes())
    assert start > 0  # a flat index keeps the rows as they are, after its header
    data[start : start + index.vectors.nbytes] = b"\x7e" * index.vectors.nbytes  # ~8e37 floats
    path.write_bytes(bytes(data))


def test_byte_flipped_index_is_detected(tmp_path, caplog):
    kg = graph()
    good = EntityIndex.build(kg, config=HASHING)
    d = good.save(tmp_path / "index")
    faiss_file = d / "entities.faiss"
    _flip_vectors(good, faiss_file)

    with pytest.raises(IndexError_, match=r"entities\.faiss"):
        EntityIndex.load(d, kg)  # modified after the manifest: hashed, and the hash differs
    recorded = json.loads((d / "manifest.json").read_text())["files"]
    assert set(recorded) == {"entities.json", "vectors.npy", "entities.faiss", "relations.npz"}
    rebuilt = EntityIndex.open_or_build(d, kg, config=HASHING)
    assert "entities.faiss" in caplog.text
    assert rebuilt.search_text("aspirin", 1)[0][0] == "Aspirin"
    assert EntityIndex.load(d, kg).search_text("aspirin", 1) == rebuilt.search_text("aspirin", 1)

    # A flip that keeps the size and backdates the mtime passes the quick check: the full check
    # and the score range both still catch it.
    _flip_vectors(rebuilt, faiss_file)
    then = (d / "manifest.json").stat().st_mtime_ns - 10**9
    os.utime(faiss_file, ns=(then, then))
    with pytest.raises(IndexError_, match=r"entities\.faiss"):
        EntityIndex.load(d, kg, verify="full")
    quick = EntityIndex.load(d, kg)
    with pytest.raises(IndexError_, match=r"outside \[-1, 1\]") as info:
        quick.search_text("Nvidia", 3)
    assert str(d) in str(info.value)


def test_every_artefact_refuses_a_changed_file(tmp_path):
    kg = graph()
    saved = kg.save(tmp_path / "graph")
    terms = saved / "terms.txt"
    terms.write_text(terms.read_text().replace("Aspirin", "Aspirun"))  # same size, parses
    with pytest.raises(GraphError, match=r"terms\.txt"):
        KnowledgeGraph.open(saved)

    qa = write_qa(generate_qa(kg, QAConfig(retrieve=False, hops=(1,))), tmp_path / "qa", kg=kg)
    train = qa / "train.jsonl"
    train.write_text(train.read_text().replace("Headache", "Headachf"))  # a wrong gold answer
    with pytest.raises(DataError, match=r"train\.jsonl"):
        load_qa(qa, "train")
    assert load_qa(qa, "train", verify="off")

    torch = pytest.importorskip("torch")
    from kgchat.tuning.checkpoint import read_checkpoint, write_checkpoint

    model = torch.nn.Linear(3, 2)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: 1.0)
    folder = tmp_path / "checkpoints" / "last"
    write_checkpoint(folder, model, opt, sched, {"step": 1})
    assert read_checkpoint(folder, model, opt, sched)["step"] == 1
    weights = folder / "trainable.pt"
    data = bytearray(weights.read_bytes())
    data[-40] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(TrainingError, match=r"trainable\.pt"):
        read_checkpoint(folder, model, opt, sched)


# ---------------------------------------------------------------- 7. damaged graph cache / graph
def test_damaged_graph_cache_is_rebuilt_and_damaged_graph_named(tmp_path, caplog):
    src = tmp_path / "g.tsv"
    src.write_text("".join(f"{s}\t{p}\t{o}\n" for s, p, o in TRIPLES[:3]), encoding="utf-8")
    cache = tmp_path / "cache"
    kg = cached_load([src], cache_root=cache, min_bytes=0)
    (entry,) = cache.iterdir()
    npz = entry / "triples.npz"
    npz.write_bytes(npz.read_bytes()[: npz.stat().st_size // 2])  # a zip cut short
    again = cached_load([src], cache_root=cache, min_bytes=0)  # was zipfile.BadZipFile
    assert again.fingerprint == kg.fingerprint and "rebuilding" in caplog.text
    assert KnowledgeGraph.open(entry).fingerprint == kg.fingerprint  # written back whole

    for verify in ("quick", "off"):  # the checksum names it; without it, so does the reader
        npz.write_bytes(npz.read_bytes()[: npz.stat().st_size // 2])
        with pytest.raises(GraphError, match=r"triples\.npz"):
            load_graph(entry, verify=verify)
        kg.save(entry)


# ---------------------------------------------------------------- 8. concurrent writers, crash
def _save_many(args: tuple[str, int, int]) -> str:
    target, extra, times = args
    kg = graph(extra)
    for _ in range(times):
        kg.save(target)
    return kg.fingerprint


def test_concurrent_writers_leave_a_complete_target(tmp_path):
    target = tmp_path / "graph"
    errors: list[BaseException] = []
    fingerprints = {graph(i % 3).fingerprint for i in range(3)}

    def work(i: int) -> None:
        try:
            _save_many((str(target), i % 3, 5))
        except BaseException as exc:  # collected, then asserted empty
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors  # 40 writes of one target from 8 threads
    assert KnowledgeGraph.open(target).fingerprint in fingerprints
    with ProcessPoolExecutor(4, mp_context=get_context("fork")) as pool:
        done = list(pool.map(_save_many, [(str(target), i % 3, 5) for i in range(4)]))
    assert set(done) <= fingerprints  # 20 more from 4 processes, none failed
    assert load_graph(target, verify="full").fingerprint in fingerprints
    assert leftovers(tmp_path) == []  # no .tmp-*, .old-* or .lock left


CRASH = """
import os, sys
from kgchat import KnowledgeGraph
calls = []
real = os.replace
def replace(a, b):
    real(a, b)
    calls.append(b)
    if len(calls) == 1:
        os._exit(9)  # killed between moving the old copy aside and moving the new one in
os.replace = replace
KnowledgeGraph.from_triples([("a", "knows", "b"), ("b", "knows", "c")]).save(sys.argv[1])
"""


def test_crash_between_the_two_renames_is_recovered(tmp_path):
    target = tmp_path / "graph"
    KnowledgeGraph.from_triples([("a", "knows", "b")]).save(target)
    res = subprocess.run([sys.executable, "-c", CRASH, str(target)], capture_output=True)
    assert res.returncode == 9 and not target.exists()  # the gap the audit found
    kinds = [n.split("-")[0] for n in leftovers(tmp_path)]
    assert kinds == [".graph.lock", ".graph.old", ".graph.tmp"]  # the lock died with it
    back = KnowledgeGraph.open(target)  # restored: the new, complete copy
    assert back.stats()["facts"] == 2
    assert leftovers(tmp_path) == []


# ---------------------------------------------------------------- 12. permissions, leftovers
def test_saved_folders_follow_the_umask_and_leftovers_are_cleaned(tmp_path):
    old = os.umask(0o022)
    try:
        for name in (".graph.tmp-dead", ".graph.old-1234"):  # a killed writer's
            (tmp_path / name).mkdir()
            (tmp_path / name / "terms.txt").write_text("half")
            os.utime(tmp_path / name, (time.time() - 60, time.time() - 60))
        saved = graph().save(tmp_path / "graph")
        index = EntityIndex.build(graph(), config=HASHING).save(tmp_path / "index")
    finally:
        os.umask(old)
    for d in (saved, index):
        assert stat.S_IMODE(d.stat().st_mode) == 0o755, oct(d.stat().st_mode)
        for f in d.iterdir():
            assert stat.S_IMODE(f.stat().st_mode) == 0o644, f
    assert leftovers(tmp_path) == []


def test_tune_overwrite_refuses_a_partial_folder_it_did_not_write(tmp_path):
    """`--overwrite` deletes `<out>.partial` only when `kgchat tune` made it (finding 1: every
    command with --overwrite)."""
    from kgchat.errors import TrainingError
    from kgchat.tuning.base import OutputDir

    mine = tmp_path / "out.partial"
    mine.mkdir()
    (mine / "thesis.tex").write_text("a user's file")
    with pytest.raises(TrainingError, match="not written by `kgchat tune`"):
        OutputDir(tmp_path / "out", overwrite=True).prepare()
    assert (mine / "thesis.tex").read_text() == "a user's file"
    # a staging folder tune made is replaced as before
    (mine / "thesis.tex").unlink()
    OutputDir(tmp_path / "out", overwrite=True).prepare()
    again = OutputDir(tmp_path / "out", overwrite=True)
    (mine / "checkpoints").mkdir()
    (mine / "model.safetensors").write_bytes(b"x")
    assert again.prepare() is None and sorted(p.name for p in mine.iterdir()) == [
        ".kgchat-tune-staging"
    ]
