"""`clearbright scan` end to end, and every kind of bad input: a clear message, a non-zero exit."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

REGISTRY = str(EXAMPLES / "registry")
GOOD = {"id": "t-1", "platform": "weibo", "kind": "post", "text": "澄屿的新表不错"}


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real command in a subprocess, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "clearbright", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def write_lines(path: Path, *lines: str | bytes) -> Path:
    path.write_bytes(b"".join((x.encode() if isinstance(x, str) else x) + b"\n" for x in lines))
    return path


def scan(items: Path, tmp: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run("scan", str(items), "--registry", REGISTRY, "--data-dir", str(tmp / "data"), *extra)


def test_scan_examples_writes_findings_and_stores_them(tmp_path: Path) -> None:
    out = tmp_path / "findings.jsonl"
    result = scan(EXAMPLES / "items.jsonl", tmp_path, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "39 items scanned" in result.stderr
    assert "stored 39 new items" in result.stderr
    assert "findings by category and action" in result.stderr
    findings = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    for finding in findings:
        assert set(finding) >= {
            "item_id",
            "category",
            "slug",
            "detector",
            "score",
            "evidence",
            "action",
            "reasons",
        }
        assert finding["evidence"] and finding["reasons"]
    again = scan(EXAMPLES / "items.jsonl", tmp_path, "--out", str(out))
    assert "stored 0 new items and 0 new findings" in again.stderr


def test_findings_go_to_stdout_without_out(tmp_path: Path) -> None:
    items = write_lines(tmp_path / "items.jsonl", json.dumps(GOOD, ensure_ascii=False))
    result = scan(items, tmp_path, "--no-store")
    assert result.returncode == 0, result.stderr
    assert all(json.loads(line) for line in result.stdout.splitlines())
    assert not (tmp_path / "data").exists(), "--no-store writes no database"


def test_out_to_a_pipe_writes_into_it_and_leaves_it_a_pipe(tmp_path: Path) -> None:
    # `--out /dev/null` once replaced the device node with a regular file (the atomic
    # rename): a device or pipe must be written in place. A FIFO stands in for /dev/null.
    fifo = tmp_path / "findings.pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text("utf-8")))
    reader.start()
    leak = {**GOOD, "text": "扒一扒顾南笙：身份证号 330108198506122312，拿去不谢。"}
    items = write_lines(tmp_path / "items.jsonl", json.dumps(leak, ensure_ascii=False))
    result = scan(items, tmp_path, "--no-store", "--out", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode), "the pipe was replaced by a file"
    findings = [json.loads(line) for line in received[0].splitlines()] if received else []
    assert [f["slug"] for f in findings] == ["privacy_leak"]
    assert not list(tmp_path.glob(".findings.pipe.*")), "no temporary file left behind"


BAD_LINES = [
    ("not json", b"{oops", r"items.jsonl:2: not valid JSON"),
    ("not an object", b"[1, 2]", r"items.jsonl:2: expected a JSON object, got list"),
    (
        "missing field",
        b'{"id": "x", "platform": "weibo", "kind": "post"}',
        r"items.jsonl:2: field 'text': Field required",
    ),
    (
        "unknown kind",
        b'{"id": "x", "platform": "weibo", "kind": "video", "text": "t"}',
        r"items.jsonl:2: field 'kind': Input should be 'post'",
    ),
    (
        "blank id",
        b'{"id": " ", "platform": "weibo", "kind": "post", "text": "t"}',
        r"items.jsonl:2: field 'id': must not be blank",
    ),
    (
        "bad date",
        b'{"id": "x", "platform": "w", "kind": "post", "text": "t", "created_at": "soon"}',
        r"items.jsonl:2: field 'created_at'",
    ),
    (
        "wrong encoding",
        json.dumps({**GOOD, "id": "g"}, ensure_ascii=False).encode("gb18030"),
        r"items.jsonl:2: not valid UTF-8 .*GB18030",
    ),
    ("nested too deep", b"[" * 100_000 + b"]" * 100_000, r"items.jsonl:2: "),
]


@pytest.mark.parametrize(("case", "line", "message"), BAD_LINES, ids=[c[0] for c in BAD_LINES])
def test_bad_line_stops_with_its_place(
    tmp_path: Path, case: str, line: bytes, message: str
) -> None:
    items = write_lines(tmp_path / "items.jsonl", json.dumps(GOOD), line)
    result = scan(items, tmp_path, "--out", str(tmp_path / "f.jsonl"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert pytest.importorskip("re").search(message, result.stderr), result.stderr
    assert not (tmp_path / "f.jsonl").exists(), "no half-written findings file"
    assert not (tmp_path / "data").exists() or _stored_items(tmp_path) == 0


def _stored_items(tmp: Path) -> int:
    from clearbright.store import Store
    from clearbright.store.schema import StoredItem

    store = Store.open(f"sqlite:///{tmp / 'data' / 'clearbright.db'}")
    try:
        return store.count(StoredItem)
    finally:
        store.close()


def test_skip_invalid_counts_and_goes_on(tmp_path: Path) -> None:
    items = write_lines(
        tmp_path / "items.jsonl",
        json.dumps(GOOD),
        b"{oops",
        b'{"id": "y", "platform": "weibo", "kind": "video", "text": "t"}',
        json.dumps({**GOOD, "id": "t-2"}),
    )
    result = scan(items, tmp_path, "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert "2 items scanned, 2 invalid lines skipped" in result.stderr
    assert "skipped:" in result.stderr and "items.jsonl:3: field 'kind'" in result.stderr


def test_huge_line_is_rejected_clearly(tmp_path: Path) -> None:
    huge = json.dumps({**GOOD, "id": "huge", "text": "澄" * (4 << 20)}, ensure_ascii=False)
    items = write_lines(
        tmp_path / "items.jsonl", json.dumps(GOOD), huge, json.dumps({**GOOD, "id": "after"})
    )
    result = scan(items, tmp_path, "--no-store")
    assert result.returncode == 1
    assert "items.jsonl:2: line is longer than 1048576 bytes" in result.stderr
    skipped = scan(items, tmp_path, "--no-store", "--skip-invalid")
    assert skipped.returncode == 0
    assert "2 items scanned, 1 invalid lines skipped" in skipped.stderr


def test_huge_line_accepted_when_allowed(tmp_path: Path) -> None:
    huge = json.dumps({**GOOD, "id": "huge", "text": "澄屿手表" * 130_000}, ensure_ascii=False)
    items = write_lines(tmp_path / "items.jsonl", huge)
    result = scan(items, tmp_path, "--no-store", "--max-line-bytes", str(4 << 20))
    assert result.returncode == 0, result.stderr
    assert "1 items scanned" in result.stderr


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    items = tmp_path / "items.jsonl"
    items.write_bytes(content)
    result = scan(items, tmp_path, "--no-store")
    assert result.returncode == 1
    assert "items.jsonl: the file holds no items" in result.stderr


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    items = write_lines(tmp_path / "items.jsonl", b"\xef\xbb\xbf" + json.dumps(GOOD).encode())
    assert scan(items, tmp_path, "--no-store").returncode == 0


def test_duplicate_items_are_counted_once(tmp_path: Path) -> None:
    items = write_lines(tmp_path / "items.jsonl", json.dumps(GOOD), json.dumps(GOOD))
    result = scan(items, tmp_path, "--no-store")
    assert "1 items scanned, 0 invalid lines skipped, 1 duplicates ignored" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["scan", "missing.jsonl", "--registry", REGISTRY, "--no-store"],
            "missing.jsonl: cannot open: No such file or directory",
        ),
        (["scan", ".", "--registry", REGISTRY, "--no-store"], ".: is a folder"),
        (["scan", "x.jsonl", "--registry", "no/such/dir"], "registry folder does not exist"),
        (["registry", "check", "no/such/dir"], "registry folder does not exist"),
        (
            ["spark-scan", "missing.jsonl", "--registry", REGISTRY, "--out", "out"],
            "missing.jsonl: cannot open: No such file or directory",
        ),
        (
            ["spark-scan", "x.jsonl", "--registry", REGISTRY, "--out", "o", "--conf", "spark.x"],
            "field '--conf': expected KEY=VALUE, got 'spark.x'",
        ),
    ],
)
def test_missing_paths(tmp_path: Path, args: list[str], message: str) -> None:
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr


def test_speech_category_cannot_be_removed_automatically(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("version: 1\ncategories:\n  distortion:\n    action: remove\n", "utf-8")
    items = write_lines(tmp_path / "items.jsonl", json.dumps(GOOD))
    result = scan(items, tmp_path, "--no-store", "--policy", str(policy))
    assert result.returncode == 1
    assert "policy.yaml:1: field '(top level)'" in result.stderr or "policy.yaml" in result.stderr
    assert "distortion is a speech category" in result.stderr


def test_bad_database_url(tmp_path: Path) -> None:
    items = write_lines(tmp_path / "items.jsonl", json.dumps(GOOD))
    result = scan(items, tmp_path, "--db", "nonsense://")
    assert result.returncode == 1
    assert "unsupported database" in result.stderr or "not a database URL" in result.stderr


def test_registry_check_and_normalize_commands(tmp_path: Path) -> None:
    check = run("registry", "check", REGISTRY)
    assert check.returncode == 0 and "3 enterprises" in check.stderr
    folded = run("normalize", "澄 嶼＊科技")
    assert folded.stdout.splitlines() == ["澄屿科技", "cheng yu ke ji"]


def test_unreadable_file_options_are_clear_errors(tmp_path: Path) -> None:
    result = run("serve", "--rules", str(tmp_path / "nope.yaml"), "--data-dir", str(tmp_path))
    assert result.returncode == 1
    assert "nope.yaml: No such file or directory" in result.stderr
    assert "Traceback" not in result.stderr
