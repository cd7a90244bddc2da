"""One speaker per person: spelling variants and surnames merge, different first names never do."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotewatch.store import list_speakers
from quotewatch.store.names import first_names_compatible, normalise, person_key

from .store_builders import Said

_n = 0


def said_by(add, *names: str, kind: str | None = "person") -> None:
    """Store one article per name, each with its own URL so none is a duplicate."""
    global _n
    for name in names:
        _n += 1
        add([Said(f"Statement number {_n}.", speaker=name, speaker_kind=kind)],
            url=f"https://x.example/{_n}", furniture=f"nav {_n}\n")  # fmt: skip


def speakers_by_name(store) -> dict[str, set[str]]:
    return {row.name: set(row.aliases) for row in list_speakers(store)}


def test_transliteration_variants_are_one_speaker(store, add):
    said_by(add, "Aleksandr Lukashenko", "Alexander Lukashenko", "ALEKSANDR LUKASHENKO")
    assert speakers_by_name(store) == {
        "Aleksandr Lukashenko": {"Aleksandr Lukashenko", "Alexander Lukashenko",
                                 "ALEKSANDR LUKASHENKO"}
    }  # fmt: skip


def test_surname_only_mention_attaches_to_the_unique_full_name(store, add):
    said_by(add, "Aleksandr Lukashenko", "Lukashenko", "A. Lukashenko")
    rows = list_speakers(store)
    assert len(rows) == 1
    assert rows[0].statements == 3
    assert set(rows[0].aliases) == {"Aleksandr Lukashenko", "Lukashenko", "A. Lukashenko"}


def test_surname_seen_first_is_upgraded_by_the_full_name(store, add):
    said_by(add, "Lukashenko", "Alexander Lukashenko", "Aleksandr Lukashenko")
    assert list(speakers_by_name(store)) == ["Alexander Lukashenko"]


def test_different_first_names_are_never_merged(store, add):
    said_by(add, "Hillary Clinton", "Bill Clinton", "Alexandra Smith", "Alexander Smith")
    assert set(speakers_by_name(store)) == {
        "Hillary Clinton", "Bill Clinton", "Alexandra Smith", "Alexander Smith",
    }  # fmt: skip


def test_ambiguous_surname_is_not_guessed(store, add):
    said_by(add, "Hillary Clinton", "Bill Clinton", "Clinton")
    rows = {r.name: r for r in list_speakers(store)}
    assert set(rows) == {"Hillary Clinton", "Bill Clinton", "Clinton"}
    assert rows["Hillary Clinton"].statements == 1
    assert rows["Bill Clinton"].statements == 1


def test_initial_attaches_only_to_its_own_first_name(store, add):
    said_by(add, "Hillary Clinton", "Bill Clinton", "H. Clinton")
    rows = {r.name: r for r in list_speakers(store)}
    assert rows["Hillary Clinton"].statements == 2
    assert rows["Bill Clinton"].statements == 1


def test_surname_spellings_and_diacritics_meet(store, add):
    said_by(add, "Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelenskiy", "Volodymyr Zelénskyy")
    assert len(list_speakers(store)) == 1


def test_organisation_is_not_a_surname(store, add):
    said_by(add, "Ministry of Defence", kind="organisation")
    said_by(add, "Sergei Defence", "Defence")  # a person named Defence stays a person
    kinds = {r.name: r.kind for r in list_speakers(store)}
    assert kinds == {"Ministry of Defence": "organisation", "Sergei Defence": "person"}


def test_unresolved_speaker_gets_no_speaker_row(store, add):
    add([Said("Something happened.", speaker=None)])
    assert list_speakers(store) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [("Aleksandr", "Alexander"), ("Sergey", "Sergei"), ("Dmitriy", "Dmitry"), ("Yury", "Yuri"),
     ("Mikhail", "Mihail"), ("Nikolay", "Nikolai"), ("Andriy", "Andrii")],
)  # fmt: skip
def test_first_name_spelling_variants_are_compatible(a, b):
    assert first_names_compatible(person_key(a + " X").first, person_key(b + " X").first)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Hillary", "Bill"), ("Alexandra", "Alexander"), ("Dan", "Don"), ("Maria", "Mario"),
     ("Tim", "Tom"), ("Daniel", "Daniela"), ("Ivan", "Ivana"), ("Jon", "John")],
)  # fmt: skip
def test_different_first_names_are_incompatible(a, b):
    assert not first_names_compatible(person_key(a + " X").first, person_key(b + " X").first)


def test_normalise_strips_case_diacritics_and_punctuation():
    assert normalise("  Łukašenko, ALEKSANDR ") == "lukasenko aleksandr"
    assert normalise("Ocasio-Cortez") == "ocasiocortez"


def test_person_key_ignores_titles_patronymics_and_particles():
    key = person_key("Mr. Vladimir Vladimirovich Putin")
    assert (key.first, key.surname) == ("vladimir", "putin")
    leyen = person_key("von der Leyen")
    assert leyen.first is None
    assert leyen.surname == person_key("Ursula von der Leyen").surname


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_normalise_is_idempotent_and_never_raises(name):
    once = normalise(name)
    assert normalise(once) == once
    person_key(name)


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"[a-z]{1,8}", fullmatch=True), st.from_regex(r"[a-z]{1,8}", fullmatch=True))
def test_first_name_compatibility_is_symmetric(a, b):
    assert first_names_compatible(a, b) == first_names_compatible(b, a)


def test_surname_seen_after_a_second_namesake_goes_to_a_bucket(store, add):
    said_by(add, "Hillary Clinton", "Clinton", "Bill Clinton", "Clinton", "Clinton")
    counts = {r.name: r.statements for r in list_speakers(store)}
    assert counts == {"Hillary Clinton": 2, "Clinton": 2, "Bill Clinton": 1}


def test_ambiguous_initial_goes_to_its_own_bucket(store, add):
    said_by(add, "Hillary Clinton", "Henry Clinton", "H. Clinton", "H. Clinton", "Bill Clinton")
    counts = {r.name: r.statements for r in list_speakers(store)}
    assert counts == {"Hillary Clinton": 1, "Henry Clinton": 1, "H. Clinton": 2,
                      "Bill Clinton": 1}  # fmt: skip


def test_initial_seen_first_is_upgraded_by_the_full_name(store, add):
    said_by(add, "A. Lukashenko", "Aleksandr Lukashenko", "Lukashenko")
    rows = list_speakers(store)
    assert [(r.name, r.statements) for r in rows] == [("Aleksandr Lukashenko", 3)]


def test_speaker_names_without_a_surname_are_reused(store, add):
    said_by(add, "Mr", "Mr")
    assert [(r.name, r.statements) for r in list_speakers(store)] == [("Mr", 2)]


def test_surname_mention_resolved_in_context_becomes_an_alias(tmp_path):
    from quotewatch.store import list_speakers, open_store
    from quotewatch.store.speakers import record_mention_alias, resolve_speaker

    with open_store(tmp_path / "a.db") as store:
        conn = store.conn
        speaker_id = resolve_speaker(conn, "Aleksandr Lukashenko", "person")
        for mention in ("Lukashenko", "He", "the president", "the head of state Lukashenko"):
            record_mention_alias(conn, speaker_id, "Aleksandr Lukashenko", mention)
        conn.commit()
        (row,) = list_speakers(store)
    assert sorted(row.aliases) == ["Aleksandr Lukashenko", "Lukashenko"]
