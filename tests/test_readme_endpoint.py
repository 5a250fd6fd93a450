"""The README's "Large graphs" section stays true to the code: its settings table names every
:class:`~kgchat.graph.EndpointConfig` field with its default, and the measurement record it
links to exists."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from kgchat.graph import EndpointConfig

ROOT = Path(__file__).resolve().parent.parent


def large_graphs_section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("\n## Large graphs:", 1)[1].split("\n## ", 1)[0]


def settings_table(section: str) -> dict[str, str]:
    """``field -> default`` as the table under "### Settings (`EndpointConfig`)" writes them."""
    table = section.split("### Settings (`EndpointConfig`)", 1)[1].split("\n\n", 2)[1]
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+?) \|", table, flags=re.M)
    return dict(rows)


def mismatches(table: dict[str, str]) -> list[str]:
    """What the table says that the dataclass does not (fields, their order, defaults)."""
    fields = {f.name: f.default for f in dataclasses.fields(EndpointConfig)}
    if list(table) != list(fields):
        return [f"fields {list(table)} != {list(fields)}"]
    return [
        f"{name}: README {table[name]}, code {default!r}"
        for name, default in fields.items()
        if table[name].strip('"') != str(default)
    ]


def test_settings_table_names_every_field_with_its_default():
    assert mismatches(settings_table(large_graphs_section())) == []


def test_a_crafted_wrong_table_is_caught():
    table = settings_table(large_graphs_section())
    assert mismatches({**table, "timeout": "60.0"}) == ["timeout: README 60.0, code 30.0"]
    assert mismatches({k: v for k, v in table.items() if k != "names"})  # a field left out


def test_measurement_record_is_linked_and_present():
    section = large_graphs_section()
    assert "(docs/large-graphs-measurements.md)" in section
    record = (ROOT / "docs" / "large-graphs-measurements.md").read_text(encoding="utf-8")
    assert record.startswith("# Large graphs: the measurement record")
