"""The counterfeit and impersonation detectors end to end, against the example registry."""

from __future__ import annotations

from typing import Any

import pytest

from clearbright.detectors.base import prepare
from clearbright.detectors.counterfeit import CounterfeitDetector, ImpersonationDetector
from clearbright.model import Finding, Item
from clearbright.registry import Registry


def _item(data: dict[str, Any]) -> Item:
    return Item.model_validate({"id": "t-1", "platform": "weibo", "kind": "post", **data})


def _run(registry: Registry, data: dict[str, Any]) -> list[Finding]:
    item = _item(data)
    prepared = prepare(item, registry)
    findings: list[Finding] = []
    for detector in (CounterfeitDetector(registry), ImpersonationDetector(registry)):
        if item.kind in detector.kinds:
            findings.extend(detector.detect(prepared))
    return findings


ACCOUNT = {"kind": "account", "url": "https://weibo.com/someone"}

CASES: list[tuple[dict[str, Any], dict[str, set[str]]]] = [
    # an official account name used by another handle: evidence-complete
    (
        {**ACCOUNT, "title": "澄屿科技官方", "text": "澄屿科技官方 | 正品清仓"},
        {"counterfeit": {"registry_exact_match"}},
    ),
    (
        {**ACCOUNT, "title": "橙屿科技售后", "text": "橙屿科技售后 | 维修"},
        {"counterfeit": {"lookalike_name"}},
    ),
    (
        {"kind": "app", "title": "澄嶼健康", "text": "澄嶼健康 | 同步数据", "url": "com.cy.fit"},
        {"counterfeit": {"registry_exact_match"}},
    ),
    (
        {"kind": "mini_app", "title": "禾淼鲜榨到家", "text": "禾淼鲜榨到家", "url": "wx0000"},
        {"counterfeit": {"registry_exact_match"}},
    ),
    (
        {"kind": "domain", "url": "hemiao-foods.cn", "text": "禾淼果汁整箱特价"},
        {"counterfeit": {"lookalike_domain"}},
    ),
    (  # a renamed copy of the official app under a longer package
        {
            "kind": "app",
            "title": "澄屿健康Pro",
            "text": "澄屿健康Pro",
            "url": "com.chengyu.health.x",
        },
        {"counterfeit": {"lookalike_package", "lookalike_name"}},
    ),
    (  # a page on an unrelated host that calls itself the brand's official shop
        {"kind": "domain", "url": "shop-88.top", "text": "禾淼官方旗舰店 | 特价"},
        {"counterfeit": {"lookalike_name"}},
    ),
    (  # a storefront that also asks for bank data: both categories
        {
            "kind": "app",
            "title": "澄屿健康",
            "url": "com.cy.fit",
            "text": "澄屿健康 | 绑定银行卡并输入短信验证码即可领取500元",
        },
        {
            "counterfeit": {"registry_exact_match"},
            "impersonation": {"identity_claim", "solicitation"},
        },
    ),
    (  # a copycat of the founder's account soliciting investment
        {
            **ACCOUNT,
            "title": "顾南笙-个人号",
            "author": {"id": "gns_vip", "name": "顾南笙-个人号"},
            "text": "顾南笙-个人号 | 澄屿创始人，内部认购名额有限，私信进群",
        },
        {"impersonation": {"identity_claim", "solicitation"}},
    ),
    (  # the founder's name with title and enterprise as display name, soliciting investment
        {
            **ACCOUNT,
            "title": "柏知远 禾淼食品董事长",
            "author": {"id": "bzy_8888", "name": "柏知远 禾淼食品董事长"},
            "text": "柏知远 禾淼食品董事长 | 带大家布局消费股，私信领取内部认购名额",
        },
        {
            "counterfeit": {"lookalike_name"},
            "impersonation": {"identity_claim", "solicitation"},
        },
    ),
    (  # an executive without a people record, presented with title in the bio's head
        {**ACCOUNT, "title": "温若琳", "text": "温若琳 澄屿科技CFO | 日常分享"},
        {"counterfeit": {"lookalike_name"}},
    ),
    (  # the official mini-app's name plus an edition word, under another appid
        {"kind": "mini_app", "title": "澄屿商城优惠版", "text": "澄屿商城优惠版", "url": "wx0001"},
        {"counterfeit": {"lookalike_name"}},
    ),
    (
        {
            "kind": "app",
            "title": "禾淼鲜榨到家会员版",
            "text": "禾淼鲜榨到家会员版",
            "url": "com.x.y",
        },
        {"counterfeit": {"lookalike_name"}},
    ),
    (  # subdomain abuse: the official label in front of someone else's domain
        {"kind": "domain", "url": "https://xiuping.com.qx7-zs.cn/login", "text": "会员登录"},
        {"counterfeit": {"lookalike_domain"}},
    ),
    (
        {"kind": "domain", "url": "hemiao.mall-88.top", "text": "果汁整箱特价"},
        {"counterfeit": {"lookalike_domain"}},
    ),
    (  # a message speaking as the company's customer service
        {
            "kind": "comment",
            "author": {"id": "u1", "name": "客服小周"},
            "text": "您好，我是澄屿科技客服专员，订单异常需缴纳500元保证金。",
        },
        {"impersonation": {"identity_claim", "solicitation"}},
    ),
    (  # an author name that speaks as the company
        {
            "kind": "comment",
            "author": {"id": "u2", "name": "禾淼客服中心-小林"},
            "text": "系统检测到您的账户异常，请将余额转入安全账户。",
        },
        {"impersonation": {"identity_claim", "solicitation"}},
    ),
    (  # a letter signed with the chairman's name
        {
            "title": "柏知远董事长致股东的一封信",
            "text": "内部股权众筹启动，请将认购款转至财务专员账户。——柏知远",
        },
        {"impersonation": {"identity_claim", "solicitation"}},
    ),
]

