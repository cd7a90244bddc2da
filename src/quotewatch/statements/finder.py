"""Finding statements in a parsed Doc: quotes + cues + clauses -> ``Found`` records.

Why this order: quote marks are the most reliable evidence, so quotes are found first (by
``quotes.find_quotes``, on the string) and then attached to a cue right before them
("X said: “…”") or right after them ("“…,” the president noted"). Cue verbs that govern a
clause outside quotes give indirect speech ("X stated that …"), or mixed speech when that
clause contains a short quote. A quote with no cue of its own continues the statement just
before it. Only then are speakers resolved, in text order, so pronouns see earlier speakers.
Everything here reads the Doc and returns plain values; the component writes them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from quotewatch.statements.calibration import calibrated
from quotewatch.statements.entities import ends_a_hyphenated_name, joined_by_hyphen
from quotewatch.statements.lexicon import (
    BE_FORMS,
    BELIEF_FORMS,
    CALL_FORMS,
    CONTINUING_CUES,
    CUE_FORMS,
    CUE_LEMMAS,
    CUE_VERBS,
    DIRECTIVE_CUES,
    DOCUMENT_CUE_FORMS,
    EXPRESSED_NOUNS,
    FINDING_FORMS,
    FROM_CUES,
    INFINITIVE_CONTENT_CUES,
    INSTITUTION_NOUNS,
    JUDGING_HEADS,
    NAME_TITLES,
    NAMING_FORMS,
    NON_PERSON_PRONOUNS,
    NON_SPEAKER_PREFIXES,
    OBJECT_CONTENT_CUES,
    OBJECT_CONTENT_PREPOSITIONS,
    ORGANISATION_NOUNS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PERSON_OR_ROLE_NOUNS,
    PRONOUN_GENDER,
    PRONOUNS,
    PRONOUNS_FEMALE,
    PRONOUNS_MALE,
    PRONOUNS_NEUTER,
    PRONOUNS_PLURAL,
    QUOTE_MARKS,
    RELAYED_SPEECH,
    ROLE_GROUPS,
    SPEECH_NOUNS,
    SPEECH_WITH_A_CLAUSE,
    SPOKESPEOPLE,
    TITLE_MARKERS,
    UNNAMED_NOUNS,
    WEAK_CUES,
    WRITTEN_MESSAGES,
)
from quotewatch.statements.names import noun_gender
from quotewatch.statements.quotes import QuoteSpan, find_quotes, paragraph_spans
from quotewatch.statements.select import LABEL_RE, SIGNATURE_RE, SIGNED_LINE_RE
from quotewatch.statements.speakers import (
    DATA_HEADS,
    ORG_LABELS,
    TIME_LABELS,
    History,
    PageContext,
    Resolved,
    Spoken,
    build_context,
    clean_name,
    described_official,
    described_person,
    described_spokesperson,
    described_title,
    doc_text,
    entity_of,
    fullest,
    interviewee,
    is_coordinated_organisation,
    joint_organisations,
    past_quote_marks,
    resolve_mention,
    surname_written_before,
    unnamed_person_gender,
)

_FORM_TO_LEMMA = {form: lemma for lemma, forms in CUE_VERBS.items() for form in forms}
_SENTENCE_END = frozenset({".", "!", "?"})
TITLE_FUNCTION_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "at"})
# Nouns a "from"/"by"/"of" phrase names the source of: "a statement from X", "a spokesman for X".
SOURCE_NOUNS = SPEECH_NOUNS | DATA_HEADS | PERSON_NOUNS

CLOSING_MARKS = frozenset({"”", '"', "’", "''", "»"})
_INTRO_PUNCT = frozenset({":", ",", "—", "–", "-", "that"})
_TRAILING_INNER = tuple(",?!—–-…")
# Unattributed quotes shorter than this are scare quotes or names, not speech; 4 words kept
# the seed clean and dropped "so-called 'peacekeepers'"-style quotes on PolNeAR train pages.
MIN_WORDS_UNATTRIBUTED = 4
# A clause with a quote inside is mixed speech ("he was “very comfortable”") when this many
# letters stand outside the quote; fewer, and the quote is the statement. PolNeAR train:
# mixed content spans include the unquoted words, and 3 keeps "that “…”" direct.
MIN_UNQUOTED_CHARS = 3
# A sentence of at most this many tokens holding one cue and no clause ("Dianne Bystrom, a
# historian, agreed.") introduces the quote after it or closes the one before; 12 covers a
# name with a short apposition (PolNeAR train examples).
MAX_BARE_CUE_TOKENS = 12
# How many tokens after a closing mark the cue may sit ("'' Mr. Regalado, the Republican mayor
# of Miami, said"); the search stops at the sentence's end or another verb anyway. 40 reaches
# past a name with two titles ("Leonard E. Burman, director of the … Tax Policy Center and a
# professor at the Maxwell School of Syracuse University, said"), which 25 did not.
MAX_CUE_DISTANCE_AFTER = 40
# doc.user_data: (start, end) of the wire dateline clean found opening the body ("MINSK, 24
# February (BelTA) –"), in the parsed text's offsets; absent when the page has none.
DATELINE_KEY = "qw_dateline"
DATELINE_PLACE_KEY = "qw_dateline_place"  # doc.user_data: the place clean read from it
_HEADLINE = re.compile(r"^(?P<who>[^:\n]{2,60}?)\s*:\s+(?P<what>\S.*\S)\s*$", re.S)


@dataclass(frozen=True, slots=True)
class Cue:
    """A speech cue outside quotes: its words, its speaker mention and the clause it governs."""

    token: Token
    start: int
    end: int
    speaker: Span | None
    clause: tuple[int, int] | None  # token range [start, end) of the reported clause
    weak: bool = False

    @property
    def text(self) -> str:
        return doc_text(self.token.doc)[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Found:
    """One statement in Doc character offsets, before mapping back to the page."""

    start: int
    end: int
    kind: str
    cue: str
    mention_start: int | None
    mention_end: int | None
    speaker: str | None
    speaker_kind: str | None
    confidence: float
    reason: str = ""
    balanced: bool = True
    continuation: bool = False


def find_statements(
    doc: Doc, title_end: int | None = None, run_starts: list[int] | None = None
) -> list[Found]:
    """All statements in ``doc``; ``title_end`` marks a headline paragraph to check;
    ``run_starts`` where text that was not parsed was left out (no continuation across)."""
    quotes = find_quotes(doc_text(doc))
    in_quote = _token_in_quote(doc, quotes)
    paragraph_of = _token_paragraphs(doc)
    cues = find_cues(doc, in_quote)
    raw: list[tuple[Found, Span | None]] = []
    used_quotes: set[int] = set()
    for found, mention, consumed in _clauses(doc, cues, quotes):
        raw.append((found, mention))
        used_quotes |= consumed
    raw += _direct(doc, quotes, cues, in_quote, paragraph_of, used_quotes)
    if title_end:
        raw += _headline(doc, title_end, cues)
    raw += _labels(doc, title_end or 0, raw)
    ctx = build_context(
        doc,
        in_quote,
        paragraph_of,
        title_end or 0,
        _lead_dateline(doc),
        doc.user_data.get(DATELINE_PLACE_KEY),
    )
    raw = _drop_inside_headline(sorted(raw, key=lambda fm: fm[0].start))
    ctx.reported_spans = [(f.start, f.end) for f, _ in raw]
    para_starts = [s for s, _ in paragraph_spans(doc_text(doc))]
    return _resolve(raw, ctx, paragraph_of, para_starts, run_starts or [], doc_text(doc))


def _drop_inside_headline(raw: list[tuple[Found, Span | None]]) -> list[tuple[Found, Span | None]]:
    """A "Speaker: claim" title wins over a cue the parser found inside the claim."""
    heads = [f for f, _ in raw if f.kind == "headline"]
    return [
        (f, m)
        for f, m in raw
        if f.kind == "headline" or not any(h.start <= f.start and f.end <= h.end for h in heads)
    ]


def _token_in_quote(doc: Doc, quotes: list[QuoteSpan]) -> list[bool]:
    flags = [False] * len(doc)
    for q in quotes:
        span = doc.char_span(q.outer_start, q.outer_end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                flags[i] = True
    return flags


def _token_paragraphs(doc: Doc) -> list[int]:
    starts = [s for s, _ in paragraph_spans(doc_text(doc))]
    return [max(0, bisect_right(starts, t.idx) - 1) for t in doc]


# Prepositions after a name that say where or when it spoke, not who it is ("of", "for" and
# "from" may: "Maria Olsen of the Red Cross").
_WHERE_AND_WHEN = frozenset({"at", "in", "on", "during", "after", "before"})


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun, or a hyphen and the part after it of a name written so
    ("Min-hee", "Jae-myung")."""
    if tok.text == "-":
        return True
    return (tok.pos_ == "PROPN" and tok.text[:1].isupper()) or ends_a_hyphenated_name(tok)


def _says_where_or_when(name: Token, child: Token) -> bool:
    """A preposition after a name that starts where or when it spoke; not one inside the
    name ("The Council on American-Islamic Relations"), nor after a date the parser made
    the subject ("Saturday at the … convention Sen. Elizabeth Warren said")."""
    return (
        name.pos_ == "PROPN"
        and name.ent_type_ not in TIME_LABELS
        and child.dep_ == "prep"
        and child.lower_ in _WHERE_AND_WHEN
        and not (child.ent_iob_ == "I" and child.ent_type_ in {"ORG", "FAC", "GPE", "LOC"})
    )


# What a speaker says something in: "the ministry in a comment on its position … announced",
# "her lawyers in a court filing": words and documents, and the occasions they are spoken at;
# not a poll, which says who the people are ("78 percent of voters in a CBS News poll").
_SAID_IN = (SPEECH_NOUNS | DATA_HEADS | {"interview", "speech", "briefing", "address", "note"}) - {
    "poll", "polls", "polling", "survey", "surveys"
}  # fmt: skip


def _says_in_what(child: Token) -> bool:
    """ "in a comment on …", "in a statement": a preposition after a speaker that tells what
    they spoke in, not who they are."""
    return (
        child.dep_ == "prep"
        and child.lower_ == "in"
        and any(c.dep_ == "pobj" and c.lower_ in _SAID_IN for c in child.children)
    )


def mention_span(token: Token) -> Span:
    """The noun phrase around a speaker head with its appositive ("The chief, Paul Manafort").

    Cut before relative clauses and conjuncts, and at 20 tokens, so a long description
    cannot swallow the sentence.
    """
    doc = token.doc
    if token.lower_ in {"who", "that", "which"} and token.head.dep_ == "relcl":
        token = token.head.head  # "Ms. Arnold, who said ...": the noun the clause describes
        token = _person_after_comma(token)  # "the Ombudsman, Claudio da Silva, who stated"
        if token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.head.i < token.i:
            token = token.head  # "Giorgi Gogia, a researcher with HRW who said": the name
    right = token.i
    conj = next((c for c in token.rights if c.dep_ == "conj"), None)
    joined = doc[token.i : conj.right_edge.i + 1] if conj is not None else None
    one_name = joined is not None and (
        is_coordinated_organisation(joined) or joint_organisations(joined)
    )
    for child in token.rights:
        if one_name and child.i <= conj.i:
            right = child.right_edge.i  # "Devon and Cornwall Police" is one organisation
            continue
        if child.dep_ in {"relcl", "acl", "cc", "conj", "advcl"}:
            break
        if _says_where_or_when(token, child) or _says_in_what(child):
            break  # "President Joko Widodo at the Freedom Palace, …, Central Jakarta"
        if child.lower_ in _WHERE_AND_WHEN and _says_when(child):
            break  # "the court on Monday": when it spoke ("the employee of four years" is who)
        if child.dep_ != "punct":
            right = child.right_edge.i
    left = token.left_edge.i
    for i in range(token.i - 1, left - 1, -1):
        if doc[i].text in {",", "(", "—", "–"}:
            left = i + 1
            break
    for i in range(token.i + 1, right + 1):
        if doc[i].text == "," and doc[i + 1].lower_ in {"who", "which", "whose"}:
            right = i - 1  # "one Democrat familiar with it, who added that …"
            break
        named = token.pos_ == "PROPN" and i > token.i + 1  # not before "…, Rep. Pat Schroeder,"
        if named and doc[i].lower_ in {"who", "whose"} and doc[i].head.dep_ == "relcl":
            right = i - 1  # "Giorgi Gogia, a researcher with HRW who said that …"
            break
        if doc[i].text == "(":
            right = i - 1  # "the National Police Chiefs’ Council (NPCC)": the name, not its
            break  # abbreviation (nor half a parenthesis)
    # "…,” Pfizer Senior Vice President": the closing mark is the quote's
    left = past_quote_marks(doc, left, token.i)
    dateline_end = _lead_dateline(doc)[1]
    while left < token.i and doc[left].idx < dateline_end:
        left += 1  # "(EFE).- Acting Spanish Prime Minister Pedro Sánchez": not the dateline
    while left >= 2 and joined_by_hyphen(doc[left - 2], doc[left - 1]) and doc[left - 2].is_title:
        left -= 2  # "Bar-David continued", the parser's "Bar" hung elsewhere
    person = entity_of(token)
    rest = doc[right + 1 : person.end] if person is not None else []
    name_words = all(_name_word(t) for t in rest)  # not a headline
    if person is not None and person.label_ == "PERSON" and name_words and len(rest) <= 2:
        right = max(right, person.end - 1)  # "Michael O’leary", "Lee Min-hee": the parser
        # split the name
    end = min(right + 1, left + 20)
    while end > left + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[left:end]


def find_cues(doc: Doc, in_quote: list[bool]) -> list[Cue]:
    """Speech cues outside quotes, with their speaker mention and reported clause."""
    cues: list[Cue] = []
    for tok in doc:
        if in_quote[tok.i]:
            continue
        cue = _phrase_cue(tok, in_quote) or _verb_cue(tok, in_quote)
        if cue is not None and cue.speaker is not None and in_quote[cue.speaker.root.i]:
            # The parser linked a cue to a subject inside the quote ("“The more people …”
            # Briggs said"): take the noun right before the cue instead.
            cue = replace(cue, speaker=_noun_before(cue.token))
        if cue is not None and cue.speaker is not None and cue.clause is not None:
            lo, hi = cue.clause
            if lo < cue.speaker.start < hi <= tok.i:
                # "Flights stopped in Bangkok, a statement from the airport said", with the
                # statement hung on "Bangkok": the report ends where its source begins.
                cue = replace(cue, clause=(lo, cue.speaker.start))
        if cue is not None:
            cues.append(cue)
            parts = _parts_around_cue(tok) or _parts_around_according(tok)
            if parts is not None and cue.clause == parts[0]:
                cues.append(replace(cue, clause=parts[1]))
    return cues


def _phrase_cue(tok: Token, in_quote: list[bool]) -> Cue | None:
    """ "according to X" and "in X's words": the speaker is inside the phrase."""
    doc = tok.doc
    prep = _according_to(tok)
    if prep is not None:
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        # "According to the Minister of Information, Mr Kojo Nkrumah, …": the name speaks
        name = _name_apposed_after(prep)
        speaker = name or (mention_span(objs[0]) if objs else None)
        end = prep.idx + len(prep)
        clause = _sentence_around(tok, prep, name) or _outside_clause(tok)
        if objs and clause is not None and _relayed_by_according(objs[0], clause, in_quote):
            return None
        if clause is not None and _only_a_cue(doc, clause):
            return None  # "…, according to minutes of the meeting, the news service reported"
        return Cue(tok, tok.idx, end, speaker, clause, False)
    if tok.lower_ == "words" and tok.head.lower_ == "in" and tok.dep_ == "pobj":
        owners = [c for c in tok.children if c.dep_ == "poss"]
        speaker = mention_span(owners[0]) if owners else None
        return Cue(tok.head, tok.head.idx, tok.idx + len(tok), speaker, _outside_clause(tok.head))
    return None


# Documents that pass on what someone said: "The council said …, according to minutes of
# the meeting" is the council's statement; "According to the details, Memon says that …" is
# Memon's.
_RELAYING_DOCUMENTS = frozenset(
    {"report", "reports", "minutes", "transcript", "transcripts", "documents", "records", "details"}
)


