"""Open-source projects as they describe themselves in DOAP (the ``doap`` probe's shape), on tiny
graphs: releases named after their project, pages named by a word of the project's name,
names typed in lower case, and a version asked where the graph has a class ``Version``."""

from __future__ import annotations

from kgchat import KnowledgeGraph

DOAP = "http://usefulinc.com/ns/doap#"
FOAF = "http://xmlns.com/foaf/0.1/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
KAFKA, LUCENE = "https://kafka.apache.org", "https://lucene.apache.org"
# a project's releases, each named as the project in ASF's files (more than partial_max)
RELEASES = [("3.4.1", "2023-06-06"), ("3.5.1", "2023-07-21"), ("3.6.0", "2023-10-10")]


def _asf_rows() -> list[tuple[str, str, str]]:
    rows = []
    for project, name, who, jira in [
        (KAFKA, "Apache Kafka", "Ingrid Solberg", "KAFKA"),
        (LUCENE, "Apache Lucene", "Chloé Durand", "LUCENE"),
    ]:
        rows += [
            (project, RDF_TYPE, DOAP + "Project"),
            (project, DOAP + "name", f'"{name}"@en'),
            (project, DOAP + "bug-database", f"https://issues.apache.org/jira/browse/{jira}"),
            (project, DOAP + "repository", f"_:repo{jira}"),
            (f"_:repo{jira}", DOAP + "browse", f"https://github.com/apache/{jira.lower()}"),
            (project, DOAP + "maintainer", f"_:m{jira}"),
            (f"_:m{jira}", FOAF + "name", f'"{who}"'),
        ]
        for i, (rev, day) in enumerate(RELEASES):
            v = f"_:v{jira}{i}"
            rows += [
                (project, DOAP + "release", v),
                (v, RDF_TYPE, DOAP + "Version"),
                (v, DOAP + "name", f'"{name}"@en'),  # the ASF template names it so
                (v, DOAP + "revision", f'"{rev}"'),
                (v, DOAP + "created", f'"{day}"'),
            ]
    return rows


def _asf() -> KnowledgeGraph:
    return KnowledgeGraph.from_triples(_asf_rows())


def test_pages_named_by_a_word_of_their_subjects_name_are_pages() -> None:
    kg = _asf()
    bugs = "https://issues.apache.org/jira/browse/KAFKA"
    assert kg.label(bugs) == bugs  # not a second "KAFKA"
    assert kg.label("https://github.com/apache/kafka") == "https://github.com/apache/kafka"


def test_a_name_in_lower_case_links_its_project_past_releases_named_after_it() -> None:
    from kgchat.linking import EntityLinker

    linker = EntityLinker(_asf())
    assert [m.node for m in linker.link("who maintains lucene")] == [LUCENE]
    assert [m.node for m in linker.link("who maintains Kafka?")] == [KAFKA]
    # a word of English alone, in lower case, is no name where the question's capitals say
    # which words are names
    assert not linker.link("Who maintains apache?")
    # all in lower case and naming nothing else, it is read as written "Apache" (both
    # projects' names start with it: kgchat.lower_names)
    assert {m.node for m in linker.link("who maintains apache")} == {LUCENE, KAFKA}


def test_a_projects_maintainer_asked_by_a_part_of_its_name() -> None:
    from kgchat.evaluation import _default_answers
    from kgchat.pipeline import make_retriever

    r = make_retriever(_asf(), index_dir=None)
    assert _default_answers(r.retrieve("who maintains lucene"))[0] == "Chloé Durand"


def test_a_value_named_a_version_by_its_relation_answers_which_version() -> None:
    from kgchat.evaluation import _default_answers
    from kgchat.pipeline import make_retriever

    spdx = "http://spdx.org/rdf/terms#"
    pkg = "https://example.org/sbom#SPDXRef-Package-certifi"
    kg = KnowledgeGraph.from_triples(
        [
            *_asf_rows(),
            (pkg, spdx + "name", '"certifi"'),
            (pkg, spdx + "versionInfo", '"2023.11.17"'),
            (pkg, spdx + "downloadLocation", spdx + "noassertion"),
        ]
    )
    r = make_retriever(kg, index_dir=None)
    assert _default_answers(r.retrieve("what version of certifi"))[0] == "2023.11.17"


def test_a_release_named_as_its_project_is_walked_through_not_answered() -> None:
    from kgchat.pipeline import make_retriever

    r = make_retriever(_asf(), index_dir=None)
    assert r.anonymous("_:vKAFKA0")  # "Apache Kafka", held by Apache Kafka
    assert not r.anonymous(KAFKA)
    assert not r.anonymous("_:mKAFKA")  # its maintainer has a name of her own


def test_a_release_number_quoted_in_a_question_links_its_value() -> None:
    from kgchat.linking import EntityLinker

    mentions = EntityLinker(_asf()).link("when was kafka 3.6.0 released")
    assert '"3.6.0"' in {m.node for m in mentions}
    assert KAFKA in {m.node for m in mentions}


def test_a_class_is_no_page_of_its_instances() -> None:
    bibo = "http://purl.org/ontology/bibo/"
    proc = "http://bib.example.org/proc/semqa2021"
    kg = KnowledgeGraph.from_triples(
        [
            (proc, RDF_TYPE, bibo + "Proceedings"),
            (proc, "http://www.w3.org/2000/01/rdf-schema#label", '"Proceedings of SemQA"'),
        ]
    )
    assert kg.label(bibo + "Proceedings") == "Proceedings"
