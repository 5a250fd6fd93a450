"""``kgchat graph stats|facts|sparql|save``: load, inspect, query and save graphs.

::

    kgchat graph stats kgchat/data/graphs/medicine.ttl --json
    kgchat graph facts kgchat/data/graphs/medicine.ttl Warfarin
    kgchat graph sparql kgchat/data/graphs/medicine.ttl "SELECT ?d WHERE { ?d a ?c } LIMIT 5"
    kgchat graph save kgchat/data/graphs/medicine.ttl --out /tmp/medicine.kg
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from kgchat.cli.common import add_graph_args, add_json, load_graph
from kgchat.errors import KGChatError


def register(sub: Any) -> None:
    """Add ``graph`` and its actions to the subcommands ``sub``."""
    graph = sub.add_parser("graph", help="load, inspect, query and save graphs")
    gsub = graph.add_subparsers(dest="graph_command", metavar="ACTION")
    p = gsub.add_parser("stats", help="counts of a graph (--json: one JSON object)")
    add_graph_args(p)
    add_json(p)
    p.set_defaults(func=_stats)
    p = gsub.add_parser("facts", help="the facts about one entity (IRI, id, label or alias)")
    add_graph_args(p)
    p.add_argument("entity", help="the entity (last argument)")
    add_json(p)
    p.set_defaults(func=_facts)
    p = gsub.add_parser("sparql", help="run a SPARQL query over the loaded RDF")
    add_graph_args(p)
    p.add_argument("query", help="the SPARQL query (last argument)")
    add_json(p)
    p.add_argument(
        "--allow-service",
        action="store_true",
        help="let SERVICE clauses query remote endpoints (refused by default: nothing is sent)",
    )
    p.add_argument(
        "--service-timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="with --allow-service, how long the query may take (default 30)",
    )
    p.set_defaults(func=_sparql)
    p = gsub.add_parser("save", help="save the built graph for fast reloading")
    add_graph_args(p)
    p.add_argument("--out", required=True, help="output directory")
    p.set_defaults(func=_save)


def _stats(args: argparse.Namespace) -> int:
    st = load_graph(args).stats()
    if args.json:
        print(json.dumps(st))
    else:
        for k, v in st.items():
            print(f"{k:>18}: {v}")
    return 0


def _facts(args: argparse.Namespace) -> int:
    kg = load_graph(args)
    node = resolve_node(kg, args.entity)
    facts = kg.facts_of(node)
    if args.json:
        out = {"entity": node, "label": kg.label(node), "facts": [f.to_dict() for f in facts]}
        print(json.dumps(out))
        return 0
    print(f"{kg.label(node)} <{node}>")
    if kg.aliases(node):
        print("  aka: " + "; ".join(kg.aliases(node)))
    if kg.description(node):
        print("  " + kg.description(node))
    for f in facts:
        print(f"  [{f.id}] {f.text}")
    return 0


def resolve_node(kg: Any, name: str) -> str:
    """The node ``name`` names: an IRI or id, else a label or alias (case-insensitive)."""
    if name in kg:
        return name
    low = name.casefold()
    for node in kg.entities():
        if kg.label(node).casefold() == low or low in (a.casefold() for a in kg.aliases(node)):
            return node
    raise KGChatError(f"no entity {name!r} in the graph: give its IRI, id, label or alias")


def _sparql(args: argparse.Namespace) -> int:
    kg = load_graph(args)
    result = kg.sparql(
        args.query, allow_service=args.allow_service, service_timeout=args.service_timeout
    )
    if args.json or not isinstance(result, list):
        print(json.dumps(result, default=str))
    else:
        for row in result:
            print("\t".join(str(v) for v in (row.values() if isinstance(row, dict) else row)))
    return 0


def _save(args: argparse.Namespace) -> int:
    if Path(args.out).exists() and not Path(args.out).is_dir():
        exc = KGChatError(f"--out {args.out}: is a file; give the path of a new directory")
        exc.path = args.out
        raise exc
    kg = load_graph(args)
    out = kg.save(args.out)
    print(f"saved {kg!r} to {out}")
    return 0
