"""Is one forename a nickname, short form or spelling of another?

Three sources, because no list is complete: the maintained `nicknames` package (US-centred),
a small supplement of what English children are called (data/nicknames_uk.txt), and general
rules that need no list at all: a short form that starts the full name once its pet ending
is taken off (Freddie -> Fred -> Frederick, Izzy -> Iz -> Isabella by sound, Olly -> Ol ->
Oliver), or ends it (Liam, William), or sits inside a long name (Tobi in Oluwatobiloba).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .normalize import fold, metaphone
from .spelling import fuzzy_level

try:  # optional at import time so the rules still work without the package
    from nicknames import NickNamer
    _NN = NickNamer()
except Exception:  # pragma: no cover - the dependency is declared; this is belt and braces
    _NN = None

_DATA = Path(__file__).with_name("data") / "nicknames_uk.txt"
_PET_ENDINGS = ("ie", "ey", "y", "i", "ee", "o", "s", "sy", "za")


def _load_supplement(path: Path = _DATA) -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        full, shorts = line.split(":", 1)
        full = fold(full)     # names are compared folded: Bartłomiej is read as bartlomiej
        short = {fold(s) for s in shorts.split(",") if s.strip()}
        # full <-> short only: two short forms of one name are not thereby the same name
        groups.setdefault(full, set()).update(short)
        for name in short:
            groups.setdefault(name, set()).add(full)
    return {k: frozenset(v) for k, v in groups.items()}


SUPPLEMENT = _load_supplement()
USE_SUPPLEMENT = True   # switched off only to measure how the general rules do alone;
# then clear_caches(), since the answers below are kept


def clear_caches() -> None:
    """Forget the answers kept below (they depend on USE_SUPPLEMENT)."""
    for cached in (_listed, _other_forms, is_variant, typo_of_short_form, related):
        cached.cache_clear()


def listed(name: str) -> frozenset[str]:
    """The names the lists relate to this one (and itself)."""
    return _listed(name)


@lru_cache(maxsize=100_000)
def _listed(name: str) -> frozenset[str]:
    """Every name the lists put in a group with this one."""
    out = set(SUPPLEMENT.get(name, ())) if USE_SUPPLEMENT else set()
    if _NN is not None:
        out |= _NN.nicknames_of(name) | _NN.canonicals_of(name)
    out.add(name)
    return frozenset(out)


@lru_cache(maxsize=1 << 17)   # asked of most candidates' first names, twice (both readings)
def typo_of_short_form(a: str, b: str) -> bool:
    """`a` is one slip from a short form the lists give for `b`: Olyl for Ollie (Oliver)."""
    # rapidfuzz looks for one within a slip in C: a common name has dozens of forms
    return len(a) > 2 and process.extractOne(a, _other_forms(b), scorer=OSA.distance,
                                             score_cutoff=1) is not None


@lru_cache(maxsize=100_000)
def _other_forms(name: str) -> tuple[str, ...]:
    """The names the lists relate to this one, without itself."""
    return tuple(n for n in _listed(name) if n != name)


@lru_cache(maxsize=1 << 16)   # the same first-name pairs recur across candidates and queries
def related(qc: tuple[str, ...], cc: tuple[str, ...]) -> tuple[str, str] | None:
    """How the names two children are called by are related, the closest way first: a
    short form or nickname, a spelling level (spelling.LEVELS), a slip in a listed short
    form. (the second child's name that showed it, the level); None when unrelated."""
    for a in qc:
        for b in cc:
            if len(a) > 1 and len(b) > 1 and is_variant(a, b):
                return b, "nickname"
    near = fuzzy_level(qc, cc)
    if near:
        return near[1], near[0]
    for a in qc:
        for b in cc:
            if typo_of_short_form(a, b):
                return b, "nickname_typo"
    return None


def _stem(short: str) -> str:
    for end in _PET_ENDINGS:
        if short.endswith(end) and len(short) - len(end) >= 2:
            short = short[: -len(end)]
            break
    if len(short) >= 3 and short[-1] == short[-2]:   # Freddie -> fredd -> fred
        short = short[:-1]
    return short


def _doubled_stem(short: str) -> str | None:
    """The two-letter stem of a pet name that doubles its consonant: Olly -> ol (Oliver),
    Abby -> ab (Abigail), Issy -> is (Isabella). The doubling marks a pet name, which a
    plain two-letter prefix (Al, Ed) does not."""
    for end in _PET_ENDINGS:
        body = short[: -len(end)]
        if short.endswith(end) and len(body) == 3 and body[1] == body[2] \
                and body[1] not in "aeiou":
            return body[:2]
    return None


@lru_cache(maxsize=200_000)
def is_variant(a: str, b: str) -> bool:
    """True when one name is plausibly the other's short form (order does not matter)."""
    if a == b:
        return True
    if not a or not b:
        return False
    la, lb = _listed(a), _listed(b)
    if b in la or a in lb:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    # a short form is shorter by a syllable at least: Harry/Harvey are two names
    if len(short) < 2 or len(long_) - len(short) < 2:
        return False
    stem = _stem(short)
    if len(stem) >= 3 and long_.startswith(stem) or len(short) >= 3 and long_.startswith(short):
        return True
    if len(short) == 2 and len(long_) >= 5 and long_.startswith(short):
        return True     # two letters are never a whole given name: Mo, Jo, Ed
    doubled = _doubled_stem(short)
    if doubled and len(long_) >= 5 and long_.startswith(doubled) and long_[2] in "aeiouy":
        return True     # Olly, Oliver; Issy, Isabella; not Abby, Abdul or Ellie, Ellis
    if len(stem) >= 3 and len(short) <= 5 and (short[0] == long_[0] or (short[0] in "aeiou" and long_[0] in "aeiou")):
        ms, ml = metaphone(stem), metaphone(long_)
        if len(ms) >= 2 and ml.startswith(ms) and len(ml) > len(ms):
            return True
    if len(short) >= 3 and long_.endswith(short) and len(long_) - len(short) >= (2 if len(short) >= 5 else 3):
        return True     # Liam, William; Bastian, Sebastian
    if len(stem) >= 4 and stem != short and long_.endswith(stem) and len(long_) - len(stem) >= 2:
        return True     # Bertie -> bert, Albert; Trixie -> trix, Beatrix
    if len(short) >= 4 and short in long_ and len(long_) >= len(short) + 3:
        return True
    return False
