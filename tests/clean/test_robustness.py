"""Whatever the bytes, ``clean`` returns a Page or raises a typed QuotewatchError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotewatch.clean import clean
from quotewatch.errors import QuotewatchError
from quotewatch.model import Source

HTML_BITS = st.sampled_from(
    [
        "<html>",
        "<p>",
        "</p>",
        "<div class='x'>",
        "<script>var a = '<p>';</script>",
        "<meta property='article:published_time' content='2099-99-99'>",
        '<script type="application/ld+json">{"datePublished": "nonsense"}</script>',
        "<title>Headline | Site</title>",
        "<h1>Headline</h1>",
        "The minister said on Monday that talks would continue next week in the capital. ",
        "“Unbalanced quote ",
        "MINSK, 24 February (BelTA) – ",
        "\x00",
        "&amp;&#xFFFF;&bogus;",
    ]
)


def _check(raw: bytes) -> None:
    try:
        page = clean(Source(raw=raw, uri="fuzz"))
    except QuotewatchError as error:
        assert error.path == "fuzz"
        return
    for seg in page.offsets.segments:
        assert (
            page.text[seg.start : seg.start + seg.length]
            == page.input_text[seg.source_start : seg.source_start + seg.length]
        )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(HTML_BITS, max_size=30))
def test_odd_html_never_crashes(bits):
    _check("".join(bits).encode("utf-8"))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=500))
def test_arbitrary_bytes_never_crash(raw):
    _check(raw)
