"""spaCy components of the statements stage, and the extensions they write.

Why components: ``nlp.pipe`` then does the batching, and the results live on the Doc
(``doc.spans["qw_quotes"]``, ``doc.spans["qw_cues"]``, ``Doc._.qw_statements``) where tests
and debugging can see them. The finding itself is ``finder.find_statements``: pure, reads only.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from quotewatch.statements.entities import corrected_entities
from quotewatch.statements.finder import find_statements

TITLE_END_KEY = "qw_title_end"  # doc.user_data: where the headline paragraph ends, if any
RUN_STARTS_KEY = "qw_run_starts"  # doc.user_data: where each verbatim run of the page starts

if not Doc.has_extension("qw_statements"):
    Doc.set_extension("qw_statements", default=None)


@Language.factory("qw_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter()


class ParagraphSplitter:
    """Makes every blank line a sentence of its own, so the parser never joins two paragraphs.

    Marking the blank-line token (not the word after it) is what works: marking the word after
    it made the small English parser split "Maria | Olsen said" on our test sentences.
    """

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            if tok.is_space and tok.text.count("\n") >= 2:
                tok.is_sent_start = True
        return doc


@Language.factory("qw_entities", assigns=["doc.ents"])
def make_entity_corrector(nlp: Language, name: str) -> EntityCorrector:
    return EntityCorrector()


class EntityCorrector:
    """Corrects the tagger's entities once, for every later reader (see ``entities``)."""

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = corrected_entities(doc)
        return doc


@Language.factory("qw_statements", assigns=["doc.spans", "doc._.qw_statements"])
def make_statement_finder(nlp: Language, name: str) -> StatementFinder:
    return StatementFinder()


class StatementFinder:
    """Finds statements, then writes quote spans, cue spans and ``Found`` records."""

    def __call__(self, doc: Doc) -> Doc:
        found = find_statements(
            doc, doc.user_data.get(TITLE_END_KEY), doc.user_data.get(RUN_STARTS_KEY)
        )
        quotes, cues = [], []
        for f in found:
            span = doc.char_span(f.start, f.end, label=f.kind, alignment_mode="expand")
            if span is not None:
                quotes.append(span)
        for f in found:
            if f.mention_start is not None and f.mention_end is not None:
                span = doc.char_span(f.mention_start, f.mention_end, alignment_mode="expand")
                if span is not None:
                    cues.append(span)
        doc.spans["qw_quotes"] = quotes
        doc.spans["qw_cues"] = cues
        doc._.qw_statements = found
        doc.user_data.pop("qw_text", None)  # the cache of doc.text (speakers.doc_text)
        return doc
