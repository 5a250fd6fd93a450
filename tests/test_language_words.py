"""A word asked in a language (kgchat.retrieval.language_asked.spoken_first): a lexicon names
each entry only by its written form (``"pain"@fr``), whose tag is the entry's language
(kgchat.graph.written_forms); "the French for bread" is the entry named in French the walk
reaches from *bread*, not the English lexicon bread is listed in, nor its German translation;
and a language no answer is named in ("the Spanish word for bread") is not in the graph: the
retrieval abstains."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

LEX = "http://lex.example/"
LEXICON = """@prefix ontolex: <http://www.w3.org/ns/lemon/ontolex#> .
@prefix lexinfo: <http://www.lexinfo.net/ontology/3.0/lexinfo#> .
@prefix lime: <http://www.w3.org/ns/lemon/lime#> .
@prefix vartrans: <http://www.w3.org/ns/lemon/vartrans#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix en: <http://lex.example/en/> .
@prefix fr: <http://lex.example/fr/> .
@prefix de: <http://lex.example/de/> .
<http://lex.example/lexicon/en> a lime:Lexicon ; rdfs:label "English core lexicon"@en ;
    lime:language "en" ; lime:entry en:bread-n, en:cheese-n, en:house-n, en:tree-n .
<http://lex.example/lexicon/fr> a lime:Lexicon ; rdfs:label "Lexique français"@fr ;
    lime:language "fr" ; lime:entry fr:pain-n, fr:fromage-n, fr:maison-n, fr:arbre-n .
<http://lex.example/lexicon/de> a lime:Lexicon ; rdfs:label "Deutscher Wortschatz"@de ;
    lime:language "de" ; lime:entry de:Brot-n, de:Käse-n, de:Haus-n, de:Baum-n .
en:bread-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    ontolex:canonicalForm en:bread-n-form ; vartrans:translatableAs de:Brot-n, fr:pain-n .
en:cheese-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    ontolex:canonicalForm en:cheese-n-form ; vartrans:translatableAs de:Käse-n, fr:fromage-n .
en:house-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    ontolex:canonicalForm en:house-n-form ; vartrans:translatableAs de:Haus-n, fr:maison-n .
en:tree-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    ontolex:canonicalForm en:tree-n-form ; vartrans:translatableAs de:Baum-n, fr:arbre-n .
en:bread-n-form a ontolex:Form ; ontolex:writtenRep "bread"@en .
en:cheese-n-form a ontolex:Form ; ontolex:writtenRep "cheese"@en .
en:house-n-form a ontolex:Form ; ontolex:writtenRep "house"@en .
en:tree-n-form a ontolex:Form ; ontolex:writtenRep "tree"@en .
fr:pain-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    lexinfo:gender lexinfo:masculine ; ontolex:canonicalForm fr:pain-n-form .
fr:fromage-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    lexinfo:gender lexinfo:masculine ; ontolex:canonicalForm fr:fromage-n-form .
fr:maison-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    lexinfo:gender lexinfo:feminine ; ontolex:canonicalForm fr:maison-n-form .
fr:arbre-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    lexinfo:gender lexinfo:masculine ; ontolex:canonicalForm fr:arbre-n-form .
fr:pain-n-form a ontolex:Form ; ontolex:writtenRep "pain"@fr .
fr:fromage-n-form a ontolex:Form ; ontolex:writtenRep "fromage"@fr .
fr:maison-n-form a ontolex:Form ; ontolex:writtenRep "maison"@fr .
fr:arbre-n-form a ontolex:Form ; ontolex:writtenRep "arbre"@fr .
de:Brot-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    lexinfo:gender lexinfo:neuter ; ontolex:canonicalForm de:Brot-n-form .
de:Käse-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    lexinfo:gender lexinfo:masculine ; ontolex:canonicalForm de:Käse-n-form .
de:Haus-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    lexinfo:gender lexinfo:neuter ; ontolex:canonicalForm de:Haus-n-form .
de:Baum-n a ontolex:LexicalEntry ; lexinfo:partOfSpeech lexinfo:noun ;
    lexinfo:gender lexinfo:masculine ; ontolex:canonicalForm de:Baum-n-form .
de:Brot-n-form a ontolex:Form ; ontolex:writtenRep "Brot"@de .
de:Käse-n-form a ontolex:Form ; ontolex:writtenRep "Käse"@de .
de:Haus-n-form a ontolex:Form ; ontolex:writtenRep "Haus"@de .
de:Baum-n-form a ontolex:Form ; ontolex:writtenRep "Baum"@de .
lexinfo:masculine rdfs:label "masculine"@en .
lexinfo:feminine rdfs:label "feminine"@en .
lexinfo:neuter rdfs:label "neuter"@en .
lexinfo:noun rdfs:label "noun"@en .
"""


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory) -> KnowledgeGraph:
    path = tmp_path_factory.mktemp("lexicon") / "lexicon.ttl"
    path.write_text(LEXICON, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_an_entry_named_by_its_written_form_is_named_in_its_language(lexicon):
    assert lexicon.label(LEX + "fr/pain-n") == "pain"
    assert lexicon.names_by_language(LEX + "fr/pain-n") == {"fr": ("pain",)}
    assert lexicon.names_by_language(LEX + "de/Käse-n") == {"de": ("Käse",)}
    # the form is its entry's name said again: a junction, named in no language
    assert lexicon.names_by_language(LEX + "fr/pain-n-form") == {}


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("What's the French for bread?", "pain"),
        ("How do you say cheese in German?", "Käse"),
        ("What is the French word for tree?", "arbre"),
    ],
)
def test_the_word_asked_in_a_language_is_the_entry_named_in_it(lexicon, question, word):
    res = make_retriever(lexicon).retrieve(question)
    assert res.answer == word and not res.abstained


def test_a_language_no_answer_is_named_in_abstains(lexicon):
    """The lexicon names words in English, French and German: a Spanish word is not in it."""
    res = make_retriever(lexicon).retrieve("What is the Spanish word for bread?")
    assert res.abstained


def test_a_value_of_the_word_in_the_language(lexicon):
    """The gender of the French word is the French entry's, not the German one's."""
    res = make_retriever(lexicon).retrieve("What gender is the French word for house?")
    assert res.answer == "feminine"
