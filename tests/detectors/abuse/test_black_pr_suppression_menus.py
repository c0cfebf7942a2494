"""Suppression and takedown services sold to businesses, as menus, posts and site names.

A firm that takes entries off the trending list (撤热搜, 热搜撤除), down-weights topics
(话题降权), sinks or folds negative videos and answers (负面视频下沉, 负面回答折叠), clears
negative encyclopedia entries and search suggestions (负面词条清除, 联想词清理, 把…联想词压
下去) or "handles" negative notes at a price per note sells black PR. One clear service
offered with a way to buy it is enough; a list of them is a menu. A reporter's account of the
market, a question about it, a platform's rule banning it, a firm that only appeals through
the platform or the courts, a brand's KOL placement and an SEO job for the company's own site
sell nothing.

Every wording is invented for these tests; the enterprises are those of `conftest.py`.
"""

from __future__ import annotations

import pytest

from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

SOLD = [
    # Several services with a refund guarantee and secrecy.
    "承接各类舆情业务：撤热搜、话题降权、负面视频下沉，48小时不见效全额退款，签保密协议，老板不出面。",
    "【品牌守护】热搜撤除｜话题降权｜负面回答折叠，服务餐饮、教育、医美等行业，欢迎咨询。",
    "企业舆情一站式解决：知乎负面回答折叠、抖音负面视频沉底，服务家居、宠物、教育行业，签约保密。",
    # One service is enough when it is offered.
    "负面词条清除、百科负面清理，价格透明，一条一价，v：qingchu_2088",
    "热搜可撤，话题可降权，一个话题报价3万起，不成功不收费。",
    "正面稿件批量投放，配合负面视频下沉，让老板睡个安稳觉，私信了解。",
    "负面回答可以折叠，三天内见效，需要的老板私我。",
    # Search suggestions cleaned: the harm words pushed out of the drop-down.
    "下拉词清理：把搜索框里的“骗子”“跑路”等联想词压下去，七天见效，不见效退款。",
    "搜索联想词优化，把“暴雷”“维权”这些词挤出下拉框，按词收费。",
    "品牌搜索下拉框清理，负面联想词一个一个给你清掉，一个词1500，加微：xiala_clean01",
    # Negative notes and reviews "handled" at a price per item.
    "小红书负面笔记处理，一篇800起；大众点评差评处理，一条150，量大从优。",
    "抖音负面视频处理，每条2000，当天安排。",
    # A bare list of services, set out as a menu.
    "撤热搜｜话题降权｜负面词条清除｜联想词清理",
    "热搜撤除 / 负面视频下沉 / 负面回答折叠",
    "专注企业口碑修复：维权帖沉底、投诉帖下沉、负面新闻撤下，全国可接，v：koubei_fix88",
    "百度负面清理，知乎负面回答折叠，抖音负面视频下沉，一个链接3000起。",
    "【舆情公关】热搜话题可撤可降权，负面笔记批量清理，先处理后付款。",
    "帮老板把“蓉沁 食物中毒”这种联想词清理掉，一周见效，按词计费。",
    "澜汀家居的同行们注意了：负面视频可以下沉，负面回答可以折叠，私聊报价。",
    "接单：大众点评差评处理，一条120，美团差评处理，一条100，当天处理。",
]

