"""Modules that a module re-exports import first in a fresh interpreter (as a user's script
or ``pytest kgchat/evaluation_chat.py`` imports them): ``kgchat.evaluation_chat``,
``kgchat.gguf_cache`` and ``kgchat.sentence_models`` each failed with a circular ImportError,
and the re-exporting modules (``kgchat.evaluation``, ``kgchat.models``) still give their names."""

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
    "first",
    [
        "kgchat.evaluation_chat",
        "kgchat.evaluation",
        "kgchat.cli.retrieve",
        "kgchat.gguf_cache",
        "kgchat.sentence_models",
        "kgchat.tiny_models",
        "kgchat.models",
    ],
)
def test_each_module_imports_first_in_a_fresh_interpreter(first):
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


def test_the_model_helpers_are_re_exported_by_kgchat_models():
    from kgchat import gguf_cache, models, sentence_models

    assert models.build_cache is gguf_cache.build_cache
    assert models.cached_gguf is gguf_cache.cached_gguf
    assert models.load_sentence_model is sentence_models.load_sentence_model
