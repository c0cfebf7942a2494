"""Pattern: a search suggestion or trending topic that states a registered claim as keyword
fragments (product + the damning noun phrase, no verb: "<X>冻干 病死鸡鸭") or in everyday
words (孩子 for 儿童, 卖钱 for 出售给第三方). Neutral queries about the product's topic nouns
(原料, 成分, 声音), the keywords of a true claim, refutations, questions and talk about the
phenomenon stay clean."""

from __future__ import annotations

import pytest

from clearbright.registry import Registry

from .conftest import run_claims

S, T = "search_suggestion", "trending_topic"


def _claim_of(registry: Registry, kind: str, text: str) -> set[str | None]:
    [finding] = run_claims(registry, kind=kind, text=text)["false_search_trending"]
    return {e.registry_ref for e in finding.evidence}


@pytest.mark.parametrize(
    ("kind", "text", "claim"),
    [
        (S, "爪呜冻干 病死鸡鸭", "t-clm-17"),  # two fragments, no verb
        (S, "爪呜 病死鸡", "t-clm-17"),
        (S, "爪呜冻干 病鸡病鸭", "t-clm-17"),  # the short forms of 病死鸡, 病死鸭
        (S, "爪呜冻干病死禽", "t-clm-17"),
        (T, "#爪呜冻干用病死鸡鸭#", "t-clm-17"),
        (T, "#爪呜冻干原料是病死鸡鸭#", "t-clm-17"),
        (S, "萌尾猫粮 工业色素", "t-clm-20"),
        (S, "萌尾 工业色素 猫粮", "t-clm-20"),  # the product word set apart from the name
        (S, "春满水饺 非洲猪瘟", "t-clm-14"),  # the disease without its head noun 病毒
        (S, "云麓 地沟油 小料", "t-clm-3"),  # without the production verb 制作
        (S, "云麓 罂粟壳", "t-clm-2"),  # the accusation before its effect (让人上瘾)
        (S, "云麓果茶 香精勾兑", "t-clm-1"),  # the second clause, without the negated first
        (S, "随行 资金链断裂", "t-clm-16"),  # a collapse label of its own
        (T, "#爪呜冻干 病死鸡鸭#", "t-clm-17"),
        (S, "爪呜 冻干 病死鸡鸭", "t-clm-17"),  # the product word apart from the name
        (S, "爪嗚凍乾 病死雞鴨", "t-clm-17"),  # traditional characters
        (S, "爪呜冻干 病死鸡鸭 曝光", "t-clm-17"),  # presented as exposed
        (S, "柯予安 病死鸡鸭", "t-clm-17"),  # the executive stands for the enterprise
    ],
)
def test_keyword_fragments(claims_registry: Registry, kind: str, text: str, claim: str) -> None:
    assert claim in _claim_of(claims_registry, kind, text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (S, "听芽偷录孩子声音卖钱"),
        (S, "听芽偷录小孩声音卖给别人"),
        (T, "#听芽偷录娃的声音倒卖#"),
        (T, "#听芽把孩子声音卖给广告商#"),
        (S, "听芽 倒卖儿童声音"),
        (S, "听芽偷录小朋友声音"),  # one of the two joined accusations
        (S, "听芽 偷录 孩子"),
        (S, "听芽app偷听孩子"),
        (S, "听芽 卖孩子声音"),
    ],
)
def test_everyday_synonyms(claims_registry: Registry, kind: str, text: str) -> None:
    assert "t-clm-18" in _claim_of(claims_registry, kind, text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (S, "听芽 家长手机号 外泄"),
        (S, "听芽 家长手机号 家庭住址 泄漏"),
        (T, "#听芽家长手机号和家庭住址流出#"),
    ],
)
def test_leak_synonyms(claims_registry: Registry, kind: str, text: str) -> None:
    assert "t-clm-21" in _claim_of(claims_registry, kind, text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        # neutral queries about the product
        (S, "爪呜冻干 价格"),
        (S, "爪呜冻干 怎么样"),
        (S, "爪呜冻干 检测报告"),
        (S, "爪呜冻干 原料"),
        (S, "爪呜冻干 成分"),
        (S, "爪呜冻干 鸭肉"),
        (S, "爪呜冻干 鸡肉 鸭肉"),
        (S, "爪呜冻干 原料 产地"),
        (S, "爪呜冻干 配料表"),
        (S, "听芽 儿童 声音"),
        (S, "听芽 第三方"),
        (S, "听芽 儿童模式"),
        (S, "听芽 卖多少钱"),
        (S, "听芽 孩子 声音 怎么设置"),
        (S, "听芽 录音权限 怎么关"),
        (S, "听芽 家长 手机号"),
        (S, "听芽 家庭住址 怎么改"),
        (S, "听芽 卖 会员"),
        (S, "萌尾猫粮 色素 检测"),
        (S, "春满 病毒"),
        (S, "爪呜冻干 曝光"),
        (S, "爪呜冻干 病死鸡鸭 还能买吗"),  # a question
        (S, "爪呜冻干病死鸡鸭 曝光是谣言"),
        (S, "云麓果茶 鲜果"),  # a word of the negated clause ("没有鲜果")
        (S, "随行单车 押金 退还"),  # "押金无法退还" without its negation
        (S, "随行单车 资金链"),
        (T, "#随行单车资金链没有断裂#"),
        (T, "#随行单车回应资金链断裂传闻#"),
        # the keywords of a true registered claim
        (S, "爪呜冻干 罚款"),
        (S, "爪呜冻干 标注不规范 罚款"),
        (S, "爪呜冻干 被罚款两万"),
        # responses, questions, refutations, negations
        (T, "#爪呜冻干病死鸡鸭肉传闻#"),
        (S, "爪呜冻干病死鸡鸭是真的吗"),
        (T, "#爪呜冻干未使用病死鸡鸭肉#"),
        (S, "爪呜冻干病死鸡鸭 辟谣"),
        (T, "#萌尾猫粮没有工业色素#"),
        (T, "#听芽回应偷录儿童声音#"),
        (S, "听芽偷录儿童声音 谣言"),
        # the phenomenon, with no enterprise named
        (T, "#病死鸡鸭肉流入宠物食品调查#"),
        (S, "宠物冻干 病死鸡鸭 怎么辨别"),
        (T, "#儿童app偷录声音怎么办#"),
    ],
)
def test_keyword_guards(claims_registry: Registry, kind: str, text: str) -> None:
    assert "false_search_trending" not in run_claims(claims_registry, kind=kind, text=text)
