"""Speaker-name keys: how "Lukashenko", "Aleksandr Lukashenko" and "Alexander Lukashenko" meet.

Why: state media, wires and translators spell the same official differently (ks/x, ai/ay,
iy/y, dropped vowels), and later paragraphs use the surname alone. Users want one speaker per
person, but a wrong merge is worse than a missed one ("better fewer than wrong"), so the rules
only ever merge names whose *first names* are spelling variants of each other; two different
first names ("Hillary" / "Bill", "Alexandra" / "Alexander", "Dan" / "Don") stay apart.

Everything here is pure: the store decides which existing speaker a name joins.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Words that are not part of a name when they open or close it.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "madam"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Surname particles: "von der Leyen" is a surname, not first name "von".
_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le"}
    | {"al", "el", "bin", "ben", "ibn", "abu", "ter", "zu"}
)
_VOWELS = frozenset("aeiou")

# Romanisation variants of Cyrillic names, applied in order to a lower-case ASCII token.
# Each maps to one spelling so "Aleksandr"/"Alexandr", "Mikhail"/"Mihail", "Zelenskyy"/
# "Zelenskiy"/"Zelensky" get the same key. Kept short on purpose: every rule is a merge.
_REWRITES: tuple[tuple[str, str], ...] = (
    (r"x", "ks"),
    (r"kh", "h"),
    (r"ck", "k"),
    (r"yy", "y"),
    (r"(?<=[aeiou])y", "i"),  # Sergey -> Sergei, Nikolay -> Nikolai, Shoygu -> Shoigu
    (r"y$", "i"),  # Dmitry -> Dmitri, Yury -> Yuri
    (r"(.)\1+", r"\1"),  # Hillary -> Hilary, Yurii -> Yuri, Dmitrii -> Dmitri
)


@dataclass(frozen=True, slots=True)
class NameKey:
    """A personal name split for matching.

    ``first`` is the romanisation key of the first name (``None`` when only a surname or an
    initial was written), ``initial`` its first letter, ``surname`` the key of the last name.
    """

    norm: str
    first: str | None
    initial: str | None
    surname: str | None

    @property
    def has_first_name(self) -> bool:
        return self.first is not None


def normalise(name: str) -> str:
    """Lower-case, diacritic-free, punctuation-free form: the exact-alias key.

    Why: "Łukashenko", "LUKASHENKO" and "Lukashenko," are one spelling for a search box.
    Hyphens and apostrophes join ("Ocasio-Cortez" is one surname token).
    """
    text = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[-‐‑’'`ʼ]", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def transliterate(token: str) -> str:
    """One spelling for romanisation variants of a single name token (see ``_REWRITES``)."""
    for pattern, repl in _REWRITES:
        token = re.sub(pattern, repl, token)
    return token


def person_key(name: str) -> NameKey:
    """Split a person's name into first-name, initial and surname keys.

    Middle names and patronymics are ignored ("Vladimir Vladimirovich Putin" is "Vladimir
    Putin"), honorifics and Jr/Sr dropped, surname particles kept with the surname.
    """
    norm = normalise(name)
    tokens = [t for t in norm.split() if t not in _HONORIFICS]
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens.pop()
    if not tokens:
        return NameKey(norm, None, None, None)
    surname = transliterate(tokens[-1])
    head = tokens[:-1]
    if not head or head[0] in _PARTICLES:
        return NameKey(norm, None, None, surname)
    first = head[0]
    if len(first) == 1:  # "A. Lukashenko" -> initial only
        return NameKey(norm, None, first, surname)
    return NameKey(norm, transliterate(first), first[0], surname)


def first_names_compatible(a: str, b: str) -> bool:
    """Whether two transliterated first names are spellings of one name.

    Equal keys match; otherwise one must be the other with vowels inserted, with the same first
    and last letter: "aleksandr" ~ "aleksander", but "aleksandra" !~ "aleksander" (last letter)
    and "dan" !~ "don" (a vowel changed, not inserted).
    """
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if not short or short[0] != long_[0] or short[-1] != long_[-1]:
        return False
    return _is_vowel_insertion(short, long_)


def _is_vowel_insertion(short: str, long_: str) -> bool:
    """True when deleting only vowels from ``long_`` gives ``short``."""
    i = 0
    for c in long_:
        if i < len(short) and c == short[i]:
            i += 1
        elif c not in _VOWELS:
            return False
    return i == len(short)
