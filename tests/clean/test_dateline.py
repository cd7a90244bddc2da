"""Wire datelines of the common styles give place and agency, with offsets into the text."""

from __future__ import annotations

import pytest

from quotewatch.clean.dateline import find_dateline


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("MINSK, 24 February (BelTA) –", "Minsk", "BelTA"),
        ("MOSCOW, March 3 /TASS/ -", "Moscow", "TASS"),
        ("WASHINGTON (Reuters) -", "Washington", "Reuters"),
        ("(AP) —", None, "AP"),
        ("KYIV, Ukraine (AP) —", "Kyiv", "AP"),
        ("BEIJING, Jan. 5 (Xinhua) --", "Beijing", "Xinhua"),
        ("Seoul, Dec 5 (EFE).-", "Seoul", "EFE"),
        ("MEXICO CITY (AP) —", "Mexico City", "AP"),
        ("KATHMANDU, April 25 (Reuters) -", "Kathmandu", "Reuters"),
        ("Berlin (dpa) -", "Berlin", "dpa"),
        ("WASHINGTON —", "Washington", None),
        ("KUALA LUMPUR:", "Kuala Lumpur", None),
        ("ĐÀ NẴNG —", "Đà Nẵng", None),
        ("HẢI PHÒNG:", "Hải Phòng", None),
        ("ATHENS:", "Athens", None),
        ("Cancun, Q.R. —", "Cancun", None),
        ("Nairobi, Kenya —", "Nairobi", None),
        ("Port Moresby, Papua New Guinea —", "Port Moresby", None),
        ("Paris, May 3 —", "Paris", None),
        ("Santo Domingo.-", "Santo Domingo", None),
        ("Beirut :", "Beirut", None),
        ("New Delhi :", "New Delhi", None),
        ("Lahore [Pakistan], August 2 :", "Lahore", None),
        ("Jaipur (Rajasthan) [India], February 9 :", "Jaipur", None),
        ("Caracas, February 2, 2007 (venezuelanalysis.com)—", "Caracas", "venezuelanalysis.com"),
        ("New Delhi [India], March 5 (ANI):", "New Delhi", "ANI"),
        ("Kalaburagi (Karnataka) [India], Nov 15 (ANI):", "Kalaburagi", "ANI"),
    ],
)
def test_dateline_styles(opening, place, agency):
    title = "A headline\n\n"
    text = title + opening + " The rest of the first sentence follows here."
    found = find_dateline(text, len(title))
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    assert found.text == opening
    assert text[found.start : found.end] == found.text
    assert found.start == len(title)


@pytest.mark.parametrize(
    "body",
    [
        "The minister said (in a statement) - and repeated later - that talks would go on.",
        "In 2024, prices rose – and then fell.",
        "Aleksandr Lukashenko said: “Russia's leaders have never raised the matter.”",
        "",
        "(",
        "Große Aufregung am Dienstagnachmittag in Elmshorn (Kreis Pinneberg): Ein Meteorit fiel.",
        "UPDATE: The minister has since resigned.",
        "EDITOR’S NOTE: This story has been corrected.",
        "Meanwhile, Trump — who lost the state — said the count was wrong.",
        "Smith, 45 — a farmer from the valley — said the river rose overnight.",
        "Jones, Jr. — the coach since 2019 — said the team was ready.",
        "Smith, Jones — and two others — said the river rose overnight.",
        "Mr.- the page lost its name here.",
        "Note: the minister has since resigned.",
        "Đà Nẵng — the city by the sea — said nothing.",
    ],
)
def test_ordinary_openings_are_not_datelines(body):
    assert find_dateline(body, 0) is None


def test_a_dash_glued_to_the_first_word_ends_a_dateline_with_an_agency():
    text = "Nakano, Nagano Pref., May 27 (Jiji Press)--The man arrested has told investigators."
    found = find_dateline(text, 0)
    assert found is not None
    assert (found.place, found.agency) == ("Nakano", "Jiji Press")
    assert found.text == "Nakano, Nagano Pref., May 27 (Jiji Press)--"


@pytest.mark.parametrize(
    ("text", "opening", "place"),
    [
        ("MANILA—President Duterte said he would protect farmers.", "MANILA—", "Manila"),
        (
            "TALAVERA, Nueva Ecija—President Duterte said he would protect farmers.",
            "TALAVERA, Nueva Ecija—",
            "Talavera",
        ),
        ("CEBU CITY--“We are ready,” the mayor said.", "CEBU CITY--", "Cebu City"),
    ],
)
def test_a_dash_glued_to_the_first_word_ends_an_upper_case_dateline(text, opening, place):
    found = find_dateline(text, 0)
    assert found is not None
    assert (found.text, found.place, found.agency) == (opening, place, None)


def test_an_upper_case_word_glued_to_a_lower_case_one_is_prose():
    assert find_dateline("NATO—the alliance said it would act within days.", 0) is None
