"""A few texts tokenized in the caller's thread: the encodings, and so the vectors, of the
tokenizer's batch call (which hands them to its thread pool)."""

from __future__ import annotations

import numpy as np
import pytest

from kgchat.index.bert_numpy import _ONNX_TEXTS, NumpyBert, tokenized
from kgchat.models import sentence_model_path

TEXTS = [
    "What does metformin treat?",
    "aspirin",
    "",
    "  spaced   out  ",
    "Alan PULIDO plays in club Tigres UANL",
    "émigré accents ü and 日本 in one text",
    "word " * 300,  # past max_seq_length: truncated
]


@pytest.fixture(scope="module")
def bert() -> NumpyBert:
    return NumpyBert.load(sentence_model_path())


@pytest.mark.parametrize(
    "texts",
    [TEXTS, TEXTS[:1], TEXTS[1:3], TEXTS[3:6], TEXTS[::-1], [TEXTS[1]] * 3, TEXTS * 2],
)
def test_encodings_are_the_batch_calls(bert, texts):
    ours = tokenized(bert.tokenizer, list(texts))
    batch = bert.tokenizer.encode_batch(list(texts))
    assert len(ours) == len(batch)
    for a, b in zip(ours, batch, strict=True):
        assert a.ids == b.ids
        assert a.attention_mask == b.attention_mask
        assert a.type_ids == b.type_ids


def test_vectors_are_the_batch_calls_bit_for_bit(bert):
    texts = TEXTS[:6]
    assert len(texts) <= _ONNX_TEXTS
    enc = bert.tokenizer.encode_batch(texts)
    ids = np.array([e.ids for e in enc], np.int64)
    assert np.array_equal(bert.encode(texts, threads=1), bert._forward(ids, enc))
