"""Rewordings of generated questions: relation words said in other words, in other frames.

A learned scorer trained on :mod:`kgchat.qa.phrasing`'s wordings learns them: there, a relation
is always said with its label's own words, so "the words of the label are in the question" is
all it needs to learn, and people, who say "dad" for ``father`` or "husband" for ``spouse``, get
nothing from it. :class:`Rewording` makes each generated question say its relations otherwise:

- **Relation words from the encoder's neighbourhood.** Each content word of a relation label is
  swapped for one of its nearest words among the whole words of the sentence encoder's own
  vocabulary, by the encoder's input word embeddings (no forward pass: the whole vocabulary is
  compared at once). A neighbour is kept only when it still names *this* relation among the
  graph's: it is no form of the word (that is matched already), no function word, no word of
  any relation label of the graph (``death`` is a neighbour of ``birth``, and a graph with both
  dates must not learn that one says the other), and closer to the word it replaces than to
  every word of the graph's other relations.
- **Synonyms from WordNet** (:mod:`kgchat.wordnet`, where installed) fill the places the
  encoder's neighbours leave: the one-word lemmas of the word's own likeliest meanings, under
  the same rules (``spouse`` -> "partner", ``manufacturer`` -> "maker", ``author`` ->
  "writer", ``gender`` -> "sex").
- **Frames of its own.** A question is now and then put in a carrier frame ("Can you tell me
  ...?", "I'd like to know: ..."), chosen to be ordinary requests, not any evaluation's forms.

Names are left as they are: only words written in lower case are swapped (the generator writes
relation words in lower case and names as labelled). Everything is seeded by the question.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Ann", "has_father", "Bob"), ("Bob", "has_mother", "Eve")])
>>> r = Rewording.for_graph(kg)
>>> r.lexicon["father"][:2], r.lexicon["mother"]
(['dad', 'daddy'], ['mom', 'mum', 'mama'])
>>> r.reword("Which father does Ann have?", k=2, frames=0.0)
['Which daddy does Ann have?', 'Which dad does Ann have?']
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from kgchat.errors import ModelError
from kgchat.text import PREPOSITIONS, STOPWORDS, WH_WORDS, YES_NO_WORDS, is_plural, stem

if TYPE_CHECKING:
    from kgchat.graph.view import GraphView

__all__ = ["FRAMES", "Rewording", "drop_relation_word", "relation_words"]

FRAMES = (
    "Can you tell me {q}?",
    "Do you know {q}?",
    "I'd like to know: {Q}",
    "Please tell me {q}.",
    "{Q} Thanks.",
    "Quick question: {Q}",
)
"""Carrier frames: ``{Q}`` the question as generated, ``{q}`` it lower-cased at the start and
without its question mark."""

_WORD = re.compile(r"[A-Za-z]+")
_ALPHA = re.compile(r"[a-z]{3,}")
NEIGHBOURS = 3  # substitutes kept per relation word
MIN_COSINE = 0.5  # input-embedding cosine below which a word is no stand-in (son~father 0.47)


def _forms(a: str, b: str) -> bool:
    """Two forms of one word: the same stem, or one stem inside the other (play/player, and
    the negations valid/invalid, official/unofficial, which mean the opposite)."""
    pairs = ((stem(a), stem(b)), (a.lower(), b.lower()))
    return any(x == y or (min(len(x), len(y)) >= 4 and (x in y or y in x)) for x, y in pairs)


def relation_words(phrase: str) -> list[str]:
    """The content words of a relation phrase, lower-cased.

    >>> relation_words("is the father of")
    ['father']
    """
    words = [w.lower() for w in _WORD.findall(phrase)]
    return [w for w in words if len(w) >= 3 and w not in STOPWORDS and w not in PREPOSITIONS]


@lru_cache(maxsize=2)
def _vocabulary(model: str | None) -> tuple[list[str], np.ndarray, object]:
    """The encoder's whole-word vocabulary, its unit-length input embeddings and tokenizer."""
    from pathlib import Path

    from safetensors.numpy import load_file
    from transformers import AutoTokenizer

    from kgchat.models import sentence_model_path

    folder = Path(sentence_model_path(model))
    weights = sorted(folder.rglob("model.safetensors"))
    if not weights:
        raise ModelError(
            f"rewording reads the encoder's word embeddings from model.safetensors, which "
            f"{folder} lacks: pass an encoder_model folder that has it"
        )
    tensors = load_file(str(weights[0]))
    key = next((k for k in tensors if k.endswith("word_embeddings.weight")), None)
    if key is None:
        raise ModelError(
            f"{weights[0]} has no word_embeddings.weight: a BERT-like encoder is needed"
        )
    emb = tensors[key].astype(np.float32)
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
    tok = AutoTokenizer.from_pretrained(str(weights[0].parent))
    vocab = [""] * len(emb)
    for piece, i in tok.get_vocab().items():
        if i < len(vocab):
            vocab[i] = piece
    return vocab, emb, tok


