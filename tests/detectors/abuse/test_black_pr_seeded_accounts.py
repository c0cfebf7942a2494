"""Part-time fake reviews from lived-in accounts, and people reporting such recruiting.

Recruiters pay by the piece in slang units (一条3r), hand out the text (内容我们给) or the
very lines to post, quoted (去笔记下面说‘…’), name an assigned shop (指定茶饮店) and ask
for accounts that look real (号龄半年+, 号有头像有动态, 不要新号) or alt accounts (小号).
Someone who came across such recruiting and names it as wrongdoing (刷到有人在招人…这就是
黑公关，已举报) offers nothing; nor does a brand recruiting honest reviewers.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import slugs_of

SEEDED_REVIEW_JOBS = [
    "招宝妈/学生党兼职💰 手机就能做！去指定家居店（澜汀）的点评和小红书下面写体验，"
    "内容我们给，一条3r，日结，要求号有头像有动态。感兴趣滴滴～",
    "宝妈副业～去指定的火锅门店点评页写评价，评价我们写好发你，一条4r，号龄半年以上，"
    "不要新号，日结。",
    "学生党兼职：指定培训机构门店下面写上课体验，图文我们提供，5r一条，账号要有头像有动态，周结。",
]
ALT_ACCOUNT_SMEARS = [
    "有姐妹接单吗🙋‍♀️ 用小号去澜汀的笔记下面说‘甲醛超标’‘沙发塌了’，一条5r，"
    "要求号龄半年+、有笔记。结算走支付宝，做完截图给我。",
    "接单接单！用小号去栖溪的视频评论区说“退费难”“老师是临时工”，每条6r，号龄三个月以上，"
    "做完截图结算。",
    "找人接单：拿小号在筠浦的帖子底下评论「吃了过敏」，一条4r，号要有头像有动态，当天结。",
]
REPORTED_RECRUITING = [
    "刷到有人在小红书招人去栖溪笔记下写‘上课没效果’，5块钱一条。这种水军生意就是黑公关，"
    "已截图举报，希望平台查到底。",
    "看到有人在群里招人给澜汀写差评，一条3r，要求号龄半年。这就是恶意抹黑，大家看到直接举报。",
    "发现有个中介在招人用小号去筠浦视频下面刷‘吃了过敏’，一条4块。这种水军太恶心了，希望平台严查。",
    "今天刷到有人组织水军，说是一条5块，专门去栖溪评论区带节奏，已经举报了。",
]
HONEST_OR_ORDINARY = [
    "栖溪招募体验官：到店免费试听后写真实点评，内容不限，号龄不限，欢迎报名。",
    "澜汀新店开业，欢迎大家到店体验后在点评写下真实感受，好坏都行，不送礼品不返现。",
    "我用小号去栖溪的笔记下面说‘谢谢分享’，被博主回复了好开心。",
    "招小红书探店博主，要求粉丝1000+，真实体验，稿费200元/篇，需标注合作。",
    "这家奶茶店一杯3r的优惠太香了，号有头像有动态就能领券。",
]


@pytest.mark.parametrize("text", SEEDED_REVIEW_JOBS + ALT_ACCOUNT_SMEARS)
def test_paid_reviews_from_seeded_or_alt_accounts_are_black_pr(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == ["black_pr"]


@pytest.mark.parametrize("text", REPORTED_RECRUITING + HONEST_OR_ORDINARY)
def test_reports_of_recruiting_and_honest_reviews_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == []
