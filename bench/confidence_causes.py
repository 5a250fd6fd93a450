"""Which check or factor set each question's confidence: a debug path over the retriever's
confidence (:mod:`kgchat.retrieval.confidence`) that changes no result.

Each check the confidence reads is wrapped for the run (the wrappers call the real one and
return what it returns; the module's own code is untouched), and every judgement of a top
candidate records what decided it: a hard check that zeroed it (every check
``_judged_top`` returns 0 on, read from its code by :func:`zeroing_checks`: ``through_hub``,
``held_value_unsaid``, ``dated_otherwise``, ``year_unmet``, ...; those ``_confidence`` zeroes on
after: ``record_unmet``, ``type_unsaid``, ``fields_ambiguous``), the
middle hops' ceiling (``middles_ceiling``), or the relation judge's own reading (``judge``:
with its lexical share, its value or wh-type cap, a passive walk against the question's
order). The cause of a question is that of the last confidence worked out whose value is the
retrieval's (``override`` where a later reading, a name or a holder asked, set it).

Usage::

    cd bench && python confidence_causes.py /tmp/o50/base.json            # right first, abstained
    cd bench && python confidence_causes.py /tmp/o50/base.json --select unanswerable
    cd bench && python confidence_causes.py RUN.json --graphs books --out causes.json -v
    cd bench && python confidence_causes.py RUN.json --walks -v   # the judged walks' words
"""

from __future__ import annotations

import argparse
import ast
import collections
import contextlib
import functools
import inspect
import json
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import bench_generalization as bg
from judged_walks import keep_walk, walk_readings


