"""A DBpedia extract's raw infobox strings beside the resources they name: the string is no
fact of its own (kgchat.graph.restated), and the resource is the answer."""

from __future__ import annotations

from kgchat import KnowledgeGraph

R, DBO, P = (
    "http://dbpedia.org/resource/",
    "http://dbpedia.org/ontology/",
    "http://dbpedia.org/property/",
)
INTEGER = "<http://www.w3.org/2001/XMLSchema#integer>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
PEOPLE = [  # person, birth place resource, the infobox's words, children (a count)
    ("Gottlieb_Daimler", "Schorndorf", "Schorndorf, Kingdom of Württemberg", "5"),
    ("Carl_Benz", "Mühlburg", "Mühlburg, Grand Duchy of Baden", "5"),
    ("Robert_Bosch", "Albeck", "Albeck near Ulm, Kingdom of Württemberg", "6"),
    ("Ferdinand_Porsche", "Vratislavice_nad_Nisou", "Maffersdorf, Bohemia", "2"),
]


def _graph(tmp_path):
    lines = []
    for person, place, text, children in PEOPLE:
        lines += [
            f'<{R}{person}> {LABEL} "{person.replace("_", " ")}"@en .',
            f"<{R}{person}> <{DBO}birthPlace> <{R}{place}> .",
            f'<{R}{person}> <{P}birthPlace> "{text}"@en .',
            f'<{R}{person}> <{P}children> "{children}"^^{INTEGER} .',
            f'<{R}{place}> {LABEL} "{place.replace("_", " ")}"@en .',
        ]
    lines.append(f'<{R}Ferdinand_Porsche> <{P}children> "Ferry Porsche"@en .')
    # a maker's legal name begins with its own name, not with its brand's: it stays
    for org, brand in (("Cascada_Gear", "Cascada"), ("Solvik_Outdoor", "Solvik")):
        lines += [
            f'<{R}{org}> {LABEL} "{org.replace("_", " ")}"@en .',
            f"<{R}{org}> <{DBO}brand> <{R}{brand}> .",
            f'<{R}{org}> <{P}legalName> "{org.replace("_", " ")} S.L."@en .',
            f'<{R}{brand}> {LABEL} "{brand}"@en .',
        ]
    lines.append(f'<{R}Lumora> {LABEL} "Lumora"@en .')
    lines.append(f"<{R}Lumora_Lighting> <{DBO}brand> <{R}Lumora> .")
    lines.append(f'<{R}Lumora_Lighting> <{P}legalName> "Lumora Lighting Co., Ltd."@en .')
    path = tmp_path / "infobox.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return KnowledgeGraph.load(path)


def test_an_infobox_string_that_names_the_resource_is_no_fact(tmp_path):
    """``dbp:birthPlace "Schorndorf, Kingdom of Württemberg"`` beside ``dbo:birthPlace
    dbr:Schorndorf`` used to tie with the resource as the answer to "Where was Gottlieb Daimler
    born?" and win it by the order of node ids. Read per property, the strings restate the
    resources (even where one uses an old name, "Maffersdorf"); counts and legal names stay."""
    kg = _graph(tmp_path)
    texts = {f.text for f in kg.facts()}
    assert "Gottlieb Daimler — birth place → Schorndorf" in texts
    assert not any("Kingdom of" in t or "Maffersdorf" in t for t in texts)
    assert "Gottlieb Daimler — children → 5" in texts  # a count, mostly: the property stays
    assert "Ferdinand Porsche — children → Ferry Porsche" in texts
    assert "Cascada Gear — legal name → Cascada Gear S.L." in texts


def test_the_resource_answers_where_the_string_restated_it(tmp_path):
    from kgchat.evaluation import _default_answers
    from kgchat.pipeline import make_retriever

    r = make_retriever(_graph(tmp_path), index_dir=None)
    assert _default_answers(r.retrieve("where was gottlieb daimler born"))[0] == "Schorndorf"
    porsche = _default_answers(r.retrieve("Where was Ferdinand Porsche born?"))[0]
    assert porsche == "Vratislavice nad Nisou"


def test_a_text_of_another_relation_that_begins_with_a_name_stays(tmp_path):
    """``notes "Queen spent 40,000 pounds on it"`` begins with the artist's name on every
    album, but it is no restatement of ``artist``: its relation says something else, and its
    words are kept (it had been dropped with the restatements)."""
    lines = []
    for album, artist, note in (
        ("A_Night_at_the_Opera", "Queen", "Queen spent 40,000 pounds on it"),
        ("Revolver", "The_Beatles", "The Beatles recorded it in ten weeks"),
        ("Blue", "Joni_Mitchell", "Joni Mitchell wrote it in Crete"),
    ):
        lines += [
            f'<{R}{album}> {LABEL} "{album.replace("_", " ")}"@en .',
            f"<{R}{album}> <{DBO}artist> <{R}{artist}> .",
            f'<{R}{album}> <{P}notes> "{note}"@en .',
            f'<{R}{artist}> {LABEL} "{artist.replace("_", " ")}"@en .',
        ]
    path = tmp_path / "albums.nt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    texts = {f.text for f in KnowledgeGraph.load(path).facts()}
    assert "A Night at the Opera — notes → Queen spent 40,000 pounds on it" in texts