NOT_SOLD = [
    "记者调查：撤热搜、话题降权、负面词条清除已形成灰色产业链，报价从数千元到数万元不等。",
    "有人知道撤热搜和话题降权到底是怎么操作的吗？感觉很多热搜莫名其妙就没了。",
    "这篇文章讲清楚了负面词条清除和下拉词清理背后的黑产，值得一看。",
    "平台规则：严禁有偿删帖、付费撤热搜、组织刷差评，一经查实将永久封禁相关账号。",
    "社区公约第12条：任何账号不得提供话题降权、负面内容屏蔽等有偿服务，违者封号。",
    "我们是正规公关公司，只通过平台申诉和法律途径处理不实信息，不做撤热搜、删帖业务。",
    "负面信息清除请走正规渠道：侵权内容可向平台申诉，必要时发律师函，我们按小时收取律师费。",
    "本公司提供KOL投放、品牌内容策划、小红书达人种草服务，按项目报价，欢迎品牌方咨询。",
    "招聘SEO专员：负责公司官网的关键词优化和搜索排名提升，五险一金，双休。",
    "我们的知乎回答被折叠了，不知道为什么，申诉中。",
    "热搜话题被降权了吗？今天怎么搜不到了。",
    "澜汀家居的负面视频下沉得太快了，明显有人操作，大家怎么看？",
    "撤热搜、话题降权这些都是黑公关手段，希望平台严查。",
    "营销号天天说能撤热搜，一条报价几万，真有人信？",
    "栖溪教育客服：您的差评处理进度已更新，退款将在三个工作日内到账。",
    "我们公司做舆情监测，帮企业及时发现负面信息，不做任何删除和压制。",
    "平台通过话题降权打击谣言，这次的热搜撤除也是依规处理。",
    "微博将对违规话题进行降权处理，欢迎用户举报。",
    "本店负面评价处理原则：每条差评我们都会在24小时内回复并跟进。",
    "KOL投放，一篇3000起，可做正面口碑铺设，全网达人资源。",
    "网站SEO优化，百度首页排名，按天收费，官网关键词包年更优惠。",
    "品牌下拉词优化，让用户搜到官方旗舰店，欢迎咨询。",
    "教程：商家遇到恶意差评怎么办？可以向平台申诉，证据充分的差评会被删除。",
    "有博主说自己花三万找人撤热搜，结果钱被骗了。",
    "看到有人卖“负面视频下沉”服务，一条几千块，这不就是黑公关吗？",
    "我们律所代理名誉侵权案件，负面信息清除通过诉讼和平台投诉完成，按件收费。",
    "新闻：某地网信办约谈多家公关公司，涉及有偿撤热搜、话题降权等问题。",
    "老板说下周要把负面回答折叠的事情解决掉，你们有什么好办法？",
]

DOMAINS = [
    "口碑守护中心 - 撤热搜 | 话题降权 | 负面词条清除 | 联想词清理",
    "舆情处置专家｜负面回答折叠｜搜索下拉词清理",
    "全网负面视频下沉 - 企业舆情处理专家",
    "热搜撤除-话题降权-负面压制专业服务平台",
    "负面词条清除_百科负面删除_舆情处理中心",
]


@pytest.mark.parametrize("text", SOLD)
def test_suppression_services_sold_are_black_pr(new_registry: Registry, text: str) -> None:
    assert "black_pr" in slugs_of(new_registry, text)


@pytest.mark.parametrize("text", NOT_SOLD)
def test_reports_rules_questions_and_lawful_work_stay_clean(
    new_registry: Registry, text: str
) -> None:
    assert slugs_of(new_registry, text) == []


@pytest.mark.parametrize("title", DOMAINS)
def test_a_site_named_for_the_services_sells_them(new_registry: Registry, title: str) -> None:
    item = make_item(1, title, kind="domain", title=title, url="koubei-shouhu.example.cn")
    findings = scan_family(new_registry, [item]).get("i-1", [])
    assert [f.slug for f in findings] == ["black_pr"]
    cues = findings[0].evidence[-1].details["cues"]
    assert "site" in cues


def test_a_shop_site_with_no_service_stays_clean(new_registry: Registry) -> None:
    title = "澜汀家居官方商城 | 床垫 沙发 整装定制"
    item = make_item(1, title, kind="domain", title=title, url="lanting-home.example.cn")
    assert scan_family(new_registry, [item]) == {}


def test_a_menu_names_each_service_in_its_evidence(new_registry: Registry) -> None:
    text = "【品牌守护】热搜撤除｜话题降权｜负面回答折叠，服务餐饮、教育等行业，欢迎咨询。"
    (finding,) = scan_family(new_registry, [make_item(1, text)])["i-1"]
    named = {e.span.text for e in finding.evidence if e.span is not None}
    assert {"热搜撤除", "话题降权", "负面回答折叠"} <= named


def test_an_article_titled_for_the_services_is_black_pr(new_registry: Registry) -> None:
    title = "企业负面舆情处置：热搜撤除、话题降权、负面回答折叠"
    text = "服务家居、餐饮、教育等行业，签保密协议，老板不出面，48小时不见效全额退款。"
    item = make_item(1, text, title=title, platform="wechat")
    assert [f.slug for f in scan_family(new_registry, [item]).get("i-1", [])] == ["black_pr"]