def _relayed_by_according(source: Token, clause: tuple[int, int], in_quote: list[bool]) -> bool:
    """ "Veena George said the infection arose …, according to a PTI report": an outlet or a
    document passes on what a speaker says in the clause; the statement is the speaker's, as
    with "…, AFP reported" (``_relays_a_report``)."""
    if not (_outlet(source) or source.lower_ in _RELAYING_DOCUMENTS or source.pos_ == "PROPN"):
        return False  # "… Sato said, according to TBS": a name the tagger did not know
    roots = _clause_roots(source.doc, clause)
    return any(_speaks_as_fact(t, in_quote) for t in roots[:1])


def _only_a_cue(doc: Doc, clause: tuple[int, int]) -> bool:
    """Whether the words are just someone's cue, with nothing reported in them ("the news
    service reported" after an "according to" phrase): a cue verb and its subject, nothing
    else ("Trump has posted 5,000 times since June" says what he did)."""
    roots = [t for t in _clause_roots(doc, clause) if not (t.is_punct or t.is_space)]
    if len(roots) != 1 or _cue_lemma(roots[0]) is None:
        return False
    cue = roots[0]
    # "Lukashenko asked on Tuesday": who spoke, and when, is still only the cue
    around = [c for c in cue.children if c.dep_ == "nsubj" or _says_when(c)]
    kept = {cue.i} | {t.i for s in around for t in s.subtree}
    return all(t.i in kept or t.is_punct or t.is_space for t in doc[clause[0] : clause[1]])


def _says_when(tok: Token) -> bool:
    """ "on Tuesday", "yesterday", "last week": a modifier that only dates a verb."""
    if tok.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.ent_type_ in TIME_LABELS for c in tok.children)
    return tok.dep_ in {"npadvmod", "advmod"} and tok.ent_type_ in TIME_LABELS


def _clause_roots(doc: Doc, clause: tuple[int, int]) -> list[Token]:
    """The words of a span whose head lies outside it (or is themselves): its clauses' verbs."""
    lo, hi = clause
    return [t for t in doc[lo:hi] if t.head.i == t.i or not lo <= t.head.i < hi]


def _sentence_around(
    according: Token, to: Token, name: Span | None = None
) -> tuple[int, int] | None:
    """ "A, according to X." and "According to X, A.": the report is the rest of the
    sentence, wherever the parser hung the phrase ("worse than Obama's ever has been,
    according to a pollster" reports the whole sentence, not "ever has been"); the phrase
    runs on to the ``name`` apposed after it."""
    sent = according.sent
    phrase_end = _according_phrase_end(to, name)
    before = according.i - 1
    medial = _medial_according(according, to, name)
    if medial is not None:
        return medial[0]
    rest = [t for t in according.doc[phrase_end : sent.end] if not (t.is_punct or t.is_space)]
    if not rest and before > sent.start and according.doc[before].text == ",":
        return sent.start, before
    at_start = all(t.is_punct or t.is_space for t in according.doc[sent.start : according.i])
    if at_start and phrase_end < sent.end and according.doc[phrase_end].text == ",":
        return phrase_end + 1, sent.end
    if at_start and name is not None and phrase_end < sent.end:
        return phrase_end, sent.end  # "…, Commissioner Paul Nyathi the arrests were …"
    return None


def _according_phrase_end(to: Token, name: Span | None) -> int:
    """Where "according to X" ends: after X, or after the name apposed to it."""
    return name.end if name is not None else max(to.right_edge.i, to.i) + 1


def _parts_around_according(tok: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Both parts of a report that "according to X" interrupts between commas."""
    prep = _according_to(tok)
    if prep is None or tok.lower_ != "according":
        return None
    medial = _medial_according(tok, prep, _name_apposed_after(prep))
    return medial if medial is not None and medial[1] is not None else None


def _medial_according(
    according: Token, to: Token, name: Span | None
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """ "The outbreak took place in Granma province, according to the Health Ministry, after
    about 1,000 cases were reported", "The government security forces, according to
    Balagtey, recovered one M653 Colt": an "according to" between commas inside a sentence
    interrupts the report, whose two parts are two statements. A part after it that opens
    with a conjunction ("…, but the US Geological Survey ranked them …") is someone else's,
    so only the part before is reported."""
    doc, sent = according.doc, according.sent
    phrase_end = _according_phrase_end(to, name)
    before = according.i - 1
    if before <= sent.start or doc[before].text != ",":
        return None
    if phrase_end >= sent.end or doc[phrase_end].text != ",":
        return None
    first = (sent.start, before)
    if sum(not t.is_punct for t in doc[first[0] : first[1]]) < 2:
        return None
    if doc[before - 1].lower_ in _RELATIVE_WORDS:
        return None  # "those over 65 who, according to government policy, should be exempt"
    rest = [t for t in doc[phrase_end + 1 : sent.end] if not t.is_punct]
    if len(rest) < 3 or rest[0].dep_ == "cc" or rest[0].lower_ in {"but", "and", "while"}:
        return first, None
    if rest[0].tag_ == "VBG" or not any(t.tag_ in _FINITE_TAGS | {"VBN"} for t in rest):
        return first, None  # "…, citing MP Osama Al-Zaid", "…, with the number on the rise"
    return first, (phrase_end + 1, sent.end)


def _name_apposed_after(to: Token) -> Span | None:
    """ "According to the Minister of Information, Mr Kojo Oppong Nkrumah, although …": a
    name between commas right after a source described by a role, which the parser took for
    the subject of the report; it names the source."""
    doc = to.doc
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs or objs[0].lower_ not in PERSON_OR_ROLE_NOUNS:
        return None
    comma = max(to.right_edge.i, to.i) + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    start = comma + 1
    while start < len(doc) and (
        doc[start].lower_ in NAME_TITLES
        or (doc[start].is_title and doc[start].lower_ in ROLE_GROUPS)
    ):
        start += 1  # "Mr", "Commissioner"
    person = entity_of(doc[start]) if start < len(doc) else None
    if person is None or person.start != start or person.label_ != "PERSON":
        return None
    if person.end < len(doc) and doc[person.end].text == ",":
        return person
    # "…, Commissioner Paul Nyathi the arrests were …": no comma after the name, which the
    # parser makes a second subject of the report's verb
    root = person.root
    second = [c for c in root.head.children if c.dep_ == "nsubj" and c.i > root.i]
    return person if root.dep_ == "nsubj" and second else None


def _outside_clause(prep: Token) -> tuple[int, int] | None:
    """For a cue phrase attached to a clause, the clause minus the phrase (the longer side)."""
    head = prep.head
    if head.pos_ not in {"VERB", "AUX"} or head.i == prep.i:
        return None
    lo, hi = head.left_edge.i, head.right_edge.i + 1
    p_lo, p_hi = prep.left_edge.i, prep.right_edge.i + 1
    if p_lo - lo >= hi - p_hi:
        return lo, p_lo
    return p_hi, hi


def _verb_cue(tok: Token, in_quote: list[bool]) -> Cue | None:
    if tok.pos_ != "VERB" and not _inverted_said(tok, in_quote):
        return None
    lemma = _cue_lemma(tok)
    if lemma is None and tok.lower_ in CALL_FORMS:
        return _call_cue(tok, in_quote)
    if lemma is None and tok.lower_ in DOCUMENT_CUE_FORMS:
        return _document_cue(tok, in_quote)
    if lemma is None:
        return None
    children = list(tok.children)
    if lemma == "point" and not any(c.lower_ == "out" for c in children):
        return None
    if lemma == "add" and any(c.lower_ == "up" for c in children):
        return None  # "the math doesn't add up"
    if any(c.dep_ in {"nsubjpass", "expl"} and c.lower_ == "it" for c in children):
        return None  # "It should be noted that …": nobody is reported
    if tok.head.lower_ == "worth" and tok.tag_ == "VBG":
        return None  # "It is worth noting that …": the writer's own aside
    if any(c.dep_ == "neg" for c in children):
        return None  # "wouldn't confirm whether", "hasn't yet said": nothing was said
    if lemma in DIRECTIVE_CUES and tok.tag_ in {"VB", "VBP"}:
        return None  # "will instruct", "didn’t” instruct": no order given
    if _relays_a_report(tok, in_quote):
        return None
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    if to and tok.head.pos_ in {"ADJ", "NOUN", "PRON", "AUX"}:
        return None  # "it would be petty to say", "this isn't to say": no one says it
    end = tok.idx + len(tok)
    # "A pair of scissors was used …, a court has heard", "The court heard that …": what a
    # court, a jury or a meeting heard is someone's account, and the sentence does not say
    # whose (a prosecutor's, a witness's); the body is the listener, not the source
    # ("The court heard from Dr Smith that …" is his)
    listener = False
    if lemma in FROM_CUES:
        froms = [c for c in children if c.dep_ == "prep" and c.lower_ == "from"]
        objs = [o for f in froms for o in f.children if o.dep_ == "pobj"]
        listener = not objs and lemma == "hear" and _hearing_body(tok)
        if not objs and not listener:
            return None
        speaker: Span | None = mention_span(objs[0]) if objs else None
        end = froms[0].idx + len(froms[0]) if objs else end
    elif _fronted_participle(tok):
        # "Asked whether …, Trump deflected": Trump was asked, he did not ask; the question
        # is the unnamed asker's (a reporter's), and only a question is.
        question = _question_asked(tok, in_quote) if lemma == "ask" else None
        return None if question is None else Cue(tok, tok.idx, end, None, question)
    elif lemma == "quote" and any(c.dep_ == "auxpass" for c in children):
        speaker = _subject(tok, in_quote)  # "he was quoted (by Reuters) as saying": his words
    elif (quoted := _quoted_as_saying(tok)) is not None:
        speaker = mention_span(quoted)  # "The paper quoted Lang as saying": Lang's words
    elif lemma in _QUOTING and (quoted := _quoted_before_as_saying(tok)) is not None:
        speaker = mention_span(quoted)  # "“…,” the statement quoted him as saying": his words
    elif _agent(tok) is not None:
        speaker = mention_span(_agent(tok))  # "as reported by Western Journalism"
    elif any(c.dep_ == "auxpass" for c in children):
        speaker = None  # "was told", "is said": the subject is not the speaker
    else:
        speaker = _subject(tok, in_quote)
    trailing = _trailing_cue_report(tok) or _participle_taken_for_the_report(tok)
    if trailing is not None:
        speaker, clause = trailing
    else:
        clause = _reported_clause(tok, in_quote)
    if clause is None and (closing := _closing_attribution(tok)) is not None:
        speaker, clause = closing
    weak = lemma in WEAK_CUES
    if clause is None and lemma in OBJECT_CONTENT_CUES:
        clause, weak = _object_content(tok), False
    if clause is None and lemma in INFINITIVE_CONTENT_CUES and tok.dep_ not in {"relcl", "acl"}:
        clause = _infinitive_content(tok)
        weak = weak and clause is None
        if lemma in _SAID_BY_THINGS_TOO and (speaker is None or not _can_speak(speaker.root)):
            clause = None  # "the relative safety encourages people to live in the city"
    if clause is not None:
        clause = (clause[0], _before_another_reporter(tok, clause[1]))
    return Cue(tok, tok.idx, end, None if listener else speaker, clause, weak)


# Infinitive cues whose subject may be a thing that says nothing ("low rates encouraged
# people to borrow"): a report only with a speaker.
_SAID_BY_THINGS_TOO = frozenset({"encourage"})

# Bodies that hear evidence or submissions: "the court heard", "an inquest heard".
_HEARING_BODIES = frozenset(
    {"court", "jury", "inquest", "tribunal", "hearing", "inquiry", "magistrates", "meeting"}
)


def _hearing_body(tok: Token) -> bool:
    """ "Leeds Crown Court heard", "a heated meeting heard": a body hearing evidence or
    submissions as the subject of "heard"."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[-1].lemma_.lower() in _HEARING_BODIES


def _relays_a_report(tok: Token, in_quote: list[bool]) -> bool:
    """ "Erdoğan said the invasion was a heavy blow, Agence France-Presse reported": an
    outlet's trailing cue after a sentence in which someone speaks passes their words on;
    the statement is theirs, and the outlet is the channel, not a second speaker of the same
    words. The parser hangs the trailing cue either above the inner cue or inside it.

    Only a trailing "…, Outlet reported" (a person who reports someone's words is a source of
    their own: "the Mayor told him there was no order, Lao said"), only verbs of speaking
    ("The committee had agreed not to record it, AP reported" is AP's), said as a fact (not
    "Comey cannot say that …") and outside quote marks."""
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subject is None or not _outlet(subject):
        return False
    if subject.left_edge.i == 0 or subject.doc[subject.left_edge.i - 1].text != ",":
        return False
    if any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        return False  # "…, Zornetzer told me; Johnson estimated that …": a report of its own

    if tok.dep_ == "ccomp" and tok.head.i < tok.i and _speaks_as_fact(tok.head, in_quote):
        return True
    return any(
        c.dep_ == "ccomp" and c.i < tok.i and _speaks_as_fact(c, in_quote) for c in tok.children
    )


def _speaks_as_fact(verb: Token, in_quote: list[bool]) -> bool:
    """A verb of plain speaking with a subject who can speak, said as a fact (not negated, no
    modal) and outside quote marks: "Erdoğan said …", not "Comey cannot say …". "add" and
    its like are one with a clause after them ("He added that efforts were ongoing"), not in
    "added 500 jobs"; "estimates that …" is not plain speaking."""
    lemma = _cue_lemma(verb)
    return (
        (
            lemma in RELAYED_SPEECH
            or (lemma in SPEECH_WITH_A_CLAUSE and any(c.dep_ == "ccomp" for c in verb.children))
        )
        and not in_quote[verb.i]
        and not any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children)
        and any(c.dep_ == "nsubj" and _can_speak(c) and not in_quote[c.i] for c in verb.children)
    )


def _outlet(tok: Token) -> bool:
    """A news organisation as a subject: "Agence France-Presse", "the newspaper", "public
    broadcaster WDR" (a name the tagger missed, after its outlet noun)."""
    if tok.ent_type_ in {"ORG", "WORK_OF_ART"}:
        return True
    return any(t.lower_ in OUTLET_NOUNS for t in tok.doc[tok.left_edge.i : tok.i + 1])


def _call_cue(tok: Token, in_quote: list[bool]) -> Cue | None:
    """ "call" as a cue, in the frames where it reports words, said by someone who can speak
    ("The plan calls for 500 homes" reports nobody)."""
    if any(c.dep_ in {"neg", "auxpass"} for c in tok.children):
        return None
    clause = _call_content(tok)
    speaker = _subject(tok, in_quote) if clause is not None else None
    if speaker is None or not _can_speak(speaker.root):
        return None
    return Cue(tok, tok.idx, tok.idx + len(tok), speaker, clause)


def _document_cue(tok: Token, in_quote: list[bool]) -> Cue | None:
    """ "A Quinnipiac poll found that Clinton leads", "The data shows wages rose": a document
    reports its clause, and its author (if the page names one) is the speaker."""
    if any(c.dep_ in {"neg", "auxpass"} for c in tok.children):
        return None
    if any(_is_cue_word(a) for a in tok.ancestors):
        return None  # "He said the report shows …": the finding is inside his words
    speaker = _subject(tok, in_quote)
    if speaker is None or not (speaker.root.lower_ in DATA_HEADS or _judges(speaker, tok)):
        return None
    clause = _reported_clause(tok, in_quote)
    if clause is None:
        return None
    return Cue(tok, tok.idx, tok.idx + len(tok), speaker, clause)


def _judges(subject: Span, verb: Token) -> bool:
    """A court, an inquiry or a named organisation that "found" something: its finding is its
    statement ("the court found that he had no power"), where a person "finds" keys."""
    if verb.lower_ not in FINDING_FORMS:
        return False
    return subject.root.lower_ in JUDGING_HEADS or subject.root.ent_type_ == "ORG"


def _hung_on_a_speechless_clause(clause: Token, subjects: list[Token]) -> bool:
    """Whether ``clause`` is an adverbial clause whose subject is a thing ("his diagnosis")
    inside a clause whose subject can speak ("Austin apologized")."""
    if clause.dep_ != "advcl":
        return False
    if any(_can_speak(c) or _named_in_apposition(c) or c.ent_type_ for c in subjects):
        return False
    above = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return any(_can_speak(c) for c in above)


