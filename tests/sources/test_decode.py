"""decode(): BOM, strict UTF-8, declared charset, detection; binary and empty input refused."""

from __future__ import annotations

import pytest

from quotewatch.errors import EmptyPage, UnreadableSource
from quotewatch.sources import MAX_PAGE_BYTES, decode

# Made-up Russian news text (no quotation marks koi8-r lacks), long enough for detection:
# charset-normalizer needs a sentence or two, not a word, to tell Cyrillic code pages apart.
RUSSIAN = (
    "Министр иностранных дел заявил журналистам, что переговоры продолжатся на следующей "
    "неделе.\nПо словам представителя ведомства, делегации встретятся в Минске, а итоги "
    "встречи будут опубликованы позже. Мы готовы к диалогу, сказал он в понедельник.\n"
)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_russian_in_a_legacy_code_page_is_detected_and_decoded_exactly(encoding: str) -> None:
    raw = RUSSIAN.encode(encoding)
    text, name = decode(raw)
    assert text == RUSSIAN
    assert name == encoding
    assert raw.decode(name) == text


def test_utf8_with_bom_loses_only_the_bom() -> None:
    text, name = decode(b"\xef\xbb\xbfHello,\r\n world\r\n")
    assert text == "Hello,\r\n world\r\n"
    assert name == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom_are_decoded(codec: str) -> None:
    raw = RUSSIAN.encode(codec)  # Python writes the BOM for these codecs
    text, name = decode(raw)
    assert text == RUSSIAN
    assert raw.decode(name) == text


def test_newlines_and_whitespace_are_kept_exactly() -> None:
    page = "  Title\r\n\r\n\tBody\u00a0text\rend  \n"
    assert decode(page.encode("utf-8")) == (page, "utf-8")


def test_valid_utf8_wins_over_a_wrong_declaration() -> None:
    raw = "<meta charset='windows-1251'><p>Привет, мир</p>".encode()
    assert decode(raw, declared="koi8-r")[1] == "utf-8"


def test_container_content_type_charset_is_used_when_it_decodes() -> None:
    raw = "Коротко.".encode("cp1251")  # too short to detect reliably
    text, name = decode(raw, declared="text/html; charset=windows-1251")
    assert (text, name) == ("Коротко.", "cp1251")


def test_meta_charset_in_the_page_is_used_when_the_container_says_nothing() -> None:
    raw = '<html><head><meta charset="koi8-r"></head><body>Коротко.</body></html>'.encode("koi8-r")
    text, name = decode(raw)
    assert name == "koi8-r"
    assert "Коротко." in text


def test_latin1_label_is_read_as_windows_1252_like_browsers_do() -> None:
    raw = "<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>“Oui”, é"
    text, name = decode(raw.encode("cp1252"))
    assert (text, name) == (raw, "cp1252")


def test_unknown_or_non_text_declared_charsets_are_ignored() -> None:
    raw = "Министр заявил журналистам, что переговоры продолжатся.".encode("cp1251") * 3
    for label in ("no-such-charset", "base64", "rot13", "idna", "text/html"):
        text, _ = decode(raw, declared=label)
        assert text.startswith("Министр")


def test_binary_junk_is_refused_as_not_a_page() -> None:
    junk = bytes(range(256)) * 40
    with pytest.raises(UnreadableSource) as error:
        decode(junk, uri="photo.jpg")
    assert str(error.value) == "photo.jpg: binary data, not a text or HTML page"


def test_nul_bytes_beyond_a_tiny_fraction_make_it_binary() -> None:
    with pytest.raises(UnreadableSource, match="binary data"):
        decode(b"plain text\x00\x00 with nul bytes" * 10)


def test_a_single_stray_nul_in_a_long_page_is_tolerated() -> None:
    page = "A real page of text. " * 200 + "\x00"
    assert decode(page.encode())[0] == page


@pytest.mark.parametrize("raw", [b"", b"   \r\n\t ", b"\xef\xbb\xbf", "\u00a0\n".encode()])
def test_empty_or_whitespace_only_input_is_an_empty_page(raw: bytes) -> None:
    with pytest.raises(EmptyPage) as error:
        decode(raw, uri="blank.txt")
    assert error.value.path == "blank.txt"


def test_input_over_the_cap_is_refused_without_being_decoded() -> None:
    with pytest.raises(UnreadableSource, match="too large"):
        decode(b"a" * (MAX_PAGE_BYTES + 1), uri="huge.html")


def test_a_50_mb_page_is_refused_not_crashed_on() -> None:
    page = b"<p>news</p>\n" * (50 * 1024 * 1024 // 12)
    with pytest.raises(UnreadableSource, match=r"too large: [\d,]+ bytes"):
        decode(page, uri="huge.html")


def test_utf8_cut_in_the_middle_of_a_character_stays_utf8() -> None:
    raw = RUSSIAN.encode("utf-8")[:-2] + "Жук".encode()[:1]  # as a crawler's byte limit cuts it
    text, name = decode(raw)
    assert name == "utf-8"
    assert text == raw.decode("utf-8", "replace")
    assert text.startswith("Министр") and text.endswith("\ufffd")


def test_a_western_page_with_one_latin1_byte_is_not_taken_for_utf8() -> None:
    page = "The minister said the talks would go on next week, in the café of the hotel. " * 5
    text, name = decode(page.encode("cp1252"))
    assert text == page
    assert name != "utf-8"
