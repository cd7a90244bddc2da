"""One speaker per person across articles: attach each new name to the speaker it must be.

Rules (organisations and unnamed sources match on the exact normalised name only):

1. a full name already seen (same normalised alias) is that speaker;
2. a full name ("Alexander Lukashenko") joins a speaker with the same surname key and a
   compatible first name (spelling variant, see ``names.first_names_compatible``); otherwise
   it upgrades the one speaker so far known only as "Lukashenko" or "A. Lukashenko", when no
   other full name holds that surname;
3. an initial ("A. Lukashenko") joins the unique full name with that initial and surname;
4. a surname alone ("Lukashenko") joins the unique person with that surname;
5. when an initial or surname is ambiguous ("Clinton" once Hillary and Bill are both known),
   it goes to a speaker named just "Clinton": a visible bucket, never a guess;
6. otherwise a new speaker.

Partial names are re-resolved every time (rule 1 is for full names only), so "Clinton" seen
while Hillary was the only Clinton stays hers, and "Clinton" seen after Bill arrives goes to the
"Clinton" bucket. Earlier attachments are not revisited: they were unambiguous when made.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from quotewatch.store.names import NameKey, first_names_compatible, normalise, person_key

_PERSONLIKE = (None, "person")


class _Candidate(NamedTuple):
    id: int
    first_key: str | None
    initial: str | None


def resolve_speaker(conn: sqlite3.Connection, name: str, kind: str | None) -> int | None:
    """The speaker id for ``name`` (creating or upgrading a speaker), recording the alias."""
    name = " ".join(name.split())
    norm = normalise(name)
    if not norm:
        return None
    personlike = kind in _PERSONLIKE
    key = person_key(name) if personlike else None
    partial = key is not None and key.first is None and key.surname is not None
    speaker_id = None if partial else _by_alias(conn, norm, kind)
    if speaker_id is None and key is not None:
        speaker_id = _match_person(conn, key, name)
    if speaker_id is None:
        speaker_id = _create(conn, name, kind, key)
    elif kind == "person":
        conn.execute(
            "UPDATE speakers SET kind = 'person' WHERE id = ? AND kind IS NULL", (speaker_id,)
        )
    conn.execute(
        "INSERT INTO speaker_aliases (speaker_id, alias, norm) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (speaker_id, name, norm),
    )
    return speaker_id


def record_mention_alias(
    conn: sqlite3.Connection, speaker_id: int, speaker: str, mention: str
) -> None:
    """Keep a name as written ("Lukashenko" for "Aleksandr Lukashenko") as an alias.

    Why: users search by the form the press uses, and the statements stage already resolved the
    mention to this speaker in context. Only proper-name mentions with the speaker's surname
    count: "He", "the president" or "the head of state Aleksandr Lukashenko" are not names.
    """
    mention = " ".join(mention.split())
    words = mention.replace(".", ". ").split()
    if mention == speaker or not words or not all(w[:1].isupper() for w in words):
        return
    mention_key, speaker_key = person_key(mention), person_key(speaker)
    if mention_key.surname is None or mention_key.surname != speaker_key.surname:
        return
    conn.execute(
        "INSERT INTO speaker_aliases (speaker_id, alias, norm) VALUES (?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        (speaker_id, mention, normalise(mention)),
    )


def find_speaker_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """Every speaker a search for ``name`` should cover (broader than ``resolve_speaker``).

    A surname alone finds everyone with that surname ("Clinton": Hillary and Bill); a full name
    finds its spelling variants; any exact alias of any kind is included.
    """
    norm = normalise(name)
    if not norm:
        return []
    found = {
        row[0]
        for row in conn.execute("SELECT speaker_id FROM speaker_aliases WHERE norm = ?", (norm,))
    }
    key = person_key(name)
    for cand in _candidates(conn, key.surname):
        if key.first is not None:
            hit = cand.first_key is not None and first_names_compatible(cand.first_key, key.first)
        elif key.initial is not None:
            hit = cand.initial == key.initial
        else:
            hit = True
        if hit:
            found.add(cand.id)
    return sorted(found)


def _by_alias(conn: sqlite3.Connection, norm: str, kind: str | None) -> int | None:
    rows = conn.execute(
        "SELECT DISTINCT s.id, s.kind FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id"
        " WHERE a.norm = ? ORDER BY s.id",
        (norm,),
    ).fetchall()
    for speaker_id, speaker_kind in rows:
        if speaker_kind == kind or (speaker_kind in _PERSONLIKE and kind in _PERSONLIKE):
            return speaker_id
    return None


def _candidates(conn: sqlite3.Connection, surname: str | None) -> list[_Candidate]:
    if surname is None:
        return []
    rows = conn.execute(
        "SELECT id, first_key, initial FROM speakers"
        " WHERE surname_key = ? AND (kind IS NULL OR kind = 'person') ORDER BY id",
        (surname,),
    ).fetchall()
    return [_Candidate(*row) for row in rows]


def _match_person(conn: sqlite3.Connection, key: NameKey, name: str) -> int | None:
    cands = _candidates(conn, key.surname)
    if not cands:
        return None
    if key.first is not None:
        return _match_full_name(conn, key, name, cands)
    if key.initial is not None:
        return _match_initial(conn, key, name, cands)
    return _match_surname(cands)


def _match_full_name(
    conn: sqlite3.Connection, key: NameKey, name: str, cands: list[_Candidate]
) -> int | None:
    assert key.first is not None
    full = [c for c in cands if c.first_key is not None]
    for cand in full:
        if first_names_compatible(cand.first_key or "", key.first):
            return cand.id
    if full:  # another first name holds this surname: a partial name could be either
        return None
    same_initial = [c for c in cands if c.initial == key.initial]
    if len(same_initial) == 1 and len(cands) == 1:
        return _upgrade(conn, same_initial[0].id, name, key)
    if len(cands) == 1 and cands[0].initial is None:
        return _upgrade(conn, cands[0].id, name, key)
    return None


def _match_initial(
    conn: sqlite3.Connection, key: NameKey, name: str, cands: list[_Candidate]
) -> int | None:
    same = [c for c in cands if c.initial == key.initial]
    full_same = [c for c in same if c.first_key is not None]
    initial_only = [c for c in same if c.first_key is None]
    if len(full_same) == 1 and not initial_only:
        return full_same[0].id
    if initial_only:  # the one speaker known by this initial, or the ambiguous bucket
        return initial_only[0].id
    if not same and len(cands) == 1 and cands[0].initial is None:
        return _upgrade(conn, cands[0].id, name, key)
    return None


def _match_surname(cands: list[_Candidate]) -> int | None:
    named = [c for c in cands if c.initial is not None]
    bare = [c for c in cands if c.initial is None]
    if len(named) == 1 and not bare:
        return named[0].id
    return bare[0].id if bare else None


def _upgrade(conn: sqlite3.Connection, speaker_id: int, name: str, key: NameKey) -> int:
    """A speaker known by a partial name gets the fuller one as its canonical name."""
    conn.execute(
        "UPDATE speakers SET name = ?, first_key = ?, initial = ? WHERE id = ?",
        (name, key.first, key.initial, speaker_id),
    )
    return speaker_id


def _create(conn: sqlite3.Connection, name: str, kind: str | None, key: NameKey | None) -> int:
    first, initial, surname = (key.first, key.initial, key.surname) if key else (None, None, None)
    cur = conn.execute(
        "INSERT INTO speakers (name, kind, first_key, initial, surname_key) VALUES (?, ?, ?, ?, ?)",
        (name, kind, first, initial, surname),
    )
    return int(cur.lastrowid or 0)
