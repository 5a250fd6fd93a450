"""Ways people ask for a relation, generated from its label alone: the training questions of
the graph's learned relation matcher (:mod:`kgchat.retrieval.relation_learned`).

A label says a relation in one way (``birth place``, ``spouse``, ``formation year``); people
ask it in others ("where was X *born*", "who did X *marry*", "when was X *formed*"). What
English has to say it otherwise is read from WordNet (:mod:`kgchat.wordnet`) for each content
word of the label: the words of its commonest meanings (synonyms), of the meanings one step
more general (hypernyms), and of the forms derived from it across parts of speech ("birth" ->
*bear*, "spouse" -> *marry*, "formation" -> *form*). A derived verb is asked as a verb, in
its past and past participle ("was born", "did marry"; WordNet's own exception lists give the
irregular forms). A wide pool of such words is ranked by the encoder's cosine with the word
they stand for, and the nearest kept (the encoder's nearest neighbours within what WordNet
relates: a rare sense's words, "nativity", go last). Each rephrasing is put in question
frames that are generic English (a wh-word, "tell me the ...", "do you know ..."), and
frames naming the kind of thing the relation leads to, as the graph's own class names say it
("which *city* ...").

Hard negatives come from the label too: its head word replaced by a word WordNet opposes to
it (an antonym: "birth" -> "death") asks another relation, so "when did X *die*" is no way of
asking ``birth date`` even on a graph that has no death date to contrast it with.

Examples
--------
>>> from kgchat.wordnet import wordnet
>>> qs = paraphrase_questions("birth place", wordnet(), seed=0)
>>> qs[0]
'birth place'
>>> wordnet() is None or any("born" in q for q in qs)
True
>>> not_asked = contrast_questions("birth date", wordnet())
>>> wordnet() is None or any("death" in q or "die" in q for q in not_asked)
True
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from kgchat.retrieval.phrases import phrase_parts

__all__ = [
    "contrast_questions",
    "label_rephrasings",
    "paraphrase_questions",
    "past_forms",
    "word_alternatives",
]

# generic English question frames; none is a template of our QA generator (kgchat.qa.phrasing)
_NOUN_FRAMES = (
    "{}",
    "{} ?",
    "who {}",
    "what {}",
    "when {}",
    "where {}",
    "which {}",
    "tell me the {}",
    "do you know the {}",
    "give me the {}",
    "i want to know the {}",
    "name the {}",
    "what was the {}",
    "what are the {}",
)
_VERB_FRAMES = (
    "{wh} was {pp}",
    "{wh} did {v}",
    "{wh} {past}",
    "{wh} has {pp}",
    "{wh} is {pp}",
    "do you know {wh} {past}",
    "tell me {wh} {past}",
)
_WH = ("who", "what", "when", "where", "which", "how")
_POOL = 24  # WordNet candidates read per content word before the encoder ranks them
_PER_WORD = 5  # kept per content word
_MEANINGS = 3  # commonest meanings of a word whose synonyms are read
_PER_RELATION = 40  # questions a relation
_OPPOSITES = 4  # words of an antonym's meaning said as the contrast


# the first recipe's frames (twenty-seventh round), kept beside the generic ones above
LABEL_FRAMES = ("{}", "what {}", "who {}", "when {}", "where {}", "which {}", "what is the {}")
_LABEL_PER_WORD = 4
_LABEL_PER_RELATION = 16


def label_rephrasings(
    phrase: str, lexicon: Any = None, seed: int = 0, framed: bool = True
) -> list[str]:
    """The first recipe's questions (twenty-seventh round): the label and each content word
    replaced by a word of its six commonest WordNet meanings or of a form derived from them
    (WordNet's order, four a word, at most 16), each in one frame drawn at random.

    >>> label_rephrasings("birth date")[0]
    'birth date'
    """
    rng = random.Random(f"{seed}|label|{phrase}")
    out = [phrase]
    content = phrase_parts(phrase)[0]
    words = phrase.lower().split()
    if lexicon is not None:
        for w in content:
            if w not in words:
                continue
            alts: list[str] = []
            ranked = sorted(lexicon.meanings(w).items(), key=lambda kv: -kv[1][0])
            for (pos, offset), _ in ranked[:6]:
                for lemma in lexicon.synset(pos, offset).words:
                    alt = lemma.replace("_", " ").lower()
                    if alt != w and alt not in alts and "(" not in alt:
                        alts.append(alt)
            for alt in alts[:_LABEL_PER_WORD]:
                out.append(" ".join(alt if x == w else x for x in words))
    texts = list(dict.fromkeys(out))[:_LABEL_PER_RELATION]
    if not framed:  # the first matcher frames them as it trains (RelationMatcher.fit)
        return texts
    return [texts[0], *(rng.choice(LABEL_FRAMES).format(t) for t in texts)]


def past_forms(verb: str, lexicon: Any = None) -> tuple[str, str]:
    """The past tense and past participle of ``verb`` (its base form): WordNet's exception
    list where it is irregular ("bear" -> bore, born), English's regular endings otherwise.

    >>> past_forms("marry"), past_forms("form"), past_forms("create")
    (('married', 'married'), ('formed', 'formed'), ('created', 'created'))
    """
    head, _, rest = verb.partition(" ")
    tail = f" {rest}" if rest else ""
    irregular: list[str] = []
    exc = getattr(lexicon, "_exc", {}).get("v", {}) if lexicon is not None else {}
    if exc:
        irregular = sorted(_inverse_exceptions(exc).get(head, []))
    if irregular:
        # the participle: the form ending in -n/-en where there is one ("born", "written")
        parts = [f for f in irregular if f.endswith("n")]
        pasts = [f for f in irregular if not f.endswith("n") and not f.endswith("ing")]
        past = (pasts or irregular)[0]
        pp = (parts or pasts or irregular)[0]
        return past + tail, pp + tail
    if head.endswith("e"):
        form = head + "d"
    elif len(head) > 2 and head.endswith("y") and head[-2] not in "aeiou":
        form = head[:-1] + "ied"
    else:
        form = head + "ed"
    return form + tail, form + tail


_INVERTED: dict[int, dict[str, list[str]]] = {}


def _inverse_exceptions(exc: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """Base form -> its irregular inflections (WordNet lists inflection -> base)."""
    found = _INVERTED.get(id(exc))
    if found is None:
        found = {}
        for form, bases in exc.items():
            if form.endswith(("s", "ing")):
                continue
            for b in bases:
                found.setdefault(b, []).append(form)
        _INVERTED[id(exc)] = found
    return found


def word_alternatives(
    word: str, lexicon: Any, embed: Callable[[list[str]], np.ndarray] | None = None
) -> list[tuple[str, str]]:
    """Other words for ``word`` with their part of speech (``n``, ``v``, ``a``, ``r``): the
    words of its commonest meanings, of those one step more general, and of the forms derived
    from it, ranked by the encoder's cosine with ``word`` where ``embed`` is given (WordNet's
    order otherwise), the nearest :data:`_PER_WORD` kept.

    >>> from kgchat.wordnet import wordnet
    >>> wordnet() is None or ("form", "v") in word_alternatives("formation", wordnet())
    True
    """
    if lexicon is None:
        return []
    pool: dict[str, str] = {}

    def add(lemma: str, pos: str) -> None:
        alt = lemma.replace("_", " ").lower()
        if pos in "nv" and alt != word and alt not in lemmas and "(" not in alt and alt not in pool:
            pool[alt] = pos

    # the word's own meanings (synsets holding the word itself, commonest first), and the
    # synsets its form there derives from or leads to
    # the word itself where WordNet has it ("mater", not "mat" by a detachment rule), its
    # base forms otherwise ("requires" -> require)
    key_word = "_".join(word.lower().split())
    forms = {lemma for lemma, _ in lexicon.base_forms(word)}
    lemmas = {key_word} if key_word in forms else forms
    ranked = sorted(lexicon.meanings(word).items(), key=lambda kv: -kv[1][0])
    own = [k for k, (_, is_own) in ranked if is_own and lemmas & set(lexicon.synset(*k).words)]
    own = own[:_MEANINGS]
    derived: list[tuple[str, int]] = []
    for k in own:
        s = lexicon.synset(*k)
        at = next(i for i, w in enumerate(s.words, 1) if w in lemmas)
        derived += [(p, o) for sym, p, o, src, _ in s.links if sym == "+" and src in (0, at)]
    for k in dict.fromkeys(derived):  # another part of speech first: the verb a noun is asked by
        for lemma in lexicon.synset(*k).words[:2]:
            add(lemma, k[0])
    for k in own:
        for lemma in lexicon.synset(*k).words:
            add(lemma, k[0])
    for k in own[:1]:
        for up in lexicon.broader(k):
            for lemma in lexicon.synset(*up).words[:2]:
                add(lemma, up[0])
    alts = list(pool)
    if embed is not None and alts:
        vecs = np.asarray(embed([word, *alts]), np.float32)
        order = np.argsort(-(vecs[1:] @ vecs[0]), kind="stable")
        alts = [alts[i] for i in order]
    return [(a, pool[a]) for a in alts[:_PER_WORD]]


def _framed(texts: Sequence[tuple[str, str]], lexicon: Any, rng: random.Random) -> list[str]:
    """Each rephrasing (text, part of speech of its replaced word) in a frame drawn at random:
    a noun phrase in a noun frame, a verb in a verb frame, in its inflected form."""
    out: list[str] = []
    for text, pos in texts:
        if pos == "v":
            past, pp = past_forms(text, lexicon)
            if text.startswith("be "):  # "be born": said by its participle, "was born"
                past = pp = text[3:]
            frame = rng.choice(_VERB_FRAMES)
            out.append(frame.format(wh=rng.choice(_WH), v=text, past=past, pp=pp))
        else:
            out.append(rng.choice(_NOUN_FRAMES).format(text))
    return out


def paraphrase_questions(
    label: str,
    lexicon: Any = None,
    *,
    others: Sequence[str] = (),
    kinds: Sequence[str] = (),
    embed: Callable[[list[str]], np.ndarray] | None = None,
    seed: int = 0,
    limit: int = _PER_RELATION,
) -> list[str]:
    """Questions (their entity mentions left out) asking the relation ``label``: the label
    itself first, then each content word replaced by a :func:`word_alternatives` word (a
    derived verb asked as the whole relation, "born"), the graph's ``others`` names of it
    (its declared inverse, aliases), and the kind of thing it leads to (``kinds``, class
    names: "which city ..."), each in generic frames; at most ``limit``, deterministic for
    a ``seed``."""
    rng = random.Random(f"{seed}|{label}")
    words = label.lower().split()
    content = [w for w in phrase_parts(label)[0] if w in words]
    if lexicon is not None and len(words) > 1 and lexicon.meanings(label.lower()):
        content = [label.lower()]  # a collocation WordNet knows whole ("alma mater")
        words = [label.lower()]
    texts: list[tuple[str, str]] = [(label.lower(), "n")]
    for w in content:
        for alt, pos in word_alternatives(w, lexicon, embed):
            if pos == "v":
                texts.append((alt, "v"))  # the verb says the relation ("born", "married")
                rest = [x for x in words if x != w and x in content]
                texts.extend((f"{alt} {x}", "n") for x in rest[:1])
            else:
                texts.append((" ".join(alt if x == w else x for x in words), pos))
    texts += [(o.lower(), "n") for o in others if o]
    framed = [label.lower(), *_framed(texts, lexicon, rng), *_framed(texts, lexicon, rng)]
    for kind in kinds[:2]:
        k = kind.lower()
        framed += [f"which {k} {rng.choice(texts)[0]}", f"what {k} is the {label.lower()}"]
    return list(dict.fromkeys(framed))[:limit]


def contrast_questions(label: str, lexicon: Any = None, seed: int = 0) -> list[str]:
    """Questions asking what ``label`` is not: a content word replaced by a word WordNet
    gives as its antonym (in any of its commonest meanings, or in a form derived from it:
    "birth" -> death, die), in the same frames; empty where no word has one."""
    if lexicon is None:
        return []
    rng = random.Random(f"{seed}|not|{label}")
    words = label.lower().split()
    texts: list[tuple[str, str]] = []
    for w in phrase_parts(label)[0]:
        if w not in words:
            continue
        for tpos, toff in lexicon.opposites(w, _MEANINGS):
            # the antonym and the words of its meaning ("start" -> end, stop, finish)
            for opposite in lexicon.synset(tpos, toff).words[:_OPPOSITES]:
                opposite = opposite.replace("_", " ").lower()
                if tpos == "v":
                    texts.append((opposite, "v"))
                else:
                    texts.append((" ".join(opposite if x == w else x for x in words), "n"))
                for dkey, (_, is_own) in lexicon.meanings(opposite).items():
                    if not is_own and dkey[0] == "v":
                        verb = lexicon.synset(*dkey).words[0].replace("_", " ")
                        texts.append((verb, "v"))
                        break
    texts = list(dict.fromkeys(texts))
    return list(dict.fromkeys(_framed(texts, lexicon, rng) + _framed(texts, lexicon, rng)))
