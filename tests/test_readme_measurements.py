"""The README describes the present; the history it carried lives in ``docs/*-measurements.md``.

Every such record the README links to must exist, and every record in ``docs/`` must be linked
from the README (a record nobody can find from the README is as good as lost).
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def linked_records(readme: str) -> set[str]:
    """The ``docs/*-measurements.md`` paths that Markdown links in ``readme`` point to."""
    return set(re.findall(r"\]\((docs/[\w.-]+-measurements\.md)(?:#[^)]*)?\)", readme))


def present_records(root: Path) -> set[str]:
    """The ``docs/*-measurements.md`` files under ``root``."""
    return {f"docs/{p.name}" for p in (root / "docs").glob("*-measurements.md")}


def test_every_linked_record_exists_and_every_record_is_linked():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    linked = linked_records(readme)
    assert linked, "README links to no docs/*-measurements.md record"
    present = present_records(ROOT)
    assert sorted(linked - present) == [], "README links to records that are not there"
    assert sorted(present - linked) == [], "records in docs/ that the README does not link"
    for path in linked:
        text = (ROOT / path).read_text(encoding="utf-8")
        assert text.startswith("# "), f"{path}: no title"


def test_a_broken_link_is_caught(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a-measurements.md").write_text("# A\n", encoding="utf-8")
    readme = "see [docs/b-measurements.md](docs/b-measurements.md)"
    assert linked_records(readme) - present_records(tmp_path) == {"docs/b-measurements.md"}
    assert present_records(tmp_path) - linked_records(readme) == {"docs/a-measurements.md"}
