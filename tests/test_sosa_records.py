"""Sensor observations at digest IRIs as n-ary records (:mod:`kgchat.graph.junctions`): a tiny
W3C SOSA network whose ``sosa:Observation`` s (``obs/<hex>``, as exporters mint them from a
hash) outnumber the named sensors, each joining its sensor and property to a QUDT result.
Real parsing."""

from __future__ import annotations

import random
from pathlib import Path

from kgchat import KnowledgeGraph
from kgchat.graph.junctions import RECORD_DIGEST_DIGITS
from kgchat.graph.roles import is_digest

HEAD = """\
@prefix sosa: <http://www.w3.org/ns/sosa/> .
@prefix schema: <http://schema.org/> .
@prefix qudt: <http://qudt.org/schema/qudt/> .
@prefix unit: <http://qudt.org/vocab/unit/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://env.example/id/> .

ex:st1 a sosa:Platform ; schema:name "Kestrel Hill" ; sosa:hosts ex:T1, ex:W1 .
ex:T1 a sosa:Sensor ; rdfs:label "MET02-T" ; sosa:observes ex:temp ; schema:manufacturer "Vaisala" .
ex:W1 a sosa:Sensor ; rdfs:label "MET02-WS" ; sosa:observes ex:wind ; schema:manufacturer "Gill" .
ex:temp a sosa:ObservableProperty ; rdfs:label "air temperature"@en .
ex:wind a sosa:ObservableProperty ; rdfs:label "wind speed"@en .
"""


def _network(tmp_path: Path, ids: list[str]) -> KnowledgeGraph:
    lines = [HEAD]
    for n, key in enumerate(ids):
        sensor, prop = ("T1", "temp") if n % 2 else ("W1", "wind")
        lines.append(
            f"<http://env.example/id/obs/{key}> a sosa:Observation ; "
            f"sosa:madeBySensor ex:{sensor} ; sosa:observedProperty ex:{prop} ; sosa:resultTime "
            f'"2026-11-30T{n % 24:02d}:00:00Z"^^xsd:dateTime ; '
            f"sosa:hasResult [ a qudt:QuantityValue ; qudt:numericValue {n}.5 ; "
            "qudt:unit unit:DEG_C ] ."
        )
    path = tmp_path / "sensors.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_digest_identifiers_are_no_names(tmp_path: Path) -> None:
    """Observations named by a hex digest are walked through, not answers named "0051298fef50",
    and so is one whose digest drew no letter; the named sensors keep their names."""
    rng = random.Random(7)
    ids = ["".join(rng.choice("0123456789abcdef") for _ in range(12)) for _ in range(19)]
    ids.append("331333592978")
    kg = _network(tmp_path, ids)
    for key in ids:
        assert kg.label(f"http://env.example/id/obs/{key}").startswith("(anonymous"), key
    assert kg.label("http://env.example/id/T1") == "MET02-T"


def test_a_record_key_people_use_stays_a_name(tmp_path: Path) -> None:
    """Unique identifiers that are codes, not digests (a purchase order's "PO-2024-000229"),
    are how people call a record: they stay its name."""
    ids = [f"PO-2024-{n:06d}" for n in range(20)]
    kg = _network(tmp_path, ids)
    assert not kg.label("http://env.example/id/obs/PO-2024-000007").startswith("(anonymous")


def test_is_digest() -> None:
    n = RECORD_DIGEST_DIGITS
    assert is_digest("7e9cd82a2116", n) and is_digest("9F3C0A1B77", n)
    assert not any(is_digest(x, n) for x in ("20241130", "facade", "EB-HY-01", "7e9cd82"))