def zeroing_checks(
    method: Any, owner: Any = None, homes: dict[str, str] | None = None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The checks that zero a judgement in ``method``'s source: of each ``if ...: return 0.0``
    (or ``return False``), the call its condition ends on (the last of an ``and``), a function
    of the module's namespace or a method of ``self``; where it ends on ``not self.m(...)``
    (a method of ``owner``, the class, that passes a group of checks), the checks of ``m``
    in turn. Read from the code, so a check added there is traced without a list here to
    keep up; a condition ending otherwise (another negation, an ``or``) is left to
    :func:`_cause`'s ``early_zero``. ``homes`` (optional) is told, per function, the module
    whose method names it (the checks of a group may live in a mixin's module).

    >>> def judged(self, q):
    ...     if q and dated(q):
    ...         return 0.0
    ...     if self._owner(q):
    ...         return 0.0
    ...     if not said(q):
    ...         return 0.0
    ...     return 1.0
    >>> zeroing_checks(judged)
    (('dated',), ('_owner',))
    >>> class Judge:
    ...     def judged(self, q):
    ...         if not self._passes(q):
    ...             return 0.0
    ...         return 1.0
    ...     def _passes(self, q):
    ...         if hub(q):
    ...             return False
    ...         return True
    >>> zeroing_checks(Judge.judged, Judge)
    (('hub',), ())
    """
    tree = ast.parse(textwrap.dedent(inspect.getsource(method)))
    functions: dict[str, None] = {}
    methods: dict[str, None] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.If) or not any(
            isinstance(b, ast.Return) and isinstance(b.value, ast.Constant) and b.value.value == 0
            for b in node.body
        ):
            continue
        last = node.test
        if isinstance(last, ast.BoolOp) and isinstance(last.op, ast.And):
            last = last.values[-1]
        if isinstance(last, ast.UnaryOp) and isinstance(last.op, ast.Not) and owner is not None:
            group = _self_method(last.operand)  # a method of the class passing a group of checks
            if group is not None:
                more_functions, more_methods = zeroing_checks(getattr(owner, group), owner, homes)
                functions.update(dict.fromkeys(more_functions))
                methods.update(dict.fromkeys(more_methods))
            continue
        if not isinstance(last, ast.Call):
            continue
        if isinstance(last.func, ast.Name):
            functions[last.func.id] = None
            if homes is not None:
                homes.setdefault(last.func.id, method.__module__)
        elif (name := _self_method(last)) is not None:
            methods[name] = None
    return tuple(functions), tuple(methods)


def _self_method(node: ast.expr) -> str | None:
    """The name of the method of ``self`` that ``node`` calls (None: no such call)."""
    f = node.func if isinstance(node, ast.Call) else None
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "self":
        return f.attr
    return None


class _Trace:
    """The records of one retrieval: a stack of open judgements, the confidences worked out."""

    def __init__(self) -> None:
        self.stack: list[dict[str, Any]] = []
        self.confidences: list[tuple[float, str, dict[str, Any]]] = []
        # recording only inside :func:`traced`: the wrappers stay installed for the process,
        # and a frame kept after it (a judged walk holds its judge, and so its retriever)
        # would keep every later retrieval's retriever alive
        self.active = False


_trace = _Trace()


def _wrap_function(module: Any, name: str) -> None:
    real = getattr(module, name)

    @functools.wraps(real)
    def wrapper(*a: Any, **k: Any) -> Any:
        out = real(*a, **k)
        if out and _trace.stack:
            _trace.stack[-1].setdefault("fired", []).append(name.lstrip("_"))
        return out

    setattr(module, name, wrapper)


def _wrap_method(cls: Any, name: str, record: Any) -> None:
    real = getattr(cls, name)

    @functools.wraps(real)
    def wrapper(self: Any, *a: Any, **k: Any) -> Any:
        out = real(self, *a, **k)
        if _trace.stack:
            record(_trace.stack[-1], out)
        return out

    setattr(cls, name, wrapper)


def install() -> None:
    """Wrap the confidence's checks (once a process)."""
    import kgchat.retrieval.confidence as conf
    from kgchat.retrieval.relation_match import RelationMatch

    if getattr(conf, "_traced", False):
        return
    conf._traced = True  # type: ignore[attr-defined]
    cls = conf.AnswerConfidence
    homes: dict[str, str] = {}
    functions, methods = zeroing_checks(cls._judged_top, cls, homes)
    # the checks ``_confidence`` zeroes on after the tops are judged (``record_unmet``,
    # ``_type_unsaid``): recorded in the confidence's own frame, read first by _cause
    outer_functions, outer_methods = zeroing_checks(cls._confidence, cls, homes)
    for name in dict.fromkeys((*functions, *outer_functions)):
        # in the module of the method that calls it (confidence_vetoes' for the vetoes)
        _wrap_function(sys.modules[homes[name]], name)
    for name in dict.fromkeys((*methods, *outer_methods)):
        _wrap_method(
            cls, name, lambda f, out, n=name: out and f.setdefault("fired", []).append(n[1:])
        )
    _wrap_method(cls, "_middles_said", lambda f, out: f.setdefault("ceiling", out))
    # the judge: its value for the top's path (the first call of a judgement; _count_unsaid's
    # own call comes before it and is kept apart by the ceiling's being set already)
    _wrap_method(
        RelationMatch,
        "confidence",
        lambda f, out: f.setdefault("judge", out) if "ceiling" in f else None,
    )
    keep_walk(RelationMatch, _trace)
    _wrap_method(
        RelationMatch,
        "_lexical",
        lambda f, out: f.setdefault("lexical", out) if "ceiling" in f else None,
    )
    _wrap_method(
        RelationMatch,
        "_of_wh_type",
        lambda f, out: f.setdefault("wh_cap", out) if "ceiling" in f else None,
    )
    _wrap_method(
        RelationMatch,
        "_judged",
        lambda f, out: f.setdefault("judged", out) if "ceiling" in f else None,
    )

    real_top = cls._judged_top

    @functools.wraps(real_top)
    def judged_top(self: Any, *a: Any, **k: Any) -> Any:
        if not _trace.active:
            return real_top(self, *a, **k)
        frame: dict[str, Any] = {}
        _trace.stack.append(frame)
        try:
            out = real_top(self, *a, **k)
        finally:
            _trace.stack.pop()
        frame["value"] = out
        if _trace.stack:
            _trace.stack[-1].setdefault("tops", []).append(frame)
        return out

    cls._judged_top = judged_top

    real_conf = cls._confidence

    @functools.wraps(real_conf)
    def confidence(self: Any, q: Any, candidates: Any, *a: Any, **k: Any) -> Any:
        if not _trace.active:
            return real_conf(self, q, candidates, *a, **k)
        frame: dict[str, Any] = {}
        _trace.stack.append(frame)
        try:
            out = real_conf(self, q, candidates, *a, **k)
        finally:
            _trace.stack.pop()
        frame["value"] = out
        cause = _cause(frame, out, self.config.min_confidence)
        top = candidates[0].node if candidates else None
        _trace.confidences.append((out, cause, {"top": top, **_summary(frame)}))
        return out

    cls._confidence = confidence

    real_fields = conf.fields_ambiguous

    def fields(*a: Any, **k: Any) -> Any:
        # the rival fields are judged by _read_confidence, whose tops are not this frame's
        saved = _trace.stack[:]
        _trace.stack.append({})
        try:
            out = real_fields(*a, **k)
        finally:
            _trace.stack[:] = saved
        if out and _trace.stack:
            _trace.stack[-1]["fields_ambiguous"] = True
        return out

    conf.fields_ambiguous = fields


def _best_top(frame: dict[str, Any]) -> dict[str, Any] | None:
    tops = frame.get("tops", [])
    return max(tops, key=lambda t: t.get("value", 0.0)) if tops else None


def _cause(frame: dict[str, Any], value: float, least: float) -> str:
    if frame.get("fields_ambiguous"):
        return "fields_ambiguous"
    if frame.get("fired") and value == 0:
        return str(frame["fired"][-1])  # a check of ``_confidence`` itself (record_unmet)
    best = _best_top(frame)
    if best is None:
        return "no_top_judged (yes-no/none)"
    if best.get("fired"):
        return best["fired"][-1]
    if "ceiling" not in best:
        return "early_zero (kind/truth/time)" if best["value"] == 0 else "containment"
    judge = best.get("judge")
    if judge is None:
        return "early_zero (kind/truth/time)"
    if best["ceiling"] < judge and best["ceiling"] < least:
        return "middles_ceiling"
    if "wh_cap" in best and best["wh_cap"] < least:
        return "judge:wh_type_cap"
    return "judge"


def _summary(frame: dict[str, Any]) -> dict[str, Any]:
    best = _best_top(frame) or {}
    return {
        k: (round(v, 3) if isinstance(v, float) else v)
        for k, v in best.items()
        if k in ("ceiling", "judge", "lexical", "wh_cap", "judged", "fired", "value", "walk")
    }


@contextlib.contextmanager
def traced() -> Iterator[_Trace]:
    """A fresh trace for one retrieval, read (:func:`cause_of`) inside the block and dropped
    after it."""
    _trace.stack.clear()
    _trace.confidences.clear()
    _trace.active = True
    try:
        yield _trace
    finally:
        _trace.active = False
        _trace.stack.clear()
        _trace.confidences.clear()


def cause_of(result: Any) -> tuple[str, dict[str, Any]]:
    """The cause of ``result``'s confidence from the trace of its retrieval."""
    for value, cause, info in reversed(_trace.confidences):
        if abs(value - result.confidence) < 1e-9:
            return cause, info
    return "override (names/holder/language)", {}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outcomes", type=Path, help="a bench_outcomes.py JSON to pick questions")
    ap.add_argument(
        "--select",
        default="right-abstained",
        choices=["right-abstained", "unanswerable", "unanswerable-answered", "abstained"],
        help="answerable, right first, abstained; unanswerable abstained; unanswerable answered;"
        " answerable abstained",
    )
    ap.add_argument("--graphs", default="", help="comma-separated graphs (default: all)")
    ap.add_argument("--out", type=Path, default=None, help="per question causes (JSON)")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line per question")
    ap.add_argument(
        "--walks",
        action="store_true",
        help="with each the judged walk's relation phrases and the judge's readings of them",
    )
    args = ap.parse_args(argv)
    from kgchat import KnowledgeGraph
    from kgchat.pipeline import make_retriever

    install()
    old = json.loads(args.outcomes.read_text(encoding="utf-8"))
    pick = {
        "right-abstained": lambda v: v["answerable"] and v["first_right"] and v["abstained"],
        "unanswerable": lambda v: not v["answerable"] and v["abstained"],
        "unanswerable-answered": lambda v: not v["answerable"] and not v["abstained"],
        "abstained": lambda v: v["answerable"] and v["abstained"],
    }[args.select]
    wanted: dict[str, list[str]] = collections.defaultdict(list)
    for key, v in old.items():
        if pick(v):
            wanted[key.split("/", 1)[0]].append(key)
    only = {g for g in args.graphs.split(",") if g}
    found: dict[str, Any] = {}
    for g, keys in wanted.items():
        if only and g not in only:
            continue
        col, _ns = bg.one_graph(g)
        kg = KnowledgeGraph.load(*col["paths"])
        r = make_retriever(kg)
        r.prepare()
        for key in keys:
            question = key.split("/", 2)[2]
            with traced():
                res = r.retrieve(question)
                cause, info = cause_of(res)
            # the candidate's own label: a computed value ("5", a count) is no node of the graph
            top = res.candidates[0].label if res.candidates else None
            walk = info.get("walk")
            found[key] = {
                "cause": cause,
                "confidence": round(float(res.confidence), 4),
                "kind": old[key].get("kind"),
                "top": str(top)[:60],
                **{k: v for k, v in info.items() if k not in ("top", "walk")},
            }
            if args.walks and walk is not None:
                found[key]["walk"] = walk_readings(walk)
            if args.verbose:
                shown = {k: v for k, v in info.items() if k != "walk"}
                if "walk" in found[key]:
                    shown["walk"] = found[key]["walk"]
                print(f"{cause:32s} {found[key]['confidence']:.3f} {key} | {shown}", flush=True)
    table = collections.Counter(v["cause"] for v in found.values())
    print(f"\n{len(found)} question(s) by cause:")
    for cause, n in table.most_common():
        kinds = collections.Counter(v["kind"] for v in found.values() if v["cause"] == cause)
        print(f"{n:5d}  {cause:34s} {dict(kinds.most_common(5))}")
    if args.out is not None:
        args.out.write_text(json.dumps(found, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
