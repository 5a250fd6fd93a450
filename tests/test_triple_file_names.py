"""A plain triple file (``.psv``, ``.tsv``) that names its ids by ``name`` lines reads those
values as names, not as nodes (issue 11, probe62b): a site's dump ``frag:00412|name|Bois
d'Argent`` made "Bois d'Argent" a node one hop from the fragrance, so the fragrance kept its id
(or an ``alt_name``) as its label, answers came out as ``school:milano`` and every question
linked to the name node and walked an extra hop. On a tiny dump read by the real reader, with
the real bundled encoder and the pipeline's retriever."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.graph.read_delimited import read_delimited
from kgchat.pipeline import make_retriever

PSV = """# nightly dump
subject|relation|object
frag:00412|name|Bois d'Argent
frag:00412|alt_name|Silver Wood
frag:00412|house|house:verlaine
frag:00412|perfumer|nose:dubreuil
frag:00412|launchYear|1978
frag:00413|name|Nuit Blanche
frag:00413|house|house:verlaine
frag:00413|perfumer|nose:roux
house:verlaine|name|Maison Verlaine
nose:dubreuil|name|Étienne Dubreuil
nose:dubreuil|trained_at|school:espv
nose:roux|name|Jacques Roux
nose:roux|trained_at|school:gip
school:espv|name|École Supérieure de Parfumerie de Versailles
school:gip|name|Grasse Institute of Perfumery
school:gip|label|GIP
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    path = tmp_path_factory.mktemp("psv") / "perfumes.psv"
    path.write_text(PSV, encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_name_values_are_strings(tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("psv") / "names.psv"
    path.write_text("a:1|name|Ann\na:1|knows|a:2\na:2|label|Bo\na:2|named_after|a:1\n")
    rows = [t[:3] for t in read_delimited(path, None)]
    assert rows == [
        ("a:1", "name", '"Ann"'),
        ("a:1", "knows", "a:2"),
        ("a:2", "label", '"Bo"'),
        ("a:2", "named_after", "a:1"),  # a link, though its name starts with "name"
    ]


def test_ids_are_named_by_their_name_lines(kg: KnowledgeGraph) -> None:
    assert kg.label("frag:00412") == "Bois d'Argent"
    assert "Silver Wood" in kg.aliases("frag:00412")
    assert kg.label("house:verlaine") == "Maison Verlaine"
    assert "Maison Verlaine" not in set(kg.entities())  # no node of the name itself


def test_a_question_is_answered_by_the_name(kg: KnowledgeGraph) -> None:
    r = make_retriever(kg)
    res = r.retrieve("Which house makes Bois d'Argent?")
    assert res.candidates[0].node == "house:verlaine"
    assert not res.abstained
    res = r.retrieve("where did the perfumer of Nuit Blanche train?")
    assert res.candidates[0].node == "school:gip"


SIZES = """frag:1|name|Rosa Antica
frag:1|bottle_size|100 ml
frag:1|votes|812
frag:2|name|Notte Ambrata
frag:2|bottle_size|100 ml
frag:2|votes|95
frag:3|name|Acqua di Sale
frag:3|bottle_size|50 ml
frag:3|votes|4410
conc:edp|name|Eau de Parfum
conc:edp|typical_concentration|15.5 %
film:1|title|28 Days
film:1|sequel|7 Days
"""


def test_a_number_with_its_unit_is_a_value_not_a_node(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """ "100 ml" read as an id was a node every 100 ml fragrance met at: "How big is the
    bottle of Notte Ambrata?" walked through it to another fragrance's votes."""
    path = tmp_path_factory.mktemp("psv") / "sizes.psv"
    path.write_text(SIZES, encoding="utf-8")
    rows = {(t[0], t[1]): t[2] for t in read_delimited(path, None)}
    assert rows["frag:1", "bottle_size"] == '"100 ml"'
    assert rows["conc:edp", "typical_concentration"] == '"15.5 %"'
    assert rows["film:1", "sequel"] == "7 Days"  # a title, written as names are: an id
    kg = KnowledgeGraph.load(path)
    assert "100 ml" not in set(kg.entities())
    res = make_retriever(kg).retrieve("How big is the bottle of Notte Ambrata?")
    assert res.candidates[0].label == "100 ml"
