"""Evidence marks over item text, masking inside and around them, and quotation differences."""

from __future__ import annotations

from clearbright.categories import Category
from clearbright.console.reasons import GAP, action_order, default_action, ground_template
from clearbright.console.text import Mark, diff, segments

TEXT = "顾南笙的身份证号 3301 0619 8503 1212 31，家住滨江区某小区，大家去问候一下"


def test_marks_cut_the_text_and_keep_every_character() -> None:
    parts = segments("岫屏的手表就是垃圾", [Mark(0, 2, "ev-1", "target"), Mark(5, 9, "ev-2", "x")])
    assert [p.text for p in parts] == ["岫屏", "的手表", "就是垃圾"]
    assert [p.refs for p in parts] == ["ev-1", "", "ev-2"]


def test_overlapping_marks_cover_the_shared_run_together() -> None:
    parts = segments("abcdef", [Mark(0, 4, "a", "k1"), Mark(2, 6, "b", "k2")])
    assert [(p.text, p.refs) for p in parts] == [("ab", "a"), ("cd", "a b"), ("ef", "b")]
    assert parts[1].kinds == "k1, k2"


def test_personal_data_is_masked_whole_even_when_a_mark_cuts_it() -> None:
    id_start = TEXT.index("3301")
    parts = segments(TEXT, [Mark(id_start + 5, id_start + 9, "ev-1", "validated_id_number")])
    shown = "".join(p.text for p in parts)
    assert "0619" not in shown and "3301**********1231" in shown
    masked = [p for p in parts if p.masked]
    assert masked[0].refs == "ev-1"  # the mark moves onto the whole masked value


def test_marks_out_of_range_are_ignored() -> None:
    assert [p.text for p in segments("短文", [Mark(1, 9, "x", "k")])] == ["短文"]


def test_quotation_differences_on_both_sides() -> None:
    ours, theirs = diff("我们不评价别人的产品", "岫屏的手表就是垃圾。")
    assert "".join(p.text for p in ours) == "我们不评价别人的产品"
    assert "".join(p.text for p in theirs) == "岫屏的手表就是垃圾。"
    assert [p.op for p in ours if p.text == "的"] == ["equal"]
    assert {p.op for p in theirs} == {"equal", "insert"}


def test_speech_categories_offer_label_and_no_action_first() -> None:
    for category in Category:
        order = action_order(category)
        if category.is_speech:
            assert order[:2] == ["label", "no_action"]
            assert default_action("review", category) == "label"
        else:
            assert order[0] == "remove"
        for action in order:
            assert GAP in ground_template(category, action, "澄屿科技股份有限公司")