@dataclass
class Rewording:
    """Swaps relation words for their encoder neighbours and puts questions in frames.

    Attributes
    ----------
    lexicon : dict
        Relation word -> its substitutes, nearest first.
    seed : int
    """

    lexicon: dict[str, list[str]]
    seed: int = 0
    _stems: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._stems = {stem(w): w for w in self.lexicon}

    @classmethod
    def for_graph(
        cls,
        kg: GraphView,
        predicates: Iterable[str] = (),
        seed: int = 0,
        model: str | None = None,
    ) -> Rewording:
        """The lexicon of the relation phrases (both directions) of ``kg``'s relations (a
        :class:`~kgchat.graph.KnowledgeGraph`'s own list) and of ``predicates``."""
        listed = getattr(kg, "relations", None)
        preds = dict.fromkeys([*(listed() if callable(listed) else []), *predicates])
        phrases = []
        for p in preds:
            phrases.append(kg.relation_label(p))
            inv = kg.relation_label(p, inverse=True)
            if not inv.endswith(" (inverse)"):
                phrases.append(inv)
        return cls(build_lexicon(phrases, model), seed)

    def substitutes(self, word: str) -> list[str]:
        """The stand-ins of a question word that is a form of a relation word."""
        w = word.lower()
        found = self.lexicon.get(w) or self.lexicon.get(self._stems.get(stem(w), ""), [])
        return found

    def reword(self, question: str, k: int = 1, frames: float = 0.3) -> list[str]:
        """Up to ``k`` rewordings of ``question``, none equal to it or to another: each swaps
        every relation word it can (at least one) and, with chance ``frames``, adds a frame; a
        question with no swappable word gets frames only."""
        rng = random.Random(f"{self.seed}\x1f{question}")
        slots = [
            (m.start(), m.end(), subs)
            for m in _WORD.finditer(question)
            if m.group().islower() and (subs := self.substitutes(m.group()))
        ]
        out: list[str] = []
        for _ in range(3 * k):
            if len(out) >= k:
                break
            text = question
            if slots:
                chosen = [s for s in slots if rng.random() < 0.7] or [rng.choice(slots)]
                for start, end, subs in sorted(chosen, reverse=True):
                    text = text[:start] + rng.choice(subs) + text[end:]
            if not slots or rng.random() < frames:
                text = _frame(text, rng)
            if text != question and text not in out:
                out.append(text)
        return out


def drop_relation_word(question: str, stems: set[str], seed: int = 0) -> str | None:
    """``question`` with one of its relation words left out, as people leave out the hops
    they take as read ("the papers in session X" for its paper list's documents); ``None``
    when fewer than two of its words are relation words (``stems``: stems of the graph's
    relation words, :func:`relation_words`), so something of the relation is still said.
    Names are kept: only words in lower case are dropped. Seeded by the question.

    >>> words = {"birth", "place", "father"}
    >>> drop_relation_word("What is the birth place of the father of Ann?", words)
    'What is the birth place of the of Ann?'
    >>> drop_relation_word("Who is the author of X?", {"author"}) is None
    True
    """
    found = [
        m for m in _WORD.finditer(question) if m.group().islower() and stem(m.group()) in stems
    ]
    if len(found) < 2:
        return None
    m = random.Random(f"{seed}\x1f{question}").choice(found)
    return re.sub(r"\s{2,}", " ", question[: m.start()] + question[m.end() :]).strip()


def relation_stems(kg: GraphView) -> set[str]:
    """Stems of the content words of ``kg``'s relation phrases, both directions (a
    :class:`~kgchat.graph.KnowledgeGraph`'s own list of relations)."""
    listed = getattr(kg, "relations", None)
    out: set[str] = set()
    for p in listed() if callable(listed) else []:
        for phrase in (kg.relation_label(p), kg.relation_label(p, inverse=True)):
            if not phrase.endswith(" (inverse)"):  # an undeclared inverse: the same words
                out.update(stem(w) for w in relation_words(phrase))
    return out


