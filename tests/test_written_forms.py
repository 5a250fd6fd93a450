"""Names written on a node of their own (OntoLex-Lemon's forms): the form is named by its
written text, the entry by its one canonical form, and the sense between an entry and its
relations is walked through, so "What is the plural of mouse?" and "What is the opposite of
big?" answer with words, not IRIs."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

E = "http://lex.example/en/"
LEXICON = """@prefix ontolex: <http://www.w3.org/ns/lemon/ontolex#> .
@prefix lexinfo: <http://www.lexinfo.net/ontology/3.0/lexinfo#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix en: <http://lex.example/en/> .
@prefix ili: <http://ili.globalwordnet.org/ili/> .
en:mouse-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    ontolex:canonicalForm en:mouse-n-form ; ontolex:otherForm en:mouse-n-form-pl ;
    ontolex:sense en:mouse-n-sense1 .
en:mouse-n-form a ontolex:Form ; ontolex:writtenRep "mouse"@en ;
    ontolex:phoneticRep "/maʊs/"@en-fonipa .
en:mouse-n-form-pl a ontolex:Form ; ontolex:writtenRep "mice"@en ; lexinfo:number lexinfo:plural .
en:big-adj a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:adjective ;
    ontolex:canonicalForm en:big-adj-form ; ontolex:sense en:big-adj-sense1 .
en:big-adj-form a ontolex:Form ; ontolex:writtenRep "big"@en .
en:small-adj a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:adjective ;
    ontolex:canonicalForm en:small-adj-form ; ontolex:sense en:small-adj-sense1 .
en:small-adj-form a ontolex:Form ; ontolex:writtenRep "small"@en .
en:goose-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    ontolex:canonicalForm en:goose-n-form ; ontolex:otherForm en:goose-n-form-pl ;
    ontolex:sense en:goose-n-sense1 .
en:goose-n-form a ontolex:Form ; ontolex:writtenRep "goose"@en .
en:goose-n-form-pl a ontolex:Form ; ontolex:writtenRep "geese"@en ; lexinfo:number lexinfo:plural .
en:run-v a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:verb ;
    ontolex:canonicalForm en:run-v-form ; ontolex:otherForm en:run-v-form-past, en:run-v-form-3sg .
en:run-v-form a ontolex:Form ; ontolex:writtenRep "run"@en .
en:run-v-form-past a ontolex:Form ; ontolex:writtenRep "ran"@en ; lexinfo:tense lexinfo:past .
en:run-v-form-3sg a ontolex:Form ; ontolex:writtenRep "runs"@en ; lexinfo:tense lexinfo:present .
en:mouse-n-sense1 a ontolex:LexicalSense ; skos:definition "a small rodent"@en ;
    ontolex:reference ili:i101 .
en:big-adj-sense1 a ontolex:LexicalSense ; lexinfo:antonym en:small-adj-sense1 ;
    ontolex:reference ili:i108 .
en:small-adj-sense1 a ontolex:LexicalSense ; skos:definition "of less than normal size"@en ;
    ontolex:reference ili:i115 .
en:goose-n-sense1 a ontolex:LexicalSense ; skos:definition "a large waterbird"@en ;
    ontolex:reference ili:i122 .
"""


def _kg(tmp_path):
    path = tmp_path / "lexicon.ttl"
    path.write_text(LEXICON, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_forms_are_named_by_their_written_text_and_entries_by_their_canonical_form(tmp_path):
    kg = _kg(tmp_path)
    assert kg.label(E + "mouse-n") == "mouse"  # not "mouse-n", nor its transcription
    assert kg.label(E + "mouse-n-form-pl") == "mice"
    # the canonical form is its entry's name said again: walked through, never an answer
    assert kg.label(E + "mouse-n-form") == "(anonymous mouse-n-form)"
    # the sense, unnamed like every sense, is a junction between its entry and its relations
    assert kg.label(E + "big-adj-sense1").startswith("(anonymous ")


def test_a_lexicon_answers_with_words(tmp_path):
    r = make_retriever(_kg(tmp_path))
    assert r.retrieve("What is the plural of mouse?").answer == "mice"
    assert r.retrieve("What is the opposite of big?").answer == "small"


def test_a_word_named_by_one_of_its_forms_is_asked_of_confidently(tmp_path):
    """ "ran" names the verb "run" by a form known only as its form (and by its tense, a code
    nothing leads on from): the hop from the form to its entry is said by naming it."""
    r = make_retriever(_kg(tmp_path))
    res = r.retrieve("What part of speech is 'ran'?")
    assert res.answer == "verb" and not res.abstained


def test_a_sentence_or_an_untagged_value_names_nothing():
    """A usage example (a sentence) or a code without a language tag is no written form."""
    kg = KnowledgeGraph.from_triples(
        [
            ("http://x/ex1", "http://x/value", '"The cat slept on the windowsill."@en'),
            ("http://x/ex2", "http://x/value", '"She drove her car to work today."@en'),
            ("http://x/r1", "http://x/code", '"AB-12"'),
            ("http://x/r2", "http://x/code", '"AB-13"'),
        ]
    )
    assert kg.label("http://x/ex1") == "ex1" and kg.label("http://x/r1") == "r1"
