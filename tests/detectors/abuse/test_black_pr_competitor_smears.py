"""Bad-review posts sold by volume or aimed at the buyer's competitors: fake reviews on order.

A seeding studio that posts "real users'" bad-review notes for you (差评笔记代发, 避雷帖代写
代发) in bulk (素人铺量, 100篇起) or writes them about your competitors (定向写竞品避雷帖,
同行避雷贴) sells black PR. A customer's own warning, an honest seeding service that
refuses bad reviews, a reporter's account of the trade and someone who reports it are not.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import slugs_of

SOLD = [
    "素人铺量｜KOC差评笔记代发，真人账号，可以定向写竞品避雷帖，熟悉家居/母婴类目，100篇起接。",
    "【小红书素人铺量】KOC避雷笔记代发 真人号 竞品避雷文可定制 熟悉美妆、个护 50篇起 私信报价",
    "种草工作室接单：真实素人号铺差评笔记，帮你写对手家的踩雷贴，熟悉餐饮/茶饮赛道，100条起步",
    "接KOC铺量：拔草笔记、避雷帖都能发，专门针对同行竞品，真人账号不掉号，200篇起，量大优惠",
    "素人号批量发布｜同行避雷贴代写代发，真实用户号，宠物/医美类目都熟，30篇起，滴滴",
    "素人矩阵号承接：竞对避雷笔记、拉踩文案代发，真实用户号，熟悉家电/数码，80篇起。",
    "KOC差评铺量，对家的踩雷笔记我们来写，真号发布不删帖，母婴类目经验丰富，起订100篇",
    "接品牌拉踩单：踩竞品、捧自家，素人号真实发布，一篇30，50篇起",
    "素人号铺避雷笔记，定向竞品，真实账号，熟悉餐饮类目，100篇起，有需要私",
]
NOT_SOLD = [
    "发个避雷帖：澜汀家居的床垫买回来一股味，客服一直推诿，大家谨慎购买。",
    "小红书上好多竞品避雷帖其实都是工作室代发的，大家看笔记要多留个心眼。",
    "记者调查发现，有工作室以“素人铺量”为名，代发竞品避雷笔记，100篇起接，业内人士称此举涉嫌"
    "不正当竞争。",
    "有没有人发现最近同行的避雷帖突然变多了？感觉有人在带节奏。",
    "我们是正规KOC铺量服务，只做真实体验笔记，不接任何差评、竞品避雷代发，50篇起。",
    "今天写了篇竞品对比测评，客观说两家各有优缺点，不是避雷帖。",
    "求推荐靠谱的素人铺量团队，要真实种草，100篇起，预算充足。",
    "刷到有人在招人代发竞品避雷笔记，这就是黑公关，已举报，希望平台查。",
    "小红书上好多竞品避雷帖其实都是工作室代发的，100篇起接，大家看笔记要多留个心眼。",
    "这个博主老拉踩别的素人博主，真烦，两家店明明都挺好。",
    "别拉踩了，澜汀和栖溪根本不是一个品类，各有各的客户。",
]


@pytest.mark.parametrize("text", SOLD)
def test_bad_review_notes_on_order_are_black_pr(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == ["black_pr"]


@pytest.mark.parametrize("text", NOT_SOLD)
def test_own_warnings_honest_seeding_and_reports_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == []
