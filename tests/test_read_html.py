"""HTML pages are read for their schema.org JSON-LD blocks (issue 11, probe63a;
:mod:`kgchat.graph.read_html`): START refused an ``.html`` file (unknown extension), and read as
JSON-LD it failed at the first ``<``. On two tiny estate-agency pages saved into one file (a
nested blank agent per page, a block with no ``@context``, an HTML entity in a string, relative
``@id`` values, a block with a trailing comma), read as a user loads it, with the real bundled
encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

S = "http://schema.org/"
SITE = "https://agency.example"
PAGES = """<!-- saved from url=(0040)https://agency.example/wijken/tuindorp -->
<!DOCTYPE html>
<html lang="nl"><head><title>Tuindorp</title>
<script type="application/ld+json">
{"@type": "Place", "@id": "#place", "name": "Tuindorp",
 "containedInPlace": {"@id": "https://agency.example/districts/noordoost", "name": "Noordoost"}}
</script>
</head><body><p>Domstad &amp; Co</p></body></html>
<!-- saved from url=(0044)https://agency.example/aanbod/kastanjelaan-4 -->
<!DOCTYPE html>
<html><head>
<link rel="canonical" href="https://agency.example/aanbod/kastanjelaan-4">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Organization", "@id": "/#org",
 "name": "Domstad Wonen &amp; Taxaties"}
</script>
<script type='application/ld+json; charset=utf-8'>
{"@context": "http://schema.org/", "@type": "RealEstateListing", "@id": "#listing",
 "name": "Te koop: Kastanjelaan 4, Utrecht",
 "offers": {"@type": "Offer", "price": "\u20ac 650.000",
            "offeredBy": {"@type": "Person", "name": "Joost van Leeuwen"}},
 "about": {"@type": "House", "name": "Kastanjelaan 4", "numberOfBedrooms": "4",
           "containedInPlace": {"@id": "https://agency.example/wijken/tuindorp#place"}}}
</script>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "BreadcrumbList",
 "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Aanbod",}]}
</script>
</head><body></body></html>
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "agency.html"
    path.write_text(PAGES, encoding="utf-8")
    with pytest.warns(UserWarning, match=r"agency\.html:\d+: a JSON-LD block is not valid JSON"):
        return KnowledgeGraph.load(path)


def test_every_block_of_every_page_is_read(kg):
    """The file loads (fails on START: unknown extension '.html'): a block with no
    ``@context`` under the file's (the neighbourhood and its district), relative ``@id``
    values against each page's address, an HTML entity decoded."""
    assert kg.label(f"{SITE}/wijken/tuindorp#place") == "Tuindorp"
    assert kg.label(f"{SITE}/districts/noordoost") == "Noordoost"
    assert kg.label(f"{SITE}/#org") == "Domstad Wonen & Taxaties"
    listing = f"{SITE}/aanbod/kastanjelaan-4#listing"
    assert kg.label(listing) == "Te koop: Kastanjelaan 4, Utrecht"
    assert any(f.predicate == S + "about" for f in kg.facts() if f.subject == listing)


def test_a_broken_block_is_skipped_at_its_line(tmp_path):
    """The block with a trailing comma is skipped with a warning naming its line (the
    breadcrumb's ``"Aanbod",}`` is on line 27), and the page's other blocks are read."""
    path = tmp_path / "agency.html"
    path.write_text(PAGES, encoding="utf-8")
    with pytest.warns(UserWarning, match=r"agency\.html:27: a JSON-LD block is not valid JSON"):
        kg = KnowledgeGraph.load(path)
    assert not any(f.predicate == S + "itemListElement" for f in kg.facts())
    assert kg.label(f"{SITE}/aanbod/kastanjelaan-4#listing")


def test_a_question_is_answered_from_the_pages(kg, tmp_path_factory):
    """The pages answer a question asked of them across blocks and pages (the listing's house
    names the neighbourhood that the first page's context-less block describes; fails on START:
    the file did not load)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("KGCHAT_CACHE", str(tmp_path_factory.mktemp("cache")))
    r = make_retriever(kg, index_dir=None, scorer=None)
    r.prepare()
    res = r.retrieve("Which neighbourhood is Kastanjelaan 4 in?")
    mp.undo()
    assert not res.abstained
    assert res.answer == "Tuindorp"
