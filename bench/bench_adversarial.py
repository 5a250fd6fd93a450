"""The adversarial cases of the reliability audit (issue "Reliability and security"), re-run.

Each case is a test (or one parametrisation of a test) that attacks the CLI or the Python API
the way an attacker or an unlucky user would: a billion-laughs file, a SPARQL ``SERVICE`` to a
listening socket, a byte-flipped index, a server that never finishes, forced concurrent saves,
a crash between two renames, damaged compressed files... This script runs them with pytest and
prints one table, finding by finding: cases tried, cases held (the test passed), and the cases
that did not hold. A test module that is absent counts its finding as not tried.

    cd bench && ../.venv/bin/python bench_adversarial.py            # about a minute
    ../.venv/bin/python bench_adversarial.py --json                  # last line: the figures

The audit's own count was 109 cases, 80 held; its 29 failures were 12 findings. The cases here
are the ones written for those findings (one test per finding at least); the 80 that held were
not kept as code by the audit.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# finding -> the tests (node-id prefixes) that attack it
FINDINGS: dict[str, list[str]] = {
    "1 --overwrite deletes any folder": [
        "tests/test_storage.py::test_qa_overwrite_refuses_a_folder_it_did_not_write",
        "tests/test_storage.py::test_tune_overwrite_refuses_a_partial_folder_it_did_not_write",
    ],
    "2 XML entity expansion": [
        "tests/test_security.py::test_billion_laughs_is_refused_under_a_memory_cap",
        "tests/test_security.py::test_one_big_entity_used_many_times_is_refused",
        "tests/test_security.py::test_trix_through_rdflib_is_guarded_too",
        "tests/test_security.py::test_external_entities_are_never_read",
        "tests/test_security.py::test_namespace_entities_as_protege_writes_them_still_load",
    ],
    "3 SPARQL SERVICE and updates": [
        "tests/test_security.py::test_sparql_service_sends_nothing",
        "tests/test_security.py::test_sparql_service_words_in_comments_and_strings",
        "tests/test_security.py::test_sparql_service_when_allowed_gives_up_in_time",
        "tests/test_security.py::test_sparql_updates_are_refused_as_read_only",
    ],
    "4 corrupted artefacts": [
        "tests/test_storage.py::test_byte_flipped_index_is_detected",
        "tests/test_storage.py::test_every_artefact_refuses_a_changed_file",
        "tests/test_tuning.py::test_lm_strategy_learns_saves_and_reloads",
    ],
    "5 HTTP backend hangs": [
        "tests/test_http_backend.py::test_a_server_that_never_finishes_is_abandoned",
        "tests/test_http_backend.py::test_retries_share_one_budget",
        "tests/test_http_backend.py::test_an_endless_stream_is_cut_at_max_new_tokens",
        "tests/test_http_backend.py::test_the_timeout_flag_bounds_a_command",
    ],
    "6 malformed backend replies": [
        "tests/test_http_backend.py::test_a_malformed_reply_is_a_backend_error_naming_the_url",
        "tests/test_http_backend.py::test_a_cut_or_malformed_scoring_reply_is_a_backend_error",
    ],
    "7 damaged graph cache / saved graph": [
        "tests/test_storage.py::test_damaged_graph_cache_is_rebuilt_and_damaged_graph_named"
    ],
    "8 atomic replace gap, concurrent writers": [
        "tests/test_storage.py::test_concurrent_writers_leave_a_complete_target",
        "tests/test_storage.py::test_crash_between_the_two_renames_is_recovered",
    ],
    "9 raw tracebacks": [
        "tests/test_cli_errors.py::test_damaged_compressed_files",
        "tests/test_cli_errors.py::test_symlink_loop_is_not_called_missing",
        "tests/test_cli_errors.py::test_literal_over_16_mib",
        "tests/test_cli_errors.py::test_graph_save_onto_a_file",
        "tests/test_cli_errors.py::test_rdfxml_errors_have_line_and_column",
        "tests/test_cli_errors.py::test_unreadable_file",
        "tests/test_cli_errors.py::test_debug_prints_the_traceback",
        "tests/test_cli_errors.py::test_every_json_command_ends_with_a_json_error",
        "tests/test_cli_errors.py::test_usage_errors_are_json_too",
        "tests/test_cli_errors.py::test_missing_dot_shows_the_line_before",
    ],
    "10 control characters in questions": [
        "tests/test_security.py::test_terminal_escapes_in_a_question_do_not_stop_linking"
    ],
    "11 --ranker generate invents": [
        "tests/test_chat.py::test_generated_answer_that_no_fact_supports_is_withheld"
    ],
    "12 smaller (cap, umask, --data, JSON errors, leftovers)": [
        "tests/test_chat.py::test_one_question_cap_for_retrieval_and_prompt",
        "tests/test_storage.py::test_saved_folders_follow_the_umask_and_leftovers_are_cleaned",
        "tests/test_cli_errors.py::test_a_cut_json_line_says_where",
    ],
}


def run_cases() -> dict[str, str]:
    """Run every case's test; map each test id (with its parameters) to its outcome."""
    files = sorted({case.split("::")[0] for cases in FINDINGS.values() for case in cases})
    present = [f for f in files if (ROOT / f).exists()]
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "junit.xml"
        names = " or ".join(case.split("::")[1] for cases in FINDINGS.values() for case in cases)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                *present,
                "-k",
                names,
                f"--junitxml={report}",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        outcomes: dict[str, str] = {}
        for case in ET.parse(report).getroot().iter("testcase"):
            module = case.get("classname", "").replace(".", "/") + ".py"
            test_id = f"{module}::{case.get('name')}"
            failed = case.find("failure") is not None or case.find("error") is not None
            skipped = case.find("skipped") is not None
            outcomes[test_id] = "skipped" if skipped else ("failed" if failed else "held")
    return outcomes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="last line: the figures as JSON")
    args = ap.parse_args(argv)
    outcomes = run_cases()
    rows = []
    totals: dict[str, int] = defaultdict(int)
    for finding, prefixes in FINDINGS.items():
        mine = {t: o for t, o in outcomes.items() if any(t.startswith(p) for p in prefixes)}
        tried = sum(o != "skipped" for o in mine.values())
        held = sum(o == "held" for o in mine.values())
        broken = sorted(t.split("::")[1] for t, o in mine.items() if o == "failed")
        rows.append((finding, tried, held, broken))
        totals["tried"] += tried
        totals["held"] += held
        totals["skipped"] += sum(o == "skipped" for o in mine.values())
    print("| finding | cases tried | held | not held |")
    print("|---|---:|---:|---|")
    for finding, tried, held, broken in rows:
        print(f"| {finding} | {tried} | {held} | {', '.join(broken) or '-'} |")
    print(f"| **all** | {totals['tried']} | {totals['held']} | skipped: {totals['skipped']} |")
    if args.json:
        print(json.dumps(dict(totals)))
    return 0 if totals["held"] == totals["tried"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
