"""Pattern: a search suggestion or trending topic states a registered false claim in other
words: another causative link (引发/造成/致 for 导致), a near-synonym noun (幼儿/宝宝 for 婴儿,
执照/资质 for 许可证, 监控 for 摄像头, 庄稼 for 农田), a colloquial form (塌了 for 倒塌, 出人命
for 死亡), the keywords in another order, extra words typed after them (门店名单, 全面停课,
真相), or the brand in pinyin (with or without spaces). Neutral searches, true claims,
debunks, questions and reports of the official denial stay clean.

The registry (registry_oblique/) is fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from clearbright.registry import Registry

from .conftest import run_claims

S, T = "search_suggestion", "trending_topic"
OBLIQUE = Path(__file__).parent / "registry_oblique"


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Fictional dairy, early-education, maternity, chemical, builder and juice enterprises."""
    return Registry.load(OBLIQUE)


def _claims(registry: Registry, kind: str, text: str) -> set[str | None]:
    found = run_claims(registry, kind=kind, text=text).get("false_search_trending", [])
    return {e.registry_ref for f in found for e in f.evidence}


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (S, "悦棠奶粉引发婴儿肾结石"),  # 引发 for the claim's 导致
        (S, "悦棠奶粉 造成婴儿肾结石"),
        (S, "悦棠奶粉 致幼儿肾结石"),  # the lone 致, and 幼儿 for 婴儿
        (T, "#悦棠奶粉致宝宝肾结石#"),
        (S, "悦棠奶粉 诱发新生儿肾结石"),
        (T, "#悦棠奶粉致儿童肾结石#"),
        (S, "婴儿肾结石 悦棠奶粉"),  # the keywords before the name
        (S, "宝宝 肾结石 悦棠奶粉 门店名单"),  # in another order, with a list asked for
        (S, "悦棠奶粉 肾结石 真相"),
    ],
)
def test_causative_and_child_words(registry: Registry, kind: str, text: str) -> None:
    assert "o-clm-1" in _claims(registry, kind, text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (S, "yuetang奶粉 婴儿肾结石"),  # the brand run together in pinyin
        (S, "YueTang奶粉 宝宝肾结石 门店名单"),
        (S, "yue tang 奶粉 幼儿肾结石"),  # syllable by syllable
        (T, "#yuetang奶粉致婴儿肾结石#"),
        (S, "Yue Tang Nai Fen 婴儿肾结石"),  # the whole registered alias in pinyin
        (S, "yuètáng奶粉 婴儿肾结石"),  # with tone marks
        (S, "yue棠奶粉 宝宝肾结石"),  # one character as its syllable
        (S, "悦tang奶粉 婴儿肾结石"),
        (T, "#MingZhu建工体育馆塌了#"),
        (S, "qinglong化工 污染农田"),
        (S, "lang xi 果汁 腐烂水果榨汁"),
        (S, "langxi果汁 烂水果榨的"),
    ],
)
def test_brand_in_pinyin(registry: Registry, kind: str, text: str) -> None:
    assert _claims(registry, kind, text) & {"o-clm-1", "o-clm-5", "o-clm-6", "o-clm-8"}


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (S, "禾川早教 没有办学资质"),  # 资质 for 许可证
        (S, "禾川早教没执照"),
        (S, "禾川早教 无办学许可证"),  # 无 for 没有
        (T, "#禾川早教无证办学#"),  # the four-character form
        (S, "禾川早教 没有资质 全面停课"),  # a consequence typed after the keywords
        (T, "#禾川早教没有办学牌照#"),
        (S, "禾川早教 没有资质 怎么办"),  # asks what to do, taking the keywords as given
        (S, "hechuan早教 没有资质"),
    ],
)
def test_licence_words(registry: Registry, kind: str, text: str) -> None:
    assert "o-clm-3" in _claims(registry, kind, text)


