"""The QA stage: questions and answers generated from the graph, to tune the chatbot on
(knowledge transfer) and to evaluate it.

One module a concern:

- :mod:`kgchat.qa.config`: :class:`QAConfig`, the stage's one config; :data:`KINDS`, :data:`SPLITS`;
- :mod:`kgchat.qa.phrasing`: :class:`RelationPhrase`: questions in words from relation phrases;
- :mod:`kgchat.qa.sampling`: which questions to ask, with complete answer sets and support;
- :mod:`kgchat.qa.reword`: relation words said otherwise (the encoder's neighbours) and carrier
  frames, as extra examples of a question (``QAConfig.rewordings``);
- :mod:`kgchat.qa.generate`: :func:`generate_qa`: the real retriever's facts and the target reply
  for each question, and the topic-disjoint splits;
- :mod:`kgchat.qa.store`: :func:`write_qa` / :func:`load_qa`: a directory of JSON Lines splits
  and a manifest.

From the command line::

    kgchat qa kgchat/data/graphs/medicine.ttl --out data/medicine-qa
    kgchat eval kgchat/data/graphs/medicine.ttl --questions data/medicine-qa/test.jsonl

Examples
--------
>>> import tempfile
>>> from kgchat.graph import KnowledgeGraph
>>> kg = KnowledgeGraph.from_triples([("Aspirin", "treats", "Headache"),
...     ("Aspirin", "interacts_with", "Warfarin"), ("Warfarin", "treats", "Thrombosis")])
>>> examples = generate_qa(kg, QAConfig(retrieve=False))
>>> sorted({e.kind for e in examples})
['1hop', '2hop', '3hop', 'unanswerable']
>>> out = write_qa(examples, tempfile.mkdtemp() + "/qa", kg=kg)
>>> len(load_qa(out)) == len(examples)
True
"""

from kgchat.qa.config import KINDS, SPLITS, QAConfig
from kgchat.qa.generate import QAExample, assign_splits, generate_qa, prompt_messages
from kgchat.qa.phrasing import RelationPhrase
from kgchat.qa.store import load_qa, read_manifest, write_qa

__all__ = [
    "KINDS",
    "SPLITS",
    "QAConfig",
    "QAExample",
    "RelationPhrase",
    "assign_splits",
    "generate_qa",
    "load_qa",
    "prompt_messages",
    "read_manifest",
    "write_qa",
]