def _named_in_apposition(head: Token) -> bool:
    """ "her main rival, Bernie Sanders,": a noun a name is put beside is that named one."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children)


def _can_speak(head: Token) -> bool:
    """A name, a personal pronoun, or a noun for a person or an organisation."""
    low = head.lower_
    if head.pos_ == "PROPN" or low in PRONOUNS - {"it"} or low in PERSON_NOUNS:
        return True
    return low in ORGANISATION_NOUNS or low in ROLE_GROUPS or low.rstrip("s") in PERSON_NOUNS


def _call_content(tok: Token) -> tuple[int, int] | None:
    """ "called for restraint" -> restraint; "called for this process to be fast-tracked" ->
    the clause; "called on both sides to show restraint" -> both sides to show restraint;
    "called it a violation of norms" -> it a violation of norms (a naming, when one of the two
    objects is a described common noun: "called him Bobby" names no view)."""
    rights = list(tok.rights)
    for c in rights:
        if c.dep_ == "prep" and c.lower_ == "for":
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is None:
                return None
            end = obj.right_edge.i + 1
            # "called for an emergency meeting to discuss housing": the infinitive the parser
            # hung on "called" belongs to the meeting
            then = next((x for x in rights if x.left_edge.i == end and _infinitive(x)), None)
            return obj.left_edge.i, (then.right_edge.i + 1 if then is not None else end)
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            return c.left_edge.i, c.right_edge.i + 1
        if c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon"}:
            # "on" read as a particle too, with the people called on its object or the verb's
            objs = [o for o in c.children if o.dep_ == "pobj"]
            objs += [o for o in rights if o.dep_ == "dobj" and o.i > c.i and c.dep_ == "prt"]
            obj = objs[0] if objs else None
            xcomp = next((x for x in rights if x.dep_ == "xcomp" and x.i > c.i), None)
            if obj is not None and xcomp is not None:
                return obj.left_edge.i, xcomp.right_edge.i + 1
            return None
    objects = [c for c in rights if c.dep_ in {"dobj", "oprd"}]
    if len(objects) == 2 and any(_described_noun(o) for o in objects):
        return objects[0].left_edge.i, objects[1].right_edge.i + 1
    return None


def _infinitive(tok: Token) -> bool:
    return tok.dep_ in {"advcl", "xcomp"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
    )


def _described_noun(tok: Token) -> bool:
    """ "a violation", "a real threat", "the worst deal": a common noun with a determiner or an
    adjective."""
    return tok.pos_ == "NOUN" and any(c.dep_ in {"det", "amod"} for c in tok.children)


def _infinitive_content(tok: Token) -> tuple[int, int] | None:
    """ "pledged to further strengthen the OBR", "urged Ishiba to take part": the
    to-infinitive (with the person urged) is what was said."""
    if any(c.dep_ == "auxpass" for c in tok.children):
        return None
    xcomps = [
        c
        for c in tok.rights
        if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    if not xcomps or any(t.lower_ == "that" for t in tok.doc[tok.i : xcomps[0].i]):
        return None  # "told reporters that to raise fees …": a that-clause the parser split
    objs = [c for c in tok.rights if c.dep_ == "dobj" and c.i < xcomps[0].i]
    start = objs[0].left_edge.i if objs else xcomps[0].left_edge.i
    return start, xcomps[0].right_edge.i + 1


def _object_content(tok: Token) -> tuple[int, int] | None:
    """What a cue's object reports when no clause does: "denied all the allegations", "denied
    ever taking bribes", "accused the chiefs of being on the payroll", "described it as
    “unacceptable”", "stressed the importance of diplomacy", "expressed concern over …",
    "cautioned against campaigns targeting the military"."""
    lemma = tok.lemma_.lower()
    against = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "against"]
    if lemma in {"caution", "warn"}:
        if against:
            return against[0].i, against[0].right_edge.i + 1
        # "warned Tuesday of a “catastrophic” situation", "warned banks about charging fees":
        # the danger warned of, without the preposition
        of = [c for c in tok.rights if c.dep_ == "prep" and c.lower_ in {"of", "about"}]
        if not of or of[0].right_edge.i == of[0].i:
            return None
        return of[0].i + 1, of[0].right_edge.i + 1
    objs = [c for c in tok.rights if c.dep_ == "dobj"]
    objs = objs or [c for c in tok.rights if c.tag_ == "VBG" and c.dep_ in {"xcomp", "ccomp"}]
    if not objs:
        return None
    obj = objs[0]
    if lemma == "express" and obj.lower_ not in EXPRESSED_NOUNS:
        return None  # "expressed interest in buying": no view is reported
    end = obj.right_edge.i + 1
    preps = [c for c in tok.rights if c.i > obj.i and c.dep_ == "prep"]
    # "described the results as doctored": the parser may hang "as" on an adjective clause
    preps += [c for c in tok.rights if c.i > obj.i and c.dep_ == "advcl" and _opened_by_as(c)]
    required = OBJECT_CONTENT_PREPOSITIONS.get(lemma)
    if (
        required
        and not any(c.lower_ in required or _opened_by_as(c) for c in preps)
        and not _as_inside_the_object(obj, required)
    ):
        return None  # "described the terrible smell" names a topic, not what was said
    if any(t.lower_ == "saying" and t.head.lower_ == "as" for c in preps for t in c.children):
        return None  # "cited police sources as saying …": the sources' words, not the object
    for c in preps:
        if c.lower_ in {"of", "as", "for"} | (required or set()) or _opened_by_as(c):
            end = max(end, c.right_edge.i + 1)
    return obj.left_edge.i, end


def _as_inside_the_object(obj: Token, required: frozenset[str] | set[str]) -> bool:
    """ "described plans by the government to raise taxes as punitive": the parser hung the
    "as" on a word inside the long object, not on the cue; it still says what the object was
    called."""
    return any(
        t.dep_ == "prep" and t.lower_ in required and t.i > obj.i and t.head.i != obj.head.i
        for t in obj.subtree
    )


def _before_another_reporter(head: Token, end: int) -> int:
    """Cut a report before "with X declaring …": a cue with a subject of its own, hung on
    "with", is someone else reporting ("Pelosi announced an inquiry, with McCarthy declaring
    “facts be damned”"), a statement of its own."""
    for t in head.subtree:
        if not head.i < t.i < end or t.lemma_.lower() not in CUE_LEMMAS:
            continue
        if t.dep_ == "pcomp" and t.head.lower_ == "with" and _has_subject(t):
            with_ = t.head
            return with_.i - 1 if with_.i > 0 and with_.nbor(-1).text == "," else with_.i
    return end


def _opened_by_as(clause: Token) -> bool:
    """ "as doctored and criminal", not "as the plant burned" (a clause of its own)."""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < clause.i for c in clause.children)
        and not _has_subject(clause)
    )


# Verbs that pass on someone's words "as saying": "quoted Lang as saying", "cited police
# sources as saying".
_QUOTING = frozenset({"quote", "cite"})


def _quoted_as_saying(tok: Token) -> Token | None:
    """The object of "quoted" in "The paper quoted Lang as saying …" or "A statement quoted
    the CEO, Emmanuel Njoku, to have said: …": the one who spoke, not the paper that quoted
    him."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if tok.dep_ in {"xcomp", "advcl"} and infinitive:
        quoting = tok.head  # "quoted X to have said"
    elif tok.dep_ == "pcomp" and tok.head.lower_ == "as":
        quoting = tok.head.head  # "quoted X as saying"
    else:
        return None
    if quoting.lemma_.lower() not in _QUOTING:
        return None
    return next((c for c in quoting.children if c.dep_ == "dobj"), None)


def _quoted_before_as_saying(tok: Token) -> Token | None:
    """The object of the cue "quoted" when the words come before it: "him" in "“…,” the
    statement quoted him as saying", where "saying" has no clause of its own to be the cue,
    or a person a paper "quotes" by name."""
    as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if as_ is None and obj is not None and tok.lemma_.lower() == "quote":
        # "“…,” the Daily Monitor quotes Emmanuel Ainebyona": a person named as quoted
        return obj if obj.ent_type_ == "PERSON" and tok.i > 1 else None
    if as_ is None or not any(c.lower_ == "saying" for c in as_.children):
        return None
    return obj


def _agent(tok: Token) -> Token | None:
    """The noun of a passive cue's by-phrase: the reporter, not the subject."""
    for by in tok.children:
        if by.dep_ == "agent":
            return next((o for o in by.children if o.dep_ == "pobj"), None)
    return None


def _inverted_said(tok: Token, in_quote: list[bool]) -> bool:
    """ "Said Ellis: “…”": a sentence-opening cue the tagger took for part of a name, known by
    the colon or comma and the quote right after the name."""
    doc = tok.doc
    if tok.lower_ not in {"said", "says", "added", "asked", "wrote"} or tok.i != tok.sent.start:
        return False
    for t in doc[tok.i + 1 : min(len(doc) - 1, tok.i + 6)]:
        if t.text in {":", ","}:
            return in_quote[t.i + 1] or doc[t.i + 1].text in QUOTE_MARKS
        if t.pos_ != "PROPN" and t.text != ".":
            return False
    return False


def _fronted_participle(tok: Token) -> bool:
    """A past participle with no subject of its own, opening its sentence ("Asked about …,")
    or after "when"/"if" ("Ma made the statement when asked to comment on …"): the subject
    was asked, and asked nothing."""
    if tok.tag_ not in {"VBN", "VBD"} or tok.dep_ != "advcl":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "agent", "aux", "auxpass"} for c in tok.children):
        return False
    opening = tok.i < tok.head.i and (tok.i == tok.sent.start or tok.nbor(-1).is_punct)
    after_when = tok.i > 0 and tok.nbor(-1).lower_ in {"when", "if", "once", "after", "while"}
    return opening or after_when


_QUESTION_OPENERS = frozenset({"if", "whether", "how", "why", "what", "when", "who", "where"})


def _question_asked(tok: Token, in_quote: list[bool]) -> tuple[int, int] | None:
    """The question a cue of asking governs ("asked whether the loss was a step back" ->
    whether the loss …), not what someone was asked about or asked to do."""
    clause = _reported_clause(tok, in_quote)
    if clause is None:
        # "Asked if he would scrap the bands, …": the parser hangs an if-question as an
        # adverbial clause
        marked = (
            (m.i, c.right_edge.i + 1)
            for c in tok.rights
            if c.dep_ == "advcl"
            for m in c.children
            if m.dep_ == "mark" and m.lower_ in {"if", "whether"} and m.i == c.left_edge.i
        )
        clause = next(marked, None)
    if clause is None or clause[0] <= tok.i:
        return None
    return clause if tok.doc[clause[0]].lower_ in _QUESTION_OPENERS else None


def _participle_after_relative_clause(tok: Token) -> bool:
    """A participle cue after a comma ("…, saying") whose head is a relative clause's verb."""
    return (
        tok.tag_ == "VBG"
        and tok.head.dep_ == "relcl"
        and tok.i > 0
        and tok.nbor(-1).text == ","
        and tok.sent.root.pos_ in {"VERB", "AUX"}
    )


def _person_after_their_body(subjects: list[Token]) -> list[Token]:
    """ "The Central Bank of Kenya (CBK) Governor Prof Njuguna Ndungu has said": the bracket
    makes the parser give the verb two subjects, the body and the person titled in it; the
    person is the one who spoke."""
    if len(subjects) < 2:
        return subjects
    body, person = subjects[0], subjects[1]
    titled_in_body = (
        body.ent_type_ in ORG_LABELS
        and person.ent_type_ == "PERSON"
        and person.left_edge.i == body.right_edge.i + 1
    )
    return [person, body, *subjects[2:]] if titled_in_body else subjects


def _named_after_an_aside_cue(cue: Token, subjects: list[Token]) -> list[Token]:
    """ "The economy, said Governor Agus Martowardojo, is stronger": the parser gives the cue
    two subjects, the report's before it and the speaker's name after it; the name spoke."""
    after = [s for s in subjects if s.i > cue.i and s.pos_ == "PROPN"]
    if len(subjects) < 2 or not after or cue.i == 0 or cue.nbor(-1).text != ",":
        return subjects
    return after + [s for s in subjects if s not in after]


def _subject(tok: Token, in_quote: list[bool]) -> Span | None:
    """The cue's subject, or the subject it shares ("… and said", "before saying", "adding").

    Subjects inside quotes are skipped: they belong to the quoted words, not to the cue.
    """
    cue = tok
    if _participle_after_relative_clause(tok):
        # "… not paying an architect who said he was stiffed, saying, “…”": the parser hung
        # the participle on the relative clause; it goes with the sentence's own subject.
        tok = tok.sent.root
    for step in range(4):
        if step and cue.tag_ == "VBG" and _reported_by_cue(tok, cue):
            # "X warned that the incident could …, remarking that …": the parser hung the
            # participle on the reported clause; its subject is the reporter's, not the clause's.
            tok = tok.head
        subj = [
            c
            for c in tok.children
            if c.dep_ in {"nsubj", "nsubjpass"} and not c.is_punct and not in_quote[c.i]
        ]
        subj = _named_after_an_aside_cue(tok, _person_after_their_body(_outside_dateline(subj)))
        if subj and not step and _object_taken_for_subject(cue, subj[0]):
            tok = tok.head  # "Hopkins challenged Truss at PMQs asking …" is Hopkins asking
            continue
        if subj and step and cue.tag_ == "VBG" and _hung_on_a_speechless_clause(tok, subj):
            # "Austin apologized after his diagnosis became public, admitting …": the parser
            # hung the participle on a clause whose subject cannot speak.
            tok = tok.head
            continue
        if subj:
            subject = _person_after_comma(_person_before_title(_named_subject(subj)))
            return mention_span(_spokesperson_of_subject(subject))
        if step and tok.dep_ == "ROOT":
            # "Trump summed up …, denounced … and said": the parser hung the subject on an
            # earlier clause of the same sentence.
            left = [c for c in tok.lefts if c.dep_ in {"advcl", "conj"}]
            subj = [g for c in left for g in c.children if g.dep_ == "nsubj" and not in_quote[g.i]]
            if subj:
                return mention_span(subj[0])
        inverted = [
            c
            for c in tok.rights
            if c.pos_ == "PROPN"
            and (c.dep_ not in {"prep", "dobj", "dative", "npadvmod"} or _closing_name(tok, c))
            and c.ent_type_ not in TIME_LABELS  # "tweeted Sunday"
        ]
        if inverted and tok.i > 0 and tok.nbor(-1).is_punct and tok.tag_ != "VBG":
            return mention_span(inverted[0])  # "» said Maria Olsen": the parser lost the subject
        if tok.dep_ in {"relcl", "ROOT", "parataxis"} or tok.head.i == tok.i:
            break  # a clause of its own: its subject is not ours
        if tok.dep_ == "ccomp" and not (step and in_quote[tok.i]):
            break  # only a quoted clause passes its cue on ("“…,” suggesting that")
        if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and _takes_a_report(tok.head.head):
            # "stating that social media is exploited and warned against …", "She hopes the
            # session can go ahead and urged …": the parser hung the second verb inside the
            # first one's clause; its subject is the reporter's.
            tok = tok.head
        tok = tok.head
    return _noun_after_quote(cue) or _noun_before(cue)


# Verbs whose object a following participle describes ("heard him saying", "a video showed
# her telling"): there the object is the one who speaks.
_PERCEPTION_FORMS = frozenset(
    {
        "see", "sees", "saw", "seen", "hear", "hears", "heard", "watch", "watches", "watched",
        "catch", "catches", "caught", "find", "finds", "found", "show", "shows", "showed",
        "shown", "notice", "noticed", "spot", "spotted", "film", "filmed", "record",
        "recorded", "overheard", "feature", "features", "featured", "quote", "quotes",
        "quoted", "have", "has", "had", "keep", "kept", "leave", "left", "depict", "depicted",
    }
)  # fmt: skip


