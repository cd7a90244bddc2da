"""Search: FTS over statement text that never crashes on user input, and every filter."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotewatch.store import QueryError, fts_query, get_article, search_statements

from .store_builders import Said


@pytest.fixture
def corpus(store, add):
    add(
        [Said("We will deploy Iskander missile systems near Poland.", confidence=0.95),
         Said("Only force works.", kind="indirect", confidence=0.4)],
        url="https://belta.by/1", published="2022-02-24T13:36:00+03:00", furniture="a\n",
    )  # fmt: skip
    add(
        [Said("Poland is preparing an invasion.", speaker="Lukashenko", confidence=0.7)],
        url="https://belta.by/2", published="2022-03-01T09:00:00+03:00", furniture="b\n",
    )  # fmt: skip
    add(
        [Said("Peace talks on Ukraine continue in Geneva.", speaker="Hillary Clinton"),
         Said("Naïve café diplomacy (with «quotes») is over.", speaker="Bill Clinton")],
        url="https://tass.com/3", outlet="TASS", published="2022-03-15", furniture="c\n",
    )  # fmt: skip
    add(
        [Said("Poland must answer.", speaker="Alexander Lukashenko")],
        url="https://undated.example/4", outlet="Undated Times", published=None, furniture="d\n",
    )  # fmt: skip
    return store


def texts(rows) -> list[str]:
    return [r.text for r in rows]


def test_query_finds_words_and_ranks(corpus):
    rows = search_statements(corpus, "Poland")
    assert len(rows) == 3
    assert all("Poland" in r.text for r in rows)


def test_query_is_case_and_diacritic_insensitive(corpus):
    assert texts(search_statements(corpus, "naive cafe")) == [
        "Naïve café diplomacy (with «quotes») is over."
    ]


def test_phrase_and_prefix(corpus):
    assert len(search_statements(corpus, '"missile systems"')) == 1
    assert search_statements(corpus, '"systems missile"') == []
    assert len(search_statements(corpus, "invas*")) == 1


def test_row_carries_article_metadata_and_offsets(corpus):
    (row,) = search_statements(corpus, "Geneva")
    assert (row.outlet, row.published, row.url) == ("TASS", "2022-03-15", "https://tass.com/3")
    assert row.speaker == "Hillary Clinton" and row.speaker_canonical == "Hillary Clinton"
    assert row.dateline.startswith("MINSK")
    article, _ = get_article(corpus, str(row.article_id))
    assert article.text[row.start : row.end] == row.text


@pytest.mark.parametrize(
    "query",
    ['"', '""', "(", ")", "((Poland", "NEAR(Poland force)", "NEAR", "*", "Poland*)", "AND",
     "OR OR", "NOT Poland", "-Poland", "Poland -force", "^Poland", "col:Poland", "text:Poland",
     "{a b}", "'", "Russia's", "S-400", "Лукашенко", "誰が言った", "🙂", "_", "a\x00b", "\\", ""],
)  # fmt: skip
def test_odd_user_queries_never_crash(corpus, query):
    search_statements(corpus, query)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_text_is_a_safe_query(corpus, query):
    search_statements(corpus, query)


def test_operators_in_plain_mode_are_words(corpus):
    assert search_statements(corpus, "Poland OR Geneva") == []  # "or" is a word, not an operator


def test_raw_mode_allows_fts_syntax_and_reports_bad_syntax(corpus):
    assert len(search_statements(corpus, "Poland OR Geneva", raw=True)) == 4
    assert len(search_statements(corpus, "NEAR(missile Poland, 5)", raw=True)) == 1
    with pytest.raises(QueryError):
        search_statements(corpus, "NEAR(", raw=True)


def test_punctuation_only_query_means_no_text_filter(corpus):
    assert len(search_statements(corpus, "(((")) == 6


def test_fts_query_quotes_every_term():
    assert fts_query('NEAR(a b) "x y" pre*') == '"NEAR(a" "b)" "x y" "pre*"*'
    assert fts_query("()*") == ""


def test_speaker_filter_matches_aliases_and_spellings(corpus):
    assert len(search_statements(corpus, speaker="Aleksandr Lukashenko")) == 4
    assert len(search_statements(corpus, speaker="alexander lukashenko")) == 4
    assert len(search_statements(corpus, speaker="LUKASHENKO")) == 4
    assert search_statements(corpus, speaker="Viktor Lukashenko") == []


def test_surname_speaker_filter_covers_everyone_with_it(corpus):
    assert len(search_statements(corpus, speaker="Clinton")) == 2
    assert texts(search_statements(corpus, speaker="Hillary Clinton")) == [
        "Peace talks on Ukraine continue in Geneva."
    ]
    assert search_statements(corpus, speaker="Nobody Known") == []


def test_outlet_filter_is_case_insensitive(corpus):
    assert len(search_statements(corpus, outlet="tass")) == 2
    assert len(search_statements(corpus, "Poland", outlet="BelTA")) == 2


def test_date_filters_use_published_only_and_are_inclusive(corpus):
    assert len(search_statements(corpus, since="2022-03-01")) == 3
    assert len(search_statements(corpus, until="2022-02-24")) == 2
    assert len(search_statements(corpus, since="2022-03", until="2022-03-01")) == 1
    assert len(search_statements(corpus, since="2022")) == 5  # undated article left out
    with pytest.raises(QueryError):
        search_statements(corpus, since="yesterday")


def test_min_confidence_filter(corpus):
    rows = search_statements(corpus, min_confidence=0.9)
    assert {r.confidence for r in rows} == {0.95, 0.9}
    assert "Only force works." not in texts(rows)


def test_newest_first_without_query_and_paging(corpus):
    rows = search_statements(corpus)
    assert [r.published for r in rows][:1] == ["2022-03-15"]
    assert rows[-1].published is None
    page = search_statements(corpus, limit=2, offset=2)
    assert texts(page) == texts(rows[2:4])


def test_get_article_by_hash_prefix_uri_and_url(corpus):
    row, statements = get_article(corpus, "1")
    assert get_article(corpus, row.hash[:10])[0].id == row.id
    assert get_article(corpus, row.url)[0].id == row.id
    assert get_article(corpus, "https://nowhere.example/") is None
    assert [s.seq for s in statements] == [0, 1]
