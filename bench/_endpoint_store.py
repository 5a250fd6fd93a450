"""The Oxigraph side of ``bench_endpoint.py`` and ``bench_endpoint_compare.py``: a generated
graph loaded into a store once (``oxigraph load``, then ``oxigraph optimize``; reused while the
file is the same), served read-only on a free loopback port for the length of a ``with`` block,
and a sample of the store's entities to phrase questions from.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def oxigraph() -> str:
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
        "oxigraph"
    )
    if not found:
        sys.exit("the oxigraph server binary is missing: pip install oxigraph")
    return found


def load_store(nt: Path, store: Path) -> float:
    """``oxigraph load`` the file into ``store``, then ``oxigraph optimize`` it (reused when a
    finished load is there; a reused store not yet optimized is optimized first). A bulk-loaded
    store left unoptimized answered a 10M-triple walk's edge batches at 59 us a row, optimized
    at 31 (the 1M store: 27): what Oxigraph itself advises after a load, for reads."""
    done = store / "kgchat-loaded.json"
    seconds = 0.0
    meta = json.loads(done.read_text()) if done.is_file() else {}
    if meta.get("bytes") == nt.stat().st_size:
        print(f"reusing the Oxigraph store {store}")
    else:
        shutil.rmtree(store, ignore_errors=True)
        t0 = time.perf_counter()
        subprocess.run(
            [oxigraph(), "load", "--location", str(store), "--file", str(nt)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - t0
        meta = {"bytes": nt.stat().st_size, "seconds": round(seconds, 1)}
        done.write_text(json.dumps(meta))
        print(f"oxigraph load: {seconds:.0f} s")
    if not meta.get("optimized"):
        t0 = time.perf_counter()
        subprocess.run([oxigraph(), "optimize", "--location", str(store)], check=True)
        meta["optimized"] = round(time.perf_counter() - t0, 1)
        done.write_text(json.dumps(meta))
        print(f"oxigraph optimize: {meta['optimized']:.0f} s")
    return seconds


def bench_config(names: str, **more):
    """The endpoint settings every endpoint benchmark reads a store with: a names cache that
    holds every entity (the linker's name table streams them all once) and entities in one
    request (sorted pages are slow on Oxigraph); ``more`` overrides or adds fields."""
    from kgchat.graph import EndpointConfig

    base = dict(cache_size=2_000_000, page_size=4_000_000, timeout=1200, names=names)
    return EndpointConfig(**(base | more))


def settings(text: str) -> dict:
    """``name=value,...`` (a script's ``--set``) as EndpointConfig keywords: ints, floats,
    true/false, strings."""
    out: dict = {}
    for part in filter(None, text.split(",")):
        name, value = part.split("=", 1)
        low = value.lower()
        out[name] = (
            low == "true"
            if low in ("true", "false")
            else json.loads(value)
            if value[:1].isdigit()
            else value
        )
    return out


@contextlib.contextmanager
def serving(store: Path):
    port = free_port()
    proc = subprocess.Popen(
        [oxigraph(), "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("oxigraph did not start")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        proc.terminate()
        proc.wait(30)


class Sampled:
    """The endpoint graph, listing only the first ``n`` entities the store gives."""

    def __init__(self, graph, n: int) -> None:
        from kgchat.graph.endpoint_queries import key
        from kgchat.graph.endpoint_schema import entities_query

        self.graph = graph
        rows = graph.client.select(f"{entities_query(graph.schema)} LIMIT {n}")
        self.nodes = [key(r["e"]) for r in rows if key(r["e"]) not in graph.schema.properties]
        for i in range(0, len(self.nodes), 500):
            graph.fetch_names(self.nodes[i : i + 500], neighbours=False)

    def entities(self):
        return iter(self.nodes)

    def __getattr__(self, name):
        return getattr(self.graph, name)
