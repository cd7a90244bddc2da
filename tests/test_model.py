"""The offset map: every character of the article text maps back to the same input character."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from quotewatch.model import OffsetMap, Segment


@st.composite
def kept_lines(draw):
    """An input of lines, some kept: the text joins kept lines with a blank line, like clean."""
    lines = draw(st.lists(st.text(alphabet="ab “”\t", min_size=1, max_size=12), min_size=1))
    keep = draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    source = "\n".join(lines)
    text, segments, offset = "", [], 0
    for line, kept in zip(lines, keep, strict=True):
        if kept:
            if text:
                text += "\n\n"
            segments.append(Segment(len(text), offset, len(line)))
            text += line
        offset += len(line) + 1
    return source, text, OffsetMap(tuple(segments))


@given(kept_lines())
def test_every_mapped_character_is_the_same_input_character(case):
    source, text, offsets = case
    for i, char in enumerate(text):
        j = offsets.to_source(i)
        assert j is None or source[j] == char
    for seg in offsets.segments:
        start, end = offsets.span_to_source(seg.start, seg.start + seg.length)
        assert source[start:end] == text[seg.start : seg.start + seg.length]


def test_join_characters_have_no_source():
    offsets = OffsetMap((Segment(0, 0, 3), Segment(5, 10, 3)))
    assert offsets.to_source(3) is None and offsets.to_source(4) is None
    assert offsets.to_source(5) == 10
    assert offsets.to_source(3, is_end=True) == 3


def test_offset_map_survives_pickling():
    offsets = OffsetMap((Segment(0, 4, 3),))
    assert pickle.loads(pickle.dumps(offsets)).to_source(2) == 6
