"""What the graph says of one entity, for a question that asks nothing else of it.

"Tell me about X", "What is X?", "X?" name one entity and ask for no relation and no type of
answer: the reply is the entity's own facts among those retrieved, its classes first, each
cited. They are verbalised from the graph, so no model is needed and none is asked (it could
only add what no fact says). The answer is the first candidate they state ("What is X?": its
class).

Other words ask the same ("What do you know about X?", "Give me information about X", "Can
you tell me about X?") when two judges agree: the retriever's, that no relation of the graph
says them (the retrieval abstained: its best path does not say the question's words), and the
sentence encoder's, that they mean the request "tell me about" (:class:`DescriptionRequest`).
Neither alone is enough: a graph without phone numbers has no relation for "What is X's phone
number?" either, and a graph with a relation ``knows`` answers "What do you know about X?" by
it. An instruction whose only object is the entity ("Describe X.", "Summarize X.", "Explain
X.": a verb first, by its base form, and the entity after it at the end, :func:`imperative`)
asks for nothing but the entity where no relation of the graph says its verb (the retrieval
abstained on it), whatever the encoder makes of the verb ("describe" is 0.33 from "tell me
about", under the 0.35 floor).

"Who is X?" asks what person X is: when X is a person (the chatbot's :class:`~kgchat.chat.
kinds.EntityKinds` judge from the graph), it is its own answer, and the reply describes it,
not the people its facts lead to (for "who" any path of the graph reaches a person, and the
retriever's best was one: "Who is Ian Horrocks?" got everyone based in the United Kingdom).
When X is not a person ("Who was the general chair of ISWC 2010?", a role), "who" asks for the
person holding it, and the retrieval answers. Of a name two nodes share (a person and their
homepage), the person is meant.

Examples
--------
>>> from kgchat.graph import KnowledgeGraph
>>> from kgchat.retrieval import Retriever
>>> kg = KnowledgeGraph.from_triples([("Bob", "lives_in", "Oslo"), ("Bob", "is_a", "teacher")])
>>> r = Retriever(kg)
>>> res = r.retrieve("Tell me about Bob.")
>>> node = asks_only_about(res, res.reading)
>>> describe(node, [sf.fact for sf in res.facts], limit=5)[0]
'Bob lives in Oslo [1]; Bob is a teacher [2].'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from kgchat.chat.evidence import evidence_text, unnamed
from kgchat.graph.view import Fact
from kgchat.graph.vocab import RDF_TYPE, RDFS_SUBCLASS
from kgchat.retrieval.question import analyze
from kgchat.retrieval.question_shapes import is_yes_no
from kgchat.retrieval.similarity import TextSimilarity
from kgchat.text import STOPWORDS, singular, tokens
from kgchat.wordnet import wordnet

if TYPE_CHECKING:
    from kgchat.graph import KnowledgeGraph
    from kgchat.retrieval import Retrieval
    from kgchat.retrieval.question import QuestionInfo

__all__ = [
    "DescriptionRequest",
    "asks_only_about",
    "asks_who_it_is",
    "describe",
    "imperative",
    "listed_in_plural",
    "named_in_plural",
]

# What a request for a description asks, its entity left out: the words of the plainest one
# ("Tell me about X"), which the description path answers by its form alone. Other wordings are
# judged by their meaning against it, not listed.
REQUEST = "tell me about"
_WHO = analyze("who?", []).answer_type  # the type words "who" asks for, as the retriever reads them


class DescriptionRequest:
    """Whether a question's words, outside its entity, mean :data:`REQUEST`: the sentence
    encoder's cosine between them is above the cosine it gives unrelated words (the floor of
    :class:`~kgchat.retrieval.similarity.TextSimilarity`, 0.35 for the bundled MiniLM). Without
    an encoder (or one with no usable relatedness) nothing is.

    On the development questions (393: people's half of the real-world questions and our own,
    on seven graphs), every one asks a relation: their words' cosine to the request is at most
    0.28; "what do you know about" is 0.48, "give me information about" 0.62.

    Parameters
    ----------
    encoder : Encoder, optional
        The retriever's (its index's) sentence encoder.

    Examples
    --------
    >>> DescriptionRequest()("what do you know about")  # no encoder: no judgement of meaning
    False
    """

    def __init__(self, encoder: Any = None) -> None:
        self.similarity = TextSimilarity(encoder)

    def __call__(self, asked: str) -> bool:
        return bool(asked) and self.similarity.related(asked, REQUEST) > 0.0


def asks_only_about(
    res: Retrieval, info: QuestionInfo, request: Callable[[str], bool] | None = None
) -> str | None:
    """The one entity a question names and asks nothing of, else None: no relation word, no
    answer type, no yes or no; or, with ``request`` (a :class:`DescriptionRequest`), words that
    no relation of the graph says (none, or the retrieval abstained on them) and that
    ``request`` finds to ask for a description, in a question of either form ("What do you
    know about X?", "Can you tell me about X?"), or that tell the chatbot to do something with
    the entity alone (:func:`imperative`: "Describe X.")."""
    nodes = {m.node for m in res.mentions}
    if len(nodes) != 1 or info.answer_type:
        return None
    if info.words or is_yes_no(res.question):
        unsaid = res.abstained or not info.words
        if not unsaid or not (imperative(info) or (request is not None and request(info.asked))):
            return None
    return nodes.pop()


def named_in_plural(kg: Any, res: Retrieval) -> bool:
    """Whether the question says a name of the graph in the plural where the name itself is
    singular ("list the berries", "Which cheeses are there?", "list the NSAIDs" of the class
    "berry", "cheese", "NSAID"): it asks for the things of that kind, not for a description of
    the kind. A name that is plural itself ("Tell me about the Beatles") is no such plural,
    unless it names a class (:func:`is_class`: "list the NSAIDs" of a class whose synonym is
    "NSAIDs" asks for its members as "list the berries" does) and is no noun of its own in
    WordNet ("Tell me about the pancreas" of the class "pancreas" is described).

    >>> from kgchat.graph import KnowledgeGraph
    >>> from kgchat.retrieval import Retriever
    >>> kg = KnowledgeGraph.from_triples([("Blueberry", "subclass_of", "berry"),
    ...                                   ("The Beatles", "is_a", "band"),
    ...                                   ("NSAIDs", RDFS_SUBCLASS, "drug")])
    >>> r = Retriever(kg)
    >>> asked = ("list the berries", "Tell me about berry", "Tell me about the Beatles",
    ...          "list the NSAIDs")
    >>> [named_in_plural(kg, r.retrieve(q)) for q in asked]
    [True, False, False, True]
    """
    for m in res.mentions:
        last = _plural_last_word(m.text)
        if last is None:
            continue
        names = [kg.label(m.node), *kg.aliases(m.node)]
        if not any(last in tokens(name) for name in names):
            return True
        if _only_plural(last) and is_class(kg, m.node):
            return True
    return False


def listed_in_plural(res: Retrieval) -> bool:
    """Whether the question asks to be given a list (:func:`kgchat.chat.lists.asks_to_list`:
    "list ...", "name all ...") of a name it says in the plural: the things the name gathers,
    not the name described, also where the graph's name is plural itself ("list the sign
    languages" of a language family also named "Sign languages"; "Tell me about the sign
    languages" is described).

    >>> from kgchat.graph import KnowledgeGraph
    >>> from kgchat.retrieval import Retriever
    >>> r = Retriever(KnowledgeGraph.from_triples([("Sign languages", "includes", "ASL")]))
    >>> [listed_in_plural(r.retrieve(q)) for q in ("list the sign languages",
    ...                                            "Tell me about the sign languages")]
    [True, False]
    """
    from kgchat.chat.lists import asks_to_list

    if not asks_to_list(res.question):
        return False
    return any(_plural_last_word(m.text) is not None for m in res.mentions)


def _plural_last_word(said: str) -> str | None:
    """The last word of a mention's text ``said``, lower-cased, where it is said in the plural
    (:func:`kgchat.text.singular` changes it), else None: "berries" of "the berries".

    >>> _plural_last_word("Sign Languages"), _plural_last_word("berry")
    ('languages', None)
    """
    words = said.lower().split()
    if not words or singular(words[-1]) == words[-1]:
        return None
    return words[-1]


def _only_plural(word: str) -> bool:
    """Whether WordNet knows ``word`` as no noun of its own ("nsaids", "islets"; not
    "pancreas", "diabetes", "species", whose final "s" is no plural); without WordNet, none."""
    wn = wordnet()
    return wn is not None and not wn.offsets(word, "n")


def is_class(kg: Any, node: str) -> bool:
    """Whether ``node`` is a class in RDF's own terms: the object of an ``rdf:type`` fact or
    either end of an ``rdfs:subClassOf`` one (an individual is neither).

    >>> from kgchat.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph.from_triples([("Blueberry", RDFS_SUBCLASS, "berry"),
    ...                                   ("Ada", "likes", "Blueberry")])
    >>> [is_class(kg, n) for n in ("Blueberry", "berry", "Ada")]
    [True, True, False]
    """
    return any(
        e.predicate == RDFS_SUBCLASS or (e.predicate == RDF_TYPE and not e.forward)
        for e in kg.neighbors(node)
    )


def imperative(info: QuestionInfo) -> bool:
    """Whether a question is an instruction whose only object is its one entity: its first
    word a verb in its base form (one WordNet uses as a verb more often than as anything
    else: "describe", "summarize", "show"; not "list", more often a noun), then at most
    stopwords, then the entity, which ends it ("Describe X.", "Summarize the X."). Without
    WordNet none is.

    >>> imperative(analyze("Summarize Pink Floyd.", [(1, 3)]))
    True
    >>> [imperative(analyze(q, [(1, 2)])) for q in ("Dosage aspirin", "Describe aspirin dosage")]
    [False, False]
    """
    toks, spans = info.tokens, info.spans
    if len(spans) != 1 or spans[0][1] != len(toks) or spans[0][0] < 1:
        return False
    if not STOPWORDS.issuperset(toks[1 : spans[0][0]]):
        return False
    wn = wordnet()
    verb = toks[0]
    return wn is not None and (verb, "v") in wn.base_forms(verb) and wn.pos_share(verb, "v") > 0.5


def asks_who_it_is(
    res: Retrieval, info: QuestionInfo, kind: Callable[[str], str | None]
) -> str | None:
    """The person "Who is X?" names, else None: a question whose only words beyond its one
    named thing are "who" and its verb, where ``kind`` (:meth:`~kgchat.chat.followup.
    EntityKinds.kind`) finds a node of that name a ``person``."""
    if info.words or info.answer_type != _WHO or is_yes_no(res.question):
        return None
    if len({(m.start, m.end) for m in res.mentions}) != 1:
        return None
    return next((m.node for m in res.mentions if kind(m.node) == "person"), None)


def describe(
    node: str,
    facts: Sequence[Fact],
    *,
    limit: int,
    first: Sequence[Fact] = (),
    kg: KnowledgeGraph | None = None,
) -> tuple[str, list[Fact]]:
    """The reply describing ``node`` by the ``facts`` that hold it (those of ``first`` that
    hold it before the rest: the facts that hold the chosen answer), its classes first, at
    most ``limit`` of them, each cited by its place; and those facts, in citation order (""
    and none when no fact holds it). A fact into a node without a name is said with the facts
    out of that node (its title record with the title's text), as the evidence of an answer
    is (:func:`~kgchat.chat.evidence.evidence_text`; ``kg`` gives an unnamed node's class),
    and left out where none of them is given: "has title" and a placeholder say nothing."""
    own = [f for f in facts if node in (f.subject, f.object)]
    own.sort(key=lambda f: f.predicate != RDF_TYPE)  # stable: the retrieval's order after
    # a step of the answer's path further out is no fact of the node's own
    lead = [f for f in first if node in (f.subject, f.object)]
    out_of: dict[str, list[Fact]] = {}
    for f in facts:
        if unnamed(f.subject_label) and f.subject != node:
            out_of.setdefault(f.subject, []).append(f)
    said_of = [
        f
        for f in dict.fromkeys([*lead, *own])
        if f.subject != node or not unnamed(f.object_label) or out_of.get(f.object)
    ]
    chosen = said_of[:limit]
    if not chosen:
        return "", []
    # in the order the facts lead into them (a set's order changes with the hash seed, and
    # the reply's citation numbers with it, from one process to the next)
    into = dict.fromkeys(f.object for f in chosen if f.subject == node and unnamed(f.object_label))
    chosen += [g for n in into for g in out_of[n] if g not in chosen]
    # two facts that read alike (a name under two relations labelled "name") are one
    # sentence citing both, not the sentence twice (evidence_text says a text once)
    return evidence_text(list(enumerate(chosen, 1)), kg) + ".", chosen
