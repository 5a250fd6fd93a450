"""What a claim's words say beside the facts it cites (:func:`~kgchat.chat.claims.
check_claims`' reading of them): its words no cited fact holds (:func:`words_unsaid`), those
that mean a cited relation in other words (:func:`paraphrased`), and the relation words that
say a relation whatever end they stem like (:func:`relation_words`). Moved out of
:mod:`kgchat.chat.claims` to keep that module small.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kgchat.chat.claim_contradictions import Paraphrased, negation
from kgchat.chat.claim_facts import ReadFact
from kgchat.chat.claim_text import Clause, Key
from kgchat.chat.guard import GENERIC, GENERIC_FORMS
from kgchat.text import STOPWORDS, tokens

if TYPE_CHECKING:
    from kgchat.chat.paraphrase import RelationParaphrase

__all__ = ["paraphrased", "relation_words", "words_unsaid"]


def words_unsaid(
    c: Clause,
    cited: list[ReadFact],
    known: set[Key],
    classes: set[Key],
    also: set[str],
    skip: set[int],
) -> list[str]:
    """What the claim says that its cited facts do not: names they do not hold, other words
    that are not theirs (the words at ``skip`` aside: they mean a cited relation)."""
    out = []
    ends = set().union(*(f.ends for f in cited))
    for a, b, k in c.spans:
        if k not in ends and k not in classes:
            where = "no given fact holds" if k not in known else "the cited facts do not hold"
            out.append(f"names {' '.join(c.words[a:b])}, which {where}")
    allowed = set().union(*(f.stems() for f in cited)) | GENERIC | also
    allowed |= {s for k in ends | classes for s in k}
    # a number is said by a cited fact that holds it (a year of its date, a count), else it
    # is made up ("University of Paris, 2018 [1]")
    numbers = set().union(*(f.numbers() for f in cited))
    extra = [
        c.words[i]
        for i in c.outside()
        if c.words[i] not in STOPWORDS
        and i not in skip
        and not (c.words[i].isdigit() and int(c.words[i]) in numbers)
        and not negation(c.words, i)
        and c.stems[i] not in allowed
    ]
    if extra:
        out.append(f"says {' '.join(extra)!r}, which the cited facts do not")
    return out


def paraphrased(
    c: Clause,
    cited: list[ReadFact],
    paraphrase: RelationParaphrase | None,
    names: set[Key],
    also: set[str],
) -> dict[int, Paraphrased]:
    """For each cited fact (by number), the positions of the claim's words that mean its
    relation phrase and its inverse's (:class:`~kgchat.chat.paraphrase.RelationParaphrase`):
    content words outside names that are no word of a cited fact, of a name, or ``also``."""
    out: dict[int, Paraphrased] = {f.n: (set(), set(), set()) for f in cited}
    if paraphrase is None:
        return out
    literal = set().union(*(f.stems() for f in cited)) | also
    literal |= {s for k in names for s in k}
    # a generic word as written ("the following"), not by stem: "followed" says a relation
    free = [
        i
        for i in c.outside()
        if c.words[i] not in STOPWORDS | GENERIC_FORMS
        and not c.words[i].isdigit()
        and c.stems[i] not in literal
    ]
    if free:
        paraphrase.prepare([c.words[i] for i in free], [f.fact for f in cited])
    for f in cited:
        own, inverse, opposed = out[f.n]
        for i in free:
            for phrase, found, other in ((f.own, own, inverse), (f.inverse, inverse, own)):
                if not phrase:
                    continue
                if paraphrase.opposes(c.words[i], phrase, f.fact):
                    # the opposite of a relation says its converse: "Ada bought Farm" of
                    # "Ada sold Farm" turns it round, "Tue followed Mon" of "Mon preceded
                    # Tue" states it
                    other.add(i)
                    opposed.add(i)
                elif paraphrase.says(c.words[i], phrase, f.fact):
                    found.add(i)
    return out


def relation_words(cited: list[ReadFact]) -> set[str]:
    """The cited facts' relation words as written that no end's name holds as written: a
    claim saying one says the relation, whatever end it stems like ("generating" of
    "generator")."""
    said = {w for f in cited for w in f.own + f.inverse}
    labels = [label for f in cited for label in (f.fact.subject_label, f.fact.object_label)]
    held = {w for label in labels for w in tokens(label)}
    return said - held
