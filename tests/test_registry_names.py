"""A land registry's names, on a tiny graph in the shape its RDF/XML portal publishes
(probe44a's cadastre): an ontology of Portuguese local names declares English labels for its
properties, companies are minted from their registration numbers and named by a "registered
name" (``cad:denominacao``), and parcels are minted from their cadastral references, a few of
them also stating a place name (``cad:toponimo``@pt)."""

from __future__ import annotations

from pathlib import Path

from kgchat.graph import KnowledgeGraph

ID = "http://land.example.pt/id/"
D = "http://land.example.pt/def#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
COMPANIES = ["Alfa Imobiliária, Lda.", "Beta Construções, S.A.", "Gama Agrícola, Lda."]


def _load(tmp_path: Path) -> KnowledgeGraph:
    triples = [
        (D + "denominacao", LABEL, '"registered name"@en'),
        (D + "nipc", LABEL, '"company registration number"@en'),
        (D + "toponimo", LABEL, '"place name"@en'),
        (D + "referencia", LABEL, '"cadastral reference"@en'),
    ]
    for i, name in enumerate(COMPANIES):
        c = ID + f"entidade/50010{i:04d}"
        triples += [(c, TYPE, D + "Company"), (c, D + "denominacao", f'"{name}"')]
        triples.append((c, D + "nipc", f'"50010{i:04d}"'))
    for i in range(5):
        parcel = ID + f"parcela/0412B{i:04d}"
        triples += [(parcel, TYPE, D + "Parcel"), (parcel, D + "referencia", f'"0412-B-{i:04d}"')]
        triples.append((parcel, D + "owner", ID + f"entidade/50010{i % 3:04d}"))
    triples.append((ID + "parcela/0412B0000", D + "toponimo", '"Quinta do Vale"@pt'))
    triples.append((ID + "parcela/0412B0001", D + "toponimo", '"Chão da Eira"@pt'))

    def term(t: str) -> str:
        return t if t.startswith('"') else f"<{t}>"

    path = tmp_path / "g.nt"
    lines = [f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in triples]
    path.write_text("".join(lines), encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_a_declared_registered_name_names_a_company_minted_from_its_number(
    tmp_path: Path,
) -> None:
    """The start code read only the local name "denominacao" and named each company by its
    IRI's number ("500100000"); its declared label says it holds the registered name."""
    kg = _load(tmp_path)
    names = [kg.label(ID + f"entidade/50010{i:04d}") for i in range(3)]
    assert names == COMPANIES


def test_headed_names_reads_a_declared_label_or_the_local_name() -> None:
    import numpy as np

    from kgchat.graph.name_properties import headed_names
    from kgchat.graph.vocab import Role

    keys = [D + "denominacao", D + "legalName", D + "nipc", LABEL, '"registered name"@en']
    s, p, o = np.array([0]), np.array([3]), np.array([4])
    is_lit = np.array([False, False, False, False, True])
    assert headed_names(keys, s, p, o, np.array([Role.LABEL]), is_lit, [0, 1, 2]) == [0, 1]
