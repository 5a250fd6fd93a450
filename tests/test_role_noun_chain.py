"""A role noun said of the entity ("the *parent company* of X") names the hop taken first: a
later hop that says it better than the first hop does walks the chain the other way round
(:meth:`~kgchat.retrieval.word_order.WordOrder._chain_vote`), and says nothing of the
answer. A group stated by ``subOrganization`` on some companies and ``parentOrganization``
on others had answered "the parent company of Audi AG" with a sibling, Škoda: out over
``subOrganization`` backwards to the group (X's parent) and back over ``parentOrganization``
backwards to another of its members, "parent" said by the second hop walked against it,
above the one hop to the group; and ``sub organization``, whose words and the phrase's
("sub", "parent") say none of each other, voted against its own walk to the parent."""

from __future__ import annotations

import pytest

from kgchat import KnowledgeGraph
from kgchat.pipeline import make_retriever

_GROUPS = """\
@prefix : <https://example.org/org/> .
@prefix schema: <http://schema.org/> .
:vw a schema:Corporation ; schema:name "Volkswagen AG" ;
    schema:subOrganization :audi, :porsche .
:audi a schema:Corporation ; schema:name "Audi AG" .
:porsche a schema:Corporation ; schema:name "Porsche AG" .
:skoda a schema:Corporation ; schema:name "Škoda Auto" ; schema:parentOrganization :vw .
:sachsen a schema:Corporation ; schema:name "Volkswagen Sachsen GmbH" ;
    schema:parentOrganization :vw .
:stellantis a schema:Corporation ; schema:name "Stellantis N.V." ;
    schema:subOrganization :opel .
:opel a schema:Corporation ; schema:name "Opel Automobile GmbH" .
:peugeot a schema:Corporation ; schema:name "Peugeot SA" ;
    schema:parentOrganization :stellantis .
"""


@pytest.fixture(scope="module")
def groups(tmp_path_factory):
    path = tmp_path_factory.mktemp("groups") / "groups.ttl"
    path.write_text(_GROUPS)
    r = make_retriever(KnowledgeGraph.load(path))
    r.prepare()
    return r


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What is the parent company of Audi AG?", "Volkswagen AG"),
        ("What is the parent company of Opel Automobile GmbH?", "Stellantis N.V."),
        ("What is the parent company of Škoda Auto?", "Volkswagen AG"),
    ],
)
def test_the_parent_company_is_one_hop_up(groups, question, answer):
    res = groups.retrieve(question)
    assert (res.answer, res.abstained) == (answer, False)
