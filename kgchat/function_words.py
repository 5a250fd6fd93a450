"""English function words (closed classes), in one place for reading questions (retrieval,
linking) and writing them (qa); :mod:`kgchat.text` re-exports them.

Examples
--------
>>> "the" in STOPWORDS and "club" not in STOPWORDS
True
>>> sorted(COPULAS)
['are', 'is', 'was', 'were']
"""

from __future__ import annotations

__all__ = [
    "ARTICLES",
    "AUXILIARIES",
    "BE_FORMS",
    "BOUND_WORDS",
    "COPULAS",
    "COUNT_WORDS",
    "DETERMINERS",
    "DO_FORMS",
    "EARLIER_WORDS",
    "HAVE_FORMS",
    "INDEFINITE_ARTICLES",
    "MODALS",
    "NEGATIONS",
    "NOUN_MARKERS",
    "NOW_WORDS",
    "PAST_FORMS",
    "PLACE_PREPOSITIONS",
    "PLACING_PREPOSITIONS",
    "POSSESSIVES",
    "PREPOSITIONS",
    "PREPOSITION_SENSES",
    "PRESENT_FORMS",
    "RELATIVE_PRONOUNS",
    "SPAN_END_WORDS",
    "SPAN_START_WORDS",
    "STOPWORDS",
    "SUBJECT_PRONOUNS",
    "THIRD_PERSON_PRONOUNS",
    "WH_WORDS",
    "YES_NO_WORDS",
]

# Words that carry no content for matching names or relations. Kept short on purpose: domain
# words ("club", "drug", "position") must never be here.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "done",
        "has",
        "have",
        "had",
        "having",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "about",
        "as",
        "into",
        "onto",
        "over",
        "under",
        "than",
        "then",
        "and",
        "or",
        "but",
        "not",
        "no",
        "nor",
        "so",
        "if",
        "it",
        "its",
        "it's",
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "their",
        "him",
        "we",
        "us",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "mine",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "why",
        "how",
        "name",
        "list",
        "give",
        "tell",
        "show",
        "find",
        "please",
        "there",
        "here",
        "one",
        "ones",
        "some",
        "any",
        "all",
        "each",
        "every",
        "also",
        "very",
        "can",
        "could",
        "would",
        "should",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "just",
        "only",
        "own",
        "same",
        "such",
        "other",
        "another",
        "more",
        "most",
        "much",
        "many",
        "few",
        "s",
    ]
)
PREPOSITIONS = frozenset(
    # English's simple prepositions (a closed class), not chosen by any question
    [
        "about",
        "above",
        "across",
        "after",
        "against",
        "along",
        "among",
        "around",
        "at",
        "before",
        "behind",
        "below",
        "beneath",
        "beside",
        "between",
        "beyond",
        "by",
        "down",
        "during",
        "except",
        "for",
        "from",
        "in",
        "inside",
        "into",
        "like",
        "near",
        "of",
        "off",
        "on",
        "onto",
        "out",
        "outside",
        "over",
        "past",
        "since",
        "through",
        "throughout",
        "till",
        "to",
        "toward",
        "towards",
        "under",
        "underneath",
        "until",
        "up",
        "upon",
        "via",
        "with",
        "within",
        "without",
        "as",
    ]
)
# the pronouns that open a relative clause after a noun ("a disease *that* causes Y")
RELATIVE_PRONOUNS = frozenset(["that", "which", "who", "whom", "whose"])
# the prepositions that place what a search names: "pharmacy *near* X", "cafe *in* X"
PLACE_PREPOSITIONS = frozenset(["in", "near", "around"])
# the prepositions that place a thing in, at or under another ("X is *in* the constellation
# of Y": a reply's claim read by kgchat.chat.claims)
PLACING_PREPOSITIONS = frozenset(["in", "at", "on", "from", "within", "into", "inside", "under"])
# English negation (a reply's claim that says one before a fact's words denies it)
NEGATIONS = frozenset(["not", "no", "never", "neither", "nor", "cannot"])
WH_WORDS = frozenset(["what", "which", "who", "whom", "whose", "where", "when", "why", "how"])
# containment said in English: the prepositions that put a thing inside another ("What genus is
# X *in*?", "*In* which country is X?") and the phrases that make it a part or a member of one
# ("Which family does X *belong to*?", "Which regions are *part of* X?"):
# kgchat.retrieval.containment
CONTAINMENT_PREPOSITIONS = frozenset(["in", "within", "inside"])
CONTAINMENT_PHRASES = (("belong", "to"), ("part", "of"), ("member", "of"))
# What a preposition alone between two names can say of them ("Ulm is in Germany", "Ben is from
# Ulm"), as the words whose WordNet meanings are its senses: "in" puts a thing in a place, a
# whole or a group (the containment phrases' own words), "at" at a place, "from" names where a
# thing began, its origin or its birth. A reply's claim says a relation by the preposition
# alone where the relation's label means that (kgchat.chat.claim_facts.placed). "of" says
# any relation at all (the capital of, a member of, a book of), so alone it says none.
PREPOSITION_SENSES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(CONTAINMENT_PREPOSITIONS, ("location", "part", "member", "belong", "group")),
    "at": ("location",),
    "from": ("origin", "birth"),
}

# English function words, in one place for reading questions (retrieval) and writing them (qa).
COPULAS = frozenset(["is", "are", "was", "were"])
ARTICLES = frozenset(["a", "an", "the"])
INDEFINITE_ARTICLES = frozenset(["a", "an"])
# the words before a number that make it the bound of a comparison: "more *than* 1200", "at
# *least* 1500", "at *most* 20"
BOUND_WORDS = frozenset(["than", "least", "most"])
# possessive determiners ("his father", "their albums")
POSSESSIVES = frozenset(["his", "her", "its", "their"])
BE_FORMS = COPULAS | {"be", "been", "being"}
# do-support's forms ("Which company *did* X study at?")
DO_FORMS = frozenset(["do", "does", "did"])
# a question's tense: the present's auxiliaries ("Who *is* the mayor?", "Which party *does* X
# belong to?") and the words that say "now" ask of today; the past's ("was", "did", "has
# been") of any time
PRESENT_FORMS = frozenset(["is", "are", "am", "do", "does"])
PAST_FORMS = frozenset(["was", "were", "did", "had", "been"])
NOW_WORDS = frozenset(["now", "current", "currently", "today", "incumbent", "present"])
# the words that ask of an earlier time than the latest ("the *previous* owners", "*before*
# she switched"), as NOW_WORDS ask of today
EARLIER_WORDS = frozenset(
    ["before", "earlier", "former", "formerly", "past", "previous", "previously", "prior"]
)
# the first word of a date relation's name that says it starts a span ("start time", "begin
# date", "from") or ends one ("end time", "until"): the prepositions of time that open and
# close a span, and the forms of the verbs that say it
SPAN_START_WORDS = frozenset(["start", "starting", "begin", "beginning", "began", "from", "since"])
SPAN_END_WORDS = frozenset(["end", "ending", "ended", "until", "till", "to", "stop"])
# the prepositions that make the year after them the bound of a span or a comparison, not the
# time asked ("completed *before* 1965", "*since* 2010", "*after* 1990", "*by* 2000")
TIME_BOUNDS = EARLIER_WORDS | SPAN_START_WORDS | SPAN_END_WORDS | {"after", "between", "by", "than"}
# the words after "how" that ask a number or an amount of the noun they stand before ("how
# *many* pieces", "how *much* water"): that noun names what the answer is a figure of
COUNT_WORDS = frozenset(["many", "much"])
# the forms of "have" ("What symptoms does X *have*?")
HAVE_FORMS = frozenset(["have", "has", "had"])
AUXILIARIES = COPULAS | DO_FORMS | HAVE_FORMS
# the modal verbs ("What may it *contain*?")
MODALS = frozenset(["can", "could", "may", "might", "must", "shall", "should", "will", "would"])
# words that open a question answered by yes or no ("Is X ...?", "Can X ...?")
YES_NO_WORDS = AUXILIARIES | {"can", "could", "will", "would", "should"}
DETERMINERS = frozenset(["a", "an", "the", "this", "that", "these", "those", "some", "any", "all"])
# the personal pronouns that stand as a clause's subject (after an inverted auxiliary a
# question's: "Where does *she* live", kgchat.chat.claim_text)
SUBJECT_PRONOUNS = frozenset(["i", "you", "he", "she", "it", "we", "they"])
# the second person: a message with one addresses the chatbot ("How do you know?",
# kgchat.chat.grounds)
SECOND_PERSON_PRONOUNS = frozenset(["you", "your", "yours", "yourself"])
# the personal pronouns that can stand for a thing named before them, as a subject or an
# object ("white storks - who recorded *them*?")
THIRD_PERSON_PRONOUNS = frozenset(["he", "she", "it", "they", "him", "her", "them"])
# words after which a verb's form is a noun ("the *targets* of X", "*whose* father was X");
# not "that", which also opens a relative clause ("the entities that *treat* X")
NOUN_MARKERS = frozenset(["a", "an", "the", "its", "their", "this", "these", "whose"])
# the coordinating conjunctions that join the items of a list ("A, B *and* C", "A *or* B")
COORDINATORS = frozenset(["and", "or", "nor"])
