"""A property named by a kind of title (schema.org's and rNews's ``headline``: a news article's
only name) names the subject that has no other name, as a ``title`` does: an article at a slug
IRI (``article/wind-farm``) is answered and linked by its headline, not by its slug
(:func:`kgchat.graph.name_properties.title_kind`)."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever
from kgchat.wordnet import wordnet

_NEWS = """\
@prefix s: <http://schema.org/> .
@prefix a: <http://news.example.org/article/> .
@prefix p: <http://news.example.org/person/> .
a:harbour-vote a s:NewsArticle ; s:headline "Harbour dredging plan approved by council"@en ;
    s:author p:ann ; s:datePublished "2024-03-14" .
a:ferry-fares a s:NewsArticle ; s:headline "Ferry fares rise again for islanders"@en ;
    s:author p:ann ; s:datePublished "2024-04-02" .
a:wind-farm a s:NewsArticle ; s:headline "Wind farm planned off the north coast"@en ;
    s:author p:bo ; s:datePublished "2024-05-20" .
a:rovers-win a s:NewsArticle ; s:headline "Rovers win the cup final at last"@en ;
    s:author p:cy ; s:datePublished "2024-06-01" .
p:ann a s:Person ; s:name "Ann Keller" .
p:bo a s:Person ; s:name "Bo Lindahl" .
p:cy a s:Person ; s:name "Cy Okoro" .
"""

needs_wordnet = pytest.mark.skipif(wordnet() is None, reason="needs the WordNet database")


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    path = tmp_path_factory.mktemp("news") / "news.ttl"
    path.write_text(_NEWS)
    return make_retriever(KnowledgeGraph.load(path), index_dir=None, scorer=None)


@needs_wordnet
def test_an_article_is_answered_by_its_headline(news):
    res = news.retrieve("What did Bo Lindahl write?")
    assert res.answer == "Wind farm planned off the north coast" and not res.abstained


@needs_wordnet
def test_an_article_is_named_by_its_headline(news):
    res = news.retrieve("Who wrote Wind farm planned off the north coast?")
    assert res.answer == "Bo Lindahl" and not res.abstained


@needs_wordnet
def test_a_dateline_is_no_title():
    from kgchat.graph.name_properties import title_kind

    assert title_kind("headline") and title_kind("subheading") and not title_kind("dateline")