def _object_taken_for_subject(cue: Token, subj: Token) -> bool:
    """ "Hopkins challenged Truss at PMQs asking …": the parser made the object of the verb
    before the subject of the participle cue; the asker is the verb's own subject. Not when
    the verb perceives its object ("heard him saying"), when the object is a thing that bears
    words ("held banners proclaiming"), nor in an absolute clause after a comma ("…, both
    candidates acknowledging that …")."""
    verb = cue.head
    bearer = subj.pos_ == "NOUN" and subj.lower_ not in PERSON_NOUNS
    return (
        not bearer
        and not any(t.text == "," for t in cue.doc[verb.i : subj.i])
        and cue.tag_ == "VBG"
        and cue.dep_ in {"advcl", "ccomp"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in cue.children)  # "said X was asking"
        and verb.lower_ not in CUE_FORMS
        and verb.pos_ == "VERB"
        and verb.i < subj.i < cue.i
        and verb.lower_ not in _PERCEPTION_FORMS
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def _closing_name(cue: Token, obj: Token) -> bool:
    """ "…, reported Gestion.": a name the parser took for the object of a cue that ends its
    sentence is the source; "told Reuters" names the listener instead."""
    after = obj.right_edge.i + 1
    return (
        obj.dep_ == "dobj"
        and cue.lemma_.lower() != "tell"
        and (after == len(obj.doc) or obj.doc[after].is_sent_end or obj.doc[after].text in ".!?")
    )


def _outside_dateline(subjects: list[Token]) -> list[Token]:
    """Subjects the parser found in a wire dateline opening the lead ("TAIPEI (Taiwan News) —
    Taiwan's CECC announced", "ST ANN, Jamaica — Commissioner of Police Dr Carl Williams has
    stressed"): the place is not the speaker; the noun after the dash, hung on it as an
    apposition, is, unless the parser found another subject ("HOUSTON — Moments after the
    Texas Secretary of State said")."""
    if not subjects:
        return subjects
    headed = [s for s in subjects if not _heading_a_paragraph(s)]
    subjects = headed or subjects  # "Kuala Lumpur: Malaysia's premier said": the premier
    subjects = [_person_after_a_place_heading(s) for s in subjects]
    start, end = _lead_dateline(subjects[0].doc)
    outside = [s for s in subjects if not start <= s.idx < end]
    if outside:
        return outside
    appositions = (c for s in subjects for c in s.children if c.dep_ == "appos")
    return [c for c in appositions if c.idx >= end][:1] or _titled_name_after(subjects[0].doc, end)


def _person_after_a_place_heading(subject: Token) -> Token:
    """ "Muscat, Sayyid Fahd bin Mahmood al-Said, Deputy Prime Minister …, has reaffirmed":
    a place opening its paragraph before a comma is where the news comes from, and the person
    the parser joined to it is the subject."""
    doc = subject.doc
    after = doc[subject.i + 1 : subject.i + 2].text
    if subject.ent_type_ != "GPE" or not _opens_its_paragraph(subject) or after != ",":
        return subject
    joined = (
        c
        for c in subject.rights
        if c.dep_ in {"conj", "appos"} and doc[c.left_edge.i].ent_type_ == "PERSON"
    )
    return next(joined, subject)


def _heading_a_paragraph(subject: Token) -> bool:
    """A subject that opens its paragraph and is followed by a colon ("Kuala Lumpur:"): a
    place or a label over the sentence, which the parser hung on its verb."""
    after = subject.i + 1
    return (
        _opens_its_paragraph(subject)
        and after < len(subject.doc)
        and subject.doc[after].text == ":"
    )


def _opens_its_paragraph(tok: Token) -> bool:
    """The phrase ``tok`` heads is the first thing in its paragraph."""
    first = tok.left_edge
    return first.i == 0 or "\n" in tok.doc[first.i - 1].text


def _titled_name_after(doc: Doc, end: int) -> list[Token]:
    """ "Granada (Spain), Oct. 6 (EFE).- Acting Spanish Prime Minister Pedro Sánchez referred
    …", parsed with the place as the subject: the person named first after the dateline, with
    only capitalised title words between."""
    first = doc.char_span(end, len(doc.text), alignment_mode="expand")
    if first is None:
        return []
    for tok in doc[first.start : first.start + _LONGEST_TITLE]:
        if tok.ent_type_ == "PERSON":
            last = tok
            while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
                last = doc[last.i + 1]
            return [last]
        if not tok.text[:1].isupper():
            return []
    return []


# Words a title before a name may take: "Acting Spanish Prime Minister Pedro Sánchez".
_LONGEST_TITLE = 12


def _lead_dateline(doc: Doc) -> tuple[int, int]:
    """Where the page's wire dateline starts and ends in the parsed text, (0, 0) if none."""
    return doc.user_data.get(DATELINE_KEY) or (0, 0)


def _named_subject(subjects: list[Token]) -> Token:
    """Of two subjects the parser gave one verb ("Ireland head coach Joe Schmidt has said":
    "coach" and "Schmidt"), the person's name right after the role noun, or right after a
    title and its words ("SPDC Managing Director, Mr. Mutiu Sunmonu said")."""
    first = subjects[0]
    for other in subjects[1:]:
        if other.ent_type_ != "PERSON":
            continue
        if first.pos_ == "NOUN" and other.left_edge.i == first.i + 1:
            return other
        between = first.doc[first.right_edge.i + 1 : other.left_edge.i]
        if (
            first.lower_ in PERSON_OR_ROLE_NOUNS
            and other.i > first.i
            and all(t.is_punct for t in between)
        ):
            # "President of the IAEM (IAEM) Professor Conor Deasy has warned", "Fianna Fáil
            # councillor for Artane-Whitehall, Rachel Batten said"
            return other
    return first


def _person_before_title(subject: Token) -> Token:
    """ "Denny Kalyalya, the Bank of Zambia (BoZ) Governor, said": the parser split the
    sentence and left the title alone as the subject; the name the title describes speaks."""
    if subject.lower_ not in ROLE_GROUPS or subject.i < 2:
        return subject
    if any(c.dep_ in {"det", "poss"} for c in subject.children):
        return subject  # "In remarks to Bennett and Lapid, the former Premier said"
    doc = subject.doc
    # the parser's sentence may begin at the title itself, so look back over the tokens
    for i in range(subject.i - 1, max(0, subject.i - 15), -1):
        if doc[i].pos_ in {"VERB", "AUX"} or doc[i].text in {".", "!", "?"} or "\n" in doc[i].text:
            return subject
        if doc[i].text == ",":
            before = doc[i - 1]
            return before if before.ent_type_ == "PERSON" else subject
    return subject


def _person_after_comma(subject: Token) -> Token:
    """ "In Muzaffarabad, the main city of Kashmir, resident Abdul Sammad says": the parser
    made the place's apposition the subject and the person a conjunct with no "and"; the
    person speaks."""
    if subject.ent_type_ == "PERSON" or subject.pos_ not in {"NOUN", "PROPN"}:
        return subject
    for conj in subject.children:
        if conj.dep_ != "conj" or conj.ent_type_ != "PERSON":
            continue
        between = subject.doc[subject.i + 1 : conj.i]
        if not any(t.dep_ == "cc" for t in between) and any(t.text == "," for t in between):
            return conj
    return subject


def _spokesperson_of_subject(subject: Token) -> Token:
    """ "South African Police Service (SAPS) spokesperson Warrant Officer Joseph Swartbooi
    said": the parser made the organisation the subject and the person, with a role noun
    before the name, its apposition; the person speaks. An apposition after a comma is left
    alone ("The union, led by Jane Doe, said")."""
    if subject.ent_type_ not in ORG_LABELS:
        return subject
    for appos in subject.rights:
        if appos.dep_ != "appos" or appos.ent_type_ != "PERSON":
            continue
        between = subject.doc[subject.i + 1 : appos.i]
        if "," not in {t.text for t in between} and any(
            t.lower_ in PERSON_OR_ROLE_NOUNS for t in between
        ):
            return appos
    return subject


def _takes_a_report(tok: Token) -> bool:
    return _is_cue_word(tok) or tok.lower_ in BELIEF_FORMS


def _cue_lemma(tok: Token) -> str | None:
    """The cue verb ``tok`` is a form of, by its lemma or, where the lemmatizer left the form
    as it is, by the form; None for any other word."""
    lemma = tok.lemma_.lower()
    if lemma == "read" and any(
        c.dep_ == "nsubj" and c.lower_ in WRITTEN_MESSAGES for c in tok.children
    ):
        return lemma  # "“…,” the statement read": not "he read a statement"
    return lemma if lemma in CUE_LEMMAS else _FORM_TO_LEMMA.get(tok.lower_)


def _is_cue_word(tok: Token) -> bool:
    return _cue_lemma(tok) is not None


def _noun_after_quote(cue: Token) -> Span | None:
    """ "“…,” tweeted Rubio spokesman Alex Conant." parsed with the cue as a modifier: the
    name right after a cue that follows a closing mark, or opens the sentence ("Said Ellis:
    “…”"), is the speaker."""
    doc = cue.doc
    opens_sentence = cue.text[:1].isupper() and all(
        t.is_space or t.is_punct for t in doc[cue.sent.start : cue.i]
    )
    after_quote = cue.i >= 2 and bool({doc[cue.i - 1].text, doc[cue.i - 2].text} & CLOSING_MARKS)
    if not (opens_sentence or after_quote):
        return None
    end = cue.i + 1
    while end < len(doc) and (
        doc[end].pos_ in {"PROPN", "DET"} or (doc[end].pos_ == "NOUN" and doc[end].is_lower)
    ):
        end += 1
    span = doc[cue.i + 1 : end]
    if any(t.pos_ == "PROPN" for t in span) and doc[end - 1].pos_ == "PROPN":
        return span
    return _described_after_quote(cue) if after_quote else None


def _described_after_quote(cue: Token) -> Span | None:
    """ "“…,” added the spokesman.", "“…,” warned the ministry.": a speaker described, not
    named, after a cue that follows a closing mark; the parser reads the noun as the verb's
    object for any cue but "said". The phrase must end the clause and its head must be a noun
    that can speak, so "“…,” told reporters" and "“…,” urged the public to stay home" are not
    read as speakers."""
    if cue.lemma_.lower() in {"tell", "ask", "thank"}:
        return None
    doc = cue.doc
    start = cue.i + 1
    if start >= len(doc) or doc[start].lower_ not in {"the", "a", "an"}:
        return None
    end = start + 1
    while end < len(doc) and doc[end].is_lower and doc[end].pos_ in {"ADJ", "NOUN"}:
        end += 1
    head = doc[end - 1]
    if end == start + 1 or head.pos_ != "NOUN":
        return None
    if end < len(doc) and not (doc[end].is_punct or doc[end].pos_ == "ADP"):
        return None
    return doc[start:end] if head.lower_ in _DESCRIBED_SPEAKERS else None


# Nouns for roles, bodies and sources, not "the woman", whom the page may have described
# without a name ("a middle-aged cashier …: “…,” said the woman, who …").
_DESCRIBED_SPEAKERS = (
    frozenset(ROLE_GROUPS)
    | SPOKESPEOPLE
    | UNNAMED_NOUNS
    | frozenset(ORGANISATION_NOUNS)
    | INSTITUTION_NOUNS
)


def _reported_by_cue(tok: Token, participle: Token) -> bool:
    """A clause a cue reports, on which the parser hung a participle cue: "warned that the
    incident could …, remarking that …"; "said some of the victims were passers-by, adding
    that …", where the participle's own clause tells the report has ended. Not a sentence
    that a trailing attribution reports ("Trump welcomed it, saying …, CNN said"), nor a
    participle the clause goes on to report ("said Obama will make his case, highlighting
    the recovery")."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in CUE_LEMMAS:
        return False
    if any(c.dep_ == "mark" and c.lower_ in {"that", "whether", "if"} for c in tok.children):
        return True
    return (
        tok.head.i < tok.i
        and participle.dep_ in {"advcl", "acl"}  # not a gerund: "is wrong for saying …"
        and any(c.dep_ == "ccomp" for c in participle.children)
    )


def _before_time_phrase(doc: Doc, i: int) -> int:
    """Where the words before ``i`` stand once a time phrase ending there is skipped ("in
    the evening on Feb. 15")."""
    while i >= 0 and (
        doc[i].ent_type_ in TIME_LABELS
        or (
            doc[i].pos_ in {"ADP", "DET"}
            and i + 1 < len(doc)
            and doc[i + 1].ent_type_ in TIME_LABELS
        )
    ):
        i -= 1
    return i


def _noun_before(cue: Token) -> Span | None:
    """Fallback when the parse has no subject (long fronted phrases): the noun phrase right
    before the cue, skipping adverbs, auxiliaries and commas ("X, the leader, bluntly said")."""
    i = cue.i - 1
    while i >= 0 and cue.doc[i].pos_ in {"ADV", "AUX", "PART", "PUNCT"} and cue.doc[i].text != ".":
        if cue.doc[i].text in CLOSING_MARKS:
            return None  # "“doing the right thing,” suggesting": the noun is quoted words
        if cue.doc[i].text in _DASHES:
            i = _before_dashed_aside(cue.doc, i)
        i -= 1
    timed = _before_time_phrase(cue.doc, i)
    dated = cue.doc[i].ent_type_ in TIME_LABELS  # "The subcommittee on Sunday called"
    if timed < i and timed >= 0 and (dated or cue.doc[timed].ent_type_ in {"PERSON", "ORG"}):
        i = timed  # "Serbian President Aleksandar Vucic in the evening on Feb. 15 said"
    if i < 0 or cue.doc[i].pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    tok = cue.doc[i]
    prep = tok.head
    if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lower_ in SOURCE_NOUNS:
        tok = prep.head  # "…, a statement from Taiwan Airport said": the statement
    elif tok.dep_ == "pobj" and prep.i > 0 and cue.doc[prep.i - 1].ent_type_ == "PERSON":
        # "Matthew O’Connor from UPS communications said": him, whatever the parse made of
        # his name
        start = prep.i - 1
        while start > 0 and cue.doc[start].ent_iob_ == "I":
            start -= 1
        return cue.doc[start : prep.i]
    described = tok.lower_ not in SPEECH_NOUNS | DATA_HEADS and tok.ent_type_ != "PERSON"
    dateline_start, dateline_end = _lead_dateline(cue.doc)
    if dateline_start <= tok.head.idx < dateline_end:
        described = False  # "SAO PAULO (AFP) – Brazilian prosecutors alleged": not the place
    if tok.dep_ == "appos" and tok.head.i < tok.i and described:
        tok = tok.head  # "Harry Reid, the minority leader,": the name the apposition describes
    elif tok.dep_ == "pobj" and (titled := _person_an_apposition_describes(tok)) is not None:
        tok = titled  # "Hassan Mohamed Osman, the commander of 16th Brigade of Danab said"
    relative = next((a for a in [tok, *tok.ancestors] if a.dep_ == "relcl"), None)
    if (
        relative is not None
        and relative.left_edge.lower_ == "who"
        and cue.doc[relative.left_edge.i - 1].text == ","
    ):
        # "Singh, who is minister of state in the Prime Minister's Office, said": Singh
        tok = relative.head
    return mention_span(tok)


def _person_an_apposition_describes(tok: Token) -> Token | None:
    """The person whose apposition ends in ``tok`` through its prepositions: "Osman" of
    "Hassan Mohamed Osman, the commander of 16th Brigade of Danab"."""
    head = tok
    while head.dep_ in {"pobj", "prep"} and head.head.i < head.i:
        head = head.head
    if head is tok or head.dep_ != "appos":
        return None
    if not any(t.lower_ in PERSON_OR_ROLE_NOUNS for t in head.subtree if t.i <= head.i):
        return None  # "Rignot, Chancellor's Professor of Earth system science at UCI": professor
    person = head.head
    if person.ent_type_ != "PERSON" or person.i > head.i:
        return None
    between = person.doc[person.i + 1 : head.left_edge.i]
    return person if all(t.is_punct for t in between) else None  # not "Clinton, Tanden, head"


_DASHES = frozenset({"—", "–", "--"})


def _before_dashed_aside(doc: Doc, closing: int) -> int:
    """The opening dash of an aside that the dash at ``closing`` ends, within its sentence
    ("Reynolds — himself in a tight race over the Foley scandal — says"): the noun before
    the cue is before the aside, not the aside's last word. ``closing`` if there is none."""
    for i in range(closing - 1, doc[closing].sent.start - 1, -1):
        if doc[i].text in _DASHES:
            return i
    return closing


def _reported_clause(tok: Token, in_quote: list[bool]) -> tuple[int, int] | None:
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    relative = _that_clause_read_as_relative(tok)
    if relative is not None:
        # its conjuncts may hang on the cue as clauses of their own ("… and is working …")
        later = [c.right_edge.i + 1 for c in comps if c.i > relative[0]]
        return relative[0], max([relative[1], *later])
    if comps:
        head = min(comps, key=lambda c: abs(c.i - tok.i))
        marked = [c for c in comps if c.i > tok.i and _has_that(c)]
        if head.i < tok.i and marked:
            # "Salaries are low — Voropayeva says that a professor gets €300": the clause
            # "that" opens is the report, not the one the parser also hung before the cue.
            head = marked[0]
        relayed = _clause_a_trailing_cue_relays(head, tok)
        if relayed is not None:
            # "Erdoğan said the invasion was a blow, AFP reported", parsed with "reported"
            # inside his report: his report is the clause before the relaying cue.
            return relayed.left_edge.i, relayed.right_edge.i + 1
        if head.i < tok.i and tok.left_edge.i > head.right_edge.i - 1:
            # "A, while B, Mr. X said.": the report is everything before the attribution,
            # not just the clause the parser hung on the cue.
            return tok.sent.start, tok.left_edge.i
        end = _before_next_cue(head, _extend_conjuncts(tok, head))
        later = [c for c in comps if c.i > head.i and not _relays_a_report(c, in_quote)]
        if head.i > tok.i and later:
            # "said May's rise was a surprise, and the data is good": the parser can hang
            # several clauses on one cue; the report is all of them, but not an outlet's
            # "…, the news service reported" hung there too.
            end = max(end, later[-1].right_edge.i + 1)
        earlier = [c.left_edge.i for c in comps if c.i < head.i]
        if head.i < tok.i and earlier:
            # "The UN had hoped to reach …, but supplies had only got to …, he said": two
            # clauses hung on a cue that closes them are one report
            return min(earlier), end
        if head.i < tok.i:
            end = _over_phrases_hung_on_the_cue(tok, head, end)
        return _clause_start(tok, head), end
    misparsed = _misparsed_clause(tok)
    if misparsed is not None:
        return misparsed
    if tok.dep_ == "parataxis" and tok.head.i < tok.i and tok.head.right_edge.i <= tok.i:
        # "The economy is strong, he said." parsed with "said" hanging off "is".
        return tok.head.left_edge.i, tok.left_edge.i
    if tok.dep_ == "parataxis" and tok.head.pos_ in {"VERB", "AUX"} and not in_quote[tok.head.i]:
        parts = _parts_around_cue(tok)
        if parts is not None:
            return parts[0]  # the part after the cue is a second cue (``find_cues``)
        # "Survival, Mr. X says, depends on …": the clause around the cue, cue included,
        # because a statement is one span and "Survival" alone says nothing.
        return tok.head.left_edge.i, tok.head.right_edge.i + 1
    return None


def _over_phrases_hung_on_the_cue(cue: Token, head: Token, end: int) -> int:
    """ "Their use has persisted ever since, despite the absence of data, Dr X says": the
    parser hung the phrase after the clause on the cue, but everything before the comma that
    opens the attribution is the report."""
    subject = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i <= end:
        return end
    comma = subject.left_edge.i - 1
    between = cue.doc[end:comma]
    if cue.doc[comma].text != "," or not any(t.is_alpha for t in between):
        return end
    hung = [t for t in cue.lefts if t.i >= end and t.i < comma]
    if any(t.dep_ not in {"prep", "advcl", "punct"} for t in hung):
        return end
    covered = {i for t in hung for i in range(t.left_edge.i, t.right_edge.i + 1)}
    return comma if covered >= {t.i for t in between if not t.is_punct} else end


def _clause_start(cue: Token, head: Token) -> int:
    """Where a reported clause starts: its head's left edge, or, when the clause has no
    subject and the parser made the cue's object of the noun before it, that object: "said
    standards in A&E units – which have faced a shortage – were not good enough" is one
    report whose subject the dashes cut off."""
    if head.i < cue.i or _has_subject(head):
        return head.left_edge.i
    objects = [c for c in cue.rights if c.dep_ == "dobj" and c.i < head.i]
    if not objects or cue.lemma_.lower() == "tell":
        return head.left_edge.i  # "told reporters …": the object is the listener
    return objects[0].left_edge.i


def _trailing_cue_report(tok: Token) -> tuple[Span, tuple[int, int]] | None:
    """ "Up to 70 whales have washed up on a beach, the Department (DBCA) said on Tuesday.",
    "…, Lt. Capt. Pongsak Khaonual of the police station, told reporters.": a cue closing its
    sentence that the parser made a conjunct of the clause it reports (so the subject it
    shares is the clause's, not the speaker), or a relative clause of a noun in it ("… making
    “ridiculous charges” against the Commission, minister Jitendra Singh said on Friday,
    rejecting …"). The speaker is the noun phrase after the comma, the report the sentence up
    to it; a participle after a comma that follows the cue is the speaker's own."""
    conjunct = tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}
    if not (conjunct or tok.dep_ == "relcl") or tok.head.i > tok.i:
        return None
    rest = tok.doc[tok.i + 1 : tok.sent.end]
    upto = next((t.i for t in rest if t.text == ","), tok.sent.end)
    if _words_after_a_closing_cue(tok, upto) is None:
        return None  # not a cue ending its sentence: "… he should have insisted on getting …"
    if any(_is_cue_word(a) for a in tok.ancestors):
        return None  # "He said CNN had tweeted that … and that Bash had mentioned it"
    subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    speaker = mention_span(subject) if subject is not None else _noun_before(tok)
    if speaker is None or not _can_speak(speaker.root):
        return None
    if speaker.root.dep_ == "conj" or any(c.dep_ == "conj" for c in speaker.root.children):
        return None  # "…, Tapper, Bash and Blitzer had mentioned it": a list, not a source
    comma = speaker.start - 1
    doc = tok.doc
    if comma <= tok.sent.start or doc[comma].text != "," or tok.head.i >= comma:
        return None
    if any(t.dep_ == "cc" and t.head.i == tok.head.i for t in doc[comma : tok.i]):
        return None  # "A, and X said": two clauses, not a report and its source
    return (speaker, (tok.sent.start, comma)) if comma - tok.sent.start >= 4 else None


def _participle_taken_for_the_report(tok: Token) -> tuple[Span, tuple[int, int]] | None:
    """ "The UAE is playing a balanced role …, said the ministry citing the projects": the
    parser made the inverted speaker the subject of the participle after it and hung both
    clauses on the cue. The report is the clause before the cue; the speaker, the noun right
    after it."""
    before = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i]
    after = [c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and c.tag_ == "VBG"]
    if not before or not after or tok.nbor(-1).text != ",":
        return None
    subject = next((c for c in after[0].children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != tok.i + 1 or not _can_speak(subject):
        return None
    return mention_span(subject), (before[0].left_edge.i, tok.i - 1)


def _closing_attribution(tok: Token) -> tuple[Span, tuple[int, int]] | None:
    """ "Switzerland's glaciers melted by a record amount …, a top Swiss science academy said
    Tuesday.": a cue that closes its sentence, its subject right after a comma, for which the
    parser found no reported clause (it read the report as a noun phrase and made it a
    second subject, or hung it on the dateline). The report is the sentence up to the comma,
    if it holds a verb."""
    doc, sent = tok.doc, tok.sent
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if not subjects or not _can_speak(subjects[-1]):
        return None
    speaker = mention_span(subjects[-1])
    comma = speaker.start - 1
    if comma <= sent.start or doc[comma].text != "," or speaker.end != tok.i:
        return None
    after = _words_after_a_closing_cue(tok, sent.end)
    if after is None or any(t.dep_ == "dobj" for t in after):
        return None  # not a cue ending its sentence: "…, Gibson added an agenda item."
    before = [t for t in doc[sent.start : comma] if not t.is_punct]
    if len(before) < 4 or before[0].tag_ in {"VBG", "VBN"}:
        return None  # "Asked whether that meant he'd veto the bill, Earnest said: …"
    if not any(t.tag_ in _FINITE_TAGS for t in before):
        return None  # "Shortly after the vote to approve the resignation, …": no clause
    if any(t.lemma_.lower() in CUE_LEMMAS and t.pos_ == "VERB" for t in before):
        return None  # "…, Li remarked that …, HKFP reported": someone's report relayed
    return speaker, (sent.start, comma)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _words_after_a_closing_cue(tok: Token, end: int) -> list[Token] | None:
    """The words between a cue and ``end`` if they are few and hold no verb ("said on
    Tuesday", "told reporters"), as after a cue that closes its sentence; else None."""
    after = [t for t in tok.doc[tok.i + 1 : end] if not (t.is_punct or t.is_space)]
    if len(after) > 5 or any(t.pos_ in {"VERB", "AUX"} for t in after):
        return None
    return after


def _clause_a_trailing_cue_relays(head: Token, cue: Token) -> Token | None:
    """The clause before ``head`` when ``head``, hung in ``cue``'s report, is a trailing cue
    of its own ("…, Agence France-Presse reported")."""
    if head.i < cue.i or not _is_cue_word(head) or head.nbor(-1).text == ",":
        return None
    if not any(c.dep_ == "nsubj" and c.i < head.i for c in head.children):
        return None
    before = [c for c in head.children if c.dep_ == "ccomp" and c.i < head.i and c.i > cue.i]
    after = any(c.dep_ == "ccomp" and c.i > head.i for c in head.children)
    return before[0] if before and not after else None


def _parts_around_cue(tok: Token) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "The data is “a strong report,” he said, and it should ease worries", "While A makes
    a difference, Levitt said, in the long term B": a cue between two parts of a report, each
    of at least three words. Each part is a statement, and neither holds the cue."""
    doc, head = tok.doc, tok.head
    if tok.dep_ != "parataxis" or tok.head.pos_ not in {"VERB", "AUX"}:
        return None
    before = (head.left_edge.i, tok.left_edge.i)
    after_start = tok.right_edge.i + 1
    while after_start <= head.right_edge.i and (
        doc[after_start].is_punct or doc[after_start].dep_ == "cc"
    ):
        after_start += 1
    after = (after_start, head.right_edge.i + 1)
    if min(sum(not t.is_punct for t in doc[lo:hi]) for lo, hi in (before, after)) < 3:
        return None
    # The part before must be a clause: the main verb itself, or a clause hung on it ("while
    # A makes a difference"); "Even more concerning, he said, is …" is one statement.
    subordinate = any(
        t.head.i == head.i and t.dep_ == "advcl" and _has_subject(t)
        for t in doc[before[0] : before[1]]
    )
    if not (head.i < tok.i or subordinate):
        return None
    # and so must the part after: the main verb, or a conjunct clause that starts it ("…, he
    # said, and it should ease …"; not "…, he said, swiping at Liz Truss whose cuts caused …")
    conjuncts = [c for c in head.rights if c.dep_ == "conj" and c.left_edge.i == after[0]]
    if not (head.i > tok.i or any(_has_subject(c) for c in conjuncts)):
        return None
    return before, after


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _misparsed_clause(tok: Token) -> tuple[int, int] | None:
    """Reported clauses the small parser does not hang on the cue as ``ccomp``.

    - "X said having Trump on the ticket puts …": a gerund subject read as ``xcomp``;
    - "X said in a series of messages that the truck …": "that" clause hung on the noun;
    - "X has said that the defeat “devastated” him": "that" right after the cue;
    - "as a reporter noted, he did not …": the report is the clause the cue modifies;
    - "told firefighters she had set down a cigarette": the report read as a relative clause
      of the listener.
    """
    doc = tok.doc
    told = _told_listener_a_clause(tok)
    if told is not None:
        return told
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.dep_ == "xcomp" and nxt.tag_ == "VBG" and nxt.head.i == tok.i:
        return nxt.left_edge.i, nxt.right_edge.i + 1
    for t in doc[tok.i + 1 : min(tok.right_edge.i + 1, tok.i + 16)]:
        if (
            t.lower_ == "that"
            and t.dep_ == "mark"
            and t.head.pos_ in {"VERB", "AUX"}
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.head.children)
        ):
            return t.i, t.head.right_edge.i + 1
        if t.pos_ in {"VERB", "AUX"}:
            break  # another verb before any "that": not a report of this cue
    if nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark" and nxt.head.i > nxt.i:
        # "has said that the final defeat “devastated” him": "that" right after the cue opens
        # the report, however the parser hung the words after it (``_trim`` drops the full
        # stop, ``_shortest_report`` a clause too short)
        return nxt.i + 1, tok.sent.end
    marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
    head = tok.head
    if tok.dep_ == "advcl" and marks == ["as"] and head.pos_ in {"VERB", "AUX"} and head.i > tok.i:
        if _has_own_object(tok):
            return None  # "As we say goodbye, he looks aghast": the cue has its own object
        return tok.right_edge.i + 1, head.right_edge.i + 1
    return _clause_hung_elsewhere(tok)


def _told_listener_a_clause(tok: Token) -> tuple[int, int] | None:
    """ "X told firefighters she had set down a cigarette", parsed with "she had set down …"
    a relative clause of "firefighters": a clause right after the listener that opens with a
    personal pronoun and no relative word is what the listener was told."""
    if _cue_lemma(tok) not in _LISTENER_CUES:
        return None
    for listener in (c for c in tok.children if c.dep_ == "dobj"):
        for clause in (c for c in listener.children if c.dep_ == "relcl"):
            first = clause.left_edge
            subject = first.dep_ == "nsubj" and first.lower_ in _CLAUSE_PRONOUNS
            # a preposition left without its object is a true relative clause: "informed the
            # 90,000 individuals it had email addresses for"
            stranded = any(t.dep_ == "prep" and not list(t.children) for t in clause.subtree)
            if subject and not stranded and first.head.i == clause.i and first.i == listener.i + 1:
                return first.i, clause.right_edge.i + 1
    return None


def _that_clause_read_as_relative(tok: Token) -> tuple[int, int] | None:
    """ "McMurray told news outlets that Darby has been relieved of duties", "Hayashi told
    reporters after the meeting that he has been speaking with Park": the parser made the
    "that" clause a relative clause of the listener, or of a noun in a phrase on the cue,
    with "that" its object. A clause with a subject of its own right after "that" is the
    report; "told reporters that gathered outside" ("that" the subject) is a true relative."""
    if _cue_lemma(tok) not in _LISTENER_CUES:
        return None
    nouns = [c for c in tok.children if c.dep_ == "dobj"]
    nouns += [o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for noun in nouns:
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            that = clause.left_edge
            subject = that.nbor(1) if that.i + 1 < len(that.doc) else None
            second_that = any(t.lower_ == "that" and t.i > that.i for t in clause.subtree)
            if (
                that.lower_ == "that"
                and that.i == noun.i + 1
                and not second_that  # "told them in the letter that she sent that …"
                and subject is not None
                and subject.dep_ in {"nsubj", "nsubjpass"}
                and subject.head.i == clause.i
            ):
                return subject.left_edge.i, clause.right_edge.i + 1
    return None


_CLAUSE_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_WH_RELATIVES = frozenset({"who", "whom", "which", "where", "when", "whose"})
_RELATIVE_WORDS = _WH_RELATIVES | {"that"}
# Cues whose object is who heard the words ("told reporters"), not what was said.
_LISTENER_CUES = frozenset({"tell", "inform", "assure", "remind", "warn", "brief", "advise"})


def _has_own_object(tok: Token) -> bool:
    """A cue with an object that is not its listener: "say goodbye", "lamented illegal
    immigration"; not "told reporters"."""
    if tok.lemma_.lower() in _LISTENER_CUES:
        return False
    return any(c.dep_ == "dobj" and c.pos_ not in {"PRON", "PROPN"} for c in tok.children)


def _clause_hung_elsewhere(tok: Token) -> tuple[int, int] | None:
    """ "Zosin said the moment he heard the explosion he rushed …", "Lacerda added during the
    massage Epstein exposed himself": a "say"/"add" with no object whose words up to the end
    of the sentence hold a clause the parser hung on a noun or a preposition. The report is
    all of them. Not after a relative word ("said at the plant where workers strike")."""
    if tok.lemma_.lower() not in {"say", "add"} or tok.i + 1 >= len(tok.doc):
        return None
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} for c in tok.children):
        return None
    if any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.children):
        return None  # "“…,” said President Trump, as he restarted …": the speaker comes next
    end = tok.sent.end
    while end > tok.i + 1 and (tok.doc[end - 1].is_punct or tok.doc[end - 1].is_space):
        end -= 1
    words = tok.doc[tok.i + 1 : end]
    if len(words) < 4 or tok.right_edge.i + 1 < end or words[0].is_punct:
        return None
    for t in words:
        if t.pos_ not in {"VERB", "AUX"} or t.dep_ not in {"relcl", "advcl", "pcomp", "acl"}:
            continue
        subject = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.lower_ in _RELATIVE_WORDS:
            continue
        if any(w.lower_ in _WH_RELATIVES for w in tok.doc[t.left_edge.i : t.i]):
            continue  # "… in a televised address in which he denied …" ("that" may open a report)
        return tok.i + 1, end
    return None


