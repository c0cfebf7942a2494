"""Black-PR recruitment (category 7): a paid posting/deleting service offered or recruited for."""

from __future__ import annotations

import pytest

from clearbright.detectors.abuse.black_pr import BlackPrDetector
from clearbright.detectors.base import prepare
from clearbright.model import Finding, Item
from clearbright.registry import Registry


def _detect(
    registry: Registry, text: str, kind: str = "post", title: str | None = None
) -> list[Finding]:
    item = Item.model_validate(
        {"id": "b-1", "platform": "weibo", "kind": kind, "text": text, "title": title}
    )
    return list(BlackPrDetector(registry).detect(prepare(item, registry)))


# (text, the service term found, how it was written)
POSITIVES = [
    ("【兼职】招网络水军，手机就能做，发帖一条2元，日结不拖欠。加V：shuijun_0001", "水军", "exact"),
    ("招 shui jun，dian zan + 刷 ping，一单 3 块，私我", "水军", "pinyin"),
    ("💰兼职💰 刷🌊军 🌊 每单结算，宝妈学生都能做", "水军", "exact"),
    ("专业 sh tie，百度微博知乎均可操作，包月优惠", "删帖", "pinyin"),
    ("PR工作室招募外包：帮客户『降热度』『撤热搜』『沉帖』，按条计费，日结。", "撤热搜", "exact"),
    (
        "招聘舆情维护专员（兼职）：每天在指定话题下控评、集中举报负面帖子，完成一单结算15元。",
        "控评",
        "exact",
    ),
    (
        "招差评师：到指定竞品店铺下单，收货后写差评并上传图片，返本金+佣金30元/单。",
        "差评师",
        "exact",
    ),
    ("负面舆情处理，24小时极速见效，不成功不收费，薇❤ yuqing_pro", "舆情处理", "exact"),
    ("兼职点赞员，一个赞5毛，日结", "点赞", "exact"),
    ("需要删帖的老板私聊", "删帖", "exact"),
    ("承接各类网络公关业务：负面删除、新闻发布、口碑优化，价格优惠", "负面删除", "exact"),
    ("负面压制套餐：把相关词条压到搜索第三页之后，包月3万，效果不达标退款。", "负面压制", "exact"),
    # Menus of reputation services with a price plan: search-suggestion and encyclopedia work.
    ("负面新闻处理、百度下拉词优化、百科删除，包月价优。", "百科删除", "exact"),
    ("负面新闻处理、下拉词优化，包月价优。", "下拉词优化", "exact"),
    ("百科词条修改+相关搜索优化，按条收费。", "相关搜索优化", "exact"),
    ("承接：百度下拉框联想词删除、舆情删除，按条收费，报价私聊。", "联想词删除", "exact"),
    ("舆情删除、负面新闻处理，收费透明，欢迎咨询。", "舆情删除", "exact"),
]

