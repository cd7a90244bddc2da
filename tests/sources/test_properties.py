"""Properties on arbitrary input: decode and sniff_kind fail only in the documented ways."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotewatch.errors import EmptyPage, UnreadableSource
from quotewatch.sources import decode, sniff_kind

# Bytes that look like pages: printable ASCII, Cyrillic in UTF-8, markup, and raw high bytes.
page_like_bytes = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.lists(
        st.sampled_from([b"<p>", b"</div>", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\xd0\xb4"])
        | st.binary(max_size=8),
        max_size=60,
    ).map(b"".join),
)
declared_labels = st.one_of(
    st.none(),
    st.sampled_from(["utf-8", "utf-16", "cp1251", "koi8-r", "latin-1", "idna", "rot13", "x"]),
    st.text(max_size=30),
)


@settings(max_examples=300, deadline=None)
@given(raw=page_like_bytes, declared=declared_labels)
def test_decode_raises_only_unreadable_or_empty_and_round_trips(raw, declared) -> None:
    try:
        text, encoding = decode(raw, declared=declared, uri="prop")
    except (UnreadableSource, EmptyPage) as error:
        assert error.path == "prop"
        return
    assert raw.decode(encoding, "replace") == text
    assert text.strip()


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=3000))
def test_sniff_kind_always_answers_html_or_text(text: str) -> None:
    assert sniff_kind(text) in ("html", "text")


@settings(max_examples=100, deadline=None)
@given(body=st.text(min_size=1, max_size=300).filter(lambda s: s.strip()))
def test_any_utf8_text_decodes_to_itself_unless_it_is_mostly_control_codes(body: str) -> None:
    raw = body.encode("utf-8", "surrogatepass")
    try:
        text, _ = decode(raw)
    except UnreadableSource:
        return
    assert text in (body, body.lstrip("\ufeff"))
