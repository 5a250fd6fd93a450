"""The evaluation modules import in any order: ``kgchat.evaluation_chat`` first (as pytest's
doctest collection or a user's own script may) once failed with a circular ImportError, and
``kgchat.evaluation`` still re-exports the chat-mode names."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _fresh(code: str) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.parametrize(
    "first", ["kgchat.evaluation_chat", "kgchat.evaluation", "kgchat.cli.retrieve"]
)
def test_each_evaluation_module_imports_first_in_a_fresh_interpreter(first):
    done = _fresh(f"import {first}; print('ok')")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_the_chat_names_are_re_exported_by_kgchat_evaluation():
    from kgchat import evaluation, evaluation_chat
    from kgchat.evaluation import CHAT_KEYS, answer_in_text, evaluate_chat

    assert evaluate_chat is evaluation_chat.evaluate_chat
    assert answer_in_text is evaluation_chat.answer_in_text
    assert CHAT_KEYS == evaluation_chat.CHAT_KEYS
    assert set(evaluation.__all__) >= {"CHAT_KEYS", "answer_in_text", "evaluate_chat"}
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = evaluation.nothing_here
