"""Citations kept to the shown facts: decoding writes ``[n]`` only for a number the model was
shown (forty-sixth round: the 135M model cited "[3]" of a prompt that showed fact 1 alone).
The mask is tested on a tokenizer of one token a character and on pieces as a BPE vocabulary
cuts them; the chatbot hands the shown numbers to a backend that takes ``citations``; the
bundled model on llama.cpp, where installed, cites no number it was not shown."""

from __future__ import annotations

import numpy as np
import pytest

from kgchat import KnowledgeGraph
from kgchat.chat import ChatBot, ChatConfig
from kgchat.chat.citation_mask import CitationMask
from kgchat.models import llama_cpp_available

CHARS = [chr(c) for c in range(128)]


def writable(mask: CitationMask, text: str, shown: list[int], pieces: list[str]) -> bool:
    """Whether ``text`` can be written, piece by piece of ``pieces``' ids, under ``mask``."""
    written = ""
    for t in _cut(text, pieces):
        logits = np.zeros(len(pieces))
        mask.restrict(logits, written, shown)
        if logits[t] == -np.inf:
            return False
        written += pieces[t]
    return True


def _cut(text: str, pieces: list[str]) -> list[int]:
    """``text`` as the longest pieces first (a greedy tokenizer)."""
    out, i = [], 0
    while i < len(text):
        t = max(
            (t for t, p in enumerate(pieces) if p and text.startswith(p, i)),
            key=lambda t: len(pieces[t]),
        )
        out.append(t)
        i += len(pieces[t])
    return out


@pytest.mark.parametrize("pieces", [CHARS, [*CHARS, " [", "[1]", "].", "12", "[3", "]["]])
def test_a_citation_names_only_a_shown_fact(pieces):
    mask = CitationMask(pieces)
    assert writable(mask, "Ada was born in Oslo [1].", [1], pieces)
    assert writable(mask, "Ada [1][12], Ben [2]", [1, 2, 12], pieces)
    assert not writable(mask, "Ada was born in Oslo [3].", [1], pieces)
    assert not writable(mask, "Ada [1][2]", [1], pieces)
    assert not writable(mask, "Ada [13]", [1, 12], pieces)  # a prefix of no shown number
    assert not writable(mask, "Ada []", [1], pieces)
    assert not writable(mask, "Ada [note]", [1], pieces)
    # no citation open: every other token is free
    logits = np.zeros(len(pieces))
    mask.restrict(logits, "Ada", [1])
    assert logits[ord("A")] == 0 and logits[ord(".")] == 0


class Recording:
    """A backend that takes ``citations`` and keeps what it was given."""

    def __init__(self):
        self.given = []

    def generate(self, messages, *, prefix="", max_new_tokens=64, stop=("\n",), citations=None):
        self.given.append(citations)
        yield " is the answer [1]."


def test_the_chatbot_hands_the_shown_numbers_to_the_backend():
    kg = KnowledgeGraph.from_triples([("Ada", "born_in", "Oslo"), ("Oslo", "country", "Norway")])
    backend = Recording()
    a = ChatBot(kg, backend=backend).ask("Where was Ada born?")  # (on by default)
    assert backend.given == [a.shown] and a.shown == [1]
    off = ChatConfig(cite_shown=False)  # the model cites freely
    ChatBot(kg, backend=backend, config=off).ask("Where was Ada born?")
    assert backend.given[-1] is None


@pytest.mark.slow
@pytest.mark.skipif(not llama_cpp_available(), reason="llama-cpp-python is not installed")
def test_the_bundled_model_cites_only_what_it_was_shown():
    from kgchat.chat.llamacpp import LlamaCppBackend

    backend = LlamaCppBackend()
    messages = [
        {"role": "system", "content": "Answer from the numbered facts and cite them as [n]."},
        {
            "role": "user",
            "content": "Facts:\n[2] Ada — born in → Oslo\n\nQuestion: Where was Ada born?",
        },
    ]
    text = "".join(backend.generate(messages, prefix="Oslo", max_new_tokens=24, citations=[2]))
    import re

    assert set(re.findall(r"\[(\d+)\]", text)) <= {"2"}, text