NEGATIVES = [
    "【招聘】公关传播经理（全职）：维护媒体关系，撰写新闻稿，制定危机沟通预案。我们不接任何删帖、"
    "压稿类业务，简历请通过官网投递。",
    "澄屿智能招聘：社交媒体运营专员，负责官方微博、抖音账号的内容策划与用户互动。",
    "我们是一家舆情监测服务商，提供舆情监测和月度报告。我们不做删帖、不做压制，违法的事不碰。",
    "现在很多评论区一眼水军，同一句话复制粘贴几十遍。大家擦亮眼睛。",
    "澄屿的公关私信找我删帖，我拒绝了。差评是我的真实体验。",
    "警方打掉一个删帖团伙，该团伙以专业删帖为名收取费用3万元。",
    "周末兼职招聘：奶茶店店员，日结150元，要求形象好。",
    "我们公司招聘品牌公关经理，负责舆情监测和负面舆情处理，五险一金，月薪20k，简历投递至官网。",
    "招聘新媒体运营：负责公司官方账号发帖和评论互动，本科以上，双休。",
    "揭秘水军产业链：一条好评5毛，一单刷单10元。",
    "兼职打字员，一单5元，日结。",
    "大家现在就去澄屿旗舰店刷差评，一人一条，别停！",
    "到底谁是水军？你们这种专业在网上黑人的真是够了。",
    "全国支援医务人员4万，不懂就别乱带节奏。",
    "趁papi酱热度过了，我浅谈一下网络暴力。",
    "澄屿的公关私信我，要求删帖，我没理。",
    "澄屿为什么要删帖？网友质疑其压制负面。",
    "都开公司了，她微博也是团队打理，疑似花钱买热搜营销。",
    # Agency job ads, explainers, refusals, and agency-style services with no plan or promise.
    "【招聘】公关公司招媒介经理：负责媒体关系、新闻稿发布、品牌传播，五险一金。",
    "如何举报虚假负面新闻？可在平台举报入口提交证据，百科词条修改可向百科官方申诉，全程免费，"
    "别信所谓删帖公司收费。",
    "教你如何优化百度下拉词：收费的下拉词优化都是骗局，下拉框优化别信。",
    "我们不提供删帖服务，也不做下拉词优化。",
    "澄屿的百科词条被人恶意修改了，我们已经向平台申诉。",
    "百度下拉词里出现了澄屿骗子，这是竞争对手搞的吧。",
    "舆情监测、舆情处理、口碑维护，欢迎咨询。",
    "下拉词优化，欢迎咨询。",
    "某平台对违规词条删除处理，收费标准未公开。",
]


@pytest.mark.parametrize(("text", "term", "how"), POSITIVES)
def test_recruitment_and_services_are_findings(
    example_registry: Registry, text: str, term: str, how: str
) -> None:
    findings = _detect(example_registry, text)
    assert [f.slug for f in findings] == ["black_pr"]
    services = [e for e in findings[0].evidence if e.kind == "black_pr_service"]
    assert any(e.matched == term and e.details["how"] == how for e in services)
    assert any(e.kind == "paid_work_offer" for e in findings[0].evidence)
    for evidence in findings[0].evidence:
        if evidence.span is not None:
            assert text[evidence.span.start : evidence.span.end] == evidence.span.text


@pytest.mark.parametrize("text", NEGATIVES)
def test_job_ads_complaints_and_reports_are_not_findings(
    example_registry: Registry, text: str
) -> None:
    assert _detect(example_registry, text) == []


def test_fake_review_work_without_a_service_word(example_registry: Registry) -> None:
    text = (
        "品牌宣传助理（居家兼职）：按要求发布真实体验笔记，素材和文案我们提供，"
        "不需要实际购买产品，每篇80元。"
    )
    assert _detect(example_registry, text)


def test_domain_title_is_read(example_registry: Registry) -> None:
    title = "专业删帖公司 - 负面信息处理 | 24小时极速删除"
    findings = _detect(example_registry, title, kind="domain", title=title)
    assert findings and findings[0].evidence[0].span is not None


def test_a_service_word_alone_is_not_an_offer(example_registry: Registry) -> None:
    assert _detect(example_registry, "水军") == []
    assert _detect(example_registry, "删帖") == []


def test_selling_deletion_of_ones_own_post_is_left_to_extortion(example_registry: Registry) -> None:
    text = "澄屿市场部的朋友，删帖可以，价格5k，不删就继续更，懂？"
    assert _detect(example_registry, text) == []
    offer = "禾淼的公关看这里：想撤稿就拿3万，或者投个年度广告，不然下一期更猛。"
    assert _detect(example_registry, offer) == []


def test_menu_names_each_service(example_registry: Registry) -> None:
    findings = _detect(example_registry, "负面新闻处理、百度下拉词优化、百科删除，包月价优。")
    matched = {e.matched for e in findings[0].evidence if e.kind == "black_pr_service"}
    assert matched == {"负面新闻处理", "下拉词优化", "百科删除"}
    offer = next(e for e in findings[0].evidence if e.kind == "paid_work_offer")
    assert "plan" in offer.details["cues"]
