"""Word and text similarity for the untrained scorer: exact stems, derived forms, and the
encoder's cosine rescaled above the cosine it gives words that have nothing in common.

Examples
--------
>>> sim = TextSimilarity()  # no encoder: stems and derived forms only
>>> sim.words(["players", "team"], ["player", "club"]).tolist()
[[1.0, 0.0], [0.0, 0.0]]
>>> round(float(sim.words(["direct"], ["director"])[0, 0]), 2), sim.floor()
(0.8, 1.0)
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Sequence
from typing import Any

import numpy as np

from kgchat.errors import KGChatError
from kgchat.text import UNRELATED_WORDS, stem

__all__ = ["TextSimilarity", "derived", "opposite_parties", "rescale", "unrelated_cosines"]


# the endings that make an agent, a role or a state of a word the stemmer keeps apart from
# it (English derivational morphology): direct -> director, art -> artist, member ->
# membership; "country" is no derivation of "count"
_DERIVATIONS = ("r", "er", "or", "ist", "ian", "ship", "al", "ion", "ive", "ee", "ant", "ent")


_DIVIDED = 0.8  # two nouns of one stem, a person and a thing: as a derived form


# per encoder, unrelated_cosines' figures: read once a process, whatever reads them
_UNRELATED: weakref.WeakKeyDictionary[Any, tuple[float, float]] = weakref.WeakKeyDictionary()


def unrelated_cosines(encoder: Any) -> tuple[float, float]:
    """The mean and the 90th percentile of ``encoder``'s cosines between words that have
    nothing to do with each other (:data:`~kgchat.text.UNRELATED_WORDS`, one batch), kept
    per encoder: the scorer's, the joint ranking's and the chatbot's similarities share one
    encoder, and each had made this pass (~30 ms) on its own first need of it, a warm
    chatbot's first request for a description included.

    >>> from kgchat.index.encoders import HashingEncoder
    >>> enc = HashingEncoder(dim=64)
    >>> unrelated_cosines(enc) == unrelated_cosines(enc) and _UNRELATED[enc] is not None
    True
    """
    try:
        found = _UNRELATED.get(encoder)
    except TypeError:  # (an encoder no weak reference can point at: read each time)
        found = None
    if found is None:
        vecs = np.asarray(encoder.encode(list(UNRELATED_WORDS)), np.float32)
        cos = vecs @ vecs.T
        off = cos[~np.eye(len(UNRELATED_WORDS), dtype=bool)]
        found = (float(off.mean()), float(np.percentile(off, 90)))
        with contextlib.suppress(TypeError):
            _UNRELATED[encoder] = found
    return found


def derived(a: str, b: str) -> bool:
    """Whether one stem is the other with a derivational ending (its last consonant doubled
    or not: win -> winner).

    >>> derived("direct", "director"), derived("win", "winner"), derived("count", "countri")
    (True, True, False)
    """
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if not long_.startswith(short) or long_ == short:
        return False
    rest = long_[len(short) :]
    return rest in _DERIVATIONS or (rest[0] == short[-1] and rest[1:] in _DERIVATIONS)


def opposite_parties(a: str, b: str) -> bool:
    """Whether two words are the two parties of one act: the one who receives it (``-ee``:
    assignee, employee, payee, licensee) and the one who does it (``-er`` / ``-or``: assigner,
    employer, payer, licensor). One stem, and near in any embedding, they name the two ends
    of every relation they name (an ODRL rule's ``assigner`` and ``assignee``): "Who is the
    assignee of X?" is never answered by its assigner.

    >>> opposite_parties("Assignee", "assigner"), opposite_parties("licensor", "licensee")
    (True, True)
    >>> opposite_parties("employee", "employees"), opposite_parties("trainee", "trainer")
    (False, True)
    """
    a, b = a.lower(), b.lower()
    ee, agent = (a, b) if a.endswith("ee") else (b, a)
    base = ee[:-2]
    return (
        ee.endswith("ee")
        and len(base) >= 3
        and agent[-2:] in ("er", "or")
        and agent[:-2] in (base, base + "e")
    )


def rescale(cosines: Any, floor: float) -> Any:
    """Cosines rescaled to [0, 1] above ``floor`` (an encoder's unrelated-words cosine): 0 at
    or below it, 1 at 1; all 0 when the floor is 1 (no usable relatedness).

    >>> rescale(np.array([0.61, 0.16, 1.0]), floor=0.35).round(2).tolist()
    [0.4, 0.0, 1.0]
    """
    if floor >= 1.0:
        return np.zeros_like(cosines)
    return np.clip((cosines - floor) / (1.0 - floor), 0.0, 1.0)


class TextSimilarity:
    """Similarities of words and texts under one encoder (optional), with its vectors cached.

    Parameters
    ----------
    encoder : Encoder, optional
    soft_floor : float
        The least floor: cosines at or below it count as unrelated (0), whatever the encoder.
    lexicon : optional
        A lexical database with ``related(a, b) -> float`` in [0, 1] (:class:`kgchat.wordnet.
        WordNet`): words it finds to share a meaning or a form ("wrote", ``author``; "wife",
        ``spouse``) are related by that much times ``lexical``, where the encoder finds less.
    lexical : float
        The weight of the lexicon's relatedness (0: not used).
    """

    def __init__(
        self,
        encoder: Any = None,
        soft_floor: float = 0.35,
        lexicon: Any = None,
        lexical: float = 0.0,
    ) -> None:
        self.encoder = encoder
        self.soft_floor = soft_floor
        self.lexicon = lexicon if lexical > 0 else None
        self.lexical = lexical
        self._vec: dict[str, np.ndarray] = {}
        self._fixed: dict[str, np.ndarray] = {}  # preloaded (a table made beforehand): kept
        self._related: dict[tuple[str, str], float] = {}  # the lexicon's, per pair of words
        self._divide: dict[tuple[str, str], bool] = {}  # _divided's, per pair of words
        self._floor: float | None = None
        # texts likely asked soon, embedded with the next batch that needs a pass (riding)
        self._riders: list[str] = []

    def words(
        self,
        a: Sequence[str],
        b: Sequence[str],
        b_pairs: Sequence[str | None] = (),
        heads: bool = True,
        encoded: bool = True,
    ) -> np.ndarray:
        """Similarity matrix of word lists: 1 for equal stems, else the better of the embedding
        cosine rescaled above ``soft_floor`` (0 without an encoder) and the lexicon's
        relatedness times ``lexical``; ``b_pairs`` (optional, one per word of ``b``: the
        word with the token after it, :attr:`QuestionInfo.word_pairs`) lets the lexicon read
        a phrasal verb ("came after") where it knows one. ``heads`` (the default) lets a
        closed compound of ``a`` meet its head (:meth:`_headed`): words of a class or a
        relation; not so an entity's name ("Rijksmuseum" names one thing, it says no
        "museum" a question asks for). ``encoded`` False leaves the encoder out: the words'
        own forms and the lexicon's relations only, a word said, not one merely near."""
        out = np.zeros((len(a), len(b)), np.float32)
        if not a or not b:
            return out
        if self.encoder is not None and encoded:
            self.prefetch([*a, *b])
            A = np.stack([self._vec[w] for w in a])
            B = np.stack([self._vec[w] for w in b])
            out = rescale(A @ B.T, self._calibrated_floor()).astype(np.float32)
        # a word is the same word capitalised: a role's label "Conductor" (a SKOS concept's
        # prefLabel) is the "conductor" a question's "conducts" derives from
        lb = [w.lower() for w in b]
        sb = [stem(w) for w in lb]
        for i, x in enumerate(a):
            x = x.lower()
            sx = stem(x)
            for j, y in enumerate(sb):
                if sx == y:
                    # one stem, a person's noun and a thing's ("applicant", "application"):
                    # no more than a derived form
                    out[i, j] = _DIVIDED if x != lb[j] and self._divided(x, lb[j]) else 1.0
                elif min(len(sx), len(y)) >= 4 and derived(sx, y):
                    # derived forms the stemmer keeps apart: play/player, direct/director
                    out[i, j] = max(out[i, j], 0.8)
                elif heads and self._headed(x, sx, y):
                    out[i, j] = max(out[i, j], 0.9)
        if self.lexicon is not None:
            related, lexical = self._lexically_related, self.lexical
            pairs = list(b_pairs) or [None] * len(b)
            # (read as Python floats: the same comparisons, without NumPy's per-element cost)
            for i, (x, row) in enumerate(zip(a, out.tolist(), strict=True)):
                for j, y in enumerate(b):
                    if row[j] < lexical:
                        r = related(x, y)
                        pair = pairs[j]
                        if pair:
                            r = max(r, related(x, pair))
                        if lexical * r > row[j]:
                            out[i, j] = lexical * r
        # (a pair is opposite parties only where one of its words ends in "ee": most calls
        # have none, and skip the pairs' loop)
        a_ee = [x.lower().endswith("ee") for x in a]
        b_ee = [y.endswith("ee") for y in lb]
        if any(a_ee) or any(b_ee):
            for i, x in enumerate(a):
                for j, y in enumerate(b):
                    if (a_ee[i] or b_ee[j]) and out[i, j] > 0.0 and opposite_parties(x, y):
                        # the two ends of one act (assigner, assignee): opposites, not kin
                        out[i, j] = 0.0
        return out

    def _headed(self, word: str, stemmed: str, head: str) -> bool:
        """Whether ``word`` (stemmed) is a closed compound the lexicon does not know whose head,
        its last part, is the noun ``head`` (a stem of five letters or more): English compounds
        are kinds of their head ("exoplanet" a planet, "subregion" a region), so a question
        asking for the head's kind ("which planets") asks for them. A compound the lexicon
        knows ("discover", "account") means what it says there, not its tail."""
        if (
            self.lexicon is None
            or len(head) < 5
            or len(stemmed) < len(head) + 3
            or not stemmed.endswith(head)
        ):
            return False
        return not self.lexicon.base_forms(word) and self.lexicon.first_noun(head) is not None

    def _divided(self, a: str, b: str) -> bool:
        """Whether two words of one stem are nouns on either side of the person/thing divide
        (:meth:`kgchat.wordnet.WordNet.person_kind`): the stemmer cuts "applicant" and
        "application", "resident" and "residence", "author" and "authority" to one stem, yet
        one is who does a thing and the other what is done. False without a lexicon, or where
        either is no noun of it ("employ", a verb)."""
        if self.lexicon is None:
            return False
        found = self._divide.get((a, b))
        if found is None:
            ka, kb = self.lexicon.person_kind(a), self.lexicon.person_kind(b)
            found = self._divide[(a, b)] = ka is not None and kb is not None and ka != kb
        return found

    def _lexically_related(self, a: str, b: str) -> float:
        """The lexicon's ``related(a, b)``, kept per pair: a tie's answers' words meet the
        question's words again and again, each pair a walk through WordNet's meanings."""
        found = self._related.get((a, b))
        if found is None:
            if len(self._related) > 200_000:
                self._related.clear()
            assert self.lexicon is not None
            found = float(self.lexicon.related(a, b))
            if found < 1.0 and self._doer(a, b):
                found = 1.0  # (times ``lexical``: a derived form's 0.8, as play/player)
            self._related[(a, b)] = found
        return found

    def _doer(self, a: str, b: str) -> bool:
        """Whether one word is the other's agent noun by WordNet (``applicant`` of "applied",
        ``owner`` of "owns"): the doer's noun is a derived form of its verb, which the
        stemmer keeps apart where the spelling changes ("appli", "applic") and WordNet
        relates no closer than the act's noun, "application", that it does derive."""
        assert self.lexicon is not None
        agent = self.lexicon.agent_noun
        return (b.isalpha() and agent(b) == a.lower()) or (a.isalpha() and agent(a.lower()) == b)

    def floor(self) -> float:
        """The cosine at or below which the encoder finds two texts unrelated (1: no usable
        relatedness, or no encoder)."""
        return 1.0 if self.encoder is None else self._calibrated_floor()

    def _calibrated_floor(self) -> float:
        """The cosine below which two words count as unrelated, for this encoder.

        Some encoders (mean-pooled LLM hidden states) put every word at cosine ~0.9 to every
        other; a fixed floor would then match everything with everything. The floor is raised to
        the 90th percentile of the cosines between words that have nothing to do with each other,
        and soft matching is switched off (floor 1) when those average above 0.6.
        """
        if self._floor is None:
            mean, high = unrelated_cosines(self.encoder)
            if mean > 0.6:
                # No usable notion of relatedness: unrelated words are nearly parallel. Soft
                # matching would match everything with everything; keep exact matching only.
                self._floor = 1.0
            else:
                self._floor = max(self.soft_floor, high)
        return self._floor

    def prefetch(self, texts: Sequence[str]) -> None:
        """Embed the texts not yet cached in one batch (one forward pass, not one each); every
        one of them is cached on return."""
        if self.encoder is None:
            return
        if len(self._vec) - len(self._fixed) > 100_000:  # words and phrases recur, questions
            self._vec.clear()  # do not
            self._vec.update(self._fixed)
        todo = [t for t in dict.fromkeys(texts) if t not in self._vec]
        if todo:
            # a pass streams every weight of the encoder whatever its few rows: the riders
            # come along nearly free (one pass, not one each later)
            todo += [t for t in dict.fromkeys(self._riders) if t not in self._vec and t not in todo]
            self._riders = []
            for t, v in zip(todo, self.encoder.encode(todo), strict=True):
                self._vec[t] = np.asarray(v, np.float32)

    def riding(self, texts: Sequence[str]) -> None:
        """Embed ``texts`` (those likely asked soon) along with the next :meth:`prefetch` that
        makes a forward pass, if one comes; none is made for them alone. A small batch's pass
        costs what reading the model's weights costs, nearly whatever its rows; a text
        embedded in a batch may differ from its vector alone in the last bits of a float.
        ``riding([])`` drops the texts not embedded yet.

        >>> sim = TextSimilarity()  # (no encoder: nothing is embedded)
        >>> sim.riding(["is successor of name currency"]); sim.prefetch(["currency"])
        """
        self._riders = list(texts)

    def preload(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Cache ``vectors``, this encoder's vectors of ``texts`` made beforehand (a graph's
        table of words: :mod:`kgchat.retrieval.word_table`), one row each; unlike the texts
        embedded on demand they stay when the cache is emptied."""
        if self.encoder is None:
            return
        rows = np.asarray(vectors, np.float32)
        if len(rows) != len(texts):
            raise KGChatError(f"{len(texts)} texts, {len(rows)} vectors")
        self._fixed.update(zip(texts, rows, strict=True))
        self._vec.update(self._fixed)

    def preloaded(self) -> list[str]:
        """The texts :meth:`preload` cached, in the order given."""
        return list(self._fixed)

    def embed(self, text: str) -> np.ndarray:
        """The encoder's vector of a text (a word, a phrase, a question), cached."""
        if text not in self._vec:
            self.prefetch([text])
        return self._vec[text]

    def related(self, a: str, b: str) -> float:
        """How related two texts are: the encoder's cosine rescaled above :meth:`floor` (0
        without an encoder, or for one with no usable notion of relatedness)."""
        floor = self.floor()
        if floor >= 1.0:
            return 0.0
        # rescale()'s float32 arithmetic on one number, without an array's overhead (a
        # question meets hundreds of relation phrases)
        x = float((np.float32(self.embed(a) @ self.embed(b)) - floor) / (1.0 - floor))
        return min(max(x, 0.0), 1.0)
