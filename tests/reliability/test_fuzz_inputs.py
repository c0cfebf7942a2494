"""Fuzzing the file inputs: items, registry folders, policy and routing rules files.

The contract under test: any input either loads or raises the project's own error (a
ClearbrightError naming file, line and field), never anything else. Example counts are kept
small here so the suite stays bounded; `scripts/fuzz.sh` runs the same properties far longer.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from clearbright.cases.errors import CaseError
from clearbright.cases.routing import RuleSet
from clearbright.errors import ClearbrightError, InputError
from clearbright.ingest import ItemReader
from clearbright.policy import Policy
from clearbright.registry import Registry
from clearbright.text import normalize
from tests.reliability.strategies import huge_numbers, item_file_lines, json_values, nasty_text

# FUZZ_EXAMPLES scales every property (scripts/fuzz.sh raises it for long runs).
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=not os.environ.get("FUZZ_EXAMPLES"),
    # No shrinking: hostile inputs (deep nesting, megabyte lines) shrink very slowly, and the
    # failing example is reported as found.
    phases=(Phase.explicit, Phase.generate),
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


def _read_all(path: Path, skip: bool) -> None:
    reader = ItemReader(str(path), skip_invalid=skip, max_line_bytes=1 << 16)
    for item in reader:
        assert item.id.strip() and item.platform.strip()


@FUZZ
@given(lines=item_file_lines(), skip=st.booleans())
def test_item_reader_loads_or_names_the_line(
    tmp_path_factory: object, lines: list[bytes], skip: bool
) -> None:
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"fuzz-items-{os.getpid()}.jsonl"
    path.write_bytes(b"\n".join(lines))
    try:
        _read_all(path, skip)
    except InputError as error:
        assert error.path == str(path)
        assert error.line is not None or "no items" in error.message
    finally:
        path.unlink()


def test_item_reader_pathological_lines(tmp_path: Path) -> None:
    """One of each known hard case, on its own line, is refused naming that line."""
    cases = {
        "deep arrays": b"[" * 200_000 + b"]" * 200_000,
        "deep objects": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        "huge integer": b'{"id": "a", "platform": "weibo", "kind": "post", "text": "x", "reach": '
        + b"9" * 5000
        + b"}",
        "huge integer id": b'{"id": ' + b"9" * 5000 + b', "platform": "weibo", "kind": "post"}',
        "overflowing float": b'{"id": "a", "platform": "weibo", "kind": "post", "text": 1e999999}',
        "lone surrogate": b'{"id": "a", "platform": "weibo", "kind": "post", "text": "\\ud800"}',
        "invalid UTF-8": b'{"id": "a", "text": "\xed\xa0\x80"}',
        "one-megabyte line": b'{"id": "a", "platform": "weibo", "kind": "post", "text": "'
        + "澄".encode() * 400_000
        + b'"}',
    }
    for name, line in cases.items():
        path = tmp_path / "items.jsonl"
        path.write_bytes(
            b'{"id": "ok", "platform": "weibo", "kind": "post", "text": "hi"}\n' + line
        )
        with pytest.raises(InputError) as caught:
            list(ItemReader(str(path)))
        assert caught.value.line == 2, (name, caught.value.describe())


REGISTRY_FILES = {
    "entities.yaml": "yaml",
    "platforms.yaml": "yaml",
    "claims.jsonl": "jsonl",
    "statements.jsonl": "jsonl",
    "financials.jsonl": "jsonl",
}
EXAMPLE_REGISTRY = Path(__file__).resolve().parents[2] / "examples" / "registry"


def _mutations(text: str) -> st.SearchStrategy[str]:
    """The example file with one line replaced, cut, or hostile text inserted."""
    lines = text.splitlines()

    @st.composite
    def mutate(draw: st.DrawFn) -> str:
        index = draw(st.integers(0, max(len(lines) - 1, 0)))
        how = draw(st.sampled_from(["replace", "truncate", "insert", "duplicate"]))
        copy = list(lines)
        if how == "replace" and copy:
            copy[index] = draw(st.one_of(nasty_text, json_values.map(json.dumps)))
        elif how == "truncate":
            copy = copy[:index]
        elif how == "insert":
            copy.insert(index, draw(st.one_of(nasty_text, huge_numbers)))
        elif copy:
            copy.insert(index, copy[index])
        return "\n".join(copy)

    return mutate()


@st.composite
def registry_folder(draw: st.DrawFn) -> dict[str, str | bytes]:
    """Each file: the example, a mutation of it, random YAML/JSON, raw bytes, or absent."""
    files: dict[str, str | bytes] = {}
    for name, kind in REGISTRY_FILES.items():
        original = (EXAMPLE_REGISTRY / name).read_text(encoding="utf-8")
        generic = json_values.map(
            lambda v, k=kind: (
                yaml.safe_dump(v, allow_unicode=True) if k == "yaml" else json.dumps(v)
            )
        )
        choice = draw(
            st.one_of(
                st.just(original),
                _mutations(original),
                generic,
                st.binary(max_size=64),
                st.just(None),
                st.sampled_from(["[" * 5000, "a: &x [*x]", "- " * 3000 + "x", "a: " + "9" * 5000]),
            )
        )
        if choice is not None:
            files[name] = choice
    return files


@settings(FUZZ, max_examples=max(EXAMPLES // 4, 5))  # each load builds the registry's indexes
@given(files=registry_folder())
def test_registry_loader_loads_or_names_the_file(files: dict[str, str | bytes]) -> None:
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"fuzz-registry-{os.getpid()}"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
        (folder / name).write_bytes(data)
    try:
        Registry.load(folder)
    except ClearbrightError as error:
        assert error.path is not None and Path(error.path).name in {*REGISTRY_FILES, folder.name}


@FUZZ
@given(
    text=st.one_of(
        json_values.map(lambda v: yaml.safe_dump(v, allow_unicode=True)),
        nasty_text,
        st.sampled_from(
            [
                "categories:\n  privacy_leak:\n    min_score: 1e999",
                "categories: {targeted_abuse: {action: remove}}",
                "[" * 3000,
                "version: " + "9" * 5000,
                "a: &a [*a, *a, *a]\nb: *a",
            ]
        ),
    )
)
def test_policy_loader_loads_or_names_the_file(text: str) -> None:
    path = Path(os.environ.get("TMPDIR", "/tmp")) / f"fuzz-policy-{os.getpid()}.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        Policy.load(path)
    except ClearbrightError as error:
        assert error.path == str(path)
    finally:
        path.unlink()


ROUTING_EXAMPLE = """
rules:
  - name: privacy-fast
    match: {category: privacy_leak}
    queue: privacy
  - name: zj
    match: {region: CN-ZJ}
    assign_to: reviewer-zj