def _before_next_cue(head: Token, end: int) -> int:
    """Cut a reported clause before a participle cue of its own ("he saw no need, telling
    reporters that …", "a thing of the past explaining that …") or a second cue with no
    subject ("stating that A and warned against B"): that cue reports something else. A
    trailing "…, according to a PTI report" names who relays the clause; it is not in it."""
    for t in head.subtree:
        if head.i < t.i < end and _trailing_according_to(t):
            return t.i - 1
        if not head.i < t.i < end or t.lemma_.lower() not in CUE_LEMMAS:
            continue
        if t.tag_ == "VBG" and (_participle_after_comma(t) or _participle_before_that(t)):
            return t.i - 1 if t.nbor(-1).text == "," else t.i
        if t.dep_ == "conj" and t.nbor(-1).lower_ == "and" and not _has_subject(t):
            return t.i - 1  # "that A and warned against B": the second cue is the reporter's
    return end


# What "per" names when it means "according to" ("…,” per a State Department release), not
# a rate ("$5 per share"): a document, a spokesperson, sources or officials.
_PER_SOURCES = DATA_HEADS | SPOKESPEOPLE | {"sources", "officials", "transcript"}


def _according_to(tok: Token) -> Token | None:
    """The preposition of "according to X", or of "per X" naming a source: the word that
    holds X."""
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
        return tok.nbor()
    if tok.lower_ != "per":
        return None
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    source = objs and (objs[0].lower_ in _PER_SOURCES or objs[0].ent_type_ in {"ORG", "PERSON"})
    return tok if source else None


