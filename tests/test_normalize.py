"""The normalizer folds obfuscations and always maps back to the original text."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clearbright.text.homoglyphs import skeleton
from clearbright.text.normalize import (
    _CHANGED_ONLY_IN_PHRASES,
    _RUN,
    _SELF_FOLDING,
    _fold_char,
    _is_separator,
    _t2s,
    _t2s_triggers,
    fold,
    normalize,
    pinyin_key,
)
from clearbright.text.similar_chars import shape_similarity, visually_similar
from tests.detectors.test_privacy_fast_paths import reference_normalize


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


# --- The fast paths: what each step skips would not have changed, and offsets stay exact. ---


EVERY_CHARACTER = "".join(map(chr, range(0x110000)))


def test_characters_the_fold_skips_fold_to_themselves() -> None:
    skipped = re.findall(f"[{_SELF_FOLDING}]", EVERY_CHARACTER)
    assert len(skipped) > 20_000
    assert [c for c in skipped if _fold_char(c) != c] == []


def test_characters_a_separator_run_leaves_out_are_never_separators() -> None:
    left_out = re.sub(_RUN, "", EVERY_CHARACTER)
    assert [c for c in left_out if _is_separator(c)] == []


@pytest.mark.parametrize(
    ("original", "folded"),
    [
        ("沈思的手机", "沉思的手机"),  # 沈 alone stays, the phrase 沈思 converts
        ("请尽快回覆我", "请尽快回复我"),
        ("一目瞭然", "一目了然"),
        ("他找藉口", "他找借口"),
        ("坏人和沈阳", "坏人和沈阳"),  # the same characters outside those phrases stay
        ("什么时候", "什么时候"),
    ],
)
def test_traditional_forms_inside_phrases_only_are_converted(original: str, folded: str) -> None:
    assert normalize(original).text == folded == _t2s(original)


def _opencc_keys(tmp_path: Path) -> list[str]:
    """Every entry of the dictionaries t2s uses, dumped with OpenCC's own tool."""
    clib = Path(opencc.__file__).parent / "clib"
    tool, share = clib / "bin" / "opencc_dict", clib / "share" / "opencc"
    if not tool.exists():
        pytest.skip("this OpenCC build ships no opencc_dict to read its dictionaries")
    config = json.loads((share / "t2s.json").read_text(encoding="utf-8"))
    files = [step["dict"]["file"] for step in config["normalization"]]
    files += [d["file"] for step in config["conversion_chain"] for d in step["dict"]["dicts"]]
    keys: list[str] = []
    for name in files:
        out = tmp_path / f"{name}.txt"
        command = [tool, "-i", share / name, "-o", out, "-f", "ocd2", "-t", "text"]
        subprocess.run(command, check=True)
        keys += [line.split("\t")[0] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(keys) > 5000
    return keys


def test_every_character_t2s_may_change_is_a_trigger(tmp_path: Path) -> None:
    """The skip in `_traditional_to_simplified` is safe for the installed OpenCC dictionaries."""
    triggers = _t2s_triggers()
    missed: list[str] = []
    for key in _opencc_keys(tmp_path):
        assert all(ord(c) < 0x10000 or 0x20000 <= ord(c) < 0x40000 for c in key), key
        changed = [c for c, out in zip(key, _t2s(key), strict=True) if c != out]
        if changed and not triggers.search(key):
            missed.append(key)
        if changed and all(_t2s(c) == c for c in key):  # changes only as a phrase
            assert set(changed) <= set(_CHANGED_ONLY_IN_PHRASES), key
    assert missed == []


def test_ellipsis_next_to_digits_keeps_offsets() -> None:
    folded = normalize("电话138……0013")
    assert folded.text == "电话138......0013"
    assert folded.origin == (0, 1, 2, 3, 4, 5, 5, 5, 6, 6, 6, 7, 8, 9, 10)
    folded = normalize("太贵了……澄屿")  # between Chinese characters the dots are noise
    assert folded.text == "太贵了澄屿"
    assert folded.origin == (0, 1, 2, 5, 6)


@pytest.mark.parametrize(
    ("original", "folded", "origin"),
    [
        ("澄 屿 ，好", "澄屿,好", (0, 2, 4, 5)),  # before kept punctuation too
        ("好，  澄屿", "好,澄屿", (0, 1, 4, 5)),  # after it
        ("好，  。", "好, 。", (0, 1, 2, 4)),  # between two punctuation marks: kept, collapsed
        ("澄@#屿", "澄屿", (0, 3)),
        ("澄 a 屿", "澄 a 屿", (0, 1, 2, 3, 4)),  # a letter in the run: nothing joins
        ("澄 〇 屿", "澄 〇 屿", (0, 1, 2, 3, 4)),
        ("li.wei@example.com，澄", "li.wei@example.com,澄", tuple(range(20))),
        ("a \t\n b", "a b", (0, 1, 5)),  # whitespace collapses to its first character
        ("a\u2028b c", "a b c", (0, 1, 2, 3, 4)),
        ("1\u3000\u30002", "1 2", (0, 1, 3)),
        ("a - \n b", "a - b", (0, 1, 2, 3, 6)),
    ],
)
def test_separators_and_whitespace(original: str, folded: str, origin: tuple[int, ...]) -> None:
    result = normalize(original)
    assert (result.text, result.origin) == (folded, origin)


# Characters each fast path decides on: phrase-only traditional forms, separators, whitespace,
# full-width forms, characters that vanish or expand.
FAST_PATH_ALPHABET = (
    "沈思坏打回覆瞭解藉口哩甦衹么华為臺澄屿0189abcXZ .-_@*#~\t\n\u3000\u2028\u200b\ufe0f"
    "，。：（）！？、“”《》【】〇…—·１２Ａ😀ﬁ㈱℃"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(FAST_PATH_ALPHABET), max_size=40))
def test_fast_paths_match_the_character_by_character_reference(text: str) -> None:
    folded = normalize(text)
    assert (folded.text, folded.origin) == reference_normalize(text)
