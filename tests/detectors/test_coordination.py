"""The coordinated-attack detector over small corpora (fictional entities of examples/registry).

Each row of the table is a corpus: the copies of one script (or independent posts), and
whether the detector must find a campaign in it, with which evidence kinds.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest

from clearbright.detectors.base import prepare
from clearbright.detectors.coordination import CoordinatedAttackDetector
from clearbright.model import Finding, Item
from clearbright.registry import Registry

START = datetime.fromisoformat("2024-05-10T20:00:00+08:00")
SCRIPT = (
    "禾淼果汁喝完{who}上吐下泻，去医院说是细菌超标，禾淼客服还不认账！"
    "大家千万别买禾淼，转给身边的人！"
)
SLOTS = ["我儿子", "我同事", "我表姐", "我闺蜜", "我邻居", "我外甥"]
PLATFORMS = ["weibo", "douyin", "xiaohongshu"]
ORGANIC = [
    "禾淼这批果汁召回了，我家还有两瓶，按公告去超市退了，流程挺快。",
    "看到禾淼召回的新闻，希望他们把质检流程讲清楚，别一句抱歉就完事。",
    "禾淼果汁我喝了好几年，这次召回挺失望的，先换别的牌子观望一下。",
    "禾淼召回的事我查了公告，批次写得很清楚，问题在一条灌装线，但应该更早通知。",
    "孩子学校门口的小卖部还在卖禾淼那个批次，已经跟老板说了，大家留意一下。",
    "禾淼的道歉信写得挺诚恳，不过退款要跑线下门店，上班族真的不方便。",
]


def post(
    n: int,
    text: str,
    *,
    account: str | None = None,
    platform: str | None = None,
    minutes: float = 0,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": f"c-{n}",
        "platform": platform or PLATFORMS[n % 3],
        "kind": "post",
        "text": text,
        "author": {"id": account or f"acct_{n}"},
        "created_at": (START + timedelta(minutes=minutes)).isoformat(),
        **extra,
    }


def copies(count: int = 4, *, gap: float = 5, **extra: Any) -> list[dict[str, Any]]:
    return [post(n, SCRIPT.format(who=SLOTS[n]), minutes=n * gap, **extra) for n in range(count)]


def run(registry: Registry, rows: list[dict[str, Any]]) -> list[Finding]:
    prepared = [prepare(Item.model_validate(row), registry) for row in rows]
    return list(CoordinatedAttackDetector(registry).detect_corpus(prepared))


CASES: list[tuple[str, list[dict[str, Any]], str | None, set[str]]] = [
    (
        "templated copies, 4 accounts, 3 platforms, 15 minutes",
        copies(),
        "coordinated_attack",
        {"coordinated_campaign", "near_duplicate_text", "cross_platform"},
    ),
    (
        "copies on one platform only",
        copies(platform="weibo"),
        "coordinated_attack",
        {"coordinated_campaign", "near_duplicate_text"},
    ),
    (
        "edits: traditional, emoji, reordered sentences, punctuation",
        [
            post(0, SCRIPT.format(who="我儿子"), minutes=0),
            post(
                1,
                "禾淼果汁喝完我同事上吐下瀉，去醫院說是細菌超標，禾淼客服還不認賬！！大家千萬別買禾淼，轉給身邊的人",
                minutes=3,
            ),
            post(
                2,
                "😡😡禾淼果汁喝完我表姐上吐下泻，去医院说是细菌超标😡禾淼客服还不认账，大家千万别买禾淼",
                minutes=6,
            ),
            post(
                3,
                "大家千万别买禾淼，转给身边的人！禾淼果汁喝完我邻居上吐下泻，去医院说是细菌超标，禾淼客服还不认账！",
                minutes=9,
            ),
        ],
        "coordinated_attack",
        {"coordinated_campaign", "near_duplicate_text", "cross_platform"},
    ),
    ("copies spread over days (outside the window)", copies(gap=24 * 60), None, set()),
    ("copies by a single account", copies(account="acct_same"), None, set()),
    ("copies by only two accounts", copies(2), None, set()),
    (
        "organic wave: many accounts, different wording, same half hour",
        [post(n, text, minutes=n * 4) for n, text in enumerate(ORGANIC)],
        None,
        set(),
    ),
    (
        "copies naming no registered entity",
        [
            post(
                n,
                f"这家店的果汁喝完{SLOTS[n]}上吐下泻，去医院说是细菌超标，客服还不认账！大家千万别买",
                minutes=n,
            )
            for n in range(5)
        ],
        None,
        set(),
    ),
    (
        "short copies are not evidence",
        [post(n, "禾淼加油！", minutes=n) for n in range(6)],
        None,
        set(),
    ),
    (
        "the target's official account repeats its own announcement",
        [
            post(
                n,
                "禾淼食品召回公告：批次HM0501果汁暂停销售，已购消费者可凭小票全额退款。",
                account="hemiao_foods",
                platform="weibo",
                minutes=n,
            )
            for n in range(4)
        ],
        None,
        set(),
    ),
    (
        "the target's own staff repeat a message",
        [
            post(
                n,
                SCRIPT.format(who=SLOTS[n]),
                minutes=n,
                author={"id": f"staff_{n}", "affiliation": "ent-hemiao"},
            )
            for n in range(4)
        ],
        None,
        set(),
    ),
]


@pytest.mark.parametrize(
    ("label", "rows", "expected", "evidence"), CASES, ids=[c[0] for c in CASES]
)
def test_corpora(
    label: str,
    rows: list[dict[str, Any]],
    expected: str | None,
    evidence: set[str],
    example_registry: Registry,
) -> None:
    findings = run(example_registry, rows)
    if expected is None:
        assert findings == [], label
        return
    assert {f.slug for f in findings} == {expected}
    assert len(findings) == len(rows), "every copy is a member"
    for finding in findings:
        assert {e.kind for e in finding.evidence} == evidence
        assert finding.target == "ent-hemiao"


def test_findings_point_to_one_campaign(example_registry: Registry) -> None:
    findings = run(example_registry, copies(5))
    campaigns = [f.evidence[0].details["campaign"] for f in findings]
    assert len({c["campaign_id"] for c in campaigns}) == 1
    campaign = campaigns[0]
    assert campaign["target"] == "ent-hemiao"
    assert campaign["item_count"] == 5 and len(campaign["accounts"]) == 5
    assert campaign["platforms"] == ["douyin", "weibo", "xiaohongshu"]
    assert campaign["items_by_platform"]["weibo"] == ["c-0", "c-3"]
    assert campaign["minutes"] == 20.0
    assert "…" in campaign["templates"][0] and "上吐下泻" in campaign["templates"][0]
    assert campaign["signals"]["near_duplicate_text"] == 10
    json.dumps(campaign)  # evidence details must be JSON-ready


def test_evidence_span_covers_the_original_text(example_registry: Registry) -> None:
    rows = copies()
    for finding in run(example_registry, rows):
        span = finding.evidence[0].span
        assert span is not None
        original = next(r["text"] for r in rows if r["id"] == finding.item_id)
        assert span.text == original[span.start : span.end] == original


def test_reply_to_an_official_post_resolves_the_target(example_registry: Registry) -> None:
    official = post(
        99, "禾淼夏季新品上市，欢迎品尝。", account="hemiao_foods", platform="weibo", minutes=-60
    )
    script = (
        "这家的果汁喝完{}上吐下泻，去医院说是细菌超标，客服还不认账！大家千万别买，转给身边的人！"
    )
    rows = [
        official,
        *(
            post(
                n,
                script.format(SLOTS[n]),
                platform="weibo",
                minutes=n,
                reply_to="c-99",
                kind="comment",
            )
            for n in range(4)
        ),
    ]
    findings = run(example_registry, rows)
    assert {f.item_id for f in findings} == {"c-0", "c-1", "c-2", "c-3"}
    assert {f.target for f in findings} == {"ent-hemiao"}
    signals = findings[0].evidence[0].details["campaign"]["signals"]
    assert signals["co_reply"] > 0


def test_shared_contact_handle_is_reported(example_registry: Registry) -> None:
    rows = copies(4)
    for n, row in enumerate(rows):
        row["text"] += " 详情加微信 hm_tousu2024" if n % 2 else " 想维权的加V:hm_tousu2024"
    findings = run(example_registry, rows)
    assert len(findings) == 4
    assert findings[0].evidence[0].details["campaign"]["signals"]["co_contact"] == 6


def test_echoes_of_the_official_announcement_are_not_an_attack(
    example_registry: Registry,
) -> None:
    notice = "禾淼食品召回公告：批次HM0501果汁因灌装线故障暂停销售，已购消费者可凭小票全额退款。"
    official = post(99, notice, account="hemiao_foods", platform="weibo", minutes=-5)
    echoes = [post(n, f"转：{notice}", minutes=n * 3) for n in range(5)]
    assert run(example_registry, [official, *echoes]) == []
    assert len(run(example_registry, echoes)) == 5  # without the original they look like copies


def test_two_unrelated_lookalike_pairs_are_not_a_campaign(example_registry: Registry) -> None:
    # One account took part in two coincidental pairs, on two targets two days apart.
    rows = [
        post(0, "公司行政买的禾淼果汁，更新后变味了，下次还会考虑", account="x1"),
        post(1, "闺蜜直播间拍的禾淼果汁，更新后变味了，下次还会考虑", account="x2", minutes=2),
        post(2, "老婆刚到手的澄屿手表，比竞品强一点，欢迎交流", account="x3", minutes=2880),
        post(3, "小姨上周下单的澄屿手表，比竞品强一点，欢迎交流", account="x2", minutes=2906),
    ]
    assert run(example_registry, rows) == []


def test_two_scripts_make_two_campaigns(example_registry: Registry) -> None:
    other = "澄屿手表戴了三天{}手腕就过敏起疹子，澄屿售后说是个人体质问题，大家别买澄屿了，太坑人"
    rows = copies(4) + [post(10 + n, other.format(SLOTS[n]), minutes=n * 2) for n in range(4)]
    findings = run(example_registry, rows)
    by_campaign: dict[str, set[str]] = {}
    for finding in findings:
        campaign = finding.evidence[0].details["campaign"]
        by_campaign.setdefault(campaign["campaign_id"], set()).add(finding.item_id)
    assert sorted(map(len, by_campaign.values())) == [4, 4]
    assert {f.target for f in findings} == {"ent-hemiao", "ent-chengyu"}


def test_more_coordination_scores_higher(example_registry: Registry) -> None:
    one_platform = run(example_registry, copies(4, platform="weibo"))[0].score
    cross_platform = run(example_registry, copies(4))[0].score
    larger = run(example_registry, copies(6))[0].score
    assert 0.5 <= one_platform < cross_platform < larger <= 0.99


def test_rescanning_gives_the_same_campaign(example_registry: Registry) -> None:
    rows = copies(5)
    first = run(example_registry, rows)
    again = run(example_registry, list(reversed(rows)))
    ids = {f.evidence[0].details["campaign"]["campaign_id"] for f in first + again}
    assert len(ids) == 1


def test_items_without_time_or_author_take_no_part(example_registry: Registry) -> None:
    rows = copies(4)
    for row in rows:
        del row["created_at"]
    assert run(example_registry, rows) == []
    rows = copies(4)
    for row in rows:
        del row["author"]
    assert run(example_registry, rows) == []


def profile(n: int, account: str, registered: datetime) -> dict[str, Any]:
    """The `account` item (profile) of one copier, registered at `registered`."""
    return {
        "id": f"p-{n}",
        "platform": PLATFORMS[n % 3],
        "kind": "account",
        "text": f"用户{n}",
        "url": account,
        "author": {"id": account},
        "created_at": registered.isoformat(),
    }


def test_accounts_registered_in_one_burst_strengthen_the_campaign(
    example_registry: Registry,
) -> None:
    rows = copies(4)
    fresh = [profile(n, f"acct_{n}", START - timedelta(hours=6, minutes=n * 20)) for n in range(4)]
    aged = [profile(n, f"acct_{n}", START - timedelta(days=300 * (n + 1))) for n in range(4)]
    burst = run(example_registry, rows + fresh)
    spread = run(example_registry, rows + aged)
    without = run(example_registry, rows)
    signals = burst[0].evidence[0].details["campaign"]["signals"]
    assert signals["creation_burst"] == 6  # every pair of the four copiers
    assert spread[0].evidence[0].details["campaign"]["signals"]["creation_burst"] == 0
    assert burst[0].score > spread[0].score == without[0].score
    # Profiles are evidence about accounts, never members of the campaign themselves.
    assert {f.item_id for f in burst} == {"c-0", "c-1", "c-2", "c-3"}


def test_a_creation_burst_alone_is_no_campaign(example_registry: Registry) -> None:
    # Accounts registered together but posting independent, differently worded criticism.
    rows = [post(n, text, minutes=n * 4) for n, text in enumerate(ORGANIC)]
    fresh = [profile(n, f"acct_{n}", START - timedelta(hours=1)) for n in range(len(ORGANIC))]
    assert run(example_registry, rows + fresh) == []


def test_a_chain_of_formulaic_lookalikes_is_no_campaign(example_registry: Registry) -> None:
    # Three people, three platforms, one half hour, stock phrases: the first two share the
    # product, an opinion and a sign-off (Jaccard 0.52), the last two the subject, the product
    # and the sign-off (0.5); the first and the last share little (0.18). Pairwise
    # near-identity does not chain into a campaign.
    rows = [
        post(0, "我妈刚到手的禾淼果汁，退货流程麻烦，先观望一下", account="u1"),
        post(1, "隔壁老王门店试过的禾淼果汁，退货流程麻烦，先观望一下", account="u2", minutes=20),
        post(2, "隔壁老王门店试过的禾淼果汁，物流挺快，先观望一下", account="u3", minutes=23),
    ]
    assert run(example_registry, rows) == []
    # The same three as copies of one another (a clique) are a campaign.
    same = "隔壁老王门店试过的禾淼果汁，退货流程麻烦，先观望一下"
    rows[0]["text"], rows[2]["text"] = same.replace("隔壁老王", "我妈"), same + "！"
    assert len(run(example_registry, rows)) == 3


EDITED_COPIES = [
    "禾淼果汁喝出一股怪味儿，肚子疼了一晚上，大家千万别买了！",
    "禾淼果汁喝出怪味，肚子疼一晚上，大家千万别买了",
    "禾淼果汁喝出一股怪味，肚子疼一整晚，大家千万别买了",
]


def test_short_copies_edited_here_and_there_are_a_campaign(example_registry: Registry) -> None:
    # Each copy drops or swaps a word: in texts this short that costs over half the shingles
    # (Jaccard 0.45-0.48, under the 0.5 threshold), while the edit similarity stays above 0.9.
    rows = [
        post(n, text, platform=PLATFORMS[n], minutes=4 * n) for n, text in enumerate(EDITED_COPIES)
    ]
    found = run(example_registry, rows)
    assert sorted(f.item_id for f in found) == ["c-0", "c-1", "c-2"]


def test_independent_short_complaints_with_one_phrase_are_no_campaign(
    example_registry: Registry,
) -> None:
    # Three people on one evening, one stock phrase (the product and its smell), each going on
    # in their own words: close neither by shingles nor by edits.
    rows = [
        post(0, "禾淼果汁喝出一股怪味，有人知道怎么回事吗？我买了一整箱", account="u1"),
        post(1, "禾淼果汁喝出一股怪味，客服说是正常沉淀，不太信", account="u2", minutes=6),
        post(2, "今天的禾淼果汁喝出一股怪味，是我舌头的问题吗", account="u3", minutes=9),
    ]
    assert run(example_registry, rows) == []