def _trailing_according_to(t: Token) -> bool:
    """ "…, according to X" closing a clause."""
    return _according_to(t) is not None and t.i > 0 and t.nbor(-1).text == ","


def _participle_after_comma(t: Token) -> bool:
    return t.dep_ in {"advcl", "conj", "xcomp"} and t.nbor(-1).text == ","


def _participle_before_that(t: Token) -> bool:
    """ "a thing of the past explaining that …": no comma, but "that" opens the participle's
    own report; not "a letter explaining that …", where the document does the explaining."""
    if t.nbor().lower_ != "that":
        return False
    document = t.dep_ == "acl" and t.head.lower_ in SPEECH_NOUNS | DATA_HEADS
    return t.dep_ in {"advcl", "conj", "xcomp", "acl"} and not document


def _extend_conjuncts(cue: Token, head: Token) -> int:
    """End of a reported clause, with later conjuncts that are clauses of their own ("that A,
    but only B do today"; "that A, and that B"); "said A and left" stays A."""
    end = head.right_edge.i + 1
    for conj in cue.rights:
        if conj.i < end or conj.dep_ != "conj":
            continue
        own_clause = any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in conj.children)
        if own_clause and conj.left_edge.i - end <= 3 and conj.lemma_ not in CUE_LEMMAS:
            end = conj.right_edge.i + 1
    return end


def _clauses(doc: Doc, cues: list[Cue], quotes: list[QuoteSpan]):
    """Indirect and mixed statements from reported clauses outside quotes."""
    for cue in cues:
        if cue.clause is None:
            continue
        if cue.weak and not _weak_cue_reports(cue, doc[cue.clause[0]]):
            continue
        span = _trim(doc, *cue.clause)
        if span is None or sum(not t.is_punct for t in span) < _shortest_report(cue):
            continue
        start, end = span.start_char, _cover_closing_mark(doc_text(doc), span.end_char, quotes)
        overlapping = [
            i for i, q in enumerate(quotes) if q.outer_start < end and q.outer_end > start
        ]
        if any(quotes[i].outer_start < start or quotes[i].outer_end > end for i in overlapping):
            continue  # the clause is (inside) a quote: the direct pass attaches it
        outside = _unquoted_words(doc_text(doc), start, end, [quotes[i] for i in overlapping])
        if overlapping and outside < MIN_UNQUOTED_CHARS:
            continue  # "said that “…”": the whole clause is the quote, a direct statement
        if overlapping and _introduced_by_colon(
            doc_text(doc), start, end, quotes[overlapping[-1]], cue, cues
        ):
            continue  # "X scolded him: “…,” she said": the quote alone is what she said
        last = quotes[overlapping[-1]] if overlapping else None
        if last is not None and _quote_after_the_report(doc_text(doc), start, end, last):
            # "He said the meeting has not been held, “We’ve called a meeting …”": the report,
            # then the quote as a statement of its own, by the same cue
            end = doc_text(doc).rindex(",", start, last.outer_start)
            quoted = Found(
                last.start, last.end, "direct", cue.text, None, None, None, None, 1.0, "",
                last.balanced,
            )  # fmt: skip
            yield quoted, cue.speaker, {overlapping.pop()}
        kind = "mixed" if overlapping else "indirect"
        found = Found(start, end, kind, cue.text, None, None, None, None, 1.0)
        yield found, cue.speaker, set(overlapping)


def _shortest_report(cue: Cue) -> int:
    """Words a reported clause needs: three ("said it was", not "said so"); two for what a
    denial denies ("denied the allegation", "denied any wrongdoing")."""
    denial = _cue_lemma(cue.token) == "deny"
    return 2 if denial and cue.clause is not None and cue.clause[0] > cue.token.i else 3


def _introduced_by_colon(
    text: str, start: int, end: int, last: QuoteSpan, cue: Cue, cues: list[Cue]
) -> bool:
    """A clause that ends with a quote introduced by a colon, where the words before the colon
    are not the cue's report: its cue comes after ("Sen. X scolded him: “…,” she said"), or a
    cue of their own introduces the quote ("She said he then announced: “…”", his words).
    With the cue before and no other ("He adds that Muslims have two choices: “…”") the words
    are part of the report."""
    if end > last.outer_end or not text[start : last.outer_start].rstrip().endswith(":"):
        return False
    if cue.token.idx >= end:
        return True
    return any(start <= c.token.idx < last.outer_start for c in cues if c is not cue)


def _quote_after_the_report(text: str, start: int, end: int, last: QuoteSpan) -> bool:
    """A quote that ends the clause after a comma and opens with a capital, six words or more:
    a sentence of the speaker's own after the report, not words quoted inside it ("said the
    bill would “crush” them")."""
    before = text[start : last.outer_start].rstrip()
    words = text[last.start : last.end].split()
    return (
        last.outer_end >= end - 1
        and before.endswith(",")
        and len(words) >= 6
        and words[0][:1].isupper()
        and not any(mark in before for mark in QUOTE_MARKS)
    )


_WH_WORDS = frozenset({"why", "how", "what", "when", "where", "who", "which"})


def _weak_cue_reports(cue: Cue, first: Token) -> bool:
    """A weak cue ("asked", "described") reports a clause opened by "that"/"whether"/"if";
    also, except "wonder" and "continue", a question ("asked why …") or a gerund ("described
    dancing …"; "TEPCO continues strengthening safety measures" goes on doing it)."""
    if first.lower_ in {"that", "whether", "if"}:
        return True
    if cue.token.lemma_.lower() in {"wonder", "continue"}:
        return False
    return first.lower_ in _WH_WORDS or first.tag_ == "VBG"


def _unquoted_words(text: str, start: int, end: int, quotes: list[QuoteSpan]) -> int:
    """Letters and digits of ``text[start:end]`` outside the given quotes."""
    keep = [True] * (end - start)
    for q in quotes:
        for i in range(max(start, q.outer_start), min(end, q.outer_end)):
            keep[i - start] = False
    return sum(1 for i, k in enumerate(keep) if k and text[start + i].isalnum())


def _cover_closing_mark(text: str, end: int, quotes: list[QuoteSpan]) -> int:
    """Extend a clause over a closing mark the parser hung on the sentence root (“….”)."""
    for q in quotes:
        if q.start < end < q.outer_end and not text[end : q.outer_end].strip(".,;:!?”’\"'» "):
            return q.outer_end
    return end


def _trim(doc: Doc, lo: int, hi: int) -> Span | None:
    """Drop "that", edge punctuation, a conjunction left at the end ("… the hostages but
    declined to elaborate", the parser hanging "but" on the clause) and a leading wire
    dateline from a clause."""
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or _is_complementizer(doc[lo])):
        if doc[lo].text in {"“", '"', "«"} and _closes_within(doc, lo + 1, hi):
            break  # "said “A” and B": the clause opens with a partial quote; keep its mark
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space or doc[hi - 1].dep_ == "cc"):
        if doc[hi - 1].text in {"”", '"', "’", "»"} and _has_open_before(doc, lo, hi - 1):
            break
        hi -= 1
    if hi <= lo:
        return None
    span = doc[lo:hi]
    start, end = _lead_dateline(doc)
    if start <= span.start_char < end:
        # the parser glued the dateline to the lead's clause
        cut = doc.char_span(end, span.end_char, alignment_mode="contract")
        return cut if cut is not None and len(cut) else None
    return span


def _closes_within(doc: Doc, lo: int, hi: int) -> bool:
    return any(t.text in {"”", '"', "»"} for t in doc[lo:hi])


def _is_complementizer(tok: Token) -> bool:
    """ "said that X": "that" is dropped; in "says that doesn’t mean …" it is the subject."""
    return tok.lower_ == "that" and tok.dep_ not in {"nsubj", "nsubjpass", "dobj"}


def _has_open_before(doc: Doc, lo: int, hi: int) -> bool:
    return any(t.text in {"“", '"', "‘", "«", "„"} for t in doc[lo:hi])


def _gap_tokens(doc: Doc, lo: int, hi: int) -> list[Token]:
    span = doc.char_span(lo, hi, alignment_mode="contract") if hi > lo else None
    return [t for t in span if not t.is_space] if span is not None else []


def _direct(doc, quotes, cues, in_quote, paragraph_of, used_quotes):
    """Direct quotes attached to a cue before or after them; continuations; the rest dropped."""
    paragraphs = paragraph_spans(doc_text(doc))
    # A question put to someone ("Asked whether …, Smith shot back: “…”") introduces no quote
    cue_at = {c.token.i: c for c in cues if not _fronted_participle(c.token)}
    out: list[tuple[Found, Span | None]] = []
    attributed: set[int] = set()
    for qi, q in enumerate(quotes):
        if qi in used_quotes or q.end <= q.start or _bracketed_gloss(doc_text(doc), q):
            continue
        starts = [s for s, _ in paragraphs]
        p_index = max(0, bisect_right(starts, q.outer_start) - 1)
        p_start, p_end = paragraphs[p_index] if paragraphs else (0, len(doc_text(doc)))
        if q.paragraphs > 1:
            # A quote run over several paragraphs ends, with its cue, in the last one.
            p_end = paragraphs[max(0, bisect_right(starts, q.outer_end - 1) - 1)][1]
        prev_end = p_start
        if qi and quotes[qi - 1].outer_end > p_start:
            prev_end = quotes[qi - 1].outer_end
        nxt = quotes[qi + 1].outer_start if qi + 1 < len(quotes) else p_end
        cue = _cue_before(doc, prev_end, q, cue_at) or _cue_after(doc, q, min(nxt, p_end), cue_at)
        if cue is not None and _inside(q, cue.speaker):
            cue = None  # "X, wearing “Ted Cruz” pins, said": the quote is part of the speaker
        if cue is not None and _scare_quote_near(doc, q, cue):
            cue = None
        if cue is None and p_index and not doc_text(doc)[p_start : q.outer_start].strip():
            cue = _colon_intro(doc, paragraphs[p_index - 1], cue_at, in_quote)
        if cue is None:
            inner = doc_text(doc)[q.start : q.end]
            follows = (
                qi - 1 in attributed
                and quotes[qi - 1].outer_end > p_start
                and doc_text(doc)[quotes[qi - 1].outer_end : q.outer_start]
                .rstrip()
                .endswith((".", "!", "?"))
            )  # a new sentence after the quote, not a title in its attribution
            span = doc.char_span(q.outer_start, q.outer_end, alignment_mode="expand")
            verb = _governing_verb(span, in_quote) if span is not None else None
            lead = _lead_into_fragment(span, verb)
            named = lead is not None and verb is not None and verb.lower_ in NAMING_FORMS
            if (
                not _worth_keeping(doc, q, inner)
                and not (follows and _sentence(inner))
                and not named
            ):
                # "“…,” he told Rest of World. “Now it’s space.”": a short sentence after his
                # quote in the same paragraph goes on his words; "called them a “pure
                # propaganda show”": a short quote a naming verb gives its object.
                continue
            signed = _signed_on_its_line(doc, q) or _signature(doc, paragraphs, p_index, q)
            if signed is not None:
                found = Found(
                    q.start, q.end, "direct", "", None, None, None, None, 0.9, "signature",
                    q.balanced,
                )  # fmt: skip
                out.append((found, signed))
                continue
            subject = _fragment_subject(span, verb, in_quote)
            if subject is not None:
                # "Trump called the plan “a disaster for working families”": a quote inside a
                # sentence with no speech verb belongs to that sentence's subject, and the
                # words that lead into it from the verb ("the plan") are part of what he said.
                cue_word, mention = subject
                start, kind = (lead, "mixed") if lead is not None else (q.start, "direct")
                end = q.outer_end if lead is not None else q.end
                found = Found(
                    start, end, kind, cue_word, None, None, None, None, 0.8, "fragment",
                    q.balanced,
                )  # fmt: skip
                out.append((found, mention))
                continue
            # A candidate continuation; _resolve decides once it sees the statement before.
            found = Found(
                q.start, q.end, "direct", "", None, None, None, None, 0.3, "", q.balanced, True
            )
            out.append((found, _narrated_subject(doc, q, in_quote)))
        else:
            found = Found(
                q.start, q.end, "direct", cue.text, None, None, None, None, 1.0, "", q.balanced
            )
            out.append((found, cue.speaker))
            attributed.add(qi)
    return [(_strip(doc, f), m) for f, m in out]


def _bracketed_gloss(text: str, q: QuoteSpan) -> bool:
    """ "(OFV, "Information Council for Road Traffic")", "(“the Fixer”)": a quote alone in
    brackets, or after an acronym there, glosses a name; nobody says it."""
    before = text[max(0, q.outer_start - 12) : q.outer_start]
    closed = text[q.outer_end : q.outer_end + 1] == ")"
    return closed and _GLOSS_OPENING_RE.search(before) is not None


_GLOSS_OPENING_RE = re.compile(r"\((?:[A-Z][\w.-]*,\s*)?$")


def _narrated_subject(doc: Doc, q: QuoteSpan, in_quote: list[bool]) -> Span | None:
    """The person the page's narration turns to just before a quote with no cue: the subject
    of the sentence before it ("Blair is unconvinced. ¶ “I think …”", "He is more emphatic
    on Ukraine. “We should …”"), a name or he/she outside quotes; None otherwise."""
    before = doc.char_span(0, q.outer_start, alignment_mode="contract")
    if before is None or not len(before):
        return None
    last = next((t for t in reversed(before) if not t.is_space and not in_quote[t.i]), None)
    if last is None:
        return None
    for tok in last.sent:
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.dep_ != "ROOT" or in_quote[tok.i]:
            continue
        if tok.lower_ in PRONOUNS_MALE | PRONOUNS_FEMALE or tok.ent_type_ == "PERSON":
            return mention_span(tok)
    return None


def _sentence(inner: str) -> bool:
    """Quoted words that are a whole sentence: capitalised, ended by . ! or ?"""
    inner = inner.strip()
    return inner[:1].isupper() and inner[-1:] in {".", "!", "?"}


