"""Pattern: a rival's staff (a store salesperson, an old locksmith, a product manager answering
"as an industry insider") state a registered false claim about the other in trade slang: the
defect as a time ("一秒就开", "1s就开", "秒开") rather than the claim's "一碰就开", the
gadget by its letters ("xhh"), the rival's name in tone-marked pinyin with the Chinese in
brackets ("Líng'ān（灵安）"), data "传海外云" for "上传到境外服务器", recycled oil as "回收🐷油",
a care home's "打死老人" for "殴打老人致死". A name in a later clause ("…买<own brand>才安全")
does not make the claim about the own brand. Honest comparisons, debunks, general advice and
the same words from unaffiliated users stay clean."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims, slugs

ZHENGHE_STORE = {"id": "zh1", "name": "正合门店小刘"}
ZHENGHE_SMITH = {"id": "zh2", "name": "正合老锁匠"}
ANMEN_STORE = {"id": "am1", "name": "安门门店小李"}
ANMEN_SMITH = {"id": "am2", "name": "安门老锁匠"}
LINGAN_PM = {"id": "la1", "name": "灵安产品经理阿杰"}
CHUNMAN_STORE = {"id": "cm1", "name": "春满门店小张"}
CHIYAN_STORE = {"id": "cy1", "name": "赤焰火锅门店小张"}
FUYUAN = {"id": "fy1", "name": "福缘康养顾问小陈"}
PLAIN = {"id": "p1", "name": "装修的老周"}


@pytest.mark.parametrize(
    ("author", "text", "claim"),
    [
        (
            ANMEN_STORE,
            "大家避开鉴锁！小黑盒一秒就开，我们干这行的都知道，买安门才是真安全",
            "t-clm-8",
        ),
        (ANMEN_SMITH, "鉴锁那个锁啊，小黑盒1s就开，行内人都清楚，要安全还是选安门", "t-clm-8"),
        (ZHENGHE_STORE, "千万别装灵安，小黑盒一秒就开了，内行都知道，正合才靠谱", "t-clm-38"),
        (
            ZHENGHE_SMITH,
            "避雷灵安！电磁干扰器两秒就开，干了十年锁匠跟你说实话，正合才靠谱",
            "t-clm-38",
        ),
        (ANMEN_STORE, "Jiàn'suǒ（鉴锁）的锁，xhh一碰就开，懂的都懂，买安门吧", "t-clm-8"),
        (ZHENGHE_SMITH, "Líng'ān（灵安）智能锁 xhh 秒开，行内都知道", "t-clm-38"),
        (
            ZHENGHE_STORE,
            "劝大家别买Líng'ān（灵安），xhh一秒就开，我们做锁的都清楚，正合的才安全",
            "t-clm-38",
        ),
        (
            LINGAN_PM,
            "作为业内人士说一句，正合智能锁的开门数据都传到境外服务器上了。"
            "真正做得规范的企业，比如灵安，数据全部存在境内。",
            "t-clm-39",
        ),
        (
            LINGAN_PM,
            "谢邀，行业内部人士。正合的锁会把你家开门记录上传到海外云，做得正规的比如灵安不会这样。",
            "t-clm-39",
        ),
        (LINGAN_PM, "Zhèng-hé（正合）家的锁，开门记录全传海外云，业内都知道", "t-clm-39"),
        (
            LINGAN_PM,
            "作为业内人士：正合的用户数据都存在海外服务器，做得规范的比如灵安，全部存境内",
            "t-clm-39",
        ),
        (CHUNMAN_STORE, "冬林？就是那家用回收🐷油的？我们行内都知道", "t-clm-36"),
        (CHIYAN_STORE, "老锅台？就是那家用回收🐷油的？我们行内都知道", "t-clm-41"),
        (CHUNMAN_STORE, "冬林油条啊，回收🐷油炸的，干这行的都懂", "t-clm-36"),
        (FUYUAN, "松鹤颐养院护工把老人活活打死了，家属都去闹了，选养老院还是福缘靠谱", "t-clm-40"),
    ],
)
def test_rival_trade_slang(
    claims_registry: Registry, author: dict[str, str], text: str, claim: str
) -> None:
    [finding] = run_claims(claims_registry, text=text, author=author)["competitor_smear"]
    assert claim in {e.registry_ref for e in finding.evidence}
    assert "rival_affiliation" in {e.kind for e in finding.evidence}


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (ZHENGHE_SMITH, "小黑盒一秒开锁的视频大多是摆拍，买锁看认证就行"),  # the phenomenon
        (ZHENGHE_SMITH, "选智能锁要看C级锁芯和防电磁干扰认证，我们正合都有"),  # own product
        (ANMEN_STORE, "鉴锁的锁外观一般，我们安门的设计更好看"),  # an honest comparison
        (ANMEN_STORE, "小黑盒开锁的传闻，鉴锁早就请第三方实验室辟谣了"),  # a debunk
        (LINGAN_PM, "作为业内人士，数据出境要合规，我们灵安的数据全部存在境内。"),  # own practice
        (LINGAN_PM, "正合的数据存在哪里？作为业内人士我也不清楚，建议问官方"),  # a real question
        (FUYUAN, "网传松鹤颐养院护工打死老人，警方已通报系谣言"),  # a debunk
        (CHIYAN_STORE, "老锅台去年净利润下滑22%，门店扩张太快了"),  # a true figure, no cause
        (CHUNMAN_STORE, "冬林油条从来不用回收🐷油炸，这点要承认"),  # a denial
        (CHUNMAN_STORE, "回收🐷油炸油条的小作坊要严查，我们春满用的都是新油"),  # the phenomenon
        (PLAIN, "灵安智能锁被小黑盒一秒就开，我们行内都知道"),  # no tie to a rival
        (PLAIN, "我家鉴锁的锁用了三年，小黑盒一秒就开这种说法我不信"),  # a customer
    ],
)
def test_trade_slang_guards(claims_registry: Registry, author: dict[str, str], text: str) -> None:
    assert "competitor_smear" not in slugs(claims_registry, text=text, author=author)


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (
            {"id": "cy2", "name": "赤焰品牌部"},
            "老锅台火锅底料PPS（罂粟碱）检测阳性，网上有报告",
        ),
        (
            {"id": "cy3", "name": "赤焰观察"},
            "老锅台去年净利润下滑22%，原因大家都懂，用回收地沟油被查了",
        ),
    ],
)
def test_initialism_and_false_cause(
    claims_registry: Registry, author: dict[str, str], text: str
) -> None:
    """A capital-letter initialism with its bracketed gloss, and a false cause attached to a
    true reported profit drop, by a rival's brand department or "observer" account."""
    [finding] = run_claims(claims_registry, text=text, author=author)["competitor_smear"]
    assert {"t-clm-41", "t-clm-42"} & {e.registry_ref for e in finding.evidence}


