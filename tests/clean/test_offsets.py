"""Property: every segment of every cleaned page maps to identical input characters."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotewatch.clean import clean_plain_text
from quotewatch.errors import EmptyPage

SENTENCE = st.text(min_size=0, max_size=200).map(lambda s: s.replace("\x00", ""))
NAV = st.sampled_from(["* Home", "Subscribe", "All news", "", "  ", "© 2024", "Share"])
PROSE = st.sampled_from(
    [
        "The minister said on Monday that the talks would continue next week in the capital.",
        "“We will not give up,” she told reporters outside the parliament building at noon.",
        "MINSK, 24 February (BelTA) – Officials met to discuss the harvest and the weather.",
        "Prices rose by 3.2% in March, the statistics office said, the fastest pace in a year.",
    ]
)
LINES = st.lists(st.one_of(SENTENCE, NAV, PROSE), min_size=0, max_size=40)
ENDINGS = st.sampled_from(["\n", "\r\n", "\n\n", "\r"])


def _check(text: str) -> None:
    try:
        page = clean_plain_text(text, uri="generated")
    except EmptyPage:
        return
    assert page.input_text == text
    assert page.text[page.body_start :] == page.body
    for seg in page.offsets.segments:
        assert seg.length > 0
        assert (
            page.text[seg.start : seg.start + seg.length]
            == text[seg.source_start : seg.source_start + seg.length]
        )
        assert page.offsets.to_source(seg.start) == seg.source_start
    if page.title:
        first = page.offsets.segments[0]
        assert page.text[first.start : first.start + first.length] == page.title
    if page.dateline:
        assert page.text[page.dateline.start : page.dateline.end] == page.dateline.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES, ENDINGS)
def test_segments_round_trip_on_generated_pages(lines, ending):
    _check(ending.join(lines))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_segments_round_trip_on_arbitrary_text(text):
    _check(text)
