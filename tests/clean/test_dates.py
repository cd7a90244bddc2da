"""Dates in page text: article timestamp vs header date, copyright and future dates ignored."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from quotewatch.clean.dates import find_dates, plain_dates

NOW = datetime(2024, 6, 1, tzinfo=UTC)


def _dates(text: str, title: str, *, zone: str | None = None) -> tuple[str | None, str | None]:
    start = text.index(title)
    shown = plain_dates(text, start, start + len(title) + 2, now=NOW, zone=zone)
    return shown.published, shown.page_date


def test_updated_date_is_modified_not_published():
    text = "Headline\n\nPosted: Aug 08, 2023 4:00 AM EDT | Last Updated: August 9, 2023\nBody."
    shown = plain_dates(text, 0, 10, now=NOW)
    assert shown.published == "2023-08-08T04:00:00-04:00"
    assert shown.modified == "2023-08-09"


def test_header_date_is_page_date_and_timestamp_is_published():
    text = "Menu\nSunday, 14 April 2024\nAll news\n24 February 2022, 13:36\n\nHeadline\n\nBody."
    published, page_date = _dates(text, "Headline", zone="Europe/Minsk")
    assert published == "2022-02-24T13:36:00+03:00"
    assert page_date == "2024-04-14"


def test_zone_follows_daylight_saving_time():
    text = "Headline\n\n5 July 2023, 10:00\nBody."
    assert _dates(text, "Headline", zone="Europe/Berlin")[0] == "2023-07-05T10:00:00+02:00"
    text = "Headline\n\n5 January 2023, 10:00\nBody."
    assert _dates(text, "Headline", zone="Europe/Berlin")[0] == "2023-01-05T10:00:00+01:00"


def test_unknown_zone_leaves_time_naive():
    assert _dates("Headline\n\n05.06.2023 um 14:46\nBody.", "Headline")[0] == "2023-06-05T14:46:00"


def test_copyright_year_is_never_the_publication_date():
    text = "Headline\n\nBody text here.\n© 12 March 2020 Example News. All rights reserved."
    assert _dates(text, "Headline") == (None, None)


def test_future_dates_are_rejected():
    text = "Headline\n\n14 April 2031\nBody text here, 3 May 2024."
    assert _dates(text, "Headline")[0] == "2024-05-03"


def test_printed_zone_is_kept():
    text = "Headline\n\nApril 28, 2023 2:26 PM GMT\nBody."
    assert _dates(text, "Headline")[0] == "2023-04-28T14:26:00+00:00"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("24 February 2022", "2022-02-24"),
        ("April 28, 2023", "2023-04-28"),
        ("Jan. 5, 2024", "2024-01-05"),
        ("5. Juni 2025", "2025-06-05"),
        ("3 de mayo de 2024", "2024-05-03"),
        ("14 апреля 2024", "2024-04-14"),
        ("05.06.2025", "2025-06-05"),
        ("2024-04-24", "2024-04-24"),
        ("2024年4月24日", "2024-04-24"),
        ("2025.01.13", "2025-01-13"),
        ("28/04/2023", "2023-04-28"),
    ],
)
def test_date_forms(text, iso):
    hits = find_dates("Published " + text + " by staff")
    assert [h.day.isoformat() for h in hits] == [iso]


def test_impossible_dates_are_ignored():
    assert find_dates("31.02.2024 and 2024-13-01 and 99/99/2024") == []


def test_two_digit_year_only_with_a_clock_time():
    assert [h.day.isoformat() for h in find_dates("Publisert: 05.08.23 kl. 14:47")] == [
        "2023-08-05"
    ]
    assert find_dates("Version 1.2.24 released") == []


def test_published_label_wins_over_a_nearer_date():
    text = "Headline\n\nPublished 3 May 2024, 10:00\nBy A. Writer, 2 May 2024, 09:00\nBody."
    assert _dates(text, "By A. Writer")[0] == "2024-05-03T10:00:00"