def _frame(question: str, rng: random.Random) -> str:
    frame = rng.choice(FRAMES)
    body = question.rstrip(" ?.")
    first = body.split(" ", 1)[0].lower()
    # a question word is lower-cased inside the frame; a name that starts a question is not
    lower = first + body[len(first) :] if first in WH_WORDS | YES_NO_WORDS else body
    return frame.format(Q=question, q=lower)


def build_lexicon(phrases: Iterable[str], model: str | None = None) -> dict[str, list[str]]:
    """Relation word -> up to :data:`NEIGHBOURS` substitutes (see the module docstring)."""
    per_phrase = [relation_words(p) for p in phrases]
    words = sorted({w for ws in per_phrase for w in ws})
    if not words:
        return {}
    vocab, emb, tok = _vocabulary(model)
    ids = tok(words, add_special_tokens=False)["input_ids"]  # type: ignore[operator]
    vecs = np.stack([emb[i].mean(0) if len(i) else np.zeros(emb.shape[1]) for i in ids])
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
    ok = np.array([bool(_ALPHA.fullmatch(v)) and v not in STOPWORDS for v in vocab])
    sims = vecs @ emb.T
    sims[:, ~ok] = -1.0
    graph_stems = {stem(w) for w in words}
    same = {w: {x for ws in per_phrase if w in ws for x in ws} for w in words}
    where = {w: i for i, w in enumerate(words)}
    lexicon: dict[str, list[str]] = {}
    for w in words:
        row = sims[where[w]]
        others = [where[x] for x in words if x not in same[w]]
        kept: list[str] = []
        plural = is_plural(w)  # "parents" is no stand-in for "father"
        for j in np.argsort(-row)[:60]:
            cand = vocab[j]
            if row[j] < MIN_COSINE or len(kept) >= NEIGHBOURS:
                break
            if not _stands_in(cand, w, graph_stems, plural, kept):
                continue
            # a stand-in must name this relation's word before any other relation's
            if others and float((emb[j] @ vecs[others].T).max()) >= float(row[j]):
                continue
            kept.append(cand)
        kept += _wordnet_synonyms(w, words, same[w], graph_stems, kept, NEIGHBOURS - len(kept))
        if kept:
            lexicon[w] = kept
    return lexicon


def _stands_in(
    cand: str, word: str, graph_stems: set[str], plural: bool, taken: Iterable[str]
) -> bool:
    """Whether ``cand`` may stand in for ``word``: no form of it, no word of the graph's
    relations, the same number ("parents" is no stand-in for "father"), no form of a stand-in
    already ``taken``."""
    if _forms(cand, word) or stem(cand) in graph_stems or is_plural(cand) != plural:
        return False
    return not any(_forms(cand, x) for x in taken)


def _wordnet_synonyms(
    word: str,
    words: list[str],
    same: set[str],
    graph_stems: set[str],
    kept: list[str],
    room: int,
) -> list[str]:
    """Up to ``room`` more stand-ins from WordNet (:mod:`kgchat.wordnet`, where installed): the
    one-word lemmas of the word's own likeliest meanings (weight >= 0.5: its most frequent
    sense, or its second where the part of speech is all it is used as), under the same
    rules as the encoder's: no form of the word or of the graph's relation words, the same
    number, and closer to this word than to any other relation word of the graph; and a word
    of the encoder's own vocabulary (:func:`kgchat.lexicon.english_words`: words in common
    use, not "begetter")."""
    from kgchat.lexicon import english_words
    from kgchat.wordnet import wordnet

    wn = wordnet()
    if wn is None or room <= 0:
        return []
    common = english_words()  # the words people use: WordNet also holds "begetter"
    plural = is_plural(word)
    out: list[str] = []
    for key, (weight, own) in sorted(wn.meanings(word).items(), key=lambda kv: -kv[1][0]):
        if not own or weight < 0.5:
            continue
        for cand in wn.synset(*key).words:
            if len(out) >= room:
                return out
            if not cand.isalpha() or not cand.islower() or cand in STOPWORDS:
                continue
            if common and cand not in common:
                continue
            if not _stands_in(cand, word, graph_stems, plural, (*kept, *out)):
                continue
            mine = wn.related(cand, word)
            if any(wn.related(cand, x) >= mine for x in words if x not in same):
                continue
            out.append(cand)
    return out
