"""A description's citation numbers are the same in every process (thirty-eighth round).

A description cites the facts out of the unnamed records it says ("has title, has symbolic
content X") after the entity's own facts; it took the records from a set, whose order follows
the string hash seed, so "What is letter RL-0094 about?" cited the title's text as [8] in one
process and [9] in the next. The records now come in the order the facts lead into them.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from kgchat import KnowledgeGraph
from kgchat.chat.describe import describe
kg = KnowledgeGraph.from_triples([
    ("Letter 94", "has_title", "_:t"), ("Letter 94", "is_identified_by", "_:i"),
    ("Letter 94", "has_type", "letter"), ("Letter 94", "has_note", "_:n"),
    ("_:t", "has_symbolic_content", "Hals to Ashcombe"), ("_:i", "has_symbolic_content", "RL-94"),
    ("_:n", "has_symbolic_content", "a note"),
])
node = next(f.subject for f in kg.facts() if f.subject_label == "Letter 94")
_, chosen = describe(node, list(kg.facts()), limit=10, kg=kg)
print("|".join(f.object_label for f in chosen))
"""


def _order(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip().splitlines()[-1]


def test_the_records_come_in_the_order_facts_lead_into_them():
    orders = {_order(seed) for seed in range(6)}
    assert len(orders) == 1, orders
    said = orders.pop().split("|")
    leads = [w for w in said if w.startswith("(anonymous")]
    contents = [w for w in said if w in ("Hals to Ashcombe", "RL-94", "a note")]
    # each record's content follows in the order its record was led into
    want = {"t": "Hals to Ashcombe", "i": "RL-94", "n": "a note"}
    want = {f"(anonymous {k})": v for k, v in want.items()}
    assert contents == [want[w] for w in leads if w in want], said
