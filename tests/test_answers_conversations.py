"""The own graphs' answers scripts make their blind conversations' lines with one helper
(``bench/data/own/_answers_common.py``): a script with conversations of its own prints them
by :func:`print_conversations` (or takes :func:`conversation_lines` to write a shared file),
never by a loop of its own that could drift from the format the conversation bench reads."""

from __future__ import annotations

import ast
import io
import json
import sys
from pathlib import Path

OWN = Path(__file__).resolve().parent.parent / "bench" / "data" / "own"
HELPERS = {"print_conversations", "conversation_lines"}


def _common():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(OWN))
    try:
        import _answers_common

        return _answers_common
    finally:
        sys.path.remove(str(OWN))


def test_conversation_lines_in_the_blind_files_format() -> None:
    common = _common()
    conversations = [("g-1", [("Who?", "start", "q1"), ("And B?", "and_x", "q2")])]
    answers = {"q1": ["Bo", "Al", "Bo"], "q2": ["Cy"]}.__getitem__
    (line,) = common.conversation_lines("g", conversations, answers)
    assert json.loads(line) == {
        "id": "g-1",
        "graph": "g",
        "turns": [
            {"question": "Who?", "answers": ["Al", "Bo"], "kind": "start"},
            {"question": "And B?", "answers": ["Cy"], "kind": "and_x"},
        ],
    }
    out = io.StringIO()  # (a script may print them to standard error)
    common.print_conversations("g", conversations, answers, out)
    assert out.getvalue() == line + "\n"


def test_every_answers_script_with_conversations_uses_the_common_helper() -> None:
    own_loops = []
    for path in sorted(OWN.glob("*_answers.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defines = any(
            isinstance(node, (ast.Assign, ast.AnnAssign))
            and any(
                isinstance(t, ast.Name) and t.id == "CONVERSATIONS"
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            )
            for node in tree.body
        )
        if not defines:
            continue
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "_answers_common"
            for alias in node.names
        }
        # a line made by hand: a dict with a "turns" key
        by_hand = any(
            isinstance(node, ast.Dict)
            and any(isinstance(k, ast.Constant) and k.value == "turns" for k in node.keys)
            for node in ast.walk(tree)
        )
        if by_hand or not imported & HELPERS:
            own_loops.append(path.name)
    assert own_loops == []