def _signature(
    doc: Doc, paragraphs: list[tuple[int, int]], p_index: int, q: QuoteSpan
) -> Span | None:
    """A quote that fills its paragraph, signed in the next one: "“…” ¶ - Hillary Clinton."
    (fact-check and quote-of-the-day layouts). The name is the speaker mention."""
    text = doc_text(doc)
    p_start, p_end = paragraphs[p_index]
    if p_index + 1 >= len(paragraphs) or text[p_start : q.outer_start].strip():
        return None
    if text[q.outer_end : p_end].strip(" .,"):
        return None
    n_start, n_end = paragraphs[p_index + 1]
    return _signer(doc, SIGNATURE_RE.match(text, n_start, n_end))


def _signed_on_its_line(doc: Doc, q: QuoteSpan) -> Span | None:
    """A quote alone on its line, signed after a dash on the same line: "“…” ― Sonya
    Herridge" (reader and voter round-ups, epigraphs). The name is the speaker mention."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, q.outer_start) + 1
    line_end = text.find("\n", q.outer_end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : q.outer_start].strip():
        return None
    return _signer(doc, SIGNED_LINE_RE.match(text, q.outer_end, line_end))


def _signer(doc: Doc, m: re.Match[str] | None) -> Span | None:
    """The name a signature match holds, as the speaker mention."""
    if m is None:
        return None
    name = m.group("name")
    if name.endswith(".") and len(name.split()[-1]) > 2:
        name = name[:-1]  # the sentence's full stop, not an initial's
    return doc.char_span(m.start("name"), m.start("name") + len(name), "expand")


def _inside(q: QuoteSpan, span: Span | None) -> bool:
    return span is not None and span.start_char <= q.outer_start and q.outer_end <= span.end_char


def _fragment_subject(
    span: Span | None, verb: Token | None, in_quote: list[bool]
) -> tuple[str, Span] | None:
    """The verb and subject of the sentence a quote fragment (``span``, its governing ``verb``)
    sits in, when the quote does not open the sentence and the subject is a name or a pronoun
    outside the quote."""
    if span is None:
        return None
    doc = span.doc
    sent = span.sent
    if span.start == sent.start:
        colon = next((t for t in reversed(doc[: span.start]) if not t.is_space), None)
        if colon is None or colon.text != ":":
            return None
        sent = colon.sent  # "Her answer was short:" then the quote as a sentence of its own
    before = [t for t in doc[sent.start : span.start] if not (t.is_punct or t.is_space)]
    if len(before) < 2:
        return None
    for k in range(len(before) - 1, max(-1, len(before) - 6), -1):
        noun = before[k]
        owners = [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in PRONOUNS]
        if noun.lower_ in SPEECH_NOUNS and owners and noun.dep_ not in {"dobj", "pobj"}:
            # "Maria Olsen's reply came at once: “…”": the owner of the words speaks; not in
            # "Moore called Mr. Obama's remarks “a true wake-up call”", where Moore does.
            return noun.text, mention_span(owners[0])
    if verb is None or verb.i > span.start or verb.lower_ in BE_FORMS:
        return None  # "Borders, a 33-year-old and “child of the '80s”": no one says it
    subj = _outside_dateline([c for c in verb.children if c.dep_ == "nsubj" and not in_quote[c.i]])
    if (
        not subj
        or subj[0].lower_ in NON_PERSON_PRONOUNS
        or not (subj[0].pos_ in {"PROPN", "PRON"} or subj[0].ent_type_ == "PERSON")
    ):
        return None  # "this makes sense because “…”"; "commentators called him “…”"
    return verb.text, mention_span(subj[0])


def _lead_into_fragment(span: Span | None, verb: Token | None) -> int | None:
    """Where the words that lead from the verb into a quoted fragment start: "called them a
    “pure propaganda show”" -> "them", "denounce Israel as a “…”" -> "Israel"; None when the
    quote follows the verb directly or the lead is long (then it is narration)."""
    if span is None or verb is None:
        return None
    doc = span.doc
    first = next((t for t in span if not (t.is_punct or t.is_space)), None)
    holder = next(
        (
            c
            for c in verb.rights
            if first is not None and c.left_edge.i <= first.i <= c.right_edge.i
        ),
        None,
    )
    if holder is None:
        return None
    objects = [c for c in verb.rights if c.dep_ == "dobj" and c.i < holder.i]
    start = (objects[0] if objects else holder).left_edge
    lead = [t for t in doc[start.i : span.start] if not (t.is_punct or t.is_space)]
    if not lead or len(lead) > 12 or start.i <= verb.i:
        return None
    return start.idx


def _governing_verb(span: Span, in_quote: list[bool]) -> Token | None:
    """The verb a quoted fragment belongs to, with its own subject.

    From the quote, up to the first verb outside it; then up past verbs with no subject of
    their own ("dismissed Estonia as being in the “suburbs …”", "lauded him for helping
    develop “new ideas”") and past relative clauses ("called Trump a liar who is “utterly
    amoral”"). "Kasich is coming off a debate when many commentators called him “the
    grownup”" stops at "called": its subject is the commentators, not Kasich.
    """
    words = [t for t in span if not (t.is_punct or t.is_space)]
    inside = {t.i for t in words}
    tops = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    if not tops:
        return None
    tok = tops[0]  # not span.root: a closing mark glued to the next line can be the "root"
    for _ in range(12):
        if tok.pos_ in {"VERB", "AUX"} and not in_quote[tok.i]:
            subj = [c for c in tok.children if c.dep_ == "nsubj" and not in_quote[c.i]]
            if subj and subj[0].lower_ not in {"who", "that", "which"}:
                return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _strip(doc: Doc, f: Found) -> Found:
    text = doc_text(doc)[f.start : f.end]
    start = f.start + len(text) - len(text.lstrip())
    end = f.end - (len(text) - len(text.rstrip()))
    return replace(f, start=start, end=max(start, end))


def _scare_quote_near(doc: Doc, q: QuoteSpan, cue: Cue) -> bool:
    """A word or two in quote marks with other words between it and the cue: "storms erupted
    as predicted, but a boundary — “undercut” them", "a few weak “landspout” tornadoes were
    observed" are the writer's marks, not anyone's words. Only the speaker, the listener and
    punctuation may stand between a short quote and its cue ("“Be cool,” she wrote", "he
    told me, “This is it,”")."""
    if len(doc_text(doc)[q.start : q.end].split()) >= MIN_WORDS_UNATTRIBUTED:
        return False
    lo, hi = sorted((q.outer_start, q.outer_end, cue.start, cue.end))[1:3]
    speaker = range(cue.speaker.start, cue.speaker.end) if cue.speaker is not None else range(0)
    return any(
        not (t.is_punct or t.is_space or t.i in speaker or _listener(t, cue.token))
        for t in _gap_tokens(doc, lo, hi)
    )


def _listener(tok: Token, cue: Token) -> bool:
    """ "he told me", "she told reporters on Monday": who heard it, and when."""
    return tok.head.i == cue.i and tok.dep_ in {"dative", "dobj", "npadvmod", "advmod"}


def _cue_before(doc: Doc, lo: int, q: QuoteSpan, cue_at: dict[int, Cue]) -> Cue | None:
    """ "X said: “…”", "according to X, “…”": the cue in the same sentence, before the mark."""
    tokens = _gap_tokens(doc, lo, q.outer_start)
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].text in _SENTENCE_END:
            tokens = tokens[i + 1 :]
            break
    if not tokens:
        return _bare_cue_sentence(doc, lo, q, cue_at)
    last = tokens[-1]
    for tok in reversed(tokens):
        cue = cue_at.get(tok.i)
        if cue is not None and (last.lower_ in _INTRO_PUNCT or last.i == tok.i):
            return cue
    return None


def _colon_intro(
    doc: Doc, paragraph: tuple[int, int], cue_at: dict[int, Cue], in_quote: list[bool]
) -> Cue | None:
    """ "Cruz wrote on Facebook:" closing the paragraph before a quote that opens its own."""
    text = doc_text(doc)[paragraph[0] : paragraph[1]].rstrip()
    if not text.endswith(":"):
        return None
    tokens = _gap_tokens(doc, paragraph[0], paragraph[0] + len(text))
    sentence = [t for t in tokens if t.sent == tokens[-1].sent] if tokens else []
    cues = [cue_at[t.i] for t in sentence if t.i in cue_at]
    if cues:
        return cues[-1]
    # "The Leader of Burnley Council has issued the following statement:": the words that
    # follow are the statement of the one who issued it.
    for verb in reversed(sentence):
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.pos_ == "VERB" and any(o.lower_ in SPEECH_NOUNS for o in objects):
            speaker = _subject(verb, in_quote)
            if speaker is not None and _can_speak(speaker.root):
                return Cue(verb, verb.idx, verb.idx + len(verb), speaker, None)
    return None


def _bare_cue_sentence(doc: Doc, lo: int, q: QuoteSpan, cue_at: dict[int, Cue]) -> Cue | None:
    """ "Dianne Bystrom agreed. “…”": a short sentence that is only a speaker and a cue
    introduces the quote right after it (it reports nothing of its own)."""
    tokens = _gap_tokens(doc, lo, q.outer_start)
    if not tokens or tokens[-1].text not in _SENTENCE_END:
        return None
    sentence = tokens[-1].sent
    if sentence.start < (tokens[0].i if tokens else 0) or len(sentence) > MAX_BARE_CUE_TOKENS:
        return None
    cues = [cue_at[t.i] for t in sentence if t.i in cue_at]
    return cues[-1] if len(cues) == 1 and cues[0].clause is None else None


def _cue_after(doc: Doc, q: QuoteSpan, hi: int, cue_at: dict[int, Cue]) -> Cue | None:
    """ "“…,” he said", "“…?” asked the minister": a cue right after the closing mark."""
    tokens = _gap_tokens(doc, q.outer_end, hi)
    inner = doc_text(doc)[q.start : q.end].rstrip().rstrip("’'")  # “… ‘darn it,’”
    if not tokens:
        return None
    if not (inner.endswith(_TRAILING_INNER) or tokens[0].text == "," or tokens[0].is_lower):
        # "“….” Smith said.": only when that sentence is nothing but a speaker and a cue.
        sentence = tokens[0].sent
        cues = [cue_at[t.i] for t in sentence if t.i in cue_at and t.i >= tokens[0].i]
        short = sentence.end - tokens[0].i <= MAX_BARE_CUE_TOKENS
        if not short or len(cues) != 1:
            return None
        # the parser may take the quote for the cue's clause ("“… the momentum” U.N. envoy
        # Staffan de Mistura said."): a clause that ends before the speaker is the quote's
        cue, clause = cues[0], cues[0].clause
        if clause is not None and clause[1] > tokens[0].i:
            return None
        speaker = cue.speaker
        if speaker is not None and speaker.start < tokens[0].i < speaker.end:
            cue = replace(cue, speaker=doc[tokens[0].i : speaker.end])  # not the quote's words
        return cue
    in_relative = skipped = False
    for tok in tokens[:MAX_CUE_DISTANCE_AFTER]:
        if tok.text in _SENTENCE_END:
            break
        if in_relative:
            # "“…,” Jim Cantrell, who … is now CEO of launch startup X, told …": the words
            # about the speaker, whatever the parser made of them, end at the next comma.
            in_relative = tok.text != ","
            continue
        if tok.lower_ in {"who", "which"} and tok.i > 0 and tok.nbor(-1).text == ",":
            in_relative = skipped = True
            continue
        if tok.i in cue_at and (
            tok.dep_ not in {"relcl", "acl"}
            or tok.head.left_edge.i == tokens[0].i
            or (tok.head.idx < q.outer_end and inner.endswith(_TRAILING_INNER))
            or _pronoun_after_opening_quote(doc, q, tok, tokens[0])
        ):
            # An acl cue counts when the noun it hangs on opens right after the quote:
            # "“…!” the presumptive nominee, Donald Trump, tweeted" (the parser's "tweeted"),
            # or lies inside a quote that ends as speech does ("“… the mosques,” the
            # candidate said", hung on "mosques"; not "The four “loopholes” he cited are").
            cue = cue_at[tok.i]
            if skipped and tokens[0].pos_ == "PROPN":
                # the parse of the relative clause rarely leaves the name as the subject
                name = tokens[0]
                while name.dep_ == "compound" and name.head.i > name.i:
                    name = name.head
                cue = replace(cue, speaker=mention_span(name))
            return cue
        if (
            tok.pos_ == "VERB"
            and tok.dep_ not in {"relcl", "acl", "amod", "compound"}
            and not tok.is_upper
        ):
            # "“terrible,” denounced her record and said …": another verb comes first; not
            # a body's letters the tagger took for a verb ("INMO general secretary … said")
            # nor a noun it took for one ("study lead author Jeremie Mouginot … said")
            break
        if tok.pos_ == "AUX" and tok.dep_ == "ROOT":
            break  # "“…?” Dalton Brody is a store, … according to its website": a new sentence
    return None


def _pronoun_after_opening_quote(doc: Doc, q: QuoteSpan, cue: Token, first: Token) -> bool:
    """ "“There has been nothing objectionable” she reiterated": a quote that opens its
    sentence, then a personal pronoun subject and the cue, with no comma for the parser to
    go by (it hangs the cue on a noun inside the quote as a relative clause). Not "The four
    “loopholes” he cited", where the quote sits inside a sentence."""
    before = doc_text(doc)[: q.outer_start].rstrip()
    opens_sentence = not before or before[-1] in '.!?:”"'
    personal = first.lower_ in {"he", "she", "they", "we"}
    return opens_sentence and personal and first.dep_ == "nsubj" and first.head == cue


def _worth_keeping(doc: Doc, q: QuoteSpan, inner: str) -> bool:
    """An unattributed quote is speech only if long enough and not a title or a name."""
    words = inner.split()
    if len(words) < MIN_WORDS_UNATTRIBUTED:
        return False
    before = doc_text(doc)[max(0, q.outer_start - 30) : q.outer_start].lower().split()
    if before and before[-1].strip(",:") in TITLE_MARKERS:
        return False
    if len(words) > 8 or inner.endswith("."):
        return True
    # A title or a name, not speech: every word capitalised but one ("Make America Great
    # again"), or every word but small function words ("Person of the Year"); not
    # "suburbs of St. Petersburg".
    content = [w for w in words if w.lower() not in TITLE_FUNCTION_WORDS]
    capitalised = sum(w[:1].isupper() for w in content)
    needed = len(words) - 1 if len(content) == len(words) else len(content)
    return capitalised < needed


def _labels(
    doc: Doc, body_start: int, raw: list[tuple[Found, Span | None]]
) -> list[tuple[Found, Span | None]]:
    """Transcript lines in the body: "Matthews: Here's the irony …" is Matthews speaking.

    The label must be a name: one to five capitalised words holding a PERSON or ORG entity, or
    written in capitals ("FALLIN:"); single letters ("Q:", "A:") and section words are not.
    """
    text = doc_text(doc)
    dateline = _lead_dateline(doc)
    out: list[tuple[Found, Span | None]] = []
    for p_start, p_end in paragraph_spans(text):
        if p_start < body_start:
            continue
        m = LABEL_RE.match(text[p_start:p_end])
        if m is None:
            continue
        colon = text.index(":", p_start)
        who = text[p_start:colon]
        words = who.split()
        if len(who.strip(".")) < 2 or who.lower() in NON_SPEAKER_PREFIXES:
            continue
        if dateline[0] <= colon < dateline[1]:
            continue  # "KUALA LUMPUR: Malaysia’s palm oil exports rose": a place, not a speaker
        mention = doc.char_span(p_start, colon, alignment_mode="expand")
        if mention is None or words[0].lower() in NON_SPEAKER_PREFIXES:
            continue
        named = any(e.label_ in {"PERSON", "ORG"} for e in mention.ents)
        if not (named or (who.isupper() and len(who) > 2)):
            continue
        start, end = colon + 1, p_end
        while start < end and text[start] in " “\"'‘«„":
            start += 1
        while end > start and text[end - 1] in " \n”\"'’»":
            end -= 1
        if any(f.start < end and start < f.end for f, _ in raw) or end - start < 10:
            continue  # the paragraph's quote is attributed already
        found = Found(start, end, "direct", "", None, None, None, None, 0.85, "label")
        out.append((found, mention))
    return out


def _headline(doc: Doc, title_end: int, cues: list[Cue]) -> list[tuple[Found, Span | None]]:
    """The "Speaker: claim" title form."""
    title = doc_text(doc)[:title_end]
    m = _HEADLINE.match(title)
    if m is None:
        return []
    who = m.group("who").strip()
    words = who.split()
    lower_words = [w for w in words if not w[:1].isupper() and w not in {"of", "the", "and", "de"}]
    if (
        lower_words  # "Kamala Harris' Canadian connections: …" is a topic, not a speaker
        or len(words) > 6
        or not who[:1].isupper()
        or who.lower() in NON_SPEAKER_PREFIXES
        or words[0].lower() in NON_SPEAKER_PREFIXES
    ):
        return []
    mention = doc.char_span(m.start("who"), m.start("who") + len(who), alignment_mode="expand")
    if mention is None or not _names_someone(who, mention, doc_text(doc)[title_end:]):
        return []
    if _reports_its_own_speaker(m.start("what"), m.end("what"), cues):
        return []  # "New Delhi: Prime Minister Narendra Modi on Friday said …": a dateline
    start, end = m.start("what"), m.end("what")
    while end > start and doc_text(doc)[end - 1] in "“”\"'‘’«»":
        end -= 1
    while start < end and doc_text(doc)[start] in "“”\"'‘’«»„":
        start += 1
    found = Found(start, end, "headline", "", None, None, None, None, 1.0)
    return [(found, mention)]


def _reports_its_own_speaker(start: int, end: int, cues: list[Cue]) -> bool:
    """The words after the colon open on who spoke and what ("Prime Minister Narendra Modi on
    Friday said the economy was strong"): a lead under a dateline, which the cue rules read,
    not a "Speaker: claim" headline. A cue found there with its speaker before it and its
    report after it says so. A cue closing the words ("…, Mark Rutte has said") is left to the
    headline reading, which the parser's misreading of the colon would lose, and so is one
    whose speaker is a pronoun, the headline's speaker talking."""
    return any(
        start <= c.start < end
        and c.speaker is not None
        and c.speaker.root.pos_ in {"PROPN", "NOUN"}  # not "‘No Idea’ If I Would Have Told …"
        and start <= c.speaker.start_char < c.start
        and c.clause is not None
        and c.clause[0] > c.token.i
        for c in cues
    )


def _names_someone(who: str, mention: Span, body: str) -> bool:
    """A title prefix names a speaker, not a kicker: "BUSTED:", "FIX IS IN:" and "Woman Steps
    Forward With Bombshell Claim:" do not; "TRUMP:" does when the body writes "Trump"."""
    if any(t.pos_ in {"VERB", "AUX"} for t in mention):
        return False
    names = [e for e in mention.ents if e.label_ in {"PERSON", "ORG", "GPE", "NORP"}]
    if len(who.split()) > 2 and not names:
        return False  # a title-case clause the tagger read as names
    if who.isupper():
        return all(w.capitalize() in body for w in who.split())
    return True


def _resolve(
    raw: list[tuple[Found, Span | None]],
    ctx: PageContext,
    paragraph_of: list[int],
    para_starts: list[int],
    run_starts: list[int] = (),  # type: ignore[assignment]
    text: str = "",
) -> list[Found]:
    """Resolve speakers in text order; continuations copy the statement before them."""
    history = History()
    out: list[Found] = []

    def para(char: int) -> int:
        return bisect_right(para_starts, char) - 1

    described = {
        m.start_char
        for _, m in raw
        if m is not None
        and len(m)
        and (
            described_person(m)
            or (
                para(m.start_char) <= 1
                and (described_official(m) or described_spokesperson(m) or described_title(m))
            )
        )
    }
    for found, mention in raw:
        prev = _last_outer(out) if found.continuation else None
        if found.continuation and _answers_the_writer(found, prev, text, para_starts):
            res = interviewee(found.start, history)
            if res is not None:
                found = replace(found, continuation=False, reason="answer")
                answer = _finish(found, None, res, text[found.start : found.end])
                out.append(_named_where_they_spoke(answer, out))
                continue
        continues = (
            prev is not None
            and prev.kind != "headline"
            and para(prev.end - 1) >= para(found.start) - 1  # from where its words ended
            and not any(prev.end < r <= found.start for r in run_starts)
        )
        if continues and mention is not None and mention.start_char >= _end_of(prev):
            # "“…,” they'll tell you. Blair is unconvinced. ¶ “I think …”": the narration has
            # turned to someone new since the statement before; the quote is theirs.
            found = replace(found, continuation=False, reason="narrated subject")
        elif continues:
            history.heard_again(prev.mention_start, para(found.end - 1))
            out.append(
                replace(
                    found,
                    cue=prev.cue,
                    mention_start=prev.mention_start,
                    mention_end=prev.mention_end,
                    speaker=prev.speaker,
                    speaker_kind=prev.speaker_kind,
                    confidence=calibrated(
                        "direct",
                        "continuation",
                        found.balanced,
                        text[found.start : found.end],
                        round(prev.confidence * 0.9, 3),
                    ),
                    reason="continuation",
                )
            )
            continue
        elif found.continuation:
            # A quote with no cue and no statement to continue: nobody can be named for it,
            # and on PolNeAR train only 21% of these were right; "who said what" drops it.
            # Giving it to the last person subject of the paragraph before was tried: about
            # half right on PolNeAR train (docs/benchmarks.md).
            continue
        last = out[-1] if out else None
        if (mention is None or len(mention) == 0) and _participle_going_on(found, last, para):
            # "“I will not give up,” he said. “I will continue …,” adding that …": a participle
            # with no subject goes on the words of the speaker just before, in the paragraph.
            res = Resolved(last.speaker, last.speaker_kind, 0.6, "participle -> last speaker")
            found = replace(found, continuation=False)
        elif mention is None or len(mention) == 0:
            reason = "no speaker mention"
            res = Resolved(None, None, found.confidence, reason)
            found = replace(found, continuation=False)
        else:
            continuing = _FORM_TO_LEMMA.get(found.cue.lower()) in CONTINUING_CUES
            res = resolve_mention(
                mention,
                ctx,
                history,
                paragraph_of,
                continuing=continuing,
                opened=para(found.start),
            )
            if found.kind == "headline" and res.speaker is None and res.kind is None:
                res = Resolved(clean_name(mention.text), None, 0.5, "headline name as written")
            word = mention.root.lower_
            if (
                res.speaker is not None
                or word not in PRONOUNS_PLURAL | PRONOUNS_NEUTER | DATA_HEADS
            ):
                # an unresolved "it"/"they", or a report by nobody named, is nobody a later
                # "he" or "she" could mean
                history.add(
                    Spoken(
                        mention.start_char,
                        paragraph_of[mention.start],
                        res.speaker,
                        res.kind,
                        plural=_plural(mention, res),
                        gender=noun_gender(word)
                        or PRONOUN_GENDER.get(word)
                        or (unnamed_person_gender(mention) if res.kind == "unnamed" else None),
                        nested=ctx.reported(mention.start_char, besides=(found.start, found.end)),
                        noun=word,
                    )
                )
            history.heard_again(mention.start_char, para(found.end - 1))
        out.append(_finish(found, mention, res, text[found.start : found.end]))
    return _named_in_what_follows(out, described, text, para, ctx)


def _named_where_they_spoke(answer: Found, out: list[Found]) -> Found:
    """An interview answer points at the mention and cue of its speaker's last statement, as a
    continuation does: the words on the page that name who answers."""
    said = next(
        (f for f in reversed(out) if f.speaker == answer.speaker and f.mention_start is not None),
        None,
    )
    if said is None:
        return answer
    return replace(
        answer, cue=said.cue, mention_start=said.mention_start, mention_end=said.mention_end
    )


_WRITER = frozenset({"i", "we"})


def _answers_the_writer(
    found: Found, prev: Found | None, text: str, para_starts: list[int]
) -> bool:
    """A quote with no cue that opens a paragraph after the writer's own question: a question
    paragraph in the page's voice ("Is Starmer a good leader?") or a statement whose speaker
    is the writer ("When I suggest …, he interrupts me."). Interviews print answers so; the
    answer is the interviewee's, not the writer's."""
    k = bisect_right(para_starts, found.start) - 1
    if k < 1 or text[para_starts[k] : found.start].strip("".join(QUOTE_MARKS) + " "):
        return False
    before = text[para_starts[k - 1] : para_starts[k]].strip()
    if before.endswith("?") and before[:1] not in QUOTE_MARKS:
        return True
    return (
        prev is not None
        and prev.mention_start is not None
        and prev.mention_start >= para_starts[k - 1]
        and text[prev.mention_start : prev.mention_end].lower() in _WRITER
    )


def _plural(mention: Span, res: Resolved) -> bool:
    """A plural source, for pronouns: "officials", "they", "Fiji and Samoa". Not a person's
    name the tagger reads as a plural noun ("Spierings", "Jennings")."""
    # a name the tagger did not recognise reads as a plural too ("Laanemets said")
    named = res.kind == "person" or (res.kind is None and mention.root.text[:1].isupper())
    if named and res.speaker is not None and " and " not in res.speaker:
        return False
    return (
        mention.root.tag_ in {"NNS", "NNPS"}
        or mention.root.lower_ in PRONOUNS_PLURAL
        or joint_organisations(mention)
    )


def _named_in_what_follows(
    out: list[Found], described: set[int], text: str, para, ctx: PageContext
) -> list[Found]:
    """ "An MP in Plymouth has slammed those who came intent on violence. ¶ Luke Pollard
    posted on X: …", "… could widen, the finance minister said. ¶ Ukur Yatani, who set the
    deficit, …": a lead that describes someone before naming them. A described source
    (``described`` holds where its mention starts; see ``speakers.described_person``, and
    ``speakers.described_official`` for "a top health official" in the first two paragraphs)
    is the person who speaks next, within two paragraphs, if the page had not named that person
    before the description and does not introduce them as something else; or, not a
    spokesperson, the person the next paragraph opens on ("A Norfolk MP called last night for
    … ¶ Ian Gibson was reacting to …")."""
    for i, found in enumerate(out):
        if found.mention_start not in described:
            continue
        spokesperson = _spokesperson_words(found, text)
        if found.speaker is not None and not (
            spokesperson and found.speaker_kind == "organisation"
        ):
            continue  # "a UNHCR spokesperson" speaks for UNHCR until the page names them
        if any(o.start <= found.mention_start < o.end for o in out):
            continue  # "The mayor told him …, Lao said": a character in someone's report
        later = next((f for f in out[i + 1 :] if f.mention_start != found.mention_start), None)
        named = None
        if not (
            later is None
            or later.speaker is None
            or later.speaker_kind != "person"
            or para(later.start) - para(found.start) > 2
            or surname_written_before(later.speaker, text, found.mention_start)
            or _described_otherwise(found, later, text)
            or (spokesperson and not _same_spokesperson(found, later, text))
        ):
            named = later.speaker
        elif not spokesperson:
            named = _opening_the_next_paragraph(found, text, para, ctx)
        if named is None:
            continue
        for k, other in enumerate(out):
            if other.mention_start == found.mention_start:
                out[k] = replace(
                    other,
                    speaker=named,
                    speaker_kind="person",
                    confidence=round(other.confidence * 0.9, 3),
                    reason=f"{other.reason}; described, then named",
                )
    return out


def _opening_the_next_paragraph(found: Found, text: str, para, ctx: PageContext) -> str | None:
    """The person whose full name opens the paragraph after a lead's description, as the
    subject of its main clause, and whom the page had not named before: wire copy's second
    paragraph that names the one its lead described ("Sebastian Dalman works at the New
    Mexico Museum …")."""
    described_in = para(found.mention_start or found.start)
    if described_in > 1:
        return None  # the lead, not "a man yelled" deep in a story
    for person in ctx.people:
        if person.paragraph != described_in + 1 or person.name is None:
            continue
        opening = text[: person.char].rstrip(" ").endswith("\n")
        if not (opening and person.subject and person.main_clause and not person.in_quote):
            return None
        full = fullest(person.name, ctx)
        if " " not in full or surname_written_before(full, text, found.mention_start or 0):
            return None  # a full name introduces someone; one word may be anything ("Q:")
        return full
    return None


def _spokesperson_words(found: Found, text: str) -> bool:
    """The mention calls the source a spokesperson: "a company spokesman", "David Eskelsen, a
    Utah Power spokesman"."""
    mention = text[found.mention_start or 0 : found.mention_end or 0].lower()
    return any(word in SPOKESPEOPLE for word in re.findall(r"[a-z]+", mention))


def _same_spokesperson(described: Found, named: Found, text: str) -> bool:
    """The named speaker is brought in as a spokesperson too, and for the body the description
    gave, if it gave one: "a UNHCR spokesperson … ¶ UNHCR spokesperson Shabia Mantoo", not
    "A Pentagon spokeswoman … ¶ White House spokesman Josh Earnest"."""
    if not _spokesperson_words(named, text):
        return False
    body = re.findall(
        r"\b[A-Z][\w’'\-]*", text[described.mention_start or 0 : described.mention_end or 0]
    )
    named_words = set(
        re.findall(r"[\w’'\-]+", text[named.mention_start or 0 : named.mention_end or 0])
    )
    return set(body[1:] if body and body[0] in {"A", "An"} else body) <= named_words


def _described_otherwise(described: Found, named: Found, text: str) -> bool:
    """Whether the named speaker's mention brings them in, after their name, with words that
    share nothing with the description: "a fire official said … ¶ …, said Patsy Gasca of
    the Red Cross" is someone new; "A Kurdish member of Iraqi parliament, Sozan Bakir",
    "Finance Minister Shamseddin Hosseini" and a bare "Luke Pollard" are the one described
    (a title before the name says what the description said)."""
    mention = text[named.mention_start or 0 : named.mention_end or 0]
    last_name = (named.speaker or "").split()[-1:]
    at = mention.rfind(last_name[0]) if last_name else -1
    if at < 0:
        return False
    after = set(re.findall(r"[a-z]{4,}", mention[at + len(last_name[0]) :].lower()))
    lead = text[described.mention_start or 0 : described.mention_end or 0].lower()
    return bool(after) and not after & set(re.findall(r"[a-z]{4,}", lead))


def _participle_going_on(found: Found, last: Found | None, para) -> bool:
    """Whether ``found`` hangs on a participle cue ("adding", "saying") with no subject, right
    after a statement by someone named in the same paragraph."""
    return (
        last is not None
        and last.speaker is not None
        and found.cue.lower().endswith("ing")
        and para(last.start) == para(found.start)
    )


def _end_of(found: Found) -> int:
    """Where a statement ends in the text, its speaker mention included."""
    return max(found.end, found.mention_end or 0)


def _last_outer(out: list[Found]) -> Found | None:
    """The latest statement whose speaker is not named inside another statement's content:
    after "He added that some leaders deny it", a quote with no cue of its own goes on his
    words, not the leaders'."""
    for found in reversed(out):
        start = found.mention_start
        if start is None and found.speaker is None and _asked(found):
            continue  # "Asked whether …, Smith shot back: “…”": the question is not the voice
        if start is None or not any(o.start <= start < o.end for o in out if o is not found):
            return found
    return out[-1] if out else None


def _asked(found: Found) -> bool:
    """A question put by someone the page does not name ("Asked whether …", "was asked if")."""
    return _FORM_TO_LEMMA.get(found.cue.lower()) == "ask"


_KIND_FACTOR = {"direct": 1.0, "headline": 0.9, "indirect": 0.9, "mixed": 0.85}


def _finish(found: Found, mention: Span | None, res: Resolved, text: str = "") -> Found:
    reason = f"{found.reason}: {res.reason}" if found.reason else res.reason
    confidence = res.confidence * _KIND_FACTOR.get(found.kind, 1.0)
    if not found.balanced:
        confidence *= 0.6
    confidence = calibrated(found.kind, reason, found.balanced, text, confidence)
    return replace(
        found,
        mention_start=mention.start_char if mention is not None and len(mention) else None,
        mention_end=mention.end_char if mention is not None and len(mention) else None,
        speaker=res.speaker,
        speaker_kind=res.kind,
        confidence=round(min(1.0, max(0.0, confidence)), 3),
        reason=reason,
    )
