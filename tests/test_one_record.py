"""Walks that enter n-ary records by different fields meet only in one record
(:mod:`kgchat.retrieval.one_record`). On START a player reached from "number 1" through one
ranking record and from the date through another (number 1 one week, number 2 the week
asked) took the constraint bonus as the player both fields of one record name does, and came
first by name: tennis's "Who was world number 1 on 13 June 2022?" (fix57c)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgchat.graph import KnowledgeGraph
from kgchat.retrieval import Retriever

_PLAYERS = {"Ann Berg": "ab", "Cleo Dahl": "cd", "Dora Falk": "df"}
# each player's (rank, date) records; on 2022-06-13 Cleo was number 1, Ann number 2
_RECORDS = {
    "ab": [(1, "2021-05-24"), (1, "2021-12-27"), (2, "2022-06-13"), (1, "2023-11-20")],
    "cd": [(2, "2021-05-24"), (3, "2021-12-27"), (1, "2022-06-13"), (2, "2023-11-20")],
    "df": [(3, "2021-05-24"), (2, "2021-12-27"), (3, "2022-06-13"), (3, "2023-11-20")],
}


@pytest.fixture(scope="module")
def rankings(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    """Three players, each with weekly ranking records (blank nodes: rank, date, points)."""
    lines = [
        "@prefix sp: <http://example.org/sport#> .",
        "@prefix schema: <http://schema.org/> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
    ]
    for name, key in _PLAYERS.items():
        records = ", ".join(
            f'[ a sp:RankingRecord ; sp:rank "{rank}"^^xsd:integer ; '
            f'sp:rankingDate "{day}"^^xsd:date ; sp:points {1000 * (5 - rank) + k} ]'
            for k, (rank, day) in enumerate(_RECORDS[key])
        )
        lines.append(
            f'<http://example.org/player/{key}> a schema:Person ; rdfs:label "{name}" ; '
            f"sp:rankingEntry {records} ."
        )
    path: Path = tmp_path_factory.mktemp("rankings") / "rankings.ttl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_the_rank_and_the_date_of_one_record(rankings: KnowledgeGraph) -> None:
    """Ann was number 1 in other weeks and number 2 on 13 June 2022: her rank-1 records and
    her 13-June record are other facts; only Cleo's one record holds both."""
    r = Retriever(rankings)
    res = r.retrieve("Who was world number 1 on 13 June 2022?")
    assert res.candidates[0].label == "Cleo Dahl"
    res = r.retrieve("Who was world number 1 on 27 December 2021?")
    assert res.candidates[0].label == "Ann Berg"
