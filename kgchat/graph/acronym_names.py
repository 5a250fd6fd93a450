"""Names that abbreviate the entity's class: "AHU-1" for an ``Air_Handling_Unit``.

Equipment, vehicles and units are tagged by their kind's initials and a number ("AHU-1", an
air handling unit; "HWP-2", a hot water pump; "RTU-3", a rooftop unit), and the graph types
them with the class those initials abbreviate. People say the words: "Where is air handling
unit 1?" names no "AHU". A label word in capitals that spells the initials of one of the
entity's classes' names gives the entity an alias with that word written out ("Air Handling
Unit 1"); the label stays its name.

Examples
--------
>>> from kgchat import KnowledgeGraph
>>> B, T = "https://brickschema.org/schema/Brick#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
>>> kg = KnowledgeGraph.from_triples([
...     ("x:AHU_1", T, B + "Air_Handling_Unit"),
...     ("x:AHU_1", "http://www.w3.org/2000/01/rdf-schema#label", '"AHU-1"')])
>>> kg.aliases("x:AHU_1")
['Air Handling Unit 1']
"""

from __future__ import annotations

import re

import numpy as np

from kgchat.graph.junctions import ANONYMOUS
from kgchat.graph.names import humanize_id, local_name

__all__ = ["acronym_aliases"]

_WORD = re.compile(r"(?<![A-Za-z])[A-Z]{2,}(?![A-Za-z])")


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s_\-]+", name) if w).upper()


def acronym_aliases(keys, es, ep, eo, labels, aliases, type_pid) -> None:
    """Add to ``aliases`` (entity id -> its other names) each labelled entity's label with a
    capitals word that spells its class's initials written out as that class's name (its
    label, else its IRI's name made readable): the facts ``es -ep-> eo``, ``type_pid`` the
    id of ``rdf:type`` (None where the graph types nothing)."""
    if type_pid is None:
        return
    rows = np.flatnonzero(ep == type_pid)
    names: dict[int, str] = {}
    for e, c in zip(es[rows].tolist(), eo[rows].tolist(), strict=True):
        label = labels.get(e)
        if not label or label.startswith(ANONYMOUS) or not _WORD.search(label):
            continue  # (a junction's shown identifier is no name to spell out)
        if c not in names:
            names[c] = labels.get(c) or humanize_id(local_name(keys[c]))
        cls = names[c]
        short = _initials(cls)
        if len(short) < 2:
            continue
        for m in _WORD.finditer(label):
            if m.group() == short:
                # the word written out, and the separator after it a space ("AHU-1")
                rest = re.sub(r"^[\-_.]", " ", label[m.end() :])
                alias = " ".join((label[: m.start()] + cls + rest).split())
                known = aliases.setdefault(e, [])
                if alias not in known and alias != label:
                    known.append(alias)
                break
