"""The normalizer folds obfuscations and always maps back to the original text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clearbright.text.homoglyphs import skeleton
from clearbright.text.normalize import fold, normalize, pinyin_key
from clearbright.text.similar_chars import shape_similarity, visually_similar


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        ("ＣＨＥＮＧＹＵ官方", "chengyu官方"),  # full-width letters
        ("澄嶼手錶", "澄屿手表"),  # traditional characters
        ("澄\u200b屿", "澄屿"),  # zero-width space
        ("澄\u200d屿\ufeff", "澄屿"),  # zero-width joiner, BOM
        ("澄 屿", "澄屿"),  # inserted space
        ("澄*屿", "澄屿"),  # inserted symbol
        ("澄·屿", "澄屿"),
        ("澄 - 屿 ! 科技", "澄屿!科技"),
        ("澄😀屿", "澄屿"),  # emoji between characters
        ("\u0441hengyu", "chengyu"),  # Cyrillic с
        ("Ηеmiао", "hemiao"),  # Greek Η, Cyrillic е, а, о
        ("１３８ ００１３", "138 0013"),  # full-width digits, space kept between digits
        ("Pulse  5", "pulse 5"),  # whitespace collapses, Latin spacing kept
        ("澄屿，我不买了。", "澄屿,我不买了。"),  # sentence punctuation is kept
    ],
)
def test_folds(original: str, folded: str) -> None:
    assert normalize(original).text == folded


@pytest.mark.parametrize(
    ("name", "lookalike"),
    [
        ("microsoft", "rnicrosoft"),
        ("chengyu", "chengyu"),
        ("google", "g00gle"),
        ("xiuping", "xiuplng"),
        ("hemiao", "hern1ao"),
    ],
)
def test_latin_skeleton_meets_lookalikes(name: str, lookalike: str) -> None:
    assert skeleton(name) == skeleton(lookalike)


def test_greek_capitals_meet_the_latin_name_through_the_skeleton() -> None:
    assert normalize("ΧΙUΡΙΝG").skeleton == skeleton("xiuping")


def test_skeleton_keeps_different_names_apart() -> None:
    assert skeleton("chengyu") != skeleton("hengyu")
    assert skeleton("hemiao") != skeleton("xiuping")


def test_offsets_point_into_the_original() -> None:
    original = "看看 澄*屿 的官方店"
    folded = normalize(original)
    start, end = folded.find_all(fold("澄屿"))[0]
    o_start, o_end = folded.to_original(start, end)
    assert original[o_start:o_end] == "澄*屿"


def test_offsets_through_expansion_and_traditional() -> None:
    original = "㈱澄嶼"  # ㈱ expands to three characters under NFKC
    folded = normalize(original)
    assert folded.text == "(株)澄屿"
    start, end = folded.find_all("澄屿")[0]
    assert folded.original_text(start, end) == "澄嶼"
    assert folded.original_text(0, 3) == "㈱"


def test_to_original_rejects_bad_ranges() -> None:
    with pytest.raises(ValueError, match="outside"):
        normalize("abc").to_original(2, 9)


def test_pinyin_is_toneless_and_aligned() -> None:
    folded = normalize("禾淼Nova")
    assert folded.pinyin == ("he", "miao", "n", "o", "v", "a")
    assert pinyin_key("澄屿") == pinyin_key("橙雨") == "chengyu"
    assert pinyin_key("澄屿") != pinyin_key("岫屏")


def test_visually_similar_characters() -> None:
    assert visually_similar("己", "已")
    assert shape_similarity("澄", "澄") == 1.0
    assert not visually_similar("澄", "a")
    assert shape_similarity("禾", "屏") < shape_similarity("己", "已")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_offset_map_is_always_valid(text: str) -> None:
    folded = normalize(text)
    assert len(folded.origin) == len(folded.text)
    assert list(folded.origin) == sorted(folded.origin), "offsets never go backwards"
    assert all(0 <= i < len(text) for i in folded.origin)
    for start in range(len(folded.text)):
        for end in range(start + 1, min(len(folded.text), start + 4) + 1):
            o_start, o_end = folded.to_original(start, end)
            assert 0 <= o_start < o_end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("澄屿禾淼岫屏科技 *·\u200b-😀ａｂc12，。"), max_size=40))
def test_each_folded_character_comes_from_its_source(text: str) -> None:
    folded = normalize(text)
    for char, origin in zip(folded.text, folded.origin, strict=True):
        assert char in fold(text[origin]) or char == " ", (char, text[origin])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_folding_is_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once
