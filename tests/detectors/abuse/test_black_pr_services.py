"""Black-PR services in sellers' own shorthand: trending-list and entry burying, review
clean-up menus, piece work for copy-pasted "avoid this brand" notes.

Every wording is invented for these tests; the enterprises are those of `conftest.py`.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import slugs_of

SOLD = [
    # A deletion menu offered with a private channel and a price remark.
    "要删帖的直接私我，抖音快手小红书全平台能删，负面压制一条龙，价格好商量",
    "专业删帖+负面压制一条龙服务，有需要私我",
    # Trending-list and entry burying sold with a contact handle.
    "接单：热搜撤榜、词条下沉，当天见效，v：chebang_2077",
    "差评清理、删笔记，团队操作不留痕，有需要加v：qingli_886",
    # Piece work for fake negative reviews, ordered "as required".
    "【兼职】招网络评论员，每条评论3元，按要求去指定店铺写差评，手机就能做",
    # Template notes written without any real experience, paid in slang units.
    "招素人写手，不用真实体验，照模板写避雷笔记，一篇20米，长期合作",
]

NOT_SOLD = [
    "这家店的差评清理得也太快了，昨天的评论今天全没了，可疑。",
    "热搜撤榜这么快，背后肯定有人在操作。",
    "记者调查：有团队接单做热搜撤榜、词条下沉，一条报价上千元。",
    "作为体验官不用实际购买，品牌寄送样品，请按真实感受写测评。",
    "门店招兼职小伙伴，负责收银和理货，时薪22元。",
    "招聘新媒体写手，负责公司公众号内容，五险一金，双休。",
    "小区门口一条15米的路修了半年。",
    "按要求提交材料后，平台会在三个工作日内删评。",
]


@pytest.mark.parametrize("text", SOLD)
def test_services_sold_in_shorthand_are_black_pr(new_registry: Registry, text: str) -> None:
    assert "black_pr" in slugs_of(new_registry, text)


@pytest.mark.parametrize("text", NOT_SOLD)
def test_talk_about_the_services_stays_clean(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == []
