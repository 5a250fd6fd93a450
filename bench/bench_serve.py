"""Load test of ``kgchat serve`` on loopback: latency at concurrency 1, 4 and 16, errors, and
whether concurrent answers are the answers given one at a time.

The server is the real command (``kgchat serve`` in its own process, on a free port of
127.0.0.1, the bundled medicine graph); the client sends streamed chat completions from
``--concurrency`` threads, ``--requests`` at each level, cycling through 16 questions (one
answer, lists, a follow-up with its conversation, one the graph cannot answer). For each request
it times the first text (the first non-empty content delta), the model's first text (the second
content delta: the server streams the forced answer first, then the model's words once the
chatbot has checked them against the facts, so this is later than the model's first token; lists
and abstentions have none) and the whole reply (``[DONE]``).
An error is a status other than 200, an error event, or a stream without ``[DONE]`` or without
the ``kgchat`` field. A mismatch is a reply whose text differs from the same question's reply
at concurrency 1 (the chatbot is deterministic, so any is shared state going wrong). Then each
question is asked twice in a row at concurrency 1 (``--repeat-rounds``): the model's first text
on a new prompt and on the same prompt again (llama.cpp's prompt cache). Last, the server is
stopped with SIGINT and must exit 0.

    .venv/bin/python bench/bench_serve.py                              # template backend, 3 x 200
    .venv/bin/python bench/bench_serve.py --backend transformers --requests 48

The last line printed is one JSON object with every figure (also in ``--out``/bench_serve.json).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx2 as httpx
from _common import OUT, ROOT, commit

from kgchat.data import MEDICINE

QUESTIONS: list[list[dict[str, str]]] = [
    [{"role": "user", "content": q}]
    for q in (
        "Which enzyme metabolises warfarin?",
        "What is the half-life of warfarin?",
        "What does aspirin treat?",
        "What does warfarin interact with?",
        "What does ibuprofen treat?",
        "What drug class is aspirin in?",
        "When was aspirin approved?",
        "What is the ATC code of metformin?",
        "What are the side effects of ibuprofen?",
        "What is the mechanism of action of metformin?",
        "Which enzyme metabolises clopidogrel?",
        "What does amoxicillin treat?",
        "What is the typical dose of paracetamol?",
        "What is the capital of France?",
        "What does omeprazole treat?",
    )
] + [
    [
        {"role": "user", "content": "What does warfarin interact with?"},
        {"role": "assistant", "content": "amiodarone [1] and aspirin [2]."},
        {"role": "user", "content": "and what does it treat?"},
    ]
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(args: argparse.Namespace, port: int) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "kgchat.cli", "serve", str(MEDICINE), "--port", str(port)]
    cmd += ["--backend", args.backend, "--encoder", args.encoder]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"kgchat serve ended: {proc.stderr.read()}")  # type: ignore[union-attr]
        try:
            if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("kgchat serve did not start within 600 s")


def one(client: httpx.Client, base: str, messages: list[dict[str, str]]) -> dict[str, Any]:
    """One streamed request: first-text and total seconds, the text, and an error if any."""
    t0 = time.perf_counter()
    first, text, done, extra, error = None, "", False, False, None
    model = None  # the second content delta: the model's first words, after the forced answer
    # and after the chatbot's check of them (kgchat serve streams only checked text)
    deltas = 0
    try:
        body = {"model": "kgchat", "messages": messages, "stream": True}
        with client.stream("POST", f"{base}/v1/chat/completions", json=body) as r:
            if r.status_code != 200:
                r.read()
                return {"error": f"{r.status_code}: {r.text[:200]}", "total": 0.0}
            for line in r.iter_lines():
                if not line.startswith("data: "):
                    continue
                data = line[6:]
                if data == "[DONE]":
                    done = True
                    break
                event = json.loads(data)
                if "error" in event:
                    error = event["error"]["message"]
                    continue
                piece = event["choices"][0]["delta"].get("content") or ""
                if piece:
                    deltas += 1
                    if first is None:
                        first = time.perf_counter() - t0
                    elif model is None and deltas == 2:
                        model = time.perf_counter() - t0
                text += piece
                extra = extra or "kgchat" in event
    except httpx.HTTPError as exc:
        error = f"{type(exc).__name__}: {exc}"
    total = time.perf_counter() - t0
    if error is None and not (done and extra):
        error = "stream without [DONE] or without the kgchat field"
    return {"first": first, "model": model, "total": total, "text": text, "error": error}


def pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    s = sorted(values)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def level(base: str, concurrency: int, requests: int) -> tuple[dict[str, Any], list[Any]]:
    """``requests`` requests from ``concurrency`` threads, each thread with its own client."""
    local = threading.local()

    def run(i: int) -> dict[str, Any]:
        if not hasattr(local, "client"):
            local.client = httpx.Client(timeout=600)
        return dict(one(local.client, base, QUESTIONS[i % len(QUESTIONS)]), i=i)

    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(run, range(requests)))
    wall = time.perf_counter() - t0
    firsts = [r["first"] for r in results if r.get("first") is not None]
    models = [r["model"] for r in results if r.get("model") is not None]
    totals = [r["total"] for r in results if not r.get("error")]
    row = {
        "concurrency": concurrency,
        "requests": requests,
        "errors": sum(1 for r in results if r.get("error")),
        "first_text_p50_ms": _ms(pct(firsts, 0.5)),
        "first_text_p95_ms": _ms(pct(firsts, 0.95)),
        "model_replies": len(models),
        "first_model_text_p50_ms": _ms(pct(models, 0.5)),
        "first_model_text_p95_ms": _ms(pct(models, 0.95)),
        "total_p50_ms": _ms(pct(totals, 0.5)),
        "total_p95_ms": _ms(pct(totals, 0.95)),
        "requests_per_s": round(requests / wall, 2),
        "wall_s": round(wall, 1),
    }
    return row, results


def repeated(base: str, rounds: int) -> dict[str, Any]:
    """Each question twice in a row, one request at a time: the model's first text of the
    first ask (a new prompt) and of the second (the same prompt again, which llama.cpp finds in
    its prompt cache), medians over ``rounds`` passes."""
    new: list[float] = []
    again: list[float] = []
    with httpx.Client(timeout=600) as c:
        for _ in range(rounds):
            for messages in QUESTIONS:
                a, b = one(c, base, messages), one(c, base, messages)
                if a.get("model") is not None and b.get("model") is not None:
                    new.append(a["model"])
                    again.append(b["model"])
    return {
        "pairs": len(new),
        "new_prompt_first_model_text_p50_ms": _ms(pct(new, 0.5)),
        "new_prompt_first_model_text_p95_ms": _ms(pct(new, 0.95)),
        "same_prompt_first_model_text_p50_ms": _ms(pct(again, 0.5)),
        "same_prompt_first_model_text_p95_ms": _ms(pct(again, 0.95)),
    }


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds * 1000, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--backend", default="template", help="kgchat serve --backend (template)")
    ap.add_argument("--encoder", default="sentence-transformers", help="kgchat serve --encoder")
    ap.add_argument("--requests", type=int, default=200, help="requests at each level (200)")
    ap.add_argument("--concurrency", default="1,4,16", help="levels (1,4,16)")
    ap.add_argument(
        "--repeat-rounds",
        type=int,
        default=1,
        help="passes of the same-question-twice check at concurrency 1 (1; 0: off)",
    )
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    levels = [int(c) for c in args.concurrency.split(",")]

    port = free_port()
    t0 = time.perf_counter()
    proc = start_server(args, port)
    startup = time.perf_counter() - t0
    base = f"http://127.0.0.1:{port}"
    print(f"kgchat serve --backend {args.backend} up in {startup:.1f} s on {base}", flush=True)
    rows, reference, mismatches = [], {}, {}
    again: dict[str, Any] = {}
    try:
        with httpx.Client(timeout=600) as c:  # warm-up: each question once
            for messages in QUESTIONS:
                one(c, base, messages)
        for conc in levels:
            row, results = level(base, conc, args.requests)
            for r in results:
                q = r["i"] % len(QUESTIONS)
                if r.get("error"):
                    print(f"  error (question {q}): {r['error']}", flush=True)
                    continue
                reference.setdefault(q, r["text"])
                if r["text"] != reference[q]:
                    mismatches[conc] = mismatches.get(conc, 0) + 1
            row["mismatches"] = mismatches.get(conc, 0)
            rows.append(row)
            print(json.dumps(row), flush=True)
        if args.repeat_rounds:
            again = repeated(base, args.repeat_rounds)
            print(json.dumps(again), flush=True)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
    clean = proc.returncode == 0
    print()
    print(
        "| concurrency | requests | errors | mismatches | first text p50 / p95 (ms) | "
        "first model text p50 / p95 (ms) | total p50 / p95 (ms) | requests/s |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['concurrency']} | {r['requests']} | {r['errors']} | {r['mismatches']} | "
            f"{r['first_text_p50_ms']} / {r['first_text_p95_ms']} | "
            f"{r['first_model_text_p50_ms']} / {r['first_model_text_p95_ms']} | "
            f"{r['total_p50_ms']} / {r['total_p95_ms']} | {r['requests_per_s']} |"
        )
    if again:
        print(
            f"same question twice, concurrency 1 ({again['pairs']} pairs): first model text "
            f"p50 / p95 {again['new_prompt_first_model_text_p50_ms']} / "
            f"{again['new_prompt_first_model_text_p95_ms']} ms on a new prompt, "
            f"{again['same_prompt_first_model_text_p50_ms']} / "
            f"{again['same_prompt_first_model_text_p95_ms']} ms asked again"
        )
    print(f"\nSIGINT: exit status {proc.returncode} ({'clean' if clean else 'NOT clean'})")
    report = {
        "backend": args.backend,
        "encoder": args.encoder,
        "startup_s": round(startup, 1),
        "levels": rows,
        "same_question_twice": again,
        "load_average": os.getloadavg(),
        "clean_shutdown": clean,
        "machine": f"{os.cpu_count()} cores, {platform.machine()}, "
        f"Python {platform.python_version()}",
        "commit": commit(),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"bench_serve-{args.backend}.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