@pytest.mark.parametrize(
    ("kind", "text", "claim"),
    [
        (S, "澈安月子中心 监控偷拍产妇", "o-clm-4"),  # 监控 for 摄像头
        (T, "#澈安月子中心房间装探头偷拍产妇#", "o-clm-4"),
        (S, "澈安 偷拍产妇 摄像头", "o-clm-4"),
        (S, "青垄化工 偷排废水 污染庄稼", "o-clm-5"),  # 庄稼 for 农田
        (T, "#青垄化工偷排污水污染农作物#", "o-clm-5"),
        (S, "青垄化工污染农田", "o-clm-5"),
        (S, "鸣筑建工 体育馆塌了 出人命", "o-clm-6"),  # 塌了 for 倒塌, 出人命 for 死亡
        (S, "鸣筑 体育馆塌了", "o-clm-6"),
        (T, "#鸣筑建工体育馆坍塌 工人身亡#", "o-clm-6"),
        (S, "鸣筑建工体育馆垮塌致工人死亡", "o-clm-6"),
        (T, "#鸣筑建工承建体育馆倒塌 全面停工#", "o-clm-6"),
        # a stoppage typed after the keywords, or the claim's own stoppage in short form
        (S, "澄骑单车 资金链断裂 全面停运", "o-clm-16"),
        (T, "#澄骑单车资金链断了 即将停运#", "o-clm-16"),
        (S, "澄骑单车 停运", "o-clm-16"),
        # told by a victim in the first person: still the claim about the named subject
        (T, "#我们村的农田被青垄化工偷排废水污染了#", "o-clm-5"),
        (T, "#我们家宝宝喝悦棠奶粉得了肾结石#", "o-clm-1"),
    ],
)
def test_noun_and_colloquial_synonyms(registry: Registry, kind: str, text: str, claim: str) -> None:
    assert claim in _claims(registry, kind, text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        # neutral searches about the brand
        (S, "悦棠奶粉 官网"),
        (S, "悦棠奶粉 加盟费"),
        (S, "悦棠奶粉 门店名单"),
        (S, "yuetang奶粉 价格"),
        (S, "悦tangs奶粉 婴儿肾结石"),  # letters running on are no syllable of the name
        (S, "悦棠奶粉 婴儿 冲泡方法"),
        (S, "悦棠奶粉 婴儿"),  # a topic noun of the claim, nothing accused
        (S, "婴儿肾结石 症状"),  # the phenomenon, no brand
        (S, "禾川早教 办学许可证 查询"),
        (S, "禾川早教 办学许可证"),  # the licence, not its lack
        (S, "禾川早教 已取得办学许可证"),
        (S, "澈安月子中心 监控"),
        (S, "澄骑单车 运营时间"),
        (S, "澄骑单车 停运 辟谣"),
        (S, "青垄化工 废水处理"),
        (S, "鸣筑建工 体育馆 工程进度"),
        (T, "#鸣筑建工全面停工#"),  # a consequence alone accuses nothing registered
        # true registered claims
        (T, "#悦棠乳业召回一批次胀袋奶粉#"),
        (S, "悦棠奶粉召回 胀袋"),
        (S, "鸣筑建工 工地扬尘 罚款"),
        # debunks, questions, and reports of the official denial
        (S, "悦棠奶粉致婴儿肾结石 辟谣"),
        (T, "#官方辟谣悦棠奶粉致婴儿肾结石#"),
        (S, "悦棠奶粉引发婴儿肾结石是真的吗"),
        (S, "悦棠奶粉致宝宝肾结石?"),
        (T, "#鸣筑建工体育馆倒塌系谣言#"),
        (T, "#住建部门：鸣筑建工承建体育馆未倒塌#"),
        (T, "#禾川早教回应无证办学传闻#"),
        (T, "#悦棠奶粉与婴儿肾结石无关#"),
        (S, "悦棠奶粉 婴儿肾结石 检测合格"),
        (T, "#教育局：禾川早教持有办学许可证#"),
        (T, "#禾川早教办学资质齐全#"),
        (T, "#澄骑单车春节期间部分区域暂停运营#"),  # a true notice, not the claimed collapse
        (T, "#多地婴儿肾结石病例增加 专家解读#"),  # the phenomenon, no brand
        (S, "禾川早教没执照 不实"),
        # a 致 that is no causative link
        (S, "悦棠奶粉 致敬 婴儿"),
    ],
)
def test_not_false_search_trending(registry: Registry, kind: str, text: str) -> None:
    assert not _claims(registry, kind, text)
