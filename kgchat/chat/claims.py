"""The claim check: does each sentence of a reply say what the facts it cites say?

A reply is split into claims: its sentences (at ``.``, ``!``, ``?``, ``;`` or ``:`` before a
space), each cut after every group of citations ``[n][m]`` it holds, so that a citation group
covers the words before it. A claim's citations are *valid* when each points at a given fact and
the group supports the claim:

- every entity the claim names (an entity label of the graph or of the given facts, matched on
  word stems, so case, punctuation and inflection aside) is an end of a cited fact, or a class
  of one;
- its other words (stopwords and words such as "answer" or "known" aside) are words of the
  cited facts: their relation phrases, their inverses' phrases, or their ends' names; a
  preposition of containment alone says a relation that puts a part in its whole ("Ulm is in
  Germany" of ``country``: :func:`~kgchat.chat.claim_facts.placed`);
- each cited fact's ends are named by the claim, are the question's entities, link it to
  another fact of the group (a path, as a two-hop answer cites it), or are unnamed nodes (a
  statement, a quantity value: nothing a sentence can name);
- the claim does not name a fact's two ends in the wrong direction for the relation words
  between them ("Ben taught Ada" for "Ada — taught → Ben"; "by" and "of" after a relation word
  turn it round: "Ben was taught by Ada", "Paris is the capital of France"; a word WordNet
  opposes to the relation's says its converse: "Ada bought Farm" of "Ada sold Farm"), nor
  negate a fact ("not", "never", "n't" before one of its ends or relation words): both are
  contradictions; a symmetric relation (declared, or stated both ways for most of its facts:
  :func:`~kgchat.chat.claim_facts.read_fact`) has no wrong direction
  (:mod:`kgchat.chat.claim_contradictions`);
- it does not repeat itself (:mod:`kgchat.chat.babble`: the same word, entity or run of words
  twice in a row, a word or name twice anywhere in it, or a claim made twice), nor run on in
  function words, nor ask a question (:func:`~kgchat.chat.claim_text.asks`: "?", or an
  auxiliary before its subject, "Porto, where does she live [1]");
- a list the reply names (two or more cited facts of one relation sharing an end) holds
  every item the given facts hold of it, named or cited: one left out fails each claim citing
  the list, and contradicts one that closes it ("the only members",
  :mod:`kgchat.chat.claim_lists`).

:func:`kgchat.chat.grounding.ground` drops the claims that fail it from a reply;
:func:`kgchat.chat.reply_check.check_reply` measures a :class:`kgchat.chat.Answer` with it, before
and after the reply guard, for :func:`kgchat.evaluation.evaluate_chat`.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Ada", "taught", "Ben"), ("Ben", "born_in", "Oslo")])
>>> given = [kg.fact(0), kg.fact(1)]
>>> [c.valid for c in check_claims("Ada taught Ben [1]. Ben was taught by Ada [1].", given)]
[(True,), (True,)]
>>> bad = check_claims("Ben taught Ada [1]; Ada was born in Oslo [2][7].", given)
>>> [(c.valid, c.contradiction) for c in bad]
[((False,), True), ((False, False), False)]
>>> bad[1].problems[0], bad[1].problems[-1]
('names ada, which the cited facts do not hold', '[7] is no given fact')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kgchat.chat.babble import filler, repeats, said_twice, unfinished
from kgchat.chat.claim_contradictions import Paraphrased, contradictions, negation
from kgchat.chat.claim_facts import (
    ReadFact,
    cited_classes,
    other_names,
    read_fact,
    relation_said,
    unrelated,
)
from kgchat.chat.claim_items import best, readings
from kgchat.chat.claim_lists import OPEN_ENDED, left_out
from kgchat.chat.claim_text import (
    Clause,
    Key,
    asks,
    graph_names,
    name_key,
    short_forms,
    split_claims,
)
from kgchat.chat.evidence import unnamed
from kgchat.chat.guard import GENERIC, GENERIC_FORMS
from kgchat.graph.view import Fact
from kgchat.text import STOPWORDS, stem, symbols_said, tokens

if TYPE_CHECKING:
    from kgchat.chat.paraphrase import RelationParaphrase
    from kgchat.graph import KnowledgeGraph

__all__ = ["Claim", "Key", "check_claims", "graph_names", "name_key", "split_claims"]


@dataclass(frozen=True)
class Claim:
    """One clause of a reply, the citations after it, and what the check found.

    ``valid`` holds one flag per citation; ``problems`` says why a citation is not valid;
    ``contradiction`` is true when the claim reverses or negates a fact it cites.
    """

    text: str
    citations: tuple[int, ...]
    valid: tuple[bool, ...] = ()
    problems: tuple[str, ...] = ()
    contradiction: bool = False


def _said(k: Key, stems: list[str]) -> bool:
    """The words of ``k`` occur together and in order among ``stems``."""
    n = len(k)
    return n > 0 and any(tuple(stems[i : i + n]) == k for i in range(len(stems) - n + 1))


def check_claims(
    text: str,
    given: Sequence[Fact],
    *,
    kg: KnowledgeGraph | None = None,
    names: Collection[Key] = (),
    anchors: Iterable[str] = (),
    allowed: Iterable[str] = (),
    paraphrase: RelationParaphrase | None = None,
) -> list[Claim]:
    """Check every claim of ``text`` against the facts it cites (``[n]`` is ``given[n - 1]``).

    Parameters
    ----------
    text : str
        The reply.
    given : sequence of Fact
        The facts numbered into the prompt.
    kg : KnowledgeGraph, optional
        Gives the declared inverse phrases and the classes of the facts' ends.
    names : collection of tuple of str
        Entity names to look for beside the given facts' ends, as :func:`graph_names` gives
        them: without them an entity no given fact holds shows only as words no fact says.
    anchors : iterable of str
        Labels of the question's entities: a cited fact may hold them unnamed.
    allowed : iterable of str
        Words any claim may say beside the facts' (the prompt templates' own: "Arr, {answer}").
    paraphrase : RelationParaphrase, optional
        Judges a word that is none of a relation's own as meaning it ("was educated by" of
        ``taught``): it says the relation, and its direction, as the relation's words would.
    """
    facts = [read_fact(n, f, kg) for n, f in enumerate(given, 1)]
    anchors = list(anchors)
    anchor_keys = {name_key(a) for a in anchors}
    extra_words = {stem(w) for a in allowed for w in tokens(a)}
    known = {k for f in facts for k in f.ends} | anchor_keys
    labels = [label for f in given for label in (f.subject_label, f.object_label)]
    aliases = short_forms([*labels, *anchors], known) | other_names(kg, given, known)
    parts = split_claims(text, keep=[*labels, *anchors])
    cited_anywhere = {n for _, cites in parts for n in cites}
    reply_words = tokens(text)
    reply_stems = [stem(w) for w in reply_words]
    # a reply saying there are more than it names leaves none out unsaid
    open_ended = bool(OPEN_ENDED.intersection(reply_words))

    def named(t: str) -> bool:
        k = name_key(t)
        return k in known or k in aliases or (bool(k) and k in names)

    parsed: dict[tuple[str, tuple[int, ...]], tuple[list[ReadFact], Clause]] = {}
    judged: dict[tuple[str, tuple[int, ...], bool], Claim] = {}

    def parse(text_of: str, cites: tuple[int, ...]) -> tuple[list[ReadFact], Clause]:
        """The facts a claim cites and its clause, read once for both cuts of a reply."""
        key = (text_of, cites)
        if key not in parsed:
            cited = [facts[n - 1] for n in cites if 1 <= n <= len(facts)]
            c = Clause.parse(
                text_of,
                known,
                names,
                set().union(*(f.phrase() for f in cited)),
                set().union(*(f.ends for f in cited)),
                _relation_words(cited),
                aliases,
            )
            parsed[key] = (cited, c)
        return parsed[key]

    def check(parts: list[tuple[str, tuple[int, ...]]]) -> list[Claim]:
        """Each claim of one cut of the reply, judged once per claim (a claim both cuts share,
        said after the same claims, is judged alike in both)."""
        seen: list[list[Any]] = []
        out: list[Claim] = []
        for text_of, cites in parts:
            c = parse(text_of, cites)[1]
            repeated = repeats(c.units) or c.units in seen
            seen.append(c.units)
            key = (text_of, cites, repeated)
            if key not in judged:
                judged[key] = claim_of(text_of, cites, repeated)
            out.append(judged[key])
        return out

    def claim_of(text_of: str, cites: tuple[int, ...], repeated: bool) -> Claim:
        """One claim checked against the facts it cites; ``repeated``: it says again what
        it or a claim before it said."""
        cited, c = parse(text_of, cites)
        if not cites:
            return Claim(text_of, ())
        # what fails the claim fails every citation of it
        repeated = repeated or len(set(cites)) < len(cites)  # or cites one fact twice
        classes = cited_classes(kg, cited)  # an unnamed end is said by its class's name
        # a claim that fails whatever its words mean (it names what no cited fact holds, or
        # repeats itself) is not judged by meaning: the encoder's pass is spared
        ends = set().union(*(f.ends for f in cited)) | classes
        lost = repeated or any(k not in ends for *_, k in c.spans)
        judge = None if lost else paraphrase
        para = _paraphrased(c, cited, judge, known | classes, extra_words)
        said = {f.n: relation_said(f, c, any(para[f.n]), kg) for f in cited}
        skip = {i for f in cited for ps in para[f.n] for i in ps}
        problems = _unsaid(c, cited, known, classes, extra_words, skip)
        problems += ["repeats itself"] if repeated else []
        held = sum((f.said(kg) for f in cited), Counter())
        twice = said_twice(c.stems, held)
        problems += [f"says {twice} twice"] if twice else []
        relation = {w for f in cited for w in f.own + f.inverse}
        problems += ["runs on in function words"] if filler(c.words, c.outside(), relation) else []
        problems += ["leaves a bracket open"] if unfinished(text_of, labels) else []
        problems += ["asks instead of stating"] if asks(text_of, c, (*labels, *anchors)) else []
        against = contradictions(c, cited, para)
        # a list short of items
        missing, closed = (
            ([], False)
            if open_ended
            else left_out(c, cited, facts, cited_anywhere, lambda k: _said(k, reply_stems))
        )
        against += missing if closed else []
        problems += [] if closed else missing
        clean = not problems and not against
        problems += against
        valid = []
        # a word inside another name says no end ("The Kingdom of Norway" of Norway)
        outside = set(c.outside())
        free = [st if i in outside else "" for i, st in enumerate(c.stems)]
        for n in cites:
            if not 1 <= n <= len(facts):
                problems.append(f"[{n}] is no given fact")
                valid.append(False)
                continue
            f = facts[n - 1]
            # each end of the fact is named, asked about, or a step to another cited fact
            accounted = {k for _, _, k in c.spans} | anchor_keys
            accounted |= set().union(*(g.ends for g in cited if g is not f))
            loose = [
                label
                for k, label in (
                    (f.subject, f.fact.subject_label),
                    (f.object, f.fact.object_label),
                )
                # a value is no name to find ("1", "6.0", "A"): said when its words are;
                # an unnamed node (a statement, a quantity value) has no name to say
                # a name of symbols alone ("€€€") is said as written
                if k not in accounted
                and not (_said(k, free) or (not k and symbols_said(text_of, label)))
                and not unnamed(label)
            ]
            if loose:
                problems.append(f"[{n}] holds {loose[0]}, which the claim does not name")
            unsaid = unrelated(c, cited, said).get(n)
            if unsaid:
                problems.append(f"[{n}] {unsaid}")
            valid.append(clean and not loose and not unsaid)
        return Claim(text_of, cites, tuple(valid), tuple(dict.fromkeys(problems)), bool(against))

    # a list cited item by item says the rest of its sentence of each item (claim_items)
    out = check(parts)
    spread = [r for r in readings(text, [*labels, *anchors], named) if r != parts]
    return best(out, map(check, spread)) if spread else out


def _unsaid(
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


def _paraphrased(
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


def _relation_words(cited: list[ReadFact]) -> set[str]:
    """The cited facts' relation words as written that no end's name holds as written: a
    claim saying one says the relation, whatever end it stems like ("generating" of
    "generator")."""
    said = {w for f in cited for w in f.own + f.inverse}
    labels = [label for f in cited for label in (f.fact.subject_label, f.fact.object_label)]
    held = {w for label in labels for w in tokens(label)}
    return said - held