CLEAN: list[dict[str, Any]] = [
    # official account, app, mini-app, domain
    {
        "kind": "account",
        "url": "https://weibo.com/chengyu_official",
        "author": {"id": "chengyu_official", "name": "澄屿科技"},
        "title": "澄屿科技",
        "text": "澄屿科技 | 官方账号",
    },
    {"kind": "app", "title": "澄屿健康", "text": "澄屿健康", "url": "com.chengyu.health"},
    {"kind": "mini_app", "title": "澄屿商城", "text": "澄屿商城", "url": "wx7c1e20b4d5a6f309"},
    {"kind": "domain", "url": "www.chengyu-tech.com", "text": "澄屿科技官网"},
    # fan page and parody that say so
    {**ACCOUNT, "title": "澄屿手表爱好者（非官方）", "text": "澄屿手表爱好者（非官方）| 交流"},
    {**ACCOUNT, "title": "假装是顾南笙（讽刺号）", "text": "纯属虚构，私信进群领内部名额"},
    # accounts that talk about the brand
    {**ACCOUNT, "title": "抵制澄屿", "text": "抵制澄屿 | 曝光澄屿的问题"},
    {**ACCOUNT, "title": "成语", "text": "成语 | 每天一个成语"},
    # a page about the brand on another site
    {"kind": "domain", "url": "baike-example.com", "text": "澄屿科技 - 百科"},
    # criticism, a scam warning, a report, an official recruiting post
    {"text": "澄屿科技的手表续航太差了，客服还让我自己付运费寄修。"},
    {"text": "【防骗提醒】澄屿科技从不会要求您转账到安全账户，也不会索要验证码。"},
    {"text": "有人冒充澄屿科技客服让我缴纳保证金，大家小心。"},
    {
        "author": {"id": "chengyu_official", "name": "澄屿科技"},
        "text": "澄屿科技招聘：请填写简历并提供身份证号完成背景调查。",
    },
    {
        "author": {"id": "emp1", "name": "澄屿员工小李", "affiliation": "ent-chengyu"},
        "text": "澄屿科技周年庆，填写手机号领取优惠券。",
    },
    # an official appid under an edition name; an ordinary word holding a trademark
    {
        "kind": "mini_app",
        "title": "澄屿商城优惠版",
        "text": "澄屿商城优惠版",
        "url": "wx7c1e20b4d5a6f309",
    },
    {"kind": "app", "title": "岛屿动物极速版", "text": "岛屿动物极速版", "url": "com.x.zoo"},
    {"kind": "app", "title": "成语接龙极速版", "text": "成语接龙极速版", "url": "com.x.idiom"},
    # an official subdomain and unrelated subdomains
    {"kind": "domain", "url": "shop.hemiao-foods.com", "text": "禾淼果汁"},
    {"kind": "domain", "url": "mail.example.cn", "text": "邮箱登录"},
    # accounts that talk about a person, or only share the name
    {**ACCOUNT, "title": "财经观察", "text": "柏知远董事长：十年磨一剑 | 深度访谈"},
    {**ACCOUNT, "title": "柏知远董事长语录", "text": "柏知远董事长语录 | 每日摘抄"},
    {**ACCOUNT, "title": "顾南笙", "text": "顾南笙 | 读书、跑步、摄影"},
    {**ACCOUNT, "title": "柏知远 禾淼食品董事长（粉丝整理）", "text": "非官方，资料整理"},
    # a name and a solicitation that does not speak as the name
    {"text": "看完澄屿的发布会，我决定转账给朋友一起买。"},
    {"text": "澄屿科技须向用户支付违约金，法院今日宣判。"},  # a court report, not a request
    {"text": "澄屿科技客服让我提供身份证号和银行卡号，这合理吗？"},  # reported speech
    {"text": "我是澄屿的老用户，请问怎么绑定银行卡？"},  # a customer, not the company
]


