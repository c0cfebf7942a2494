"""The Python side of the Spark job, without a JVM: parsing, caching, grouping keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clearbright.spark.worker import Bundle, detect_group, scan_line, worker_for

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="module")
def bundle() -> Bundle:
    return Bundle.read(EXAMPLES / "registry", None)


def test_worker_is_built_once_per_registry_content(bundle: Bundle) -> None:
    again = Bundle.read(EXAMPLES / "registry", None)
    assert worker_for(bundle) is worker_for(again)
    changed = Bundle((*bundle.files[:-1], (bundle.files[-1][0], bundle.files[-1][1] + b"\n")))
    assert changed.key != bundle.key


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"id": "a", "platform": "weibo", "kind": "post"}', "Field required"),
        ('{"id": " ", "platform": "weibo", "kind": "post", "text": "x"}', "blank"),
    ],
)
def test_invalid_line_gets_an_error_and_no_findings(bundle: Bundle, line: str, error: str) -> None:
    row = scan_line(worker_for(bundle), 7, line)
    assert row["seq"] == 7
    assert error.lower() in row["error"].lower()
    assert row["findings"] == [] and row["item"] is None


def test_offer_is_flagged_and_keys_name_author_and_contacts(bundle: Bundle) -> None:
    line = json.dumps(
        {
            "id": "o1",
            "platform": "weibo",
            "kind": "comment",
            "text": "澄屿的朋友，视频下架可以谈，一口价8000，加微信 wxid_delpost88 私信我。",
            "author": {"id": "seller_1"},
            "created_at": "2024-01-21T10:00:00+08:00",
        },
        ensure_ascii=False,
    )
    row = scan_line(worker_for(bundle), 0, line)
    assert row["has_offer"] is True
    assert "author:seller_1" in row["actor_keys"]
    assert len(row["actor_keys"]) >= 2  # the WeChat handle too
    assert row["account"] == "weibo:seller_1" and row["date"] == "2024-01-21"
    assert len(row["shingles"]) >= 8


def test_posts_and_profiles_meet_on_the_normalized_handle(bundle: Bundle) -> None:
    post = {
        "id": "p1",
        "platform": "weibo",
        "kind": "post",
        "text": "澄屿手表戴了三天手腕就过敏起疹子，大家别买澄屿了",
        "author": {"id": "@Fresh_01"},
        "created_at": "2024-01-21T10:00:00+08:00",
    }
    profile = {
        "id": "a1",
        "platform": "weibo",
        "kind": "account",
        "text": "新用户",
        "author": {"id": "fresh_01"},
        "created_at": "2024-01-20T09:00:00+08:00",
    }
    rows = [scan_line(worker_for(bundle), n, json.dumps(x)) for n, x in enumerate((post, profile))]
    assert rows[0]["handle"] == rows[1]["handle"]
    assert rows[0]["profile"] is False and rows[1]["profile"] is True
    assert rows[1]["account"] is None  # a profile is no post
    undated = scan_line(worker_for(bundle), 2, json.dumps({**profile, "created_at": None}))
    assert undated["profile"] is False


def test_ordinary_post_has_no_offer(bundle: Bundle) -> None:
    line = '{"id": "p", "platform": "weibo", "kind": "post", "text": "澄屿的手表续航还行。"}'
    row = scan_line(worker_for(bundle), 0, line)
    assert row["error"] is None and row["has_offer"] is False
    assert row["actor_keys"] == [] and row["account"] is None


def test_group_runs_the_in_process_extortion_detector(bundle: Bundle) -> None:
    dossier = {
        "id": "d1",
        "platform": "weibo",
        "kind": "post",
        "text": "澄屿手表翻车实录：发热、掉帧，我整理了200条用户反馈，下期继续。",
        "author": {"id": "wb_x"},
        "created_at": "2024-01-20T19:00:00+08:00",
    }
    offer = {
        "id": "o1",
        "platform": "weibo",
        "kind": "comment",
        "text": "澄屿的朋友，视频下架可以谈，一口价8000，私信我。",
        "author": {"id": "wb_x"},
        "created_at": "2024-01-21T10:00:00+08:00",
    }
    lines = [json.dumps(x, ensure_ascii=False) for x in (dossier, offer)]
    found = [json.loads(f) for f in detect_group(lines, "extortion", bundle)]
    assert {f["item_id"] for f in found} == {"d1", "o1"}
    alone = [json.loads(f) for f in detect_group(lines[:1], "extortion", bundle)]
    assert alone == []


def test_hash_tables_reach_the_wanted_recall() -> None:
    from clearbright.spark.job import MISS_RATE, num_hash_tables

    tables = num_hash_tables(0.4)
    assert (1 - 0.4) ** tables <= MISS_RATE < (1 - 0.4) ** (tables - 1)
