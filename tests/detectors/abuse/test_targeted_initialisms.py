"""Labels written as pinyin initialisms (hj, sb) and a daily "greeting" under a person's account.

An initialism counts as its term only as a word of its own in Chinese text, and insults
among them (sb, nc, zz) still need the offensive-language model and a person they are said
of. Product codes (HJ系列, HJ-200), reported labels and a plain birthday greeting stay clean.
"""

from __future__ import annotations

import pytest

from clearbright.detectors.abuse.targeted_abuse import TargetedAbuseDetector
from clearbright.detectors.abuse.terms import TermMatcher, expand_initialisms
from clearbright.registry import Registry
from tests.detectors.abuse.conftest import make_item, scan_family, slugs_of

ABUSE = [
    (
        "邵明岚就是个hj，姐妹们集合！去她微博下面每天打卡‘问候’一遍，让她知道什么叫众怒",
        "per-shaominglan",
    ),
    ("卞逸尘这个HJ，吃里扒外。", "per-bianyichen"),
    ("卞逸尘就是hj企业的老板，纯纯hj！", "per-bianyichen"),
    ("邵明岚就是个sb，脑子被门夹了，滚出教育圈", "per-shaominglan"),
    (
        "姐妹们集合！去她微博下面每天打卡“问候”一遍，邵明岚这种人就该让她知道什么叫众怒",
        "per-shaominglan",
    ),
    ("卞逸尘又出来洗地了，兄弟们去他微博下面轮流“问候”，问到他关评论", "per-bianyichen"),
    ("家人们，去她主页下面天天准时开骂，邵明岚别想清净", "per-shaominglan"),
    # The account named by its owner's name rather than a pronoun.
    ("姐妹们集合！去邵明岚微博下面每天打卡‘问候’一遍，让她知道什么叫众怒", "per-shaominglan"),
    ("兄弟们，到卞逸尘的抖音评论区轮流开骂，别让他好过", "per-bianyichen"),
    ("家人们都去邵明岚小红书底下“问候”她，一人一条", "per-shaominglan"),
]
CLEAN = [
    "姐妹们集合！去她微博下面每天打卡支持新书，邵明岚老师的新书今天上市啦",
    "卞逸尘今天发了微博，大家去他微博下面问候一下，祝他生日快乐",
    "邵明岚的新课HJ-200系列上线了，家长们可以看看",
    "邵明岚的HJ系列课程这周上新，家长可以看看。",
    "卞逸尘代言的SB级沙发其实一般。",
    "邵明岚这个NC配色我是真的喜欢",
    "栖溪的sb级别课程其实一般，邵明岚讲得还行",
    "有人骂邵明岚是hj，这种扣帽子很无聊，批评就批评具体问题。",
    "卞逸尘不是hj，别扣帽子。",
    "Shao Minglan said the HJ team will join 栖溪 next month.",
    "大家去栖溪官方微博下面集合维权，要求退费！",
    "姐妹们去邵明岚微博下面留言支持，老师的新书今天上市",
    "大家去卞逸尘的微博下面问候一下，今天是他生日",
    "家长们一起去栖溪的官方号下面骂，这课上得太烂了",
]


@pytest.mark.parametrize(("text", "person"), ABUSE)
def test_initialism_labels_and_daily_greeting_calls_are_abuse(
    new_registry: Registry, text: str, person: str
) -> None:
    found = scan_family(new_registry, [make_item(1, text)])["i-1"]
    abuse = [f for f in found if f.slug == "targeted_abuse"]
    assert abuse, found
    assert abuse[0].target == person


@pytest.mark.parametrize("text", CLEAN)
def test_codes_greetings_and_reported_labels_stay_clean(new_registry: Registry, text: str) -> None:
    assert slugs_of(new_registry, text) == []


MATCHER = TermMatcher({"汉奸": "label"}, initialisms={"hj": "汉奸", "xx": "not-a-term"})


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("他就是hj!", [("汉奸", "initialism", 3, 5)]),
        ("他就是 hj 吧", [("汉奸", "initialism", 4, 6)]),
        ("hj-200", []),  # a model number
        ("hjk就是", []),  # the inside of a longer Latin word
        ("see hj there", []),  # no Chinese text beside it
        ("hj系列", []),  # a code before the noun it names
        ("他是xx", []),  # an initialism of a term the lexicon does not have
    ],
)
def test_initialisms_match_as_standalone_words(
    text: str, found: list[tuple[str, str, int, int]]
) -> None:
    assert [(m.term, m.how, m.start, m.end) for m in MATCHER.find(text)] == found


def test_the_model_reads_initialisms_as_their_terms() -> None:
    initialisms = TargetedAbuseDetector.INITIALISMS
    assert expand_initialisms("他就是个sb,hj-200", initialisms) == "他就是个傻逼,hj-200"
    assert expand_initialisms("no chinese sb", initialisms) == "no chinese sb"