@pytest.mark.parametrize(("data", "expected"), CASES)
def test_flags_with_evidence(
    example_registry: Registry, data: dict[str, Any], expected: dict[str, set[str]]
) -> None:
    findings = _run(example_registry, data)
    by_slug = {f.slug: f for f in findings}
    assert set(by_slug) == set(expected), [f.slug for f in findings]
    for slug, kinds in expected.items():
        finding = by_slug[slug]
        assert kinds <= {e.kind for e in finding.evidence}
        assert finding.target
        assert finding.score >= 0.5
        for evidence in finding.evidence:
            assert evidence.description
            if evidence.span:
                source = _item(data).field_text(evidence.span.field) or ""
                assert source[evidence.span.start : evidence.span.end] == evidence.span.text


@pytest.mark.parametrize("data", CLEAN)
def test_stays_silent(example_registry: Registry, data: dict[str, Any]) -> None:
    assert _run(example_registry, data) == []


def test_exact_registry_match_is_evidence_complete(example_registry: Registry) -> None:
    account = {**ACCOUNT, "title": "澄屿科技官方", "text": "澄屿科技官方"}
    (finding,) = _run(example_registry, account)
    assert finding.score >= 0.95
    assert finding.target == "ent-chengyu"
    exact = next(e for e in finding.evidence if e.kind == "registry_exact_match")
    assert exact.matched == "澄屿科技官方"


def test_explanations_name_the_transformation(example_registry: Registry) -> None:
    (finding,) = _run(example_registry, {"kind": "domain", "url": "chengyu-tech.cn", "text": "x"})
    (evidence,) = finding.evidence
    assert evidence.details["transformation"] == "TLD swap .com→.cn"
    assert evidence.registry_ref == "ent-chengyu"
    assert evidence.similarity and evidence.similarity > 0.9


def test_both_detectors_share_one_set_of_indexes(example_registry: Registry) -> None:
    counterfeit, impersonation = (
        CounterfeitDetector(example_registry),
        ImpersonationDetector(example_registry),
    )
    assert counterfeit.identities is impersonation.identities
    assert counterfeit.domains is impersonation.domains
    other = Registry.load(example_registry.source or "")
    assert CounterfeitDetector(other).identities is not counterfeit.identities
