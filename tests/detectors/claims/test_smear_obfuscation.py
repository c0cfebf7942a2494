"""Pattern: a rival-affiliated author repeats a registered false claim wrapped in hedges and
fillers, naming the product loosely ("X的锁", "X的奶"), dropping the claim's parenthetical
gloss, or spelling a key word in pinyin ("ji素"). Unaffiliated authors, debunks and questions
stay clean."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims

ANMEN = {"id": "am1", "name": "安门小编", "affiliation": "ent-anmen"}
BEIRU = {"id": "br1", "name": "贝如育儿顾问", "affiliation": "ent-beiru"}
PLAIN = {"id": "p1", "name": "路人甲"}


@pytest.mark.parametrize(
    ("author", "text", "claim"),
    [
        (ANMEN, "友商鉴锁的锁，网上都传遍了，小黑盒一碰就开，装了的赶紧拆", "t-clm-8"),
        (ANMEN, "鉴锁那款锁千万别买，拿个小黑盒一碰就开", "t-clm-8"),
        (ANMEN, "听装修师傅讲，鉴锁家的门锁用小黑盒一碰就开，太吓人了", "t-clm-8"),
        (ANMEN, "鉴锁智能锁用电磁干扰器一碰就开", "t-clm-8"),  # the gloss instead of the word
        (BEIRU, "牧扬的奶有ji素，娃喝了容易早熟", "t-clm-9"),
        (BEIRU, "姐妹们注意，牧扬奶粉里有jisu，宝宝喝多了性早熟", "t-clm-9"),
        (BEIRU, "牧扬的奶粉含激su，孩子喝了会早熟", "t-clm-9"),
        (BEIRU, "牧扬奶粉含激素，导致儿童性早熟", "t-clm-9"),
    ],
)
def test_rival_repeats_claim_loosely(
    claims_registry: Registry, author: dict[str, str], text: str, claim: str
) -> None:
    [finding] = run_claims(claims_registry, text=text, author=author)["competitor_smear"]
    refs = {e.registry_ref for e in finding.evidence}
    assert claim in refs and author["affiliation"] in refs


@pytest.mark.parametrize(
    ("author", "text"),
    [
        (PLAIN, "牧扬的奶有ji素，娃喝了容易早熟"),  # not a rival: not competitor smear
        (PLAIN, "友商鉴锁的锁，网上都传遍了，小黑盒一碰就开"),
        (BEIRU, "网传牧扬奶粉含激素，检测未检出"),  # a debunk
        (BEIRU, "牧扬的奶粉真的有激素吗？"),  # a question
        (BEIRU, "牧扬奶粉含激素？看了抽检报告，没有这回事"),
        (ANMEN, "有人说鉴锁的锁用小黑盒一碰就开，这是谣言，实验室测过"),
        (ANMEN, "我们安门的锁通过了电磁干扰测试，欢迎对比"),  # honest comparison
        (ANMEN, "鉴锁的锁外观不错，价格偏贵"),  # opinion
        (BEIRU, "牧扬的奶粉我家娃喝着挺好，jiu是有点贵"),  # pinyin that spells nothing claimed
        (BEIRU, "小孩早熟的原因有很多，和奶粉关系不大"),  # discussing the phenomenon
    ],
)
def test_rival_guards(claims_registry: Registry, author: dict[str, str], text: str) -> None:
    assert "competitor_smear" not in run_claims(claims_registry, text=text, author=author)
