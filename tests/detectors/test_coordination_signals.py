"""Each coordination signal on its own, over hand-made posts."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from clearbright.detectors.coordination.campaign import Campaign, CampaignItem, campaign_id
from clearbright.detectors.coordination.graph import AccountGraph, communities
from clearbright.detectors.coordination.minhash_index import SlidingMinHashIndex, jaccard
from clearbright.detectors.coordination.params import DEFAULT_PARAMS
from clearbright.detectors.coordination.posts import (
    Post,
    canonical_text,
    hashtags,
    shingles,
    urls,
)
from clearbright.detectors.coordination.scoring import campaign_score
from clearbright.detectors.coordination.signals.co_contact import co_contact_pairs
from clearbright.detectors.coordination.signals.co_hashtag import co_hashtag_pairs
from clearbright.detectors.coordination.signals.co_link import co_link_pairs
from clearbright.detectors.coordination.signals.co_reply import co_reply_pairs
from clearbright.detectors.coordination.signals.co_text import near_duplicate_pairs
from clearbright.detectors.coordination.signals.creation import creation_burst_pairs
from clearbright.detectors.coordination.signals.sync import synchronized_pairs
from clearbright.detectors.coordination.template import template

P = DEFAULT_PARAMS
TEXT = "澄屿手表戴了三天手腕就过敏起疹子，澄屿售后说是个人体质问题，大家别买澄屿了"


def make(
    n: int,
    text: str = TEXT,
    *,
    actor: str | None = None,
    minute: float = 0,
    link: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
    reply_to: str | None = None,
    created_hour: float | None = None,
) -> Post:
    canonical = canonical_text(text)
    who = actor or f"a{n}"
    return Post(
        index=n,
        item_id=f"i{n}",
        platform="weibo",
        account=f"weibo:{who}",
        actor=who,
        time=minute * 60,
        canonical=canonical,
        shingles=shingles(canonical, 3),
        urls=link,
        hashtags=tags,
        reply_to=reply_to,
        entities=frozenset({"ent-chengyu"}),
        created=None if created_hour is None else created_hour * 3600,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("华为 ＨＵＡＷＥＩ!! 😀 @某人 http://t.cn/abc 好", "华为huawei好"),
        ("澄屿，澄屿。", "澄屿澄屿"),
        ("", ""),
    ],
)
def test_canonical_text(text: str, expected: str) -> None:
    assert canonical_text(text.lower().replace("ｈｕａｗｅｉ", "huawei")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("别买了 #澄屿避雷# 转发", ("澄屿避雷",)),
        ("#澄屿避雷##過敏# 真的", ("澄屿避雷", "过敏")),
        ("小红书风格 #避雷 #澄屿手表", ("避雷", "澄屿手表")),
        ("没有话题", ()),
    ],
)
def test_hashtags_in_order_and_folded(text: str, expected: tuple[str, ...]) -> None:
    assert hashtags(text) == expected


def test_urls_from_text_and_item_url() -> None:
    assert urls("看这个 https://Example.com/a/ 和 http://x.cn/b，", "https://y.cn/c") == (
        "https://example.com/a",
        "http://x.cn/b",
        "https://y.cn/c",
    )
    assert urls("no link", "chengyu_official") == ()


def test_index_finds_verified_copies_within_the_window() -> None:
    index = SlidingMinHashIndex(P)
    first = shingles(canonical_text(TEXT), 3)
    edited = shingles(canonical_text(TEXT.replace("三天", "两天")), 3)
    other = shingles(canonical_text("澄屿的表带做工不错，就是续航一般，价格也偏高，整体还行吧"), 3)
    assert index.add(1, 0, first) == []
    matches = index.add(2, 600, edited)
    assert [m.key for m in matches] == [1]
    assert matches[0].similarity == pytest.approx(jaccard(first, edited), abs=1e-4)
    assert index.add(3, 900, other) == []
    # An hour later the first two have left the window.
    assert index.add(4, 600 + 3600, first) == []
    assert len(index) == 1


def test_index_memory_is_bounded_by_max_items() -> None:
    index = SlidingMinHashIndex(P, max_items=3)
    for n in range(10):
        index.add(n, n, shingles(f"第{n}条完全不同的内容编号{n * 7919}", 3))
    assert len(index) == 3


def test_near_duplicates_need_distinct_actors() -> None:
    posts = [make(0), make(1, minute=5), make(2, actor="a1", minute=9)]
    pairs = near_duplicate_pairs(posts, P)
    assert {(p.a, p.b) for p in pairs} == {(0, 1), (0, 2)}  # a1 never pairs with itself


def test_near_duplicates_skip_short_texts() -> None:
    posts = [make(n, "澄屿加油！", minute=n) for n in range(4)]
    assert near_duplicate_pairs(posts, P) == []


def test_co_link_within_window_only() -> None:
    link = ("https://smear.example/a",)
    posts = [make(0, link=link), make(1, link=link, minute=10), make(2, link=link, minute=200)]
    assert co_link_pairs(posts, P) == {("weibo:a0", "weibo:a1"): 1}


def test_co_hashtag_uses_the_ordered_sequence() -> None:
    posts = [
        make(0, tags=("避雷", "澄屿")),
        make(1, tags=("避雷", "澄屿"), minute=1),
        make(2, tags=("澄屿", "避雷"), minute=2),
    ]
    assert co_hashtag_pairs(posts, P) == {("weibo:a0", "weibo:a1"): 1}


def test_co_reply_to_the_same_item() -> None:
    posts = [make(0, reply_to="x"), make(1, reply_to="x", minute=3), make(2, reply_to="y")]
    assert co_reply_pairs(posts, P) == {("weibo:a0", "weibo:a1"): 1}


def test_co_contact_at_any_time() -> None:
    posts = [
        replace(make(0), contacts=("wechat:kb_2024x",)),
        replace(make(1, minute=3 * 24 * 60), contacts=("wechat:kb_2024x",)),
        replace(make(2), contacts=("qq:12345678",)),
    ]
    assert co_contact_pairs(posts, P) == {("weibo:a0", "weibo:a1"): 1}


def test_popular_keys_are_not_coordination() -> None:
    small = replace(P, MAX_GROUP=3)
    posts = [make(n, tags=("热搜",), minute=n * 0.1) for n in range(10)]
    counts = co_hashtag_pairs(posts, small)
    assert counts and max(counts.values()) == 1
    assert sum(counts.values()) == 6  # only the first four posts pair; the crowd adds nothing


def test_synchronized_counts_close_posts_of_candidate_pairs() -> None:
    posts = [
        make(0, minute=0),
        make(1, minute=2),
        make(2, actor="a0", minute=60),
        make(3, actor="a1", minute=61),
        make(4, minute=30),
    ]
    counts = synchronized_pairs(posts, [("weibo:a0", "weibo:a1"), ("weibo:a0", "weibo:a4")], P)
    assert counts == {("weibo:a0", "weibo:a1"): 2}


def test_creation_burst_pairs_accounts_registered_together_once() -> None:
    posts = [
        make(0, created_hour=0),
        make(1, created_hour=3),
        make(2, actor="a0", minute=90, created_hour=0),  # a second post adds nothing
        make(3, created_hour=23.5),
        make(4, created_hour=24 * 400),  # a long-lived account, registered a year apart
        make(5),  # no profile in the corpus: no creation time, no pairs
        make(6, actor="a1", created_hour=2),  # the same actor as a1 is never a pair
    ]
    counts = creation_burst_pairs(posts, P)
    assert counts == {
        ("weibo:a0", "weibo:a1"): 1,
        ("weibo:a0", "weibo:a3"): 1,
        ("weibo:a1", "weibo:a3"): 1,
    }


def test_a_platform_wide_signup_wave_is_no_burst() -> None:
    small = replace(P, MAX_GROUP=3)
    posts = [make(n, created_hour=n * 0.1) for n in range(10)]
    assert sum(creation_burst_pairs(posts, small).values()) == 6  # only the first four pair


def test_communities_separate_two_cliques() -> None:
    graph = AccountGraph()
    for group in (["a", "b", "c", "d"], ["w", "x", "y", "z"]):
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                graph.add((first, second), "co_text", 0.9)
    graph.add(("d", "w"), "co_link", 1)  # one shared link does not merge two campaigns
    found = sorted(sorted(c) for c in communities(graph, P))
    assert found == [["a", "b", "c", "d"], ["w", "x", "y", "z"]]


def test_template_marks_slots() -> None:
    texts = ["我儿子喝了禾淼起疹子", "我同事喝了禾淼起疹子", "我表姐喝了禾淼起疹子"]
    assert template(texts, 0) == "我…喝了禾淼起疹子"


def test_campaign_id_is_order_free_stable_as_copies_join_and_details_are_json() -> None:
    items = (
        CampaignItem("1", "weibo", "weibo:a", 0.0, 1.0),
        CampaignItem("2", "douyin", "douyin:b", 600.0, 0.8),
    )
    later = CampaignItem("3", "weibo", "weibo:c", 900.0, 0.9)
    first_id = campaign_id("ent-chengyu", items)
    assert first_id == campaign_id("ent-chengyu", items[::-1])
    assert first_id == campaign_id("ent-chengyu", (*items, later))
    assert first_id != campaign_id("ent-hemiao", items)
    campaign = Campaign(
        id="campaign-x",
        target="ent-chengyu",
        target_name="澄屿科技股份有限公司",
        items=items,
        templates=("…",),
        score=0.7,
        signals={"co_link": 1.0},
    )
    details = json.loads(json.dumps(campaign.to_details()))
    assert details["items_by_platform"] == {"douyin": ["2"], "weibo": ["1"]}
    assert details["minutes"] == 10.0 and details["platforms"] == ["douyin", "weibo"]


def test_score_uses_coordination_not_volume() -> None:
    base = campaign_score(0.6, 3, 3, {})
    assert campaign_score(0.6, 3, 3, {"cross_platform": 2}) > base
    assert campaign_score(0.9, 3, 3, {}) > base
    assert campaign_score(0.6, 1000, 3, {}) <= base + 0.15 + 1e-9
    assert (
        campaign_score(
            1.0,
            1000,
            3,
            dict.fromkeys(
                ["cross_platform", "co_link", "co_hashtag", "co_reply", "synchronized"], 1
            ),
        )
        == 0.99
    )


def test_parameters_are_the_documented_contract() -> None:
    assert P.SHINGLE_SIZE == 3 and P.NUM_PERM == 128
    assert timedelta(minutes=30) == P.WINDOW
    assert P.LSH_THRESHOLD < P.SIMILARITY_THRESHOLD
