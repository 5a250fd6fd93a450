"""Records an exporter mints IRIs for (VIVO's ``individual/n1234``) read as blank ones are: a
name composed of parts names the first named node up its chain of unnamed records, and
value records of never-named kinds are walked through, even where such structural nodes
outnumber the named things."""

from __future__ import annotations

from kgchat import KnowledgeGraph
from kgchat.graph.vocab import RDF_TYPE, RDFS

VC = "http://www.w3.org/2006/vcard/ns#"
OBO = "http://purl.obolibrary.org/obo/"
IND = "http://u.example/individual/"
LABEL = RDFS + "label"


def _people(n: int = 4, minted: bool = True) -> list[tuple[str, str, str]]:
    """``n`` people labelled "Family, Given", each with a contact vCard, its Name and Email
    records (IRIs minted with digits where ``minted``), and a department each works in."""
    families = ["Moreau", "Okafor", "Novak", "Haddad", "Sato", "Petrov"]
    givens = ["Alice", "Chidi", "Tomas", "Yasmin", "Haruki", "Nikolai"]
    t: list[tuple[str, str, str]] = []
    for k in range(n):
        fam, giv = families[k], givens[k]
        p, v = f"{IND}n{100 + k}", f"{IND}n{200 + k}"
        name = f"{IND}n{300 + k}" if minted else f"{IND}name-{fam.lower()}"
        mail = f"{IND}n{400 + k}"
        t += [
            (p, RDF_TYPE, "http://xmlns.com/foaf/0.1/Person"),
            (p, LABEL, f'"{fam}, {giv}"'),
            (p, OBO + "ARG_2000028", v),
            (v, RDF_TYPE, VC + "Individual"),
            (v, VC + "hasName", name),
            (name, RDF_TYPE, VC + "Name"),
            (name, VC + "givenName", f'"{giv}"'),
            (name, VC + "familyName", f'"{fam}"'),
            (v, VC + "hasEmail", mail),
            (mail, RDF_TYPE, VC + "Email"),
            (mail, VC + "email", f'"{giv[0].lower()}{fam.lower()}@u.example"'),
            (p, "http://u.example/worksIn", f"{IND}dept{k % 2}"),
        ]
    t += [(f"{IND}dept{k}", LABEL, f'"Department {k}"') for k in range(2)]
    return t


def test_a_minted_name_record_names_the_person_it_hangs_from() -> None:
    kg = KnowledgeGraph.from_triples(_people())
    assert "Alice Moreau" in kg.aliases(IND + "n100")
    # the Name record keeps no name of its own: it is walked through, no answer
    assert kg.label(IND + "n300").startswith("(anonymous ")
    assert not kg.aliases(IND + "n300")


def test_value_records_of_a_never_named_kind_are_walked_through() -> None:
    # vCards, Names and Emails (12 structural nodes) outnumber the 6 named things
    kg = KnowledgeGraph.from_triples(_people())
    assert kg.label(IND + "n400").startswith("(anonymous ")
    assert kg.label(IND + "n200").startswith("(anonymous ")
    facts = {f.text for f in kg.facts_of(IND + "n400", direction="out")}
    assert any("amoreau@u.example" in f for f in facts)


def test_a_worded_name_node_is_no_minted_record() -> None:
    # an IRI made of words (``name-moreau``) is a publisher's name for a thing: left as it was
    kg = KnowledgeGraph.from_triples(_people(minted=False))
    assert kg.label(IND + "name-moreau") == "Alice Moreau"
    assert "Alice Moreau" not in kg.aliases(IND + "n100")
