"""A relative of an enterprise's head, named by the relation (`<enterprise>老板的女儿`), whose
daily schedule at a school or home is published: a leak about the entrepreneur's family, though
the registry lists no family members. Family news, the head's own public schedule and the
poster's own child are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearbright.registry import Registry
from tests.detectors.privacy_findings import privacy_findings

REGISTRY = Registry.load(Path(__file__).resolve().parents[2] / "examples" / "registry")


@pytest.mark.parametrize(
    "text",
    [
        "澄屿老板的女儿在滨江一所双语学校读二年级，每天下午四点半保姆在南门接，穿红色校服。",
        "听说澄屿创始人的儿子每天早上七点半在西溪那个小学门口下车。",
        "岫屏董事长的老婆每天晚上八点去小区楼下的健身房，开一辆白色的车。",
        "澄屿老总家千金明天上午十点到机场，T3出发层，想堵的抓紧。",
    ],
)
def test_schedule_of_a_heads_relative_is_a_leak(text: str) -> None:
    found = [
        f for f in privacy_findings(REGISTRY, text, kind="post") if f.detector == "live_whereabouts"
    ]
    assert found, text
    assert "家人" in found[0].evidence[0].description


@pytest.mark.parametrize(
    "text",
    [
        "澄屿老板的女儿考上了重点中学，真为她高兴。",  # no place or schedule
        "澄屿老板每天下午都在公司开会。",  # the head at work, no relative
        "我女儿每天下午四点在学校门口等我接。",  # the poster's own child
        "澄屿创始人的儿子明天下午三点在博览中心出席发布会。",  # a public appearance
        "某公司老板的女儿每天下午四点在学校门口等司机。",  # no registered enterprise
    ],
)
def test_family_news_and_own_children_are_not_leaks(text: str) -> None:
    found = [
        f for f in privacy_findings(REGISTRY, text, kind="post") if f.detector == "live_whereabouts"
    ]
    assert found == [], text
