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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kgchat.chat.babble import filler, repeats, said_twice, unfinished
from kgchat.chat.claim_asks import asks
from kgchat.chat.claim_contradictions import contradictions
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
    NameLookup,
    graph_names,
    name_key,
    short_forms,
    split_claims,
)
from kgchat.chat.claim_words import paraphrased, relation_words, words_unsaid
from kgchat.chat.evidence import unnamed
from kgchat.graph.view import Fact
from kgchat.text import stem, symbols_said, tokens

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
    known = {k for f in facts for k in f.ends} | anchor_keys
    labels = [label for f in given for label in (f.subject_label, f.object_label)]
    parts = split_claims(text, keep=[*labels, *anchors])
    reply_words = tokens(text)
    reply = _Reply(
        facts,
        kg,
        names,
        anchors,
        anchor_keys,
        {stem(w) for a in allowed for w in tokens(a)},
        known,
        labels,
        short_forms([*labels, *anchors], known) | other_names(kg, given, known),
        {n for _, cites in parts for n in cites},
        [stem(w) for w in reply_words],
        # a reply saying there are more than it names leaves none out unsaid
        bool(OPEN_ENDED.intersection(reply_words)),
        paraphrase,
    )
    # a list cited item by item says the rest of its sentence of each item (claim_items)
    out = reply.check(parts)
    spread = [r for r in readings(text, [*labels, *anchors], reply.named) if r != parts]
    return best(out, map(reply.check, spread)) if spread else out


@dataclass
class _Reply:
    """One reply's claims as :func:`check_claims` reads them: what every claim is checked
    against (the given facts read, the names known, the reply's own words), and the claims
    parsed and judged so far (a claim both cuts of a reply share is read once)."""

    facts: list[ReadFact]
    kg: KnowledgeGraph | None
    names: Collection[Key]
    anchors: list[str]
    anchor_keys: set[Key]
    extra_words: set[str]  # the words any claim may say (the templates' own)
    known: set[Key]
    labels: list[str]
    aliases: dict[Key, Key]
    cited_anywhere: set[int]
    reply_stems: list[str]
    open_ended: bool
    paraphrase: RelationParaphrase | None
    parsed: dict[tuple[str, tuple[int, ...]], tuple[list[ReadFact], Clause]] = field(
        default_factory=dict
    )
    judged: dict[tuple[str, tuple[int, ...], bool], Claim] = field(default_factory=dict)

    def named(self, t: str) -> bool:
        """Whether ``t`` is one name (of the graph or of the given facts)."""
        k = name_key(t)
        return k in self.known or k in self.aliases or (bool(k) and k in self.names)

    def parse(self, text_of: str, cites: tuple[int, ...]) -> tuple[list[ReadFact], Clause]:
        """The facts a claim cites and its clause, read once for both cuts of a reply."""
        key = (text_of, cites)
        if key not in self.parsed:
            facts = self.facts
            cited = [facts[n - 1] for n in cites if 1 <= n <= len(facts)]
            lookup = NameLookup(
                self.known,
                self.names,
                set().union(*(f.phrase() for f in cited)),
                set().union(*(f.ends for f in cited)),
                relation_words(cited),
                self.aliases,
            )
            c = Clause.parse(text_of, lookup)
            self.parsed[key] = (cited, c)
        return self.parsed[key]

    def check(self, parts: list[tuple[str, tuple[int, ...]]]) -> list[Claim]:
        """Each claim of one cut of the reply, judged once per claim (a claim both cuts share,
        said after the same claims, is judged alike in both)."""
        seen: list[list[Any]] = []
        out: list[Claim] = []
        for text_of, cites in parts:
            c = self.parse(text_of, cites)[1]
            repeated = repeats(c.units) or c.units in seen
            seen.append(c.units)
            key = (text_of, cites, repeated)
            if key not in self.judged:
                self.judged[key] = self.claim_of(text_of, cites, repeated)
            out.append(self.judged[key])
        return out

    def claim_of(self, text_of: str, cites: tuple[int, ...], repeated: bool) -> Claim:
        """One claim checked against the facts it cites; ``repeated``: it says again what
        it or a claim before it said."""
        cited, c = self.parse(text_of, cites)
        if not cites:
            return Claim(text_of, ())
        kg, facts, known = self.kg, self.facts, self.known
        # what fails the claim fails every citation of it
        repeated = repeated or len(set(cites)) < len(cites)  # or cites one fact twice
        classes = cited_classes(kg, cited)  # an unnamed end is said by its class's name
        # a claim that fails whatever its words mean (it names what no cited fact holds, or
        # repeats itself) is not judged by meaning: the encoder's pass is spared
        ends = set().union(*(f.ends for f in cited)) | classes
        lost = repeated or any(k not in ends for *_, k in c.spans)
        judge = None if lost else self.paraphrase
        para = paraphrased(c, cited, judge, known | classes, self.extra_words)
        said = {f.n: relation_said(f, c, any(para[f.n]), kg) for f in cited}
        skip = {i for f in cited for ps in para[f.n] for i in ps}
        problems = words_unsaid(c, cited, known, classes, self.extra_words, skip)
        problems += ["repeats itself"] if repeated else []
        held = sum((f.said(kg) for f in cited), Counter())
        twice = said_twice(c.stems, held)
        problems += [f"says {twice} twice"] if twice else []
        relation = {w for f in cited for w in f.own + f.inverse}
        problems += ["runs on in function words"] if filler(c.words, c.outside(), relation) else []
        problems += ["leaves a bracket open"] if unfinished(text_of, self.labels) else []
        named = (*self.labels, *self.anchors)
        problems += ["asks instead of stating"] if asks(text_of, c, named) else []
        against = contradictions(c, cited, para)
        # a list short of items
        missing, closed = (
            ([], False)
            if self.open_ended
            else left_out(c, cited, facts, self.cited_anywhere, self._said_in_reply)
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
            left = _fact_left(facts[n - 1], n, c, cited, self.anchor_keys, free, text_of, said)
            problems += left
            valid.append(clean and not left)
        return Claim(text_of, cites, tuple(valid), tuple(dict.fromkeys(problems)), bool(against))

    def _said_in_reply(self, k: Key) -> bool:
        return _said(k, self.reply_stems)


def _fact_left(
    f: ReadFact,
    n: int,
    c: Clause,
    cited: list[ReadFact],
    anchor_keys: set[Key],
    free: list[str],
    text_of: str,
    said: dict[int, bool],
) -> list[str]:
    """What a claim leaves unsaid of the cited fact ``f`` (number ``n``): an end it holds
    that the claim does not name (by the stems ``free`` of its words outside other names),
    that is no question's entity (``anchor_keys``) nor a step to another cited fact, and is
    not unnamed; and its relation, where the claim does not say it (``said``:
    :func:`~kgchat.chat.claim_facts.unrelated`)."""
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
    out = [f"[{n}] holds {loose[0]}, which the claim does not name"] if loose else []
    unsaid = unrelated(c, cited, said).get(n)
    return out + ([f"[{n}] {unsaid}"] if unsaid else [])