"""


@FUZZ
@given(
    text=st.one_of(
        _mutations(ROUTING_EXAMPLE),
        nasty_text,
        json_values.map(lambda v: yaml.safe_dump({"rules": v}, allow_unicode=True)),
        st.sampled_from(["[" * 3000, "rules: &r [*r]", "rules: " + "9" * 5000]),
    )
)
def test_routing_rules_load_or_are_refused(text: str) -> None:
    try:
        RuleSet.from_yaml(text)
    except CaseError as error:
        assert error.status == 422 and error.message


@FUZZ
@given(text=st.one_of(nasty_text, st.text(max_size=2000)))
def test_normalizer_maps_every_match_back_into_the_original(text: str) -> None:
    folded = normalize(text)
    assert folded.original == text
    for start in range(0, len(folded.text) + 1, max(1, len(folded.text) // 7 or 1)):
        o_start, o_end = folded.to_original(start, len(folded.text))
        assert 0 <= o_start <= o_end <= len(text)


def test_normalizer_on_a_megabyte_line() -> None:
    text = ("澄\u0301\u200b嶼\u202e科\ufe0fＡ" * 90_000)[:600_000]
    folded = normalize(text)
    assert folded.to_original(0, len(folded.text)) == (0, len(text)) or folded.text == ""