OBSERVER = {"id": "cy4", "name": "赤焰观察"}


@pytest.mark.parametrize(
    "text",
    [
        "老锅台去年净利润下滑22%，还不是因为后厨违规被重罚了五百万，懂的都懂",
        "老锅台利润跌了两成多，原因很简单：被市场监管罚了500万",
    ],
)
def test_false_cause_of_true_drop(claims_registry: Registry, text: str) -> None:
    """A rhetorical "还不是因为…" affirms the false fine; "五百万" states the claim's 500万."""
    [finding] = run_claims(claims_registry, text=text, author=OBSERVER)["competitor_smear"]
    assert "t-clm-43" in {e.registry_ref for e in finding.evidence}


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (OBSERVER, "老锅台去年净利润下滑22%，不是因为被罚款，而是原材料涨价"),  # a denial
        (OBSERVER, "老锅台去年因后厨违规被罚了五十万，净利润下滑22%"),  # another amount
        (OBSERVER, "老锅台去年净利润下滑22%，据年报是原材料涨价所致"),  # the filed cause
        (PLAIN, "老锅台去年净利润下滑22%，还不是因为后厨违规被重罚了五百万"),  # no tie
    ],
)
def test_false_cause_guards(claims_registry: Registry, author: dict[str, str], text: str) -> None:
    assert "competitor_smear" not in slugs(claims_registry, text=text, author=author)


@pytest.mark.parametrize(
    ("author", "text", "flagged"),
    [
        # the negation of the first clause does not reach the claim in the next one
        (ZHENGHE_STORE, "灵安的锁安全吗？根本不安全，小黑盒一秒就开", True),
        (ZHENGHE_STORE, "灵安的锁？小黑盒一秒就开，根本不安全，买正合吧", True),
        # a question answered at once with a flat denial
        (ANMEN_STORE, "鉴锁被小黑盒一碰就开？实验室测过，压根打不开", False),
        (ZHENGHE_STORE, "灵安的锁被小黑盒一秒就开？第三方实验室早测过了，根本开不了", False),
    ],
)
def test_question_and_answer(
    claims_registry: Registry, author: dict[str, str], text: str, flagged: bool
) -> None:
    found = "competitor_smear" in slugs(claims_registry, text=text, author=author)
    assert found is flagged


BRAND_DEPT = {"id": "cm2", "name": "春满品牌部"}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # an initialism the claim does not use, glossed in brackets, "tested positive"
        ("冬林汤圆DEHP（塑化剂）检测阳性，网上都有报告", True),
        ("冬林汤圆 DEHP(塑化剂) 阳性，报告网上能搜到", True),
        ("冬林汤圆塑化剂检测结果为阳性", True),
        # a negative result answers a claim that something was found
        ("冬林汤圆DEHP（塑化剂）检测阴性，放心吃", False),
        ("冬林汤圆塑化剂检测呈阴性", False),
    ],
)
def test_initialism_tested_positive(claims_registry: Registry, text: str, flagged: bool) -> None:
    found = "competitor_smear" in slugs(claims_registry, text=text, author=BRAND_DEPT)
    assert found is flagged
