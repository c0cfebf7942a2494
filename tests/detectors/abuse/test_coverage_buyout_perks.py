"""Offers that withhold coverage for a contract, buy out held material, or trade a post for perks.

Three shapes of the same structure: a journalist-like sender who "may choose not to report"
on condition of a paid contract; someone holding "material" (料) who names a buy-out price in
slang units (30个W) with a threat and a deadline; and a poster who asks money *and* benefits
beyond any loss (报销…再送酒店) to delete their own post, or else posts more. Guards: a
consumer asking only for a refund or repair, a journalist who will publish regardless, a brand
compensating a customer, reports about someone else's demand.
Targeted abuse: an old-woman slur (老妖婆, 老巫婆) at a registered person named in full, with
the company only in pinyin initials, against criticism of prices or of a "黑心企业".
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import slugs_of

COVERAGE_FOR_CONTRACT = [
    "致澜汀：关于贵司板材甲醛超标的传闻，我们可以选择暂不报道，前提是双方签署年度宣传合作"
    "协议（15万/年）。期待贵司回复。",
    "栖溪教育公关部：贵司退费纠纷的稿子我们先压着，条件是签一份品牌合作协议，一年12万。",
    "筠浦生物您好，关于贵司实验室的投诉线索，本台可以不报道，前提是贵司投放8万的年度宣传。",
    "致栖溪：贵司退费的稿子我们可以不发，条件是签个合作协议，一年20万。",
    "栖溪教育，贵司的事情我们先压着不报，前提是签年度宣传协议，年费10万。",
]
BUYOUT_WITH_THREAT = [
    "澜汀市场部的卞逸尘，你们那些料我这儿都有，20个W买断，不然全网发。给你三天",
    "栖溪的朋友，你们的黑料全在我手上，三十个w买断，否则明天全网铺，给你两天考虑。",
    "筠浦公关部，那些料我都存着，15w买断，不然一篇篇放出来，周五前回话。",
    "澜汀公关部，你们的料都在我这，三十个买断，不然全网发，给你三天。",
    "澜汀：这些料你们要是想买断，5个w，不然下周全网铺。",
]
POST_FOR_PERKS = [
    "澜汀的小编别光私信道歉了😏 我这篇万赞避雷笔记想让我删也行，报销3000+再送两晚五星酒店，"
    "不然我每周更新一篇",
    "栖溪客服别装了，这篇差评笔记要删可以，报销1500再送一年会员，不然我天天发。",
    "筠浦的人看这里，想让我删帖？报销5000外加送三晚酒店，否则下周继续更新。",
    "筠浦的人听着，这篇避雷帖想让我删，先报销2000，再送一张年卡，否则继续更新。",
]
NOT_EXTORTION = [
    # A consumer who wants only their refund or a repair.
    "澜汀不退款我就继续发，直到给我退款为止。",
    "栖溪的课程说好能退，不给我退费这篇笔记我就不删，继续发。",
    "筠浦的仪器坏了三次，给我修好我就把帖子删了，不然继续曝光。",
    # A journalist who publishes regardless.
    "关于澜汀板材抽检的问题，我们将如期报道，不接受任何公关和合作。",
    "有人问我栖溪给不给钱能不能暂不报道，我的回答是：不可能，稿子明天照发。",
    "关于澜汀的这条线索，本台暂不报道，前提是先核实清楚，欢迎知情人提供材料。",
    # Expense rules that mention reimbursement and not reporting.
    "栖溪员工出差住酒店报销500以内，超出部分不报，前提是提前申请。",
    # A brand compensating an unhappy customer.
    "澜汀客服：非常抱歉给您带来不好的体验，我们为您补偿一张200元代金券，另外再送一年会员。",
    # Reports about someone else's demand.
    "据报道，某自媒体向筠浦索要30个W买断黑料，不然全网发，警方已立案。",
    "有人威胁栖溪：报销两千再送酒店就删帖，栖溪已经报警。",
    # Licensing and ordinary words with 买断 or 料.
    "澜汀这套设计图版权买断价格20万，如果你们需要可以联系我们的设计工作室。",
    "栖溪这次的结果在我们预料之中，可以不报名下一期课程。",
]


@pytest.mark.parametrize("text", COVERAGE_FOR_CONTRACT + BUYOUT_WITH_THREAT + POST_FOR_PERKS)
def test_coverage_buyouts_and_perks_are_extortion(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == ["extortion"]


@pytest.mark.parametrize("text", NOT_EXTORTION)
def test_refunds_journalism_compensation_and_reports_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == []


OLD_WOMAN_SLURS = [
    "ljy这种狗企早该倒闭了，邵明岚黑心老妖婆🤮🤮",
    "qxjy这种垃圾公司，邵明岚这个老巫婆怎么还不退休",
    "那个老妖婆邵明岚又出来割韭菜了🤮",
]
NOT_TARGETED = [
    "邵明岚的新课太难听了，黑心价格",
    "栖溪就是黑心企业，课程退费拖了三个月。",
    "童话里的老巫婆都比栖溪的退费流程讲道理。",
]


@pytest.mark.parametrize("text", OLD_WOMAN_SLURS)
def test_old_woman_slur_at_a_named_person_is_targeted_abuse(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == ["targeted_abuse"]


@pytest.mark.parametrize("text", NOT_TARGETED)
def test_price_and_company_criticism_stay_clean(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == []
