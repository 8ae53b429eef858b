"""Coupon codes: random, short to type, and self-checking.

A code is Crockford Base32 (``0-9`` and ``A-Z`` without I, L, O, U) followed by one Crockford
check symbol (value mod 37). Each code has two forms:

* the *key*, used for lookup and uniqueness: upper-case, no separators, O read as 0 and I/L as 1
  (``0T03K9D7QMPX``); `normalize` turns anything a customer types into a key;
* the *display* form, what is printed: the prefix as the user wrote it, then the body in groups of
  four, then the check symbol on its own (``OTO-3K9D-7QMP-X``).

Why the check symbol catches every single substitution and adjacent transposition
---------------------------------------------------------------------------------
Read the key without its check, prefix included, as a base-32 number ``V = sum(c_i * 32**k_i)``
where ``k_i`` is the power of the place of character ``c_i`` (0..31). The check symbol is
``CHECK_ALPHABET[V % 37]``. 37 is prime, so it divides a product only if it divides a factor.

* A substitution ``a -> b`` in the body changes ``V`` by ``(b - a) * 32**k``. 37 does not divide
  ``32**k`` (its only prime factor is 2) and ``0 < |b - a| < 32 < 37``, so ``V % 37`` changes and
  no longer matches the check symbol.
* A substitution of the check symbol itself changes a value in 0..36 to another value in 0..36;
  the body still gives the old value, so it cannot match.
* Swapping adjacent distinct characters ``a b -> b a`` at places ``k + 1`` and ``k`` changes ``V``
  by ``(a - b) * (32 - 1) * 32**k = 31 * (a - b) * 32**k``. 37 divides none of 31, ``a - b``
  (``0 < |a - b| <= 31``) and ``32**k``, so the error is caught.
* Swapping the last body character ``b`` (place 0) with the check symbol ``s``: if ``s`` is one
  of ``*~$=U`` (values 32..36) the body now holds a character no body can hold. Otherwise the
  new body value is ``V - b + s`` and the new check is ``b``; it would pass only if
  ``V - b + s = b (mod 37)``, that is ``2 * (s - b) = 0`` since ``V = s``; 37 is odd and prime,
  so ``s = b``, which is no transposition at all.

What it does not promise: a dropped or added character gives a valid-looking code about one time in
37 (the length is not part of the check), and two errors may cancel out. `suggest` looks for
those typing errors too, among the codes that were actually issued.
"""

from __future__ import annotations

import secrets
import string
from collections.abc import Callable, Collection, Container, Iterable, Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import Literal

from omniprint.domain.errors import ConflictError, ValidationError
from omniprint.domain.i18n import tr

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_ALPHABET = ALPHABET + "*~$=U"
DEFAULT_BODY_LENGTH = 8
MIN_BODY_LENGTH = 6
MAX_BODY_LENGTH = 20
MAX_PREFIX_LENGTH = 6
GROUP_SIZE = 4

# Python's int(text, 32) reads 0-9a-v; mapping Crockford onto it lets C do the base conversion.
_CROCKFORD_TO_INT32 = str.maketrans(ALPHABET, string.digits + "abcdefghijklmnopqrstuv")
# Random byte b stands for symbol b % 32 (see _random_bodies), in both spellings.
_BYTE_TO_CROCKFORD = (ALPHABET * 8).encode("ascii")
_BYTE_TO_INT32 = ((string.digits + "abcdefghijklmnopqrstuv") * 8).encode("ascii")
_BODY_SET = frozenset(ALPHABET)
_CHECK_SET = frozenset(CHECK_ALPHABET)
# What people type instead of what is printed: O for 0, I and L for 1, separators anywhere.
_NORMALIZE = str.maketrans({"O": "0", "I": "1", "L": "1", "-": None, "_": None, ".": None})
# A batch size that keeps memory small while amortising the cost of each random draw.
_CHUNK = 65_536
# Rounds in a row that may add no new code before generation gives up (space nearly full).
_MAX_IDLE_ROUNDS = 20

Status = Literal["valid", "corrected", "invalid", "unknown"]
TakenKeys = Container[str] | Callable[[Iterable[str]], Collection[str]]


@dataclass(frozen=True, slots=True)
class Code:
    """One coupon code: ``key`` for lookup, ``display`` for print."""

    key: str
    display: str


@dataclass(frozen=True, slots=True)
class Check:
    """What `suggest` found for a typed code.

    ``status`` is ``valid`` (an issued code), ``corrected`` (not issued, but exactly one issued
    code is one typing error away: ``suggestion``), ``unknown`` (well formed with a correct check
    symbol, yet never issued and no single correction) or ``invalid`` (the check symbol or the
    characters are wrong and no single correction exists).
    """

    key: str
    status: Status
    suggestion: str | None = None


def normalize(text: str) -> str:
    """Return the key form of anything a user typed, without validating it.

    Upper-cases, removes whitespace, hyphens, underscores and dots, reads O as 0 and I, L as 1.
    """
    return "".join(text.split()).upper().translate(_NORMALIZE)


def normalize_all(text: str) -> str:
    """`normalize` of many codes at once (a whole piece of a file): every character changed as
    `normalize` changes it, but whitespace kept, so that a code between whitespace or other
    characters (a delimiter) becomes its key where it stood."""
    return text.upper().translate(_NORMALIZE)


def _value(key_without_check: str) -> int:
    """The base-32 number a normalised key (without check) stands for."""
    return int(key_without_check.translate(_CROCKFORD_TO_INT32), 32)


def check_symbol(key_without_check: str) -> str:
    """Return the Crockford check symbol for a key without its check (prefix included)."""
    key = normalize(key_without_check)
    if not key:
        raise ValidationError(tr("cannot compute a check symbol for an empty code"))
    for char in key:
        if char not in _BODY_SET:
            raise ValidationError(
                tr(
                    "code {key_without_check!r} contains {char!r}: codes use only digits and "
                    "the letters A-Z except U"
                ).format(key_without_check=key_without_check, char=char)
            )
    return CHECK_ALPHABET[_value(key) % 37]


def _well_formed(key: str) -> bool:
    """True when every character may stand where it is (body alphabet, then one check symbol)."""
    return (
        MIN_BODY_LENGTH + 1 <= len(key) <= MAX_PREFIX_LENGTH + MAX_BODY_LENGTH + 1
        and key[-1] in _CHECK_SET
        and _BODY_SET.issuperset(key[:-1])
    )


def _valid_key(key: str) -> bool:
    """True for a normalised key that is well formed and carries the right check symbol."""
    return _well_formed(key) and CHECK_ALPHABET[_value(key[:-1]) % 37] == key[-1]


def is_valid(text: str) -> bool:
    """True when ``text``, once normalised, has a plausible length, allowed characters and a
    correct check symbol. It says nothing about whether the code was ever issued."""
    return _valid_key(normalize(text))


def validate_prefix(prefix: str) -> str:
    """Return the prefix as it will be printed (stripped, upper-case) or raise ValidationError.

    A prefix has 0 to 6 letters or digits. U is refused because the key alphabet has no U (it is
    kept for the check symbol); I, L and O are accepted and read as 1, 1 and 0 in the key.
    """
    display = prefix.strip().upper()
    if len(display) > MAX_PREFIX_LENGTH:
        raise ValidationError(
            tr(
                "code prefix {prefix!r} is too long: use at most {MAX_PREFIX_LENGTH} "
                "letters or digits"
            ).format(prefix=prefix, MAX_PREFIX_LENGTH=MAX_PREFIX_LENGTH)
        )
    for char in display:
        if char == "U":
            raise ValidationError(
                tr(
                    "code prefix {prefix!r} contains U, which codes never use (it is easily "
                    "misread as V): choose another letter"
                ).format(prefix=prefix)
            )
        if char not in _BODY_SET and char not in "ILO":
            raise ValidationError(
                tr(
                    "code prefix {prefix!r} contains {char!r}: use only letters A-Z and digits 0-9"
                ).format(prefix=prefix, char=char)
            )
    return display


def _validate_length(length: int) -> None:
    if (
        isinstance(length, bool)
        or not isinstance(length, int)
        or not MIN_BODY_LENGTH <= length <= MAX_BODY_LENGTH
    ):
        raise ValidationError(
            tr(
                "code length must be between {MIN_BODY_LENGTH} and {MAX_BODY_LENGTH} "
                "random characters (got {length!r})"
            ).format(
                MIN_BODY_LENGTH=MIN_BODY_LENGTH, MAX_BODY_LENGTH=MAX_BODY_LENGTH, length=length
            )
        )


def display_form(key: str, prefix: str = "") -> str:
    """Group a key for print: prefix, body in groups of four, check symbol alone.

    ``display_form("SPRK7MQX4PZ7", "SPR")`` gives ``SPR-K7MQ-X4PZ-7``. ``prefix`` is printed as
    given (upper-cased), so ``OTO`` stays ``OTO`` even though the key holds ``0T0``.
    """
    key = normalize(key)
    shown_prefix = validate_prefix(prefix)
    key_prefix = normalize(shown_prefix)
    if not key.startswith(key_prefix) or len(key) < len(key_prefix) + 2:
        raise ValidationError(
            tr("code {key!r} does not start with the prefix {shown_prefix!r}").format(
                key=key, shown_prefix=shown_prefix
            )
        )
    body = key[len(key_prefix) : -1]
    groups = [body[i : i + GROUP_SIZE] for i in range(0, len(body), GROUP_SIZE)]
    if shown_prefix:
        groups.insert(0, shown_prefix)
    groups.append(key[-1])
    return "-".join(groups)


def _random_bodies(count: int, length: int) -> tuple[str, str]:
    """Random text for ``count`` bodies as (Crockford, int-base-32) strings of the same symbols.

    One random byte per character, read modulo 32: 256 is a multiple of 32, so every symbol is
    exactly equally likely (5 uniform bits each), and ``bytes.translate`` does it in C. This wastes
    3 bits per byte of the OS random source but is several times faster than ``b32encode``.
    """
    raw = secrets.token_bytes(count * length)
    crockford = raw.translate(_BYTE_TO_CROCKFORD).decode("ascii")
    return crockford, raw.translate(_BYTE_TO_INT32).decode("ascii")


def _make_batch(count: int, length: int, key_prefix: str, shown_prefix: str) -> list[Code]:
    """``count`` random codes (they may repeat one another; the caller removes repeats).

    Written as whole-list steps rather than one loop, so most of the work runs in C: this is what
    keeps a million codes to about two seconds.
    """
    crockford, digits = _random_bodies(count, length)
    starts = range(0, count * length, length)
    bodies = [crockford[i : i + length] for i in starts]
    # The prefix adds the same amount to every value: prefix * 32**length, taken mod 37 once.
    offset = (_value(key_prefix) * pow(32, length, 37)) % 37 if key_prefix else 0
    values = [(offset + int(digits[i : i + length], 32)) % 37 for i in starts]
    # Issue only codes whose check symbol is a plain letter or digit (values 0-31): the other five
    # (*~$=U) trip up web shops, tills, QR alphanumeric mode and redirect files. Validation is still
    # Crockford's mod 37 over all 37 symbols, so typing errors are caught exactly as before; the
    # cost is log2(37/32) = 0.2 bits of the 40.
    kept = [(body, ALPHABET[v]) for body, v in zip(bodies, values, strict=True) if v < 32]
    bodies = [body for body, _ in kept]
    checks = [check for _, check in kept]
    keys = [f"{key_prefix}{body}{check}" for body, check in kept]
    head = f"{shown_prefix}-" if shown_prefix else ""
    # Groups of four (the last may be shorter) cut by one itemgetter of slices; length >= 6 means
    # at least two groups, so it always returns a tuple.
    groups_of = itemgetter(*(slice(i, i + GROUP_SIZE) for i in range(0, length, GROUP_SIZE)))
    displays = [
        f"{head}{'-'.join(groups_of(body))}-{check}"
        for body, check in zip(bodies, checks, strict=True)
    ]
    return list(map(Code, keys, displays))


def _keep_new(codes: list[Code], seen: set[str], taken: TakenKeys) -> list[Code]:
    """The codes whose key is neither in ``seen`` (updated) nor in ``taken``, each key once."""
    keys = [code.key for code in codes]
    if len(set(keys)) == len(keys) and seen.isdisjoint(keys):
        fresh = codes  # the usual case with 40 bits: no repeat, so skip the per-code loop
    else:
        fresh = []
        batch_seen: set[str] = set()
        for code in codes:
            if code.key not in seen and code.key not in batch_seen:
                batch_seen.add(code.key)
                fresh.append(code)
    if callable(taken):
        clashes = set(taken([code.key for code in fresh]))
    else:
        clashes = {code.key for code in fresh if code.key in taken}
    if clashes:
        fresh = [code for code in fresh if code.key not in clashes]
    seen.update(code.key for code in fresh)
    return fresh


def new_codes(
    n: int,
    *,
    prefix: str = "",
    length: int = DEFAULT_BODY_LENGTH,
    taken: TakenKeys = frozenset(),
) -> list[Code]:
    """Return ``n`` new random codes, distinct from each other and from ``taken``.

    ``length`` random characters carry ``5 * length`` bits (40 by default) drawn from `secrets`.
    ``taken`` is either a container of keys already issued (``key in taken``) or a callable that
    receives a batch of candidate keys and returns those that already exist, so storage can answer
    with one query per batch. Raises ValidationError for a bad prefix, length or count, and
    ConflictError when no unused codes can be found (the code space is nearly full).
    """
    if isinstance(n, bool) or not isinstance(n, int) or n < 0:
        raise ValidationError(tr("number of codes must be zero or more (got {n!r})").format(n=n))
    _validate_length(length)
    shown_prefix = validate_prefix(prefix)
    key_prefix = normalize(shown_prefix)
    # Past a quarter of the space, collisions make codes guessable and generation slow.
    if n > 32**length // 4:
        raise ValidationError(
            tr(
                "{n} codes is too many for {length} random characters: use a longer code length"
            ).format(n=n, length=length)
        )
    result: list[Code] = []
    seen: set[str] = set()
    idle_rounds = 0
    while len(result) < n:
        wanted = min(n - len(result), _CHUNK)
        fresh = _keep_new(_make_batch(wanted, length, key_prefix, shown_prefix), seen, taken)
        idle_rounds = 0 if fresh else idle_rounds + 1
        if idle_rounds >= _MAX_IDLE_ROUNDS:
            raise ConflictError(
                tr(
                    "could not find {missing} more unused codes with prefix {shown_prefix!r}: use "
                    "a longer code length or another prefix"
                ).format(missing=n - len(result), shown_prefix=shown_prefix)
            )
        result.extend(fresh)
    return result


def near_misses(key: str) -> Iterator[str]:
    """Yield every well-formed key one typing error away from ``key``, each once.

    The errors are: one substitution (any body symbol in the body, any check symbol at the end),
    one swap of adjacent distinct characters, one deleted character and one inserted body symbol.
    Deletions and insertions are not caught by the check symbol alone (see the module docstring);
    they are here so that `suggest` can still find the code that was meant. Candidates that could
    never be a key (a check symbol inside the body, a length out of range) are left out; ``key``
    itself is never yielded.
    """
    key = normalize(key)
    seen = {key}

    def fresh(candidate: str) -> bool:
        if candidate in seen or not _well_formed(candidate):
            return False
        seen.add(candidate)
        return True

    last = len(key) - 1
    for i, char in enumerate(key):
        for symbol in CHECK_ALPHABET if i == last else ALPHABET:
            if symbol != char and fresh(candidate := key[:i] + symbol + key[i + 1 :]):
                yield candidate
    for i in range(last):
        if key[i] != key[i + 1] and fresh(
            candidate := key[:i] + key[i + 1] + key[i] + key[i + 2 :]
        ):
            yield candidate
    for i in range(len(key)):
        if fresh(candidate := key[:i] + key[i + 1 :]):
            yield candidate
    for i in range(len(key) + 1):
        for symbol in ALPHABET:
            if fresh(candidate := key[:i] + symbol + key[i:]):
                yield candidate


def suggest(text: str, issued: Callable[[Iterable[str]], Collection[str]]) -> Check:
    """Check a typed code against the issued ones and propose a correction when it is safe.

    ``issued`` receives a batch of keys and returns those that were issued; it is called once,
    with the typed key and every near miss that carries a correct check symbol (no other could have
    been issued), so storage answers with one query. A correction is offered only when exactly one
    issued code is one typing error away: with two, guessing could credit the wrong drop.
    """
    key = normalize(text)
    if not key:
        return Check(key, "invalid")
    candidates = [candidate for candidate in near_misses(key) if _valid_key(candidate)]
    found = set(issued([key, *candidates]))
    if key in found:
        return Check(key, "valid")
    found.discard(key)
    if len(found) == 1:
        return Check(key, "corrected", found.pop())
    return Check(key, "unknown" if _valid_key(key) else "invalid")
