"""Coupon codes: check symbol guarantees, normalisation, print form, generation and correction."""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from omniprint.domain import codes
from omniprint.domain.codes import (
    ALPHABET,
    CHECK_ALPHABET,
    DEFAULT_BODY_LENGTH,
    Check,
    Code,
    check_symbol,
    display_form,
    is_valid,
    near_misses,
    new_codes,
    normalize,
    suggest,
    validate_prefix,
)
from omniprint.domain.errors import ConflictError, ValidationError

body_chars = st.sampled_from(ALPHABET)


@st.composite
def valid_keys(draw: st.DrawFn) -> str:
    """A key as issued: prefix (0-6) plus body (6-20) from the alphabet, then its check symbol."""
    prefix = draw(st.text(body_chars, min_size=0, max_size=6))
    body = draw(st.text(body_chars, min_size=6, max_size=20))
    return prefix + body + check_symbol(prefix + body)


def issued_set(keys: Iterable[str]):
    """A stand-in for storage: answers a batch lookup against a fixed set of issued keys."""
    issued = set(keys)
    calls: list[list[str]] = []

    def lookup(batch: Iterable[str]) -> set[str]:
        batch = list(batch)
        calls.append(batch)
        return issued.intersection(batch)

    lookup.calls = calls  # type: ignore[attr-defined]
    return lookup


# --- the check symbol ------------------------------------------------------------------------


def test_alphabets() -> None:
    assert len(ALPHABET) == 32 and not set("ILOU") & set(ALPHABET)
    assert CHECK_ALPHABET == ALPHABET + "*~$=U"
    assert DEFAULT_BODY_LENGTH * 5 >= 40


def test_check_symbol_is_value_mod_37() -> None:
    assert check_symbol("0") == "0"
    assert check_symbol("Z") == "Z"  # 31
    assert check_symbol("10") == "*"  # 32
    assert check_symbol("14") == "U"  # 36
    assert check_symbol("15") == "0"  # 37
    value = 0
    for char in "SPRK7MQX4PZ":
        value = value * 32 + ALPHABET.index(char)
    assert check_symbol("SPRK7MQX4PZ") == CHECK_ALPHABET[value % 37]


def test_check_symbol_rejects_characters_outside_the_alphabet() -> None:
    with pytest.raises(ValidationError, match=r"contains 'U': codes use only digits"):
        check_symbol("ABU")
    with pytest.raises(ValidationError, match="empty code"):
        check_symbol(" - ")


@given(valid_keys())
def test_issued_keys_are_valid_in_every_spelling(key: str) -> None:
    assert is_valid(key)
    assert is_valid(key.lower())
    assert is_valid(display_form(key))
    assert normalize(display_form(key)) == key


@given(valid_keys(), st.data())
def test_every_single_substitution_is_detected(key: str, data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(key) - 1))
    alphabet = CHECK_ALPHABET if position == len(key) - 1 else ALPHABET
    symbol = data.draw(st.sampled_from(alphabet).filter(lambda s: s != key[position]))
    assert not is_valid(key[:position] + symbol + key[position + 1 :])


@given(valid_keys(), st.data())
def test_every_adjacent_transposition_is_detected(key: str, data: st.DataObject) -> None:
    distinct = [i for i in range(len(key) - 1) if key[i] != key[i + 1]]
    if not distinct:
        return  # e.g. 0000000 with check 0: nothing to swap
    i = data.draw(st.sampled_from(distinct))
    assert not is_valid(key[:i] + key[i + 1] + key[i] + key[i + 2 :])


def test_exhaustively_for_one_key() -> None:
    # The property tests sample; this walks every substitution and swap of one key.
    key = "SPRK7MQX4PZ" + check_symbol("SPRK7MQX4PZ")
    for i in range(len(key)):
        for symbol in CHECK_ALPHABET if i == len(key) - 1 else ALPHABET:
            if symbol != key[i]:
                assert not is_valid(key[:i] + symbol + key[i + 1 :])
        if i < len(key) - 1 and key[i] != key[i + 1]:
            assert not is_valid(key[:i] + key[i + 1] + key[i] + key[i + 2 :])


@pytest.mark.parametrize(
    "text",
    ["", "0", "000000", "ABCDEFG*H", "U00000000", "#0000000"],
)
def test_malformed_text_is_not_valid(text: str) -> None:
    assert not is_valid(text)


# --- normalisation and display ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("oto 7tq2 m9xa d", "0T07TQ2M9XAD"),
        ("OTO-3K9D-7QMP-X", "0T03K9D7QMPX"),
        ("o0 I1 l1 L", "0011111"),
        ("spr_k7mq.x4pz-7", "SPRK7MQX4PZ7"),
        ("  spr\tk7mq\nx4pz 7 ", "SPRK7MQX4PZ7"),
        ("abc$", "ABC$"),
        ("", ""),
    ],
)
def test_normalize(typed: str, key: str) -> None:
    assert normalize(typed) == key


@given(st.lists(st.text(st.characters(exclude_categories=("Zs", "Cc", "Zl", "Zp")), max_size=9)))
def test_normalize_all_gives_each_code_its_key_where_it_stood(typed: list[str]) -> None:
    typed = [t for t in typed if t.split() == [t] and "," not in t]  # codes between delimiters
    assume(typed)
    assert codes.normalize_all("\n".join(typed)).split("\n") == [normalize(t) for t in typed]
    assert codes.normalize_all(",".join(typed)).split(",") == [normalize(t) for t in typed]


@pytest.mark.parametrize(
    ("key", "prefix", "shown"),
    [
        ("SPRK7MQX4PZ7", "SPR", "SPR-K7MQ-X4PZ-7"),
        ("SPRK7MQX4PZ7", "spr", "SPR-K7MQ-X4PZ-7"),
        ("0T03K9D7QMPX", "OTO", "OTO-3K9D-7QMP-X"),
        ("K7MQX4PZ7", "", "K7MQ-X4PZ-7"),
        ("K7MQX47", "", "K7MQ-X4-7"),
        ("K7MQX4PZ12345$", "", "K7MQ-X4PZ-1234-5-$"),
    ],
)
def test_display_form(key: str, prefix: str, shown: str) -> None:
    assert display_form(key, prefix) == shown


def test_display_form_rejects_a_prefix_the_key_lacks() -> None:
    with pytest.raises(
        ValidationError, match=r"^code 'K7MQX4PZ7' does not start with the prefix 'SPR'$"
    ):
        display_form("K7MQX4PZ7", "SPR")


