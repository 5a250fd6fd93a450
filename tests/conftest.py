"""Shared fixtures: paths to the bundled graphs and to the shared benchmark data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GRAPHS = ROOT / "graphs"


def shared_path(*parts: str) -> Path:
    """A path under ../shared/, or skip the test with a message when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared benchmark data is not beside this checkout")
    return path


TINY_TTL = """\
@prefix : <http://example.org/med#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

:Drug a owl:Class ; rdfs:label "drug"@en .
:treats a owl:ObjectProperty ; rdfs:label "treats"@en ; owl:inverseOf :treatedBy ;
    rdfs:domain :Drug .
:treatedBy a owl:ObjectProperty ; rdfs:label "is treated by"@en .
:interactsWith a owl:ObjectProperty ; rdfs:label "interacts with"@en .
:Aspirin a :Drug ; rdfs:label "aspirin"@en, "Acetylsalicylsäure"@de ; skos:altLabel "ASA" ;
    rdfs:comment "A salicylate used against pain."@en ;
    :treats :Headache ; :interactsWith :Warfarin ; :approvedYear "1899"^^xsd:gYear .
:Warfarin a :Drug ; rdfs:label "warfarin"@en ; skos:altLabel "Coumadin" ; :treats :Thrombosis .
"""


@pytest.fixture
def tiny_ttl(tmp_path: Path) -> Path:
    """A four-fact medical graph in Turtle."""
    path = tmp_path / "tiny.ttl"
    path.write_text(TINY_TTL, encoding="utf-8")
    return path