# --- prefix and length ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "shown"),
    [("", ""), ("spr", "SPR"), (" oto ", "OTO"), ("A1B2C3", "A1B2C3"), ("LIO", "LIO")],
)
def test_validate_prefix_accepts(given: str, shown: str) -> None:
    assert validate_prefix(given) == shown


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (
            "SUMMER",
            "code prefix 'SUMMER' contains U, which codes never use "
            "(it is easily misread as V): choose another letter",
        ),
        ("OTOÑO", "code prefix 'OTOÑO' contains 'Ñ': use only letters A-Z and digits 0-9"),
        ("SP-R", "code prefix 'SP-R' contains '-': use only letters A-Z and digits 0-9"),
        ("SP R", "code prefix 'SP R' contains ' ': use only letters A-Z and digits 0-9"),
        ("SPRING7", "code prefix 'SPRING7' is too long: use at most 6 letters or digits"),
    ],
)
def test_validate_prefix_refuses_with_a_message(given: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_prefix(given)
    assert str(caught.value) == message


@pytest.mark.parametrize("length", [5, 21, 0, -8])
def test_length_out_of_range_is_refused(length: int) -> None:
    with pytest.raises(ValidationError) as caught:
        new_codes(1, length=length)
    assert str(caught.value) == (
        f"code length must be between 6 and 20 random characters (got {length})"
    )


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        new_codes(-1)
    assert str(caught.value) == "number of codes must be zero or more (got -1)"


def test_too_many_codes_for_the_length_is_refused() -> None:
    with pytest.raises(ValidationError, match="too many for 6 random characters"):
        new_codes(32**6 // 4 + 1, length=6)


# --- generation -------------------------------------------------------------------------------


def test_new_codes_shape() -> None:
    batch = new_codes(50, prefix="oto", length=11)
    assert len(batch) == 50
    for code in batch:
        assert isinstance(code, Code)
        assert code.key.startswith("0T0") and len(code.key) == 3 + 11 + 1
        assert code.display.startswith("OTO-")
        assert code.display == display_form(code.key, "OTO")
        assert is_valid(code.key) and is_valid(code.display)
    assert new_codes(0) == []


@pytest.mark.parametrize("length", range(6, 21))
def test_every_length_gives_valid_codes(length: int) -> None:
    for code in new_codes(20, prefix="sp", length=length):
        assert len(code.key) == 2 + length + 1
        assert normalize(code.display) == code.key
        assert is_valid(code.key)


def test_100_000_codes_are_unique_and_random() -> None:
    batch = new_codes(100_000)
    keys = [code.key for code in batch]
    assert len(set(keys)) == len(keys)
    bodies = [key[:-1] for key in keys]
    counts = Counter("".join(bodies))
    assert set(counts) == set(ALPHABET)
    expected = len(bodies) * DEFAULT_BODY_LENGTH / 32
    # 25,000 expected per symbol, standard deviation about 155: 5% off would be 8 deviations.
    assert all(abs(count - expected) < expected * 0.05 for count in counts.values())
    checks = Counter(key[-1] for key in keys)
    # Issued codes end in a plain letter or digit: never *~$=U, which shops and QR modes dislike.
    assert set(checks) == set(ALPHABET)
    # Not sequential: values neither sorted nor evenly spaced.
    values = [
        int(body.translate(str.maketrans(ALPHABET, "0123456789abcdefghijklmnopqrstuv")), 32)
        for body in bodies[:1000]
    ]
    assert values != sorted(values)
    assert len({b - a for a, b in pairwise(values)}) > 900


class FirstQueriesTaken:
    """A container that claims the first ``count`` distinct keys it is asked about are taken."""

    def __init__(self, count: int) -> None:
        self.count = count
        self.taken: set[str] = set()

    def __contains__(self, key: object) -> bool:
        if key in self.taken:
            return True
        if len(self.taken) < self.count:
            self.taken.add(str(key))
            return True
        return False


def test_taken_container_is_respected() -> None:
    taken = FirstQueriesTaken(7)
    batch = new_codes(100, taken=taken)
    assert len(batch) == 100
    assert len(taken.taken) == 7
    assert not {code.key for code in batch} & taken.taken


def test_taken_callable_is_asked_in_batches_and_respected() -> None:
    refused: set[str] = set()
    calls: list[int] = []

    def existing(keys: Iterable[str]) -> set[str]:
        keys = list(keys)
        calls.append(len(keys))
        if len(calls) == 1:
            refused.update(keys[:3])
            return set(keys[:3])
        return set()

    batch = new_codes(100, taken=existing)
    # Asked once per batch; the three refused keys are replaced by three more.
    assert calls[0] <= 100 and sum(calls) == 100 + 3
    assert len(batch) == 100 and not {code.key for code in batch} & refused


def test_repeats_within_a_batch_are_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    real = secrets.token_bytes
    draws = iter([lambda n: bytes(n)])  # first draw: all zeros, so every body is 00000000

    def token_bytes(n: int) -> bytes:
        return next(draws, real)(n)

    monkeypatch.setattr(codes.secrets, "token_bytes", token_bytes)
    batch = new_codes(10)
    keys = [code.key for code in batch]
    assert len(set(keys)) == 10
    assert keys[0] == "000000000"


def test_a_full_code_space_raises_conflict(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codes.secrets, "token_bytes", bytes)  # every draw is zeros
    with pytest.raises(ConflictError, match="could not find 1 more unused codes"):
        new_codes(2)


# --- near misses and suggestions --------------------------------------------------------------


def test_near_misses_cover_each_kind_of_typing_error() -> None:
    key = "K7MQX4PZ" + check_symbol("K7MQX4PZ")
    misses = set(near_misses(key))
    assert key not in misses
    assert "K7MQX4PY" + key[-1] in misses or key[-2] == "Y"  # substitution in the body
    assert key[:-1] + ("U" if key[-1] != "U" else "0") in misses  # substitution of the check
    assert "7KMQX4PZ" + key[-1] in misses  # adjacent swap
    assert "K7MQ4PZ" + key[-1] in misses  # deletion
    assert "K7MQX4PZZ" + key[-1] in misses  # insertion
    # Never a check symbol inside the body.
    assert all(set(miss[:-1]) <= set(ALPHABET) for miss in misses)
    assert len(misses) == len(list(near_misses(key)))  # each once


@given(valid_keys())
def test_suggest_corrects_a_single_typo(key: str) -> None:
    typo = key[:2] + ("1" if key[2] != "1" else "2") + key[3:]
    lookup = issued_set([key, "0000000000"])
    result = suggest(typo.lower(), lookup)
    assert result == Check(normalize(typo), "corrected", key)
    assert len(lookup.calls) == 1  # one query to storage


def test_suggest_confirms_an_issued_code() -> None:
    key = new_codes(1, prefix="spr")[0]
    assert suggest(key.display.lower(), issued_set([key.key])) == Check(key.key, "valid")


def test_suggest_says_nothing_when_two_issued_codes_are_equally_near() -> None:
    # Two issued keys that differ in two places; a typo half-way is one error from each.
    body = "K7MQX4PZ"
    first = body + check_symbol(body)
    second = None
    for a in ALPHABET:
        for b in ALPHABET:
            other = f"K7MQX4{a}{b}"
            if other != body and check_symbol(other) == first[-1]:
                second = other + first[-1]
                break
        if second:
            break
    assert second is not None
    typo = first[:6] + second[6] + first[7:]  # one substitution from each
    assert typo[:7] == second[:7] and typo[7:] == first[7:]
    result = suggest(typo, issued_set([first, second]))
    assert result.suggestion is None
    assert result.status == ("unknown" if is_valid(typo) else "invalid")


def test_suggest_unknown_and_invalid() -> None:
    key = "K7MQX4PZ" + check_symbol("K7MQX4PZ")
    assert suggest(key, issued_set([])) == Check(key, "unknown")
    assert suggest("hello world", issued_set([])) == Check("HE110W0R1D", "invalid")
    assert suggest(" ", issued_set([])) == Check("", "invalid")
