"""Speaker resolution over one parsed page: mention -> fullest name, or None.

Why our own: no coreference package works offline with spaCy 3.8, and news attribution needs
only a narrow slice of coreference: a pronoun points at the last speaker (or person named
outside quotes), a role noun ("the head of state") at the person introduced with that role,
and a surname ("Lukashenko", "Mr. Trump") at the fullest form of the name in the article.
When none of these applies the speaker stays None: users told us a wrong name is worse than
no name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from quotewatch.clean.lexicon import AGENCIES, COUNTRY_NAMES
from quotewatch.statements.entities import (
    after_leading_role,
    ends_a_hyphenated_name,
    joined_by_hyphen,
    named_by_copula,
)
from quotewatch.statements.lexicon import (
    BUSINESS_NOUNS,
    CUE_FORMS,
    CUE_LEMMAS,
    DEMONYMS_WITHOUT_ENDING,
    FEMALE_TITLES,
    GENERIC_ORGANISATION_NOUNS,
    HEAD_OF_BODY_NOUNS,
    INSTITUTION_NOUNS,
    ISSUE_VERB_FORMS,
    ISSUED_DOCUMENTS,
    LAW_NAME_ENDINGS,
    MALE_TITLES,
    NAME_TITLES,
    NON_BUSINESS_NOUNS,
    ORGANISATION_NOUNS,
    OUTLET_NOUNS,
    PARTY_LETTERS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    PERSON_OR_ROLE_NOUNS,
    PLATFORMS,
    POLICE_FORCE_LETTERS,
    POST_NOMINALS,
    PRONOUN_GENDER,
    PRONOUNS,
    PRONOUNS_FEMALE,
    PRONOUNS_MALE,
    PRONOUNS_NEUTER,
    PRONOUNS_PLURAL,
    QUOTE_MARKS,
    RANK_ABBREVIATIONS,
    RANK_WORDS,
    RECEIVING_PARTICIPLES,
    ROLE_GROUPS,
    SAME_PERSON_NOUN,
    SPEECH_NOUNS,
    SPOKESPEOPLE,
    SURNAME_PARTICLES,
    UNION_MEMBERS,
    UNNAMED_NOUNS,
    WRITTEN_MESSAGES,
)
from quotewatch.statements.names import first_name_gender, folded, noun_gender
from quotewatch.statements.select import (
    ACRONYM_DEFINED_RE,
    NAMES_BY_INITIALS_KEY,
    acronyms_of,
    initials,
    names_by_initials,
)

ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
TIME_LABELS = frozenset({"DATE", "TIME"})
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
CALENDAR_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
# Heads of sources that are a group working for someone ("Hillary Clinton's campaign"): the
# speaker is that group, an organisation named after its owner.
GROUP_HEADS = frozenset({"campaign", "administration", "team", "office", "camp", "spokesman"})
# Heads of written or measured sources ("data from the Census Bureau", "an exit poll by Edison
# Research"): the organisation named inside is the source.
# Staff whose published view is their employer's ("analysts at Goldman Sachs said"); plural
# only: "an economist at TD Bank" is one unnamed person.
STAFF_NOUNS = frozenset(
    {"analysts", "economists", "strategists", "researchers", "scientists", "executives"}
)
DATA_HEADS = frozenset(
    {
        "data", "poll", "polls", "polling", "survey", "surveys", "filings", "filing", "records",
        "record", "documents", "report", "reports", "study", "figures", "results", "statement",
        "average", "projections", "estimates", "analysis", "release", "editorial", "article",
        "story", "column", "memo", "letter", "email", "ad", "advertisement", "website",
        "tweet", "post", "blog", "op-ed", "investigation", "review", "assessment", "audit",
        "order", "ruling", "judgment", "judgement", "lawsuit", "complaint", "indictment",
        "affidavit", "petition", "announcement", "notice", "bulletin", "advisory",
        "communique", "communiqué",
    }
)  # fmt: skip
_ROLES_LONGEST_FIRST = sorted(ROLE_GROUPS.items(), key=lambda kv: -len(kv[0]))
# group -> every word of its roles ("prime", "minister" for the prime minister's group)
_ROLE_WORDS: dict[str, frozenset[str]] = {
    group: frozenset(w for role, g in ROLE_GROUPS.items() if g == group for w in role.split())
    for group in set(ROLE_GROUPS.values())
}
# How far back (in paragraphs) a pronoun or role noun may reach for the last speaker. Two is the
# usual news pattern (name in one paragraph, "He added" in the next); more drifted to the
# wrong person on the PolNeAR train examples we looked at.
MAX_PARAGRAPHS_BACK = 2


@dataclass(frozen=True, slots=True)
class Resolved:
    """The outcome for one mention: fullest name (or None), kind, and how sure we are."""

    speaker: str | None
    kind: str | None
    confidence: float
    reason: str


@dataclass(frozen=True, slots=True)
class Person:
    """A PERSON entity in the parsed text, as a pronoun's possible antecedent."""

    char: int
    paragraph: int
    name: str | None  # None: a person nobody names ("a reporter for AFP")
    in_quote: bool
    subject: bool  # subject of its clause ("President Obama backed her"), not an object
    gender: str | None = None  # of an unnamed person, from the noun ("a masked man")
    sentence: int = -1  # index of its sentence's first token
    main_clause: bool = True  # a subject of the main clause, not of a clause inside it


class RoleHolder(NamedTuple):
    """Someone the page gives a role: where, their fullest name, and the words of the title
    ("Chinese Foreign Ministry spokesperson" -> chinese, foreign, ministry, spokesperson)."""

    char: int
    name: str
    title: frozenset[str]


@dataclass
class PageContext:
    """Names known in the parsed page: people, organisations, roles and genders."""

    people: list[Person] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)  # surname -> fullest name
    forms: dict[str, list[str]] = field(default_factory=dict)  # surname -> every full form
    organisations: list[tuple[int, str]] = field(default_factory=list)  # (char, name), in order
    roles: dict[str, list[RoleHolder]] = field(default_factory=dict)  # group -> holders
    gender: dict[str, str] = field(default_factory=dict)  # fullest name -> "m" / "f"
    first_names: dict[str, set[str]] = field(default_factory=dict)  # folded first word -> names
    # (char, noun, fullest name): "Jeremiah Mbelu, an economist" -> "the economist" later
    descriptions: list[tuple[int, str, str]] = field(default_factory=list)
    reported_spans: list[tuple[int, int]] = field(default_factory=list)  # statement contents
    in_quote: list[bool] = field(default_factory=list)  # per token
    spelled_out: dict[str, str] = field(default_factory=dict)  # "IRCC" -> its name on the page
    short_names: dict[str, str] = field(default_factory=dict)  # "Rio" -> "Rio Tinto Group"
    places: frozenset[str] = frozenset()  # names written after "in", "at", "near"
    headline_end: int = 0  # where a headline paragraph ends, if the page has one

    def reported(self, char: int, besides: tuple[int, int] | None = None) -> bool:
        """Whether ``char`` lies inside a statement's content (what was said, not who), the
        span ``besides`` left out ("Survival, Mr. X says, depends on …" holds its own speaker)."""
        return any(
            start <= char < end for start, end in self.reported_spans if (start, end) != besides
        )


def doc_text(doc: Doc) -> str:
    """``doc.text`` rebuilds the string on every access; the stage reads it hundreds of times
    per page, so the first read is kept in the doc (``components`` drops it after)."""
    text = doc.user_data.get("qw_text")
    if text is None:
        text = doc.user_data["qw_text"] = doc.text
    return text


# A nickname in quote marks between a first name and a surname
_NICKNAME_INSIDE = re.compile(r"(?<=\w)\s+[\"“‘'][A-Z][\w-]*[\"”’']\s+(?=[A-Z])")


def clean_name(text: str) -> str:
    """A name without titles, letters after it, possessive and edge punctuation: "Mr. Trump's"
    -> "Trump", "Councillor Afrasiab Anwar MBE" -> "Afrasiab Anwar", "Joko "Jokowi" Widodo"
    -> "Joko Widodo". Its apostrophes stay as the page wrote them ("Yvette D’Ath"): the name
    is evidence, and a reader searches for it as printed."""
    words = _NICKNAME_INSIDE.sub(" ", text).split()
    while words and (title := _title_words_before(words)):
        words = words[title:]
    while len(words) > 1 and words[-1].lower().strip(",") in POST_NOMINALS:
        words = words[:-1]
    if words and words[-1].endswith(("'s", "’s", "‘s")):
        words[-1] = words[-1][:-2]
    elif words and words[-1] in {"'s", "’s", "‘s", "'", "’"}:
        words = words[:-1]
    return " ".join(_clean_word(w) for w in words).strip()


def _title_words_before(words: list[str]) -> int:
    """How many of the first words are a title: "Mr.", "Pol Maj Gen" (a Thai police rank;
    "Pol Pot" and "Gen Nakatani" are names), and the Malaysian honours "Datuk Seri" and "Tan
    Sri", which "Datuk Seri Anwar, chairman of …" puts where a first name would be ("Sri"
    alone is a name: "Sri Mulyani Indrawati")."""
    first = words[0].lower().strip(".")
    if first in _TITLES_BEFORE_NAMES:
        return 1
    ranks = 0
    while ranks < len(words) - 1 and words[ranks].lower().strip(".") in RANK_WORDS:
        ranks += 1
    if ranks > 1 or (ranks == 1 and first not in {"pol", "gen"}):
        return ranks
    second = words[1].lower() if len(words) > 2 else ""
    if first in _HONOURS_BEFORE_NAMES or (first in {"tan", "puan"} and second in {"sri", "seri"}):
        return 2 if second in {"sri", "seri"} else 1
    return 0


_TITLES_BEFORE_NAMES = frozenset(
    {t.strip(".") for t in NAME_TITLES} | {t.lower().strip(".") for t in RANK_ABBREVIATIONS}
)
_HONOURS_BEFORE_NAMES = frozenset({"datuk", "dato", "dato'", "dato’", "datin", "tun"})


def _without_rank(name: str) -> str:
    """ "Michigan State Police Lt" (the tagger's entity before "Lt. Mark Giannunzio") ->
    "Michigan State Police": the rank is the officer's, not the force's."""
    words = name.split()
    if len(words) > 2 and words[-1].lower().rstrip(".") in RANK_WORDS:
        return " ".join(words[:-1])
    return name


def without_article(name: str) -> str:
    """ "the Ministry of Health" -> "Ministry of Health": an organisation's name as a speaker."""
    return name[4:] if name.lower().startswith("the ") else name


def _unnamed_spokesperson(
    mention: Span, resolved: Resolved, ctx: PageContext, history: History, para: int
) -> Resolved | None:
    """The body a spokesperson or a body's staff the page does not name speak for: the body
    named with them, else the one the page means by a noun with them ("a company
    spokesperson", "a ministry official"), else for a spokesperson the body heard just before
    ("A spokeswoman said")."""
    if resolved.speaker is not None:
        return None
    if (body := _spokesperson_body(mention, resolved, ctx)) is not None:
        return Resolved(body, "organisation", 0.7, "the body a spokesperson speaks for")
    if resolved.kind != "unnamed" or mention.root.lower_ not in SPOKESPEOPLE | _BODY_STAFF:
        return None
    by_noun = _spokesperson_of_a_body_noun(mention, ctx, history, para)
    if by_noun is not None or mention.root.lower_ not in SPOKESPEOPLE:
        return by_noun  # "officials said" alone speak for nobody named
    return _spokesperson_of_the_body_before(mention, ctx, history, para)


def _spokesperson_body(mention: Span, resolved: Resolved, ctx: PageContext) -> str | None:
    """The body an unnamed spokesperson speaks for ("A spokesman for Merseyside Police", "a
    Google spokesperson"): their words are its word, given on the record, and a later "they"
    or "the force" means it. "Most of the vulnerable Senate Republicans" speak for nobody, and
    "a spokeswoman for Smith" after "John Smith" for a person. "The Mofcom spokesperson" is
    its body's too, though the page may not have named the person."""
    if resolved.kind not in {"unnamed", None}:
        return None
    noun = mention.root.lower_
    if noun in SPOKESPEOPLE:
        body = _body_spoken_for(mention.root)
    elif noun in _BODY_STAFF:
        body = _body_after(mention.root, {"for", "of", "at", "from", "with"})
        body = _named_body(body if body is not None else _organisation_before(mention.root))
        if body is not None and any(t.ent_type_ in PLACE_LABELS for t in body):
            return None  # "officials from Kenya" are a country's, not a body's
    else:
        return None
    if body is None:
        return None
    name = without_article(clean_name(body.text))
    if ctx.full_names.get(_name_key(body[-1].text), name) != name:
        return None  # a person's surname
    if " " not in name and _after_a_first_name(name, doc_text(mention.doc)):
        return None  # "a spokeswoman for Fiorina" after "Carly Fiorina", untagged
    return name


def _spokesperson_of_a_body_noun(
    mention: Span, ctx: PageContext, history: History, para: int
) -> Resolved | None:
    """ "a company spokesperson", "a spokesman for the airline": the company the page means
    by that noun where the spokesperson speaks, as "the company said" would be (AT&T, on a
    page about AT&T)."""
    head = mention.root
    nouns = [c for c in head.lefts if c.dep_ == "compound"]
    nouns += [o for p in head.rights if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    # a body the page named or heard from, not a person the tagger took for one
    known = {name for _, name in ctx.organisations} | {s.speaker for s in history.speakers}
    for noun in nouns:
        if noun.lower_ in BUSINESS_NOUNS or noun.lower_ in _STAFFED_BODY_NOUNS:
            # not "a spokesman for the group", a militia's; "a foreign ministry spokesman"
            body = _organisation_the_noun_names(_with_modifiers(noun), ctx, history, para)
            if body is not None and body.speaker in known and not first_name_gender(body.speaker):
                return replace(body, confidence=0.55, reason="spokesperson of a body noun")
    return None


def _with_modifiers(noun: Token) -> Span:
    """The noun with the words describing it just before ("foreign ministry" of "a foreign
    ministry spokesman"), which say which of the page's bodies it is."""
    start = noun.i
    while start > 0 and noun.doc[start - 1].dep_ in {"amod", "compound"}:
        if noun.doc[start - 1].head.i != noun.i:
            break
        start -= 1
    described = noun.doc[start : noun.i + 1]
    return described if described.root.i == noun.i else noun.doc[noun.i : noun.i + 1]


# Public bodies whose unnamed staff speak for the one the page named ("a ministry official").
_STAFFED_BODY_NOUNS = frozenset({"ministry", "department", "agency", "embassy", "commission"})


def _spokesperson_of_the_body_before(
    mention: Span, ctx: PageContext, history: History, para: int
) -> Resolved | None:
    """ "Network Rail said the fault was fixed. A spokeswoman said …": a spokesperson the page
    ties to no body speaks for the body that spoke just before, as a reader takes it. Never
    after a person ("Smith said … a spokesman said" may be anyone's spokesman)."""
    if any(c.dep_ != "det" for c in mention.root.children):
        return None
    last = _last_speaker_near(mention, history, para)
    if last is None or last.speaker is None or last.kind == "person":
        return None
    if last.kind is None and not _may_be_an_organisation(last.speaker, ctx):
        return None  # a person the tagger did not know, not "Network Rail"
    return Resolved(last.speaker, "organisation", 0.55, "spokesperson of the body before")


def _after_a_first_name(word: str, text: str) -> bool:
    """The page writes the word after a known first name somewhere: a surname."""
    return any(
        first_name_gender(m.group(0)) is not None
        for m in re.finditer(rf"\b[A-Z][a-z]+ {re.escape(word)}\b", text)
    )


def _body_spoken_for(head: Token) -> Span | None:
    """The named body a spokesperson speaks for: "for the DPC", "from the CDSOM", "for the
    HKSAR government", "A Rail Delivery Group spokesperson"; never a person ("a Clinton
    spokesman", "a spokesman for Mr Smith") nor a body the page leaves unnamed ("a spokesman
    for the company")."""
    doc = head.doc
    body = _body_after(head, {"for", "of", "at", "from"})
    if body is None:
        first = head.i
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].text[:1].isupper():
            first -= 1  # "A Rail Delivery Group spokesperson"
        body = doc[first : head.i] if first < head.i else None
    return _named_body(body)


def _organisation_before(head: Token) -> Span | None:
    """A body's letters right before a staff noun ("NYPD officials", "ASDMA officials"), not
    a place's or a people's ("US officials"), nor a capitalised word ("State officials",
    "Court officials", "Huntsville officials": annotators leave those unnamed)."""
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is None or before.dep_ != "compound" or not before.is_upper or len(before) < 2:
        return None
    if before.ent_type_ not in {"ORG", ""} or before.text in _BLOCS_OF_STATES:
        return None
    return head.doc[before.i : head.i]


# Blocs of states, whose "officials" come from their member states and agencies: "UN
# officials said" names no one body (two of two such left unnamed by the annotators).
_BLOCS_OF_STATES = frozenset({"UN", "EU", "AU", "NATO", "ASEAN", "OPEC"})


def _body_after(head: Token, prepositions: set[str]) -> Span | None:
    """The named body after the head and its first preposition ("for the DPC", "at Cruise
    Barbados", "of the Ministry of Health")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in prepositions:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                return None
            end = obj.i + 1
            for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
                end = of.right_edge.i + 1  # "the Ministry of Health"
            bracket = next((t.i for t in head.doc[obj.i : end] if t.text == "("), end)
            return head.doc[obj.left_edge.i : bracket]  # not its "(CDSOM)" after it
    return None


def _named_body(body: Span | None) -> Span | None:
    """The body if the page names it: a capitalised word, and not a person's or someone's
    ("a Clinton spokesman"), unless its last word names a body ("a Transdev Services
    spokesperson", "Transdev" tagged a person)."""
    if body is None or not any(t.text[:1].isupper() and t.lower_ != "the" for t in body):
        return None
    if body[0].tag_ in {"PRP$", "POS"}:
        return None
    if any(t.ent_type_ == "PERSON" for t in body) and not _capitalised_body_noun(body[-1]):
        return None
    return body


def _capitalised_body_noun(tok: Token) -> bool:
    """ "Services", "Group", "Council": a word that ends the name of a body."""
    word = tok.lower_
    return tok.text[:1].isupper() and (
        _singular(word) in ORGANISATION_NOUNS or word in _COMPANY_WORDS
    )


# People of a body who speak for it when the page names the body after them ("officials at
# Cruise Barbados", "Organisers of the Edinburgh Festival Fringe", "an official with NC Farm
# Bureau") or by its letters before them ("NYPD officials", "KNUT officials"; "Israeli
# officials", "State officials" stay unnamed, as annotators leave them).
_BODY_STAFF = frozenset(
    {
        "officials", "official", "organisers", "organizers", "representatives", "executives",
        "investigators", "authorities",
    }
)  # fmt: skip


def _clean_word(word: str) -> str:
    """Edge punctuation off, except an initial's full stop ("Donald J. Trump")."""
    stripped = word.strip(",;:\"'‘’()")
    if len(stripped) == 2 and stripped[0].isupper() and stripped[1] == ".":
        return stripped
    return stripped.strip(".")


def surname(name: str) -> str:
    """The last word of a name, lower-cased, without accents and without an Arabic article:
    the key that finds every form of one person, "Isărescu" and "Isarescu" alike on a page
    that writes both, and "Mr Qudra" after "Ashraf al-Qudra"."""
    parts = clean_name(name).split()
    return _name_key(parts[-1]) if parts else ""


def _name_key(word: str) -> str:
    return _ARABIC_ARTICLE.sub("", folded(word))


def _name_keys(name: str) -> set[str]:
    """Keys of a name's words, and of the parts of a hyphenated one: "Morales" is a word of
    "Conchita Carpio-Morales"."""
    words = name.split()
    return {_name_key(w) for w in words} | {_name_key(p) for w in words for p in w.split("-")}


_ARABIC_ARTICLE = re.compile(r"^(?:al|el)[-‐’']")


def _accented(form: str) -> int:
    return sum(1 for c in form if ord(c) > 127 and c.isalpha())


def build_context(
    doc: Doc,
    in_quote: list[bool],
    paragraph_of: list[int],
    headline_end: int = 0,
    dateline: tuple[int, int] = (0, 0),
    dateline_place: str | None = None,
) -> PageContext:
    """Collect the page's people (fullest forms), organisations and role holders. Nobody
    stands in the wire ``dateline`` ("TEHRAN, Aug. 07 (MNA) –" parsed as a subject), and the
    place clean read from it (``dateline_place``) is no organisation."""
    ctx = PageContext(in_quote=in_quote, headline_end=headline_end)
    for ent in doc.ents:  # as corrected by the qw_entities component (entities.py)
        name = clean_name(ent.text)
        if not name:
            continue
        if ent.label_ == "PERSON" and name.lower() in CALENDAR_WORDS:
            continue  # "the jump in employment in May", read as a person
        if ent.label_ == "PERSON":
            key = surname(name)
            ctx.forms.setdefault(key, []).append(name)
            if "-" in key and len(name.split()) > 1:
                # "Carpio-Morales" is written "Morales" later
                ctx.forms.setdefault(key.rsplit("-", 1)[1], []).append(name)
                ctx.full_names.setdefault(key.rsplit("-", 1)[1], name)
            if len(name.split()) > len(ctx.full_names.get(key, "").split()):
                ctx.full_names[key] = name
            if len(name.split()) > 1:
                ctx.first_names.setdefault(folded(name.split()[0]), set()).add(name)
            speaking = _spoke_in_a_who_clause(ent.root)
            person = Person(
                ent.start_char,
                paragraph_of[ent.start],
                name,
                in_quote[ent.start],
                _is_subject(ent) or speaking,
                sentence=ent.sent.start,
                main_clause=_in_main_clause(ent.root) and not speaking,
            )
            ctx.people.append(person)
            _note_roles_and_gender(doc, ent, name, ctx)
        elif ent.label_ == "ORG":
            named = _name_before_parenthesis(ent)
            if named is None:
                ctx.organisations.append((ent.start_char, without_article(_without_rank(name))))
            elif named.root.ent_type_ != "ORG":  # "Gazprom (OGZPY)", Gazprom untagged
                ctx.organisations.append((named.start_char, named.text))
    ctx.people += _unrecognised_subjects(doc, in_quote, paragraph_of, ctx)
    ctx.people.sort(key=lambda p: p.char)
    _note_genders_they_report(doc, ctx)
    ctx.spelled_out = _acronyms_spelled_out(doc, ctx)
    ctx.short_names = _first_words_of_names(ctx.organisations)
    # "DFO had modified their proposal. He said …": an acronym the page spells out, which the
    # tagger took for a person, is no one's antecedent
    ctx.people = [p for p in ctx.people if not (p.name and _spelled_out_acronym(p.name, ctx))]
    groups = _group_names(doc)
    ctx.people = [p for p in ctx.people if not (p.name and p.name in groups)]
    ctx.people = [p for p in ctx.people if not _within(p, dateline)]
    if dateline_place:  # "DANBURY — … residents in Danbury …", Danbury tagged a body
        place = dateline_place.lower()
        ctx.organisations = [(c, n) for c, n in ctx.organisations if n.lower() != place]
    ctx.places = _written_places(doc_text(doc))
    return ctx


_NAME_WORDS = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}"
# "in Lokori, Turkana East": a place written after a preposition, and the region after it
_PLACE_AFTER = re.compile(rf"\b(?:in|at|near)\s+({_NAME_WORDS})(?:,\s+({_NAME_WORDS}))?")


# "the Tigray region": a name before a noun for a place
_PLACE_BEFORE = re.compile(
    rf"\b({_NAME_WORDS})\s+(?:region|province|district|county|village|valley|state)\b"
)


def _within(person: Person, span: tuple[int, int]) -> bool:
    """The person's name lies wholly inside ``span``: "TEHRAN" of "TEHRAN, Aug. 07 (MNA) –",
    not "ROME - Bernie Sanders", a name the tagger ran on from the dateline."""
    return span[0] <= person.char and person.char + len(person.name or "") <= span[1]


def _written_places(text: str) -> frozenset[str]:
    """Names the page writes as places: after "in", "at" or "near", not as an owner ("in
    Hillary Clinton's plan"), or before "region", "province" and the like."""
    places = {match.group(1) for match in _PLACE_BEFORE.finditer(text)}
    for match in _PLACE_AFTER.finditer(text):
        if text[match.end(1) : match.end(1) + 2] in {"'s", "’s"}:
            continue
        places.update(g for g in match.groups() if g)
    return frozenset(places)


_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,6}[A-Z]")


def _acronyms_spelled_out(doc: Doc, ctx: PageContext) -> dict[str, str]:
    """Acronyms the page spells out, with the name they stand for.

    "Immigration, Refugees and Citizenship Canada (IRCC) … IRCC said" is the ministry's
    statement, and a reader names the speaker as the page first did, not by its letters. Two
    ways a page spells one out: the acronym in brackets right after a name (whose initials
    need not match: "the Netherlands Organisation for Applied Scientific Research (TNO)"), or
    an organisation or country named on the page whose initials are the acronym ("United
    Nations" for "UN", "United States" for "US"). The first way wins.
    """
    found: dict[str, str] = {}
    for match in ACRONYM_DEFINED_RE.finditer(doc_text(doc)):
        acronym = match.group(1)
        name = _name_before_bracket(doc, match.start(), acronym)
        if name and acronym not in found:
            found[acronym] = name
    # "Anglo American Platinum (Amplats)", "Petróleos … (Pemex)"; "Africa Centers for Disease
    # Control and Prevention (Africa CDC)"
    for pattern in (_SHORT_FORM_DEFINED, _PLACED_ACRONYM_DEFINED):
        for match in pattern.finditer(doc_text(doc)):
            short = match.group(1)
            name = _organisation_before_bracket(doc, match.start())
            if name and short not in found and short != name and _short_form_of(short, name):
                found[short] = name
    countries = [without_article(clean_name(e.text)) for e in doc.ents if e.label_ == "GPE"]
    for name in [name for _, name in ctx.organisations] + countries:  # "US": "United States"
        for letters in acronyms_of(name):  # "DOH": "Department of Health"
            if len(letters) >= 2 and letters not in found and len(name.split()) > 1:
                found[letters] = name
    written = doc.user_data.get(NAMES_BY_INITIALS_KEY)
    if written is None:
        written = names_by_initials(doc_text(doc))
    for letters, name in written.items():
        found.setdefault(letters, name)  # "Human Rights Watch", which the NER missed
    return found


def _short_form_of(short: str, name: str) -> bool:
    """A short form in brackets after a body's name is the name's when it begins as the name
    does ("Africa CDC") or is built from its words ("China’s Ministry of Commerce (Mofcom)")."""
    return name[0] == short[0] or _syllables_of(short, name)


def _syllables_of(short: str, name: str) -> bool:
    """Whether a one-word short form is built from the starts of a body's words, in order:
    "Mofcom" from "China’s Ministry of Commerce" (M-of-com), "Ofsted" from "Office for
    Standards in Education" (Of-st-ed). Every word but "of", "for", "and", "in" and "the" gives
    a part of itself, at least its first letter, and the name has two such words or more."""
    words = [w.strip(",.").lower() for w in without_article(clean_name(name)).split()]
    while words and words[0].endswith(("’s", "'s")):
        words = words[1:]  # "China’s Ministry of Commerce"
    if len([w for w in words if w not in _JOINING_WORDS]) < 2:
        return False

    def built(rest: str, at: int) -> bool:
        if at == len(words):
            return not rest
        word = words[at]
        if word in _JOINING_WORDS and built(rest, at + 1):
            return True
        longest = len(word) if word in _JOINING_WORDS else len(word) - 1  # a part of a word
        return any(
            rest[:n] == word[:n] and built(rest[n:], at + 1)
            for n in range(1, min(longest, len(rest)) + 1)
        )

    return built(short.lower(), 0)


_JOINING_WORDS = frozenset({"of", "for", "and", "in", "the"})


def _same_body_longer(rest: str) -> bool:
    """Whether the words a full name adds to a short one keep it the same body: "of Health",
    "Tinto Group", "Corp", "Electronics" (a company's trade), but not a part or a post
    ("Emergency Committee"), and not a product or anything else a capitalised word may name
    ("Google Search")."""
    words = [w.lower().strip(".,") for w in rest.split()]
    if words[0] in {"of", "for"}:
        return True
    return words[-1] in _COMPANY_WORDS and not any(w in PERSON_OR_ROLE_NOUNS for w in words)


_COMPANY_WORDS = ORGANISATION_NOUNS["company"] | {"group", "holdings"} | {
    "electronics", "motors", "motor", "airlines", "airways", "pharma", "pharmaceuticals",
    "petroleum", "minerals", "mining", "industries", "technologies", "telecom", "steel",
    "chemicals",
}  # fmt: skip


def _first_words_of_names(organisations: list[tuple[int, str]]) -> dict[str, str]:
    """Bodies named in full and by their first words: "the Ministry of Health … The Ministry
    said", "Chevron Corp. … Chevron", "Rio Tinto Group … Rio". Pages name a body in full once
    and shorten it after; readers, and the record, name it in full. The short name must begin
    one body's name only ("the Ministry" on a page with two ministries is left as written), and
    what the full name adds must be an "of …" or a company's ending (``_same_body_longer``)."""
    found: dict[str, set[str]] = {}
    for _, name in organisations:
        words = name.split()
        for n in range(1, len(words)):
            if _same_body_longer(" ".join(words[n:])):
                found.setdefault(" ".join(words[:n]), set()).add(name)
    return {
        short: longest
        for short, names in found.items()
        if all((longest := max(names, key=len)).startswith(other) for other in names)
    }


# A company's one-word short name in brackets after its full name: "(Amplats)".
_SHORT_FORM_DEFINED = re.compile(r"\(([A-Z][a-zà-ÿ]{2,}[A-Za-zà-ÿ]*)\)")
# A short form of a word and letters: "(Africa CDC)" after "Africa Centers for Disease Control".
_PLACED_ACRONYM_DEFINED = re.compile(r"\(([A-Z][a-z]{2,} [A-Z]{2,6})\)")


def _organisation_before_bracket(doc: Doc, bracket: int) -> str | None:
    """The organisation entity of two words or more that ends right before a bracket."""
    text = doc_text(doc)
    for ent in doc.ents:
        if ent.end_char > bracket:
            break
        if ent.label_ == "ORG" and not text[ent.end_char : bracket].strip() and len(ent) > 1:
            return without_article(ent.text)
    return None


def _name_before_bracket(doc: Doc, bracket: int, acronym: str) -> str | None:
    """The name a bracketed acronym follows: an organisation entity ending there whose
    initials are the acronym's capitals, else the shortest run of capitalised words before it
    whose initials are, else the entity whatever its initials ("the Netherlands Organisation
    for Applied Scientific Research (TNO)"). The tagger may cut a name short: "Immigration
    and Customs Enforcement (ICE)" holds the entity "Customs Enforcement"."""
    named = _organisation_before_bracket(doc, bracket)
    capitals = "".join(c for c in acronym if c.isupper())
    if named is not None and initials(named) == capitals:
        return named
    words = doc_text(doc)[max(0, bracket - 200) : bracket].split()
    for n in range(2, min(len(words), 12) + 1):
        candidate = " ".join(words[-n:]).strip(",")
        if words[-n][:1].isupper() and initials(candidate) == capitals:
            return candidate
    last = words[-1].strip("\"“‘'(") if words else ""
    if named is None and _letters_in_order(capitals, last):
        return last  # "Tengizchevroil (TCO)": one word holding the letters
    return named


def _letters_in_order(capitals: str, word: str) -> bool:
    """The word starts with the first capital and holds the others in order."""
    if len(capitals) < 2 or not word[:1].isupper() or word[0] != capitals[0]:
        return False
    rest = iter(word[1:].upper())
    return all(letter in rest for letter in capitals[1:])


def _name_before_parenthesis(ent: Span) -> Span | None:
    """ "Gazprom (OGZPY)", "the Electoral Commission (EC)": an organisation in parentheses
    after a name is that name's ticker or short form, not another body ("the company said"
    is Gazprom). None when the name before is a person's or a place's ("Sen. Ted Cruz
    (R-Texas)")."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(":
        return None
    if doc[ent.end].text != ")":
        return None
    last = doc[ent.start - 2]
    if last.pos_ != "PROPN" or not last.text[:1].isupper():
        return None
    first = last
    while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).text[:1].isupper():
        first = first.nbor(-1)
    named = doc[first.i : last.i + 1]
    return None if any(t.ent_type_ not in {"", "ORG"} for t in named) else named


def _spelled_out_acronym(name: str, ctx: PageContext) -> bool:
    """An upper-case acronym the page spells out: a body's name, never a person's."""
    return name.isupper() and bool(_ACRONYM.fullmatch(name)) and name in ctx.spelled_out


def _short_form_around(name: str | None, mention: Span, ctx: PageContext) -> str | None:
    """The two-word short form the page spelled out that the mention writes around ``name``:
    "Africa CDC" in "Africa CDC data", where the tagger found only "CDC"."""
    if not name or name in ctx.spelled_out:
        return None
    words = f" {mention.text} "
    found = [k for k in ctx.spelled_out if k.endswith(f" {name}") and f" {k} " in words]
    return max(found, key=len) if found else None


def spelled_out(name: str | None, ctx: PageContext) -> str | None:
    """The page's own name for an acronym or a short form the page spelled out ("IRCC" ->
    "Immigration, Refugees and Citizenship Canada", "Amplats" -> "Anglo American Platinum");
    any other name as it is."""
    if name is None:
        return name
    return ctx.spelled_out.get(name, name)


def _unrecognised_subjects(
    doc: Doc, in_quote: list[bool], paragraph_of: list[int], ctx: PageContext
) -> list[Person]:
    """Capitalised proper-noun subjects the NER left unlabelled ("Szlachta laughed") or
    mislabelled although the page names that person in full ("Kasich" as GPE after "John
    Kasich") or sets a role beside the name ("VK Subramanian, Secretary of …" as NORP): the
    nearest antecedent a reader would take for "he"."""
    found = []
    for tok in doc:
        first_name_of = ctx.first_names.get(folded(tok.text), set())
        mislabelled = tok.ent_type_ in ORG_LABELS and (
            _name_key(tok.text) in ctx.full_names
            or len(first_name_of) == 1
            or _person_by_the_next_pronoun(tok)
            or self_report_gender(tok) is not None
            or _described_by_who(tok)
            or _role_apposition(tok)
        )
        if (
            _subject_arc(tok)
            and tok.pos_ == "PROPN"
            and (not tok.ent_type_ or mislabelled)
            and tok.text[:1].isupper()
            and not in_quote[tok.i]
            and tok.lower_ not in ROLE_GROUPS
            and not _titled_work(tok)
            and _number_after(tok) is None  # "Densus 88", a unit
        ):
            first = _first_capitalised_compound(tok)
            if _named_with_an_article(first) or _given_a_short_form(tok):
                continue  # "The Pakistan Tehreek-e-Insaf (PTI) staged a walkout": a body
            name = _written_name(list(doc[first.i : tok.i + 1]))
            if (
                mislabelled
                and _name_key(tok.text) not in ctx.full_names
                and len(first_name_of) == 1
            ):
                (name,) = first_name_of  # "Fahmi also clarified": Fahmi Fadzil, tagged ORG
            if name:
                found.append(
                    Person(
                        first.idx,
                        paragraph_of[tok.i],
                        name,
                        False,
                        True,
                        sentence=tok.sent.start,
                        main_clause=_in_main_clause(tok),
                    )
                )
        elif (
            tok.dep_ in {"nsubj", "nsubjpass", "ROOT"}  # ROOT: "A reporter … called" misparsed
            and tok.tag_ == "NN"
            and tok.lower_ in PERSON_NOUNS
            and not in_quote[tok.i]
            and any(c.lower_ in {"a", "an", "one", "another"} for c in tok.children)
            and _in_main_clause(tok)
        ):
            # "A reporter for AFP called it chaos. “…,” he said": someone nobody names; not
            # one inside a clause ("the terror of qualifying, when a driver is tested"), unless
            # named after all ("a man surnamed Lo", "A spokesman for the fire service, Billy
            # Anaglatey, said").
            gender = noun_gender(tok.lower_)
            name = _named_by_participle(tok) or _name_in_apposition(tok)
            if name is not None and gender is not None:
                ctx.gender.setdefault(name, gender)
            found.append(
                Person(tok.idx, paragraph_of[tok.i], name, False, True, gender, tok.sent.start)
            )
    return found


def _first_capitalised_compound(tok: Token) -> Token:
    """Where a name of capitalised compounds ends in ``tok`` begins: "Human Rights Watch",
    whose "Human" the parser hangs on "Rights", not on "Watch"; "Jean-Marc Ayrault"."""
    first = tok
    while first.i > 0:
        before = tok.doc[first.i - 1]
        word = tok.doc[first.i - 2] if first.i > 1 else None
        if word is not None and word.is_alpha and joined_by_hyphen(word, before):
            first = word  # "Majeed-ud-Din": one word, whatever its pieces
            continue
        if before.text in {"-", "‐"} and first.i > 1:
            before = tok.doc[first.i - 2]  # "Jean - Marc": a hyphenated first name
        particle = before.lower_ in SURNAME_PARTICLES and word is not None and word.is_title
        if before.dep_ != "compound" or not (before.text[:1].isupper() or particle):
            break  # "Sayyid Fahd bin Mahmood": a particle between capitalised names goes on
        if before.head.i < before.i or before.head.i > tok.i:
            break
        first = before
    return first


def _person_by_the_next_pronoun(tok: Token) -> bool:
    """ "Soumitra Das leads the nonprofit … He is now working with Field": a two- or
    three-word proper name the tagger called an organisation, subject of its sentence, with
    "He" or "She" opening the next, is a person."""
    words = [t for t in tok.lefts if t.dep_ == "compound"]
    if not 1 <= len(words) <= 2 or not all(t.pos_ == "PROPN" for t in words):
        return False
    if any(t.lower_ in ORGANISATION_NOUNS or t.lower_ in ROLE_GROUPS for t in [*words, tok]):
        return False  # "Chairman PCB shook hands … He inquired": the title of a body
    first = next((t for t in tok.doc[tok.sent.end :] if not t.is_space), None)
    return first is not None and first.lower_ in {"he", "she"}


def _self_reported_gender(tok: Token) -> str | None:
    """The gender a person's report of themselves gives: "Cham said he sometimes helped", or
    "the witness Sanna Cham, who testified that he was a shopkeeper" (through "who")."""
    who = next((c for c in tok.children if c.dep_ == "relcl"), None)
    subject = next((c for c in who.children if c.dep_ == "nsubj"), None) if who else None
    if subject is not None and subject.lower_ == "who":
        return self_report_gender(subject)
    return self_report_gender(tok)


def _note_genders_they_report(doc: Doc, ctx: PageContext) -> None:
    """A gender the page gives a person twice or more through their own reports, and never
    the other one, over the first-name list's: "Sanna" is on it as a woman's name, but a
    Gambian witness "Sanna Cham" who "testified that he was a shopkeeper" and "said he
    sometimes helped" is a man. One such report is weak evidence (the "he" may be someone
    else), two that agree are not."""
    reports: defaultdict[str, list[str]] = defaultdict(list)
    for tok in doc:
        if tok.pos_ != "PROPN" or (gender := _self_reported_gender(tok)) is None:
            continue
        name = ctx.full_names.get(_name_key(tok.text))
        if name is not None:
            reports[fullest(name, ctx)].append(gender)
    for full, genders in reports.items():
        if len(genders) >= 2 and len(set(genders)) == 1 and full not in ctx.gender:
            ctx.gender[full] = genders[0]


def self_report_gender(tok: Token) -> str | None:
    """ "Reynolds said she thought long and hard": a subject who reports what "he" or "she"
    did or thought is a person (an organisation reports what "it" did), most likely of that
    gender. Not when someone else is addressed ("Earhardt asked Rubio which states he could
    win"). A named person's gender is not noted from it, as one such clause is weak evidence;
    it is the only evidence for an unnamed one ("The chief said he checked the house")."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lower_ not in CUE_FORMS or verb.lower_ in _ASK_FORMS:
        return None  # "an Iowa voter asked if she might …" is about Clinton
    if any(c.dep_ in {"dobj", "dative", "iobj"} for c in verb.children):
        return None
    pronouns = [
        subject.lower_
        for clause in verb.children
        if clause.dep_ == "ccomp"
        for subject in clause.children
        if subject.dep_ == "nsubj" and subject.i > verb.i and subject.lower_ in {"he", "she"}
    ]
    return PRONOUN_GENDER[pronouns[0]] if pronouns else None


_ASK_FORMS = frozenset({"ask", "asks", "asked", "asking"})


def unnamed_person_gender(mention: Span) -> str | None:
    """The gender of an unnamed person a definite description refers back to, from what they
    report of themselves ("The chief said he checked the house"), so that a later "he" can
    find them. Only "the" and a person noun: "Another said he hoped …" may be followed by a
    "he" meaning the man the story is about."""
    head = mention.root
    if mention[0].lower_ != "the" or head.lower_ not in PERSON_OR_ROLE_NOUNS:
        return None
    return self_report_gender(head)


def _named_with_an_article(first: Token) -> bool:
    """A proper noun right after "the" ("The Pakistan Tehreek-e-Insaf"): a body's name or a
    thing's, since a person's name takes no article; not after a title ("the Rev.")."""
    before = first.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.lower_ == "the" and first.lower_ not in NAME_TITLES


def _given_a_short_form(tok: Token) -> bool:
    """A name followed by its letters in brackets ("Tehreek-e-Adl (ATA)"), as a page
    introduces a body, not a person the tagger did not know."""
    return any(
        c.dep_ == "appos" and c.text.isupper() and len(c.text) >= 2 and c.nbor(-1).text == "("
        for c in tok.rights
    )


def _titled_work(tok: Token) -> bool:
    """ "her book entitled Some Unspoken Thing is …": a title, with a determiner or after
    "entitled", is no person a pronoun could mean."""
    if any(c.dep_ == "det" for c in tok.children):
        return True
    start = min([tok.i, *(t.i for t in tok.lefts)])
    return start > 0 and tok.doc[start - 1].lower_ in {"entitled", "titled"}


_EMBEDDING_ARCS = frozenset(
    {"relcl", "advcl", "pcomp", "ccomp", "acl", "parataxis", "xcomp", "csubj", "pobj"}
)


def _in_main_clause(tok: Token) -> bool:
    """Whether the clause ``tok`` belongs to is the sentence's main clause ("Lacerda went into
    detail about how Maxwell recruited girls": Lacerda yes, Maxwell no)."""
    tok = tok.head
    while tok.head.i != tok.i:
        if tok.dep_ in _EMBEDDING_ARCS:
            return False
        tok = tok.head
    return True


def _number_after(tok: Token) -> Token | None:
    """The number right after a name ("Densus 88", "Satgas 12"): a unit's or a body's name."""
    after = tok.i + 1
    return tok.doc[after] if after < len(tok.doc) and tok.doc[after].like_num else None


def _group_names(doc: Doc) -> frozenset[str]:
    """ "Densus 88", "the Houthis", "the Clintons": a name with a number in it, or a plural
    the page writes after "the" as a subject (not "the Sanders campaign"), names a body
    or a family, which no "he" or "she" means, whatever the tagger called it."""
    groups = set()
    for ent in doc.ents:
        name = clean_name(ent.text)
        plural = name.endswith("s") and not name.endswith(("ss", "'s", "’s"))
        after_the = ent.start > 0 and doc[ent.start - 1].lower_ == "the"
        if any(ch.isdigit() for ch in name) or (
            plural and after_the and ent.root.dep_ in {"nsubj", "nsubjpass"}
        ):
            groups.add(name)
    return frozenset(groups)


def _is_subject(ent: Span) -> bool:
    """The entity is its clause's subject, in apposition to it ("Singh, 47, voted"), or owns
    it ("Williams’ return to the French Open was a stunning comeback": the clause is about
    her). A name in brackets after a subject only describes it ("Cllr Anthony Martinelli (Lib
    Dem, Market) said")."""
    root = ent.root
    if root.dep_ == "appos" and ent.start > 0 and ent.doc[ent.start - 1].text == "(":
        return False
    if root.dep_ == "appos" and root.head.ent_type_ == "PERSON" and _title_follows(ent):
        return False  # "Firoz Kabir, Savar Upazila (sub-district) chairman": no one new
    if root.dep_ in {"appos", "poss"}:
        root = root.head
    return _subject_arc(root) or named_by_copula(root) or _subject_after_a_date(root)


def _subject_after_a_date(tok: Token) -> bool:
    """ "On Tuesday Mueller, the government spokesman, responded": the parser read the name
    as the object of "On" with the day as its compound, and the title after it as the
    subject; the name opening the clause after the day is who responded."""
    return (
        tok.dep_ == "pobj"
        and tok.head.i == tok.sent.start
        and any(c.dep_ == "compound" and c.ent_type_ in {"DATE", "TIME"} for c in tok.children)
    )


def _title_follows(ent: Span) -> bool:
    """A role or person noun follows the entity before the next comma: the entity names where
    the title is held ("Savar Upazila (sub-district) chairman"), not a person."""
    for tok in ent.doc[ent.end : ent.end + 6]:
        if tok.text == ",":
            return False
        if tok.lower_ in PERSON_OR_ROLE_NOUNS:
            return True
    return False


def _subject_arc(tok: Token) -> bool:
    """A subject, or a name the parser made a compound of the verb after it ("Scott
    bristles at the suggestion": a verb has no compounds, so the name is its subject)."""
    if tok.dep_ in {"nsubj", "nsubjpass"} or _fronted_topic(tok) or _root_with_its_verb(tok):
        return True
    return tok.dep_ == "compound" and tok.head.pos_ == "VERB" and tok.head.i == tok.i + 1


def _root_with_its_verb(tok: Token) -> bool:
    """ "Nilufer Yasmin, a worker, told of her ordeal": the parser made the name the root and
    the finite verb after its apposition a modifier of it; the name is the verb's subject."""
    if tok.dep_ != "ROOT" or tok.pos_ != "PROPN":
        return False
    return any(c.dep_ == "acl" and c.tag_ in {"VBD", "VBZ", "VBP"} for c in tok.rights)


def _fronted_topic(tok: Token) -> bool:
    """ "For Ghanaian national Costa, who works as a helper, the break was a life-saver": the
    person a sentence opens on is what it is about, as its subject would be."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.i == tok.sent.start
        and prep.head.dep_ == "ROOT"
    )


def _described_by_who(tok: Token) -> bool:
    """ "Costa, who works as a helper": a relative "who" is said of people; of one person
    here, not of "A dozen Republicans who want to be president"."""
    if tok.tag_ != "NNP" or tok.ent_type_ == "NORP":
        return False
    return any(
        c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)
        for c in tok.children
    )


def _spoke_in_a_who_clause(tok: Token) -> bool:
    """ "Her words contradicted Economy Minister Luis Caputo, who earlier spoke about the
    economy. “…,” he said": someone the sentence names as its object, and a "who" clause says
    spoke, is whom the next "he said" means, as a subject would be; never over the subject of
    the main clause itself."""
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        return False
    return any(
        c.dep_ == "relcl"
        and (c.lower_ in CUE_FORMS or c.lower_ in {"spoke", "speaks", "talked", "talks"})
        and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)
        for c in tok.children
    )


def _senders(document: Token, words: frozenset[str] = frozenset({"by", "from"})) -> list[Token]:
    """The objects of "by" or "from" on a document noun ("a letter from Dr Coleman", "a
    report by the IMF"): who may have written it, in page order."""
    return [
        obj
        for prep in document.children
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in words
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _person_by_or_from(mention: Span, document: Token) -> str | None:
    """The person a document is "by" or "from", as the tagger named them."""
    for obj in _senders(document):
        person = entity_of(obj)
        if person is not None and person.label_ == "PERSON":
            return clean_name(person.text)
    return None


def _name_by_or_from(document: Token) -> str | None:
    """A capitalised name a document is "by" or "from", a person's or not ("a statement from
    Ardagh", which the tagger may call a place)."""
    for obj in _senders(document):
        if obj.pos_ == "PROPN" and obj.text[:1].isupper() and obj.ent_type_ not in TIME_LABELS:
            return clean_name(obj.doc[_first_capitalised_compound(obj).i : obj.i + 1].text)
    return None


def _note_roles_and_gender(doc: Doc, ent: Span, name: str, ctx: PageContext) -> None:
    """Read "Foreign Minister X", "the head of state X", "X, the president," around a name."""
    words = _shared_plural_title(ent) or _title_before(ent)
    after = doc[ent.end : min(ent.sent.end, ent.end + 6, ent.root.right_edge.i + 1)]
    # ", the US President said" after "a meeting with Mark Rutte" is the subject of the next
    # clause, not Rutte's apposition: only words the parser hangs under the name count.
    # Not "Lady Starmer, the Prime Minister's wife": that role is someone else's.
    owned = any(t.lower_ in {"'s", "’s"} for t in after)
    if len(after) > 1 and after[0].text == "," and not owned:
        words += " " + " ".join(t.lower_ for t in after[1:])
    _note_descriptions(ent, name, ctx)
    padded = f" {words} "
    title = frozenset(w for w in words.split() if w.isalpha())
    for role, group in _ROLES_LONGEST_FIRST:
        if f" {role} " in padded:
            full = _titled_name(name, fullest(name, ctx), group, ctx)
            holder = RoleHolder(ent.start_char, full, title)
            ctx.roles.setdefault(group, []).append(holder)
            # "Vice President Mike Pence" holds "vice president", not also "president".
            padded = padded.replace(f" {role} ", " | ")
    # the title before the name, or inside the entity ("Lord Vaea" tagged whole)
    titles = {ent[0].lower_} | ({doc[ent.start - 1].lower_} if ent.start > 0 else set())
    if titles & MALE_TITLES:
        ctx.gender[fullest(name, ctx, "m")] = "m"
    elif titles & FEMALE_TITLES:
        ctx.gender[fullest(name, ctx, "f")] = "f"


def _title_before(ent: Span) -> str:
    """The lower-cased words of a title right before a name, up to the punctuation, verb or
    other person that ends it."""
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - 6) : ent.start]
    # the title runs up to the name: not "the magistrate told" in "the magistrate told Chandler";
    # a comma between a capitalised title and the name is the title's ("Governor, Wahome Gakuru")
    titled = ent.start > 1 and doc[ent.start - 1].text == "," and doc[ent.start - 2].is_title
    cut = max(
        (
            t.i + 1
            for t in before
            if ((t.is_punct and t.text != "'s") and not (titled and t.i == ent.start - 1))
            or t.pos_ in {"VERB", "AUX"}
            # "a spokeswoman for Gore's campaign", "an adviser to Obama": someone else's role
            or (t.lower_ in {"for", "to"} and t.i > 0 and doc[t.i - 1].is_lower)
            # "President Museveni and Education Minister Janet Museveni": his title ends there
            or t.ent_type_ == "PERSON"
        ),
        default=before.start,
    )
    return " ".join(t.lower_ for t in doc[cut : ent.start])


def _shared_plural_title(ent: Span) -> str | None:
    """ "Foreign Ministers Mevlut Cavusoglu and Serhiy Lavrov", "Ministers of Treasury and
    Finance Nicolás Dujovne and Luis Caputo": a plural title before two names joined by "and"
    is each one's, in the singular. None when the name is not one of two so titled."""
    doc = ent.doc
    first = ent
    if (
        ent.start >= 2
        and doc[ent.start - 1].lower_ == "and"
        and _bare_name_word(doc[ent.start - 2])
    ):
        start = ent.start - 2
        while start > 0 and _bare_name_word(doc[start - 1]):
            start -= 1
        first = doc[start : ent.start - 1]
    elif not (
        ent.end + 1 < len(doc)
        and doc[ent.end].lower_ == "and"
        and _bare_name_word(doc[ent.end + 1])
    ):
        return None
    words = _title_before(first).split()
    singular = [
        _singular(w) if w.endswith("s") and _singular(w) in ROLE_GROUPS else w for w in words
    ]
    return " ".join(singular) if singular != words else None


def _bare_name_word(tok: Token) -> bool:
    """A capitalised proper noun that is no title ("Cavusoglu", not "Ministers")."""
    return tok.pos_ == "PROPN" and tok.is_title and _singular(tok.lower_) not in ROLE_GROUPS


def _titled_name(name: str, full: str, group: str, ctx: PageContext) -> str:
    """The person a title and a lone surname mean: "President Museveni" is not "Education
    Minister Janet Kataaha Museveni", the only full name on the page with that surname, when
    she holds other roles and not that one; the surname as written then."""
    written = clean_name(name)
    if " " in written or full == written:
        return full
    held = {g for g, holders in ctx.roles.items() for h in holders if h.name == full}
    return written if held and group not in held else full


def _description_nouns(ent: Span) -> list[str]:
    """Nouns the sentence uses for the person named: in apposition ("Jeremiah Mbelu, an
    economist", "Anwar's daughter, Nurul Izzah") or right before the name ("economist
    Jeremiah Mbelu"); "year-old" for an age in commas ("Marina Lacerda, 37,")."""
    doc, root = ent.doc, ent.root
    nouns = [
        c.lower_
        for c in root.children
        if c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and c.left_edge.i == ent.end + 1
        # "the island of Bhasan Char, a UNHCR statement said": the parser's apposition
        and c.lower_ not in ISSUED_DOCUMENTS
    ]
    head = root.head
    titled = (
        head.pos_ == "PROPN"
        and head.ent_type_ != "PERSON"
        and any(c.dep_ == "prep" or c.lower_ == "the" for c in head.children)
    )  # "MEC for Cooperative Governance, Jacob Mamabolo", "the State Police Ombudsman, Claudio
    # Aparecido da Silva": a title, however tagged
    apposed = root.dep_ == "appos" or (
        # "the State Police Ombudsman, Claudio Aparecido da Silva": the parser's conjunct
        root.dep_ == "conj"
        and doc[root.left_edge.i - 1].text == ","
        and not any(t.dep_ == "cc" for t in doc[head.i : root.left_edge.i])
    )
    if apposed and (head.pos_ == "NOUN" or titled) and not _other_role_ends_in(head):
        nouns.append(head.lower_)
    nationality = [
        t.lower_
        for t in doc[max(ent.sent.start, ent.start - 4) : ent.start]
        if _demonym(t) and t.pos_ in {"ADJ", "PROPN"} and t.head.i >= t.i
    ]
    nouns += nationality[-1:]  # "American tennis ace Serena Williams" is "the American"
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and _title_noun(before):
        # "superintendent" of "police superintendent Silvio Valletta"; "police" only says
        # whose superintendent, and "the police said" later is the force, not him
        nouns.append(SAME_PERSON_NOUN.get(before.lower_, before.lower_))
    after = doc[ent.end : ent.end + 3]
    if len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text == ",":
        nouns.append("year-old")
    return nouns


def _title_noun(tok: Token) -> bool:
    """A noun written right before a name as its title: any lower-case one ("economist
    Jeremiah Mbelu"), or a capitalised person noun ("Fire Marshal Gert Zoutendijk", "Striker
    Chencho Gyeltshen"), which a later "the fire marshal" refers back to. A capitalised role
    ("President Robert Mugabe") is left to the role holders, who know who was only named
    inside a quote."""
    if tok.pos_ == "NOUN" and tok.is_lower:
        return True
    return (
        tok.pos_ in {"NOUN", "PROPN"} and _capitalised_title(tok) and tok.lower_ not in ROLE_GROUPS
    )


def _other_role_ends_in(title: Token) -> bool:
    """ "Adviser to the Prime Minister for Parliamentary Affairs Babar Awan": "Minister" ends
    the title of another office, not one that makes him "the minister"."""
    words = [t.lower_ for t in title.lefts if t.dep_ == "compound"] + [title.lower_]
    whole = " ".join(words)
    return whole in ROLE_GROUPS and ROLE_GROUPS[whole] != ROLE_GROUPS.get(title.lower_)


def _note_descriptions(ent: Span, name: str, ctx: PageContext) -> None:
    """Person nouns for a name, for definite descriptions later ("the economist said"), and
    the gender some of them give ("Anwar's daughter, Nurul Izzah")."""
    full = fullest(name, ctx)
    for word in _description_nouns(ent):
        ctx.descriptions.append((ent.start_char, word, full))
        gender = noun_gender(word)
        if gender is not None and full not in ctx.gender:
            ctx.gender[full] = gender


def fullest(name: str, ctx: PageContext, gender: str | None = None) -> str:
    """The longest form in the article that contains every word of ``name``.

    "Harris" with both "Kamala Harris" and "Shyamala Gopalan Harris" on the page goes to the
    form mentioned most often; "Kamala Harris" only ever to a form containing "Kamala".
    """
    cleaned = clean_name(name)
    if not cleaned:
        return name  # titles only ("Pol Maj"): no name to find, and none to make up
    if len(cleaned.split()) > 1 and cleaned.split()[0].lower() in ROLE_GROUPS:
        cleaned = cleaned.split(" ", 1)[1]  # "PM Phuc", a title the tagger took into the name
    words = _name_keys(cleaned)
    forms = [f for f in ctx.forms.get(surname(cleaned), []) if words <= _name_keys(f)]
    one_word = " " not in cleaned and all(" " not in f for f in forms)
    junior = name.split()[-1].lower() in {"jr", "jr.", "sr", "sr."}  # "Donald Jr.": the son
    if one_word and not junior and (owner := _only_name_with_word(cleaned, ctx)) is not None:
        return fullest(owner, ctx, gender)
    if one_word and (respelled := _surname_spelled_otherwise(cleaned, ctx)) is not None:
        return fullest(respelled, ctx, gender)
    if not forms:
        return cleaned
    longest = max(len(f.split()) for f in forms)
    if len(words) > 1:
        # the accented spelling over a copy without its accents, then the most frequent form
        fullest_forms = (f for f in forms if len(f.split()) == longest)
        return max(fullest_forms, key=lambda f: (_accented(f), forms.count(f)))
    # A bare surname: the person most often named with it, then the longest form of that person.
    # A title the tagger kept is no first name: "PM Phuc", written often, is "Nguyen Xuan Phuc".
    first_names = [
        first
        for f in forms
        if len(f.split()) > 1 and (first := f.split()[0]).lower() not in ROLE_GROUPS
    ]
    if gender is not None:
        # "Mr. Khan" with "Khizr Khan" and "Ghazala Khan" on the page: the man.
        fitting = [n for n in first_names if _gender(f"{n} {cleaned}", ctx, gender) == gender]
        first_names = fitting or first_names
    if not first_names:
        # "Qudra" after "al-Qudra": the name as the page wrote it, with its accents
        return max(forms, key=lambda f: (len(f), _accented(f)))
    top = max(first_names, key=first_names.count)
    return max((f for f in forms if f.split()[0] == top), key=lambda f: len(f.split()))


def _only_name_with_word(word: str, ctx: PageContext) -> str | None:
    """The one full name on the page that has ``word`` before its last word: "Dasco" after
    "Sufmi Dasco Ahmad", "Srettha" after "Srettha Thavisin", "Pham" after "Pham Minh Chinh".
    Indonesian and Thai pages call people by their given names, Vietnamese and Chinese names
    put the family name first, and sports pages use first names, so a lone name is often not a
    surname. Two people sharing the word leave it as it is, and so do a tagger's run of words
    ("Crucke on De Ochtend") and a title-case headline ("Ben Carson Defends …")."""
    key = _name_key(word)
    if key in ROLE_GROUPS or len(key) < 2:
        return None
    owners = {
        surname(person.name): person.name
        for person in ctx.people
        if person.name
        and person.char >= ctx.headline_end
        and " " in person.name
        and key in {_name_key(w) for w in person.name.split()[:-1]}
        and all(w[:1].isupper() or w in SURNAME_PARTICLES for w in person.name.split())
    }
    longest = max(owners.values(), key=len, default=None)
    if longest is None or not all(longest.startswith(name) for name in owners.values()):
        return None  # two people; "Tuilaepa Sa'ilele", cut by the tagger, is one of them
    return fullest(longest, ctx)


def _person_written_otherwise(resolved: Resolved, ctx: PageContext) -> str | None:
    """A name the tagger did not know as a person (or took for an organisation) that is
    someone on the page written otherwise: a misspelt surname ("said Pacquaio" after "Manny
    Pacquiao", "Sabri" after "Ali Sabry"), or a title and the initial of a surname ("Coach K"
    after "Duke coach Mike Krzyzewski", when only he has a surname with that letter)."""
    name = resolved.speaker
    if resolved.kind == "person" or name is None or not name[:1].isupper():
        return None
    if " " not in name:
        respelled = _surname_spelled_otherwise(name, ctx)
        return None if respelled is None else fullest(respelled, ctx)
    title, _, initial = name.rpartition(" ")
    if title.lower() not in PERSON_OR_ROLE_NOUNS or not re.fullmatch(r"[A-Z]\.?", initial):
        return None
    owners = {f for f in ctx.full_names.values() if f.split()[-1][0] == initial[0]}
    return owners.pop() if len(owners) == 1 else None


def _surname_spelled_otherwise(word: str, ctx: PageContext) -> str | None:
    """ "said Rabinovich" after "Jason Rabinovitch", "Mr McGrath" after "Joe MacGrath": a lone
    surname no full name on the page carries, one letter away from the surname of exactly one
    full name. Reporters misspell names and pages mix transliterations; a different person
    with a near surname would have been introduced by their own full name."""
    key = _name_key(word)
    if len(key) < 5:
        return None  # "Reid" and "Reed" are two people more often than one misspelt
    near = {
        other
        for other, forms in ctx.forms.items()
        if other != key and _one_edit_apart(key, other) and any(" " in f for f in forms)
    }
    return ctx.full_names[near.pop()] if len(near) == 1 and near <= ctx.full_names.keys() else None


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter changed, added, dropped or two neighbours swapped ("Sabri"/"Sabry",
    "Pacquaio"/"Pacquiao")."""
    if abs(len(a) - len(b)) > 1 or len(min(a, b, key=len)) < 5:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return len(diff) == 1 or (swapped and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@dataclass(frozen=True, slots=True)
class Spoken:
    """A resolved speaker mention: a name, or an unnamed source ("a reporter said")."""

    char: int
    paragraph: int
    speaker: str | None
    kind: str | None
    plural: bool = False
    gender: str | None = None  # of an unnamed source, from its noun ("a masked man")
    nested: bool = False  # named inside another statement's words ("Earnest said Obama has …")
    noun: str | None = None  # the mention's head word ("spokesperson" of "a CTD spokesperson")


@dataclass
class History:
    """Speakers resolved so far on this page, in text order (for pronouns and role nouns)."""

    speakers: list[Spoken] = field(default_factory=list)
    # document noun -> (author, kind) of the last one resolved ("letter" -> "Conservatives")
    documents: dict[str, tuple[str, str | None]] = field(default_factory=dict)

    def add(self, spoken: Spoken) -> None:
        """Names of any kind, and unnamed sources: "A reporter said … “…,” he added" must
        find the reporter, not an older named speaker."""
        if spoken.speaker or spoken.kind == "unnamed":
            self.speakers.append(spoken)

    def heard_again(self, mention_char: int | None, paragraph: int) -> None:
        """The source named at ``mention_char`` is heard again in ``paragraph``: their quote
        ran on over paragraphs, or a quote with no cue went on their words. Later pronouns
        measure from there: "…, writing in The Times: “… ¶ “… ¶ “…” ¶ He urged …" is near
        the writer still."""
        for n, spoken in enumerate(self.speakers):
            if spoken.char == mention_char and spoken.paragraph < paragraph:
                self.speakers[n] = replace(spoken, paragraph=paragraph)

    def last(self, before: int, paragraph: int, kind: str) -> tuple[str, int] | None:
        for s in reversed(self.speakers):
            if (
                s.speaker
                and s.char < before
                and s.kind == kind
                and paragraph - s.paragraph <= MAX_PARAGRAPHS_BACK
            ):
                return s.speaker, paragraph - s.paragraph
        return None


def resolve_mention(
    mention: Span,
    ctx: PageContext,
    history: History,
    paragraph_of: list[int],
    *,
    continuing: bool = False,
    opened: int | None = None,
) -> Resolved:
    """Name the speaker behind a mention: pronoun, then names, then role nouns, then the rest.

    Names come before role nouns so "Foreign Minister Sergei Lavrov" is Lavrov; indefinite
    descriptions ("a Trump supporter") are unnamed even with a known name inside. A document
    ("The Conservatives' letter … said") is remembered with its author, so that "The letter
    also said" later is theirs too. ``opened`` is the paragraph where the statement opens, when
    that is before the mention's own: a quote run over four paragraphs and closed by "the
    spokesman said" reaches back from where it began.
    """
    para = paragraph_of[mention.start]
    if opened is not None:
        para = min(para, opened)
    resolved = _name_behind(mention, ctx, history, para, continuing)
    if resolved.speaker is None and (
        resolved.kind is None or mention.root.lower_ not in _ANONYMOUS
    ):
        # not "the source", left unnamed on purpose; "the Lions coach" is unnamed only for
        # the body in it
        resolved = _described_after_a_quote(mention, para, ctx) or resolved
    resolved = _unnamed_spokesperson(mention, resolved, ctx, history, para) or resolved
    if (longer := _short_form_around(resolved.speaker, mention, ctx)) is not None:
        resolved = replace(resolved, speaker=longer)  # "CDC" of "Africa CDC data"
    if resolved.speaker != (full := spelled_out(resolved.speaker, ctx)):
        # a short form the page spelled out names a body ("Amplats", untagged), or an office
        # ("the CJP", "Chief Justice of Pakistan"), whose holder speaks
        resolved = _holder_of_an_office(full, mention, ctx, history, para) or replace(
            resolved, speaker=full, kind=resolved.kind or "organisation"
        )
    if (holder := _person_titled_so_before(mention, resolved, ctx)) is not None:
        resolved = Resolved(holder, "person", 0.7, "title written before a name")
    if resolved.kind != "person" and resolved.speaker in ctx.short_names:
        resolved = replace(resolved, speaker=ctx.short_names[resolved.speaker])
    # "said Pacquaio" after "Manny Pacquiao", "Coach K"; not "the Ebelings", a family
    other = None if mention[0].lower_ == "the" else _person_written_otherwise(resolved, ctx)
    if other is not None:
        resolved = Resolved(other, "person", 0.7, "name written otherwise")
    if resolved.speaker is not None and (document := _document_spoken_in(mention)):
        # "X said in a statement … ¶ “…,” the statement said": the statement is X's.
        history.documents[document] = (resolved.speaker, resolved.kind)
    noun = mention.root.lower_
    if noun not in DATA_HEADS:
        return resolved
    if resolved.speaker is not None:
        history.documents[noun] = (resolved.speaker, resolved.kind)
        return resolved
    definite = mention[0].lower_ in {"the", "this", "that"}
    own = _issuer(mention.root)  # "A statement issued by the Presidency said …"
    if own is None and definite and noun in history.documents:
        speaker, kind = history.documents[noun]
        return Resolved(speaker, kind, 0.6, "document named before")
    issued_by_a_body = noun in _ISSUED_OR_PLURAL  # not "the ruling", a court's
    issuer, reason = None, ""
    if own is not None:
        issuer, reason = _issuer_span(own), "document's issuer"
    elif issued_by_a_body and (owner := _owner_before_document(mention)) is not None:
        issuer, reason = owner, "document's owner"  # "its WARN notice"
    elif issued_by_a_body and (subject := _speaker_of_the_sentence(mention)) is not None:
        issuer, reason = subject, "document of the sentence's speaker"
    elif definite and not _has_author(mention):
        issuer, reason = _issuer_before(mention), "document issued before"
    author = None
    if issuer is not None:
        issued = _name_behind(issuer, ctx, history, paragraph_of[issuer.start], False)
        author = None if issued.speaker is None else (issued.speaker, issued.kind)
    if author is None and issued_by_a_body and not _has_author(mention):
        author, reason = _speaker_before(mention, history, para), "document of the speaker before"
    if author is None:
        return resolved
    history.documents[noun] = author
    return Resolved(*author, 0.6, reason)


# Documents a body issues, which a page may leave without an author's name: the statement,
# the reports, the results a commission announced.
_ISSUED_OR_PLURAL = frozenset(ISSUED_DOCUMENTS) | {f"{d}s" for d in ISSUED_DOCUMENTS} | {
    "results", "figures", "notice", "announcement", "note",
}  # fmt: skip


def _person_titled_so_before(mention: Span, resolved: Resolved, ctx: PageContext) -> str | None:
    """ "The SP said" after "Indore SP Rural Bhagat Singh Bindre said", "DG ISPR said" after
    "DG ISPR Lt Gen Ahmed Sharif Chaudhry": a title the lexicon does not know, written as the
    whole mention (one word after "the", or two capitalised words), is the one person the page
    named right after those words. The tagger takes such a title for a body ("SP", also a
    party's letters), so only the page's own use of the words before a name makes them a
    person's."""
    words = [t for t in mention if not t.is_punct]
    title = words[1:] if words and words[0].lower_ == "the" else words
    if len(words) != 2 or not all(t.text[:1].isupper() for t in title):
        return None
    if any(t.ent_type_ == "PERSON" for t in title):
        return None  # "Chris Christie" is a name, whatever the tagger made of a headline after it
    written = " ".join(t.text for t in title)
    if resolved.speaker not in {None, written, title[-1].text} or written in ctx.spelled_out:
        return None
    doc = mention.doc
    named = set()
    for tok in doc[: mention.start]:
        start = tok.i - len(title) + 1
        if tok.text != title[-1].text or start < 0:
            continue
        earlier = doc[start : tok.i + 1]
        if [t.text for t in earlier] != [t.text for t in title]:
            continue
        if any(t.ent_type_ == "PERSON" for t in earlier):
            continue
        if tok.idx < ctx.headline_end:
            continue  # not "The FBI Just Gave Hillary Clinton …", a title-case headline
        after = doc[tok.i + 1 : min(tok.i + 6, mention.start)]
        person = next((t for t in after if t.ent_type_ == "PERSON"), None)
        between = after[: person.i - tok.i - 1] if person is not None else after
        if person is not None and all(_rank_or_name_word(t) for t in between):
            # not "UN" of "UN Secretary-General Antonio Guterres", a body before a title
            ent = entity_of(person)
            if ent is not None:
                named.add(fullest(clean_name(ent.text), ctx))
    return named.pop() if len(named) == 1 else None


def _rank_or_name_word(tok: Token) -> bool:
    """A proper noun between a title and a name that is a rank ("Lt Gen") or no role."""
    low = tok.lower_.rstrip(".")
    return tok.pos_ == "PROPN" and (low in RANK_WORDS or tok.lower_ not in PERSON_OR_ROLE_NOUNS)


def _owner_before_document(mention: Span) -> Span | None:
    """Who a document's own modifier says it is of: "its" of "its WARN notice", "Cuban Health
    Ministry" of "a Cuban Health Ministry note"."""
    head = mention.root
    for child in head.lefts:
        if child.dep_ == "poss" and child.lower_ in {"its", "their"}:
            return head.doc[child.i : child.i + 1]
    return next((e for e in mention.ents if e.label_ == "ORG" and e.end == head.i), None)


def _speaker_before(mention: Span, history: History, para: int) -> tuple[str, str | None] | None:
    """The author of a statement, report or letter no words of the page name: "a company
    statement" is the company's that spoke last, and "the ministry said … ¶ “…,” the statement
    added" the ministry's, the last speaker in this paragraph or the one before, when the page
    has not written of such a document before."""
    if any(c.dep_ == "compound" and c.lower_ in BUSINESS_NOUNS for c in mention.root.lefts):
        last = history.last(mention.start_char, para, "organisation")
        return None if last is None else (last[0], "organisation")
    if mention[0].lower_ != "the":
        return None
    if any(t.lower_ == mention.root.lower_ for t in mention.doc[: mention.start]):
        return None  # "a congressional report … the report": that one, whoever wrote it
    last = _last_speaker_near(mention, history, para)
    if last is None or last.speaker is None:
        return None
    return last.speaker, last.kind


def _last_speaker_near(mention: Span, history: History, para: int) -> Spoken | None:
    """The last source heard before the mention, in its paragraph or the one before, not one
    named inside another's words."""
    before = [s for s in history.speakers if s.char < mention.start_char and not s.nested]
    if not before or para - before[-1].paragraph > 1:
        return None
    return before[-1]


def _speaker_of_the_sentence(mention: Span) -> Span | None:
    """ "Ukraine's air force said it had shot down 24 drones, according to a statement posted
    on Telegram": a statement with no author of its own, in a sentence whose cue has a
    subject, is that subject's."""
    root = mention.sent.root
    if mention[0].lower_ not in {"a", "an"}:
        return None
    if root.lemma_ not in CUE_LEMMAS or root.i > mention.start or _has_author(mention):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in PRONOUNS:
        return None
    return entity_of(subject) or subject.doc[subject.left_edge.i : subject.i + 1]


def _holder_of_an_office(
    office: str, mention: Span, ctx: PageContext, history: History, para: int
) -> Resolved | None:
    """The person the page titled with an office an acronym spells out: "the CJP" after
    "Chief Justice of Pakistan Justice Umer Ata Bandial", among other justices on the page."""
    words = re.findall(r"[a-z]+", office.lower())
    head = " ".join(words[: next((i for i, w in enumerate(words) if w in {"of", "for"}), None)])
    group = ROLE_GROUPS.get(head)  # "chief justice" of "Chief Justice of Pakistan"; not
    if group is None or not ctx.roles.get(group):  # "Directorate General of Health Services"
        return None
    said_of = frozenset(words) - _ROLE_WORDS[group] - {"of", "the", "for"}
    resolved = _resolve_role(
        group, mention.start_char, ctx, history, para, bare=False, said_of=said_of
    )
    return resolved if resolved.speaker is not None else None


def _issuer_before(mention: Span) -> Span | None:
    """Who issued the document a mention refers back to: "The Elections Commission has issued
    a statement … ¶ The release states", "a report released by the ministry … the report
    said", "the commission has announced the full results … the results showed". The nearest
    such document before the mention, of the same kind."""
    noun = mention.root.lower_
    if noun not in _ISSUED_OR_PLURAL:
        return None
    kind = ISSUED_DOCUMENTS.get(noun, noun)
    for tok in reversed(mention.doc[: mention.start]):
        if ISSUED_DOCUMENTS.get(tok.lower_, tok.lower_) == kind and (by := _issuer(tok)):
            return _issuer_span(by)
    return None


def _issuer_span(by: Token) -> Span:
    """The words naming an issuer whose head is ``by``."""
    conjuncts = [c for c in by.children if c.dep_ == "conj"]
    if conjuncts:
        # "the CSIRO and Bureau of Meteorology released": both, up to the last one
        return by.doc[by.left_edge.i : conjuncts[-1].right_edge.i + 1]
    entity = entity_of(by)
    if entity is not None and entity.label_ in {"ORG", "PERSON"}:
        return entity  # "the Audit Office" as tagged, not "the Audit office" group
    return by.doc[by.left_edge.i : by.i + 1]


def _has_author(mention: Span) -> bool:
    """ "The statement by the two", "a letter from …": the mention names its own author."""
    return any(t.dep_ in {"prep", "agent"} and t.lower_ in {"by", "from"} for t in mention)


def _issuer(document: Token) -> Token | None:
    """The subject of "X issued a statement" or of "In a report, X said", or the agent of "a
    statement issued by X" and "a report by X"."""
    verb = document.head
    if document.dep_ == "dobj" and verb.lower_ in ISSUE_VERB_FORMS:
        by = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    elif document.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB":
        by = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    elif (written := _written_by(document)) is not None:
        by = written  # "a report by the public complaints commission"
    else:
        verb = next((c for c in document.children if c.dep_ == "acl"), verb)
        if verb.lower_ not in ISSUE_VERB_FORMS:
            return None
        by = next((o for a in verb.children if a.dep_ == "agent" for o in a.children), None)
    return by if by is not None and by.pos_ in {"PROPN", "NOUN"} else None


def _written_by(document: Token) -> Token | None:
    """The object of "by" right after a document noun ("a report by the IMF"), or a body
    written plainly after "from" and a message ("a statement from the watchdog"; "a report
    from Kabul" says where, "a statement from the government spokesman" whose)."""
    by = _senders(document, frozenset({"by"}))
    if by:
        return by[0]
    sent = _senders(document, frozenset({"from"})) if document.lower_ in WRITTEN_MESSAGES else []
    plain = [o for o in sent if o.lower_ in ORGANISATION_NOUNS]
    return plain[0] if plain and [c.dep_ for c in plain[0].children] == ["det"] else None


def _document_spoken_in(mention: Span) -> str | None:
    """The document a speaker spoke through: "statement" in "X said in a statement"."""
    subject = mention.root
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for prep in subject.head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "through", "via"}:
            document = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if document is not None and document.lower_ in DATA_HEADS:
                return document.lower_
    return None


def _name_behind(
    mention: Span, ctx: PageContext, history: History, para: int, continuing: bool
) -> Resolved:
    """The speaker a mention names, before ``resolve_mention`` spells out acronyms and
    remembers documents."""
    head = mention.root
    owned = head.lower_ in SPEECH_NOUNS or head.lower_ in DATA_HEADS
    owners = [c for c in head.children if c.dep_ == "poss"] if owned else []
    owners = [c for c in owners if c.ent_type_ not in TIME_LABELS]  # "Friday's announcement"
    if owners and owners[0].lower_ in PRONOUNS:
        # "His remarks that …": the words are his.
        return _resolve_pronoun(owners[0], ctx, history, para, continuing=continuing)
    if owners:
        # "Maria Olsen's response": the words are hers.
        mention = mention.doc[max(mention.start, owners[0].left_edge.i) : owners[0].i + 1]
        head = mention.root
    managed = _body_managed(mention)
    if managed is not None:
        # "the management of the institution said": the institution's word
        mention, head = managed, managed.root
    if head.lower_ in PRONOUNS or (len(mention) == 1 and mention[0].lower_ in PRONOUNS):
        pronoun = mention[0] if len(mention) == 1 else head
        return _resolve_pronoun(pronoun, ctx, history, para, continuing=continuing)
    unnamed = _same_unnamed_source(mention, ctx, history, para)
    if unnamed is not None:
        return unnamed
    grouped = _resolve_group(mention, ctx)
    if grouped is not None:
        return grouped
    if is_coordinated_organisation(mention) or joint_organisations(mention):
        name = without_article(clean_name(mention.text))
        return Resolved(name, "organisation", 0.75, "organisation")
    described = _described_before(mention, ctx)
    if described is not None:
        return described
    police = _police_force(mention, ctx)
    if police is not None:
        return police
    titled = _title_without_a_name(mention, ctx)
    if titled is not None:
        return titled
    national = _national_body(mention)
    if national is not None:
        return national
    named = _resolve_name(mention, ctx)
    if named is not None:
        return named
    named_before = (
        _organisations_together(mention, history)
        or _organisation_named_before(mention, ctx, history, para)
        or _named_by_its_last_word(mention)
        or _noun_given_a_name(mention)
        or _institution_as_written(mention, ctx)
    )
    if named_before is not None:
        return named_before
    described = _resolve_description(mention, ctx, history, para)
    if described is not None:
        return described
    member = _party_member_named_before(mention, ctx, history, para)
    if member is not None:
        return member
    body = _body_of_a_head(mention)
    if body is not None:
        # "the GFA boss", "The Chairman PCB": whoever the page titled in that body, not the body
        held = _holder_in_the_same_body(mention, body, ctx) or _titled_after_the_body(
            mention, ctx, [t.text for t in body]
        )
        return held or Resolved(None, "unnamed", 0.5, "head of a body nobody is named as")
    group = _national_premier(mention, _role_group(_after_possessor(mention)))
    if group is not None and (not _has_proper(mention) or _head_is_role(mention)):
        # "the Florida senator" is a senator, not the organisation "Florida".
        # after the first word, an article or a title's word ("Croatian Prime Minister"); an
        # owner written first counts ("Chad's Ambassador to France" is Chad's)
        owned = _after_possessor(mention) != mention
        first = 0 if owned and mention[0].lower_ not in {"the", "a", "an"} else 1
        modifiers = mention[first : mention.root.i - mention.start]
        bare = not any(
            t.text[:1].isupper() and t.lower_ not in _ROLE_WORDS[group] for t in modifiers
        )
        said_of = frozenset(t.lower_ for t in modifiers if t.is_alpha and not t.is_stop)
        resolved = _resolve_role(
            group, mention.start_char, ctx, history, para, bare=bare, said_of=said_of
        )
        if resolved.speaker is None:
            return (
                _role_nobody_holds(mention, group, para, ctx, bare=bare)
                or _holder_in_the_same_body(mention, modifiers, ctx)
                or _titled_after_the_body(mention, ctx)
                or _named_after_a_lead_role(mention, para, ctx)
                or (None if owned or bare else _subject_of_the_sentence_before(mention, ctx))
                or resolved
            )
        return resolved
    return _resolve_other(mention, ctx)


def _national_premier(mention: Span, group: str | None) -> str | None:
    """ "Malaysia's premier" is its prime minister: a premier owned by a country, where a
    province's or a state's premier ("Ontario's premier") is a role of its own."""
    if group != "premier":
        return group
    owners = [t for t in mention if t.dep_ == "poss" and t.i < mention.root.i]
    countries = {o.doc[o.left_edge.i : o.i + 1].text for o in owners}
    return "prime minister" if countries & COUNTRY_NAMES else group


def _subject_of_the_sentence_before(mention: Span, ctx: PageContext) -> Resolved | None:
    """ "Shadow health secretary Wes Streeting accused the Government of negligence. ¶ The
    Labour MP said: …": a role with words of its own that no one on the page holds, opening
    its sentence with nothing after its noun, is the one named person the sentence before is
    about. A writer names someone, then goes on with what they are; a role with an owner or a
    place after it ("Chad's Ambassador to France") may be someone new, and a bare one ("The
    magistrate") falls back to the last speaker already."""
    if mention.root.i != mention.end - 1 or mention.start != _sentence_opening(mention):
        return None
    before = _previous_sentence_start(mention[0])
    if before == mention.sent.start:
        return None
    names = {
        fullest(p.name, ctx)
        for p in ctx.people
        if p.sentence == before and p.name and p.subject and p.main_clause and not p.in_quote
    }
    if len(names) != 1:
        return None
    return Resolved(names.pop(), "person", 0.55, "role noun -> subject of the sentence before")


def _sentence_opening(mention: Span) -> int:
    """The first word of the mention's sentence after any quote mark or space."""
    return past_quote_marks(mention.doc, mention.sent.start, mention.start)


def past_quote_marks(doc: Doc, start: int, limit: int) -> int:
    """The first token from ``start`` (up to ``limit``) that is neither a quote mark nor a
    space: where the words of a span begin when a quote closes or opens before them."""
    while start < limit and (doc[start].is_quote or doc[start].is_space):
        start += 1
    return start


_MANAGEMENT_NOUNS = frozenset({"management", "leadership", "administration"})


def _body_managed(mention: Span) -> Span | None:
    """The body "the management of" names: "the institution" of "the management of the
    institution on Sunday", up to its head."""
    head = mention.root
    if head.lower_ not in _MANAGEMENT_NOUNS or mention[0].lower_ != "the":
        return None
    of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    body = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if body is None or body.pos_ not in {"NOUN", "PROPN"}:
        return None
    return mention.doc[body.left_edge.i : body.i + 1]


def _same_unnamed_source(
    mention: Span, ctx: PageContext, history: History, para: int
) -> Resolved | None:
    """ "According to a CTD spokesperson, … ¶ …, the spokesperson said": "the" and the noun of
    an unnamed source that spoke with it is that same source, when nobody was given the role
    or description since ("Rawalpindi police spokesman Sajjad ul Hassan" two paragraphs up
    is not)."""
    if len(mention) != 2 or mention[0].lower_ != "the" or not mention.root.is_lower:
        return None  # "the Democrats" after "Democrats said" is the party
    noun = mention.root.lower_
    same = [
        s
        for s in history.speakers
        if s.noun == noun
        and (s.kind == "unnamed" or (noun in SPOKESPEOPLE and s.kind == "organisation"))
        and s.char < mention.start_char
        and para - s.paragraph <= MAX_PARAGRAPHS_BACK
    ]
    introduced = [s.char for s in same] or _introduced_unnamed(mention, ctx)
    if not introduced:
        return None
    group = ROLE_GROUPS.get(noun)
    named = [holder.char for holder in ctx.roles.get(group, [])] if group else []
    named += [pos for pos, word, _ in ctx.descriptions if word == noun]
    named += _titled_with(noun, doc_text(mention.doc), ctx)
    if any(introduced[-1] < pos < mention.start_char for pos in named):
        return None
    if same and same[-1].kind == "organisation":  # "A spokesman for Ofsted … the spokesman"
        return Resolved(same[-1].speaker, "organisation", 0.6, "the spokesperson's body before")
    return Resolved(None, "unnamed", 0.6, "the noun of the unnamed source before")


def _before_name(person: Person, text: str) -> str:
    """Up to 80 characters before a person's name, within its paragraph: where its title is."""
    return text[max(0, person.char - 80) : person.char].rsplit("\n", 1)[-1]


def _titled_with(noun: str, text: str, ctx: PageContext) -> list[int]:
    """Where people are named whose title, the words right before the name, holds the noun:
    "Chief Scientist of China's Lunar Exploration Project Ouyang Ziyuan" is the scientist a
    later "the scientist" may mean; "a police officer first called, Heidnik shrugged" is not."""
    found = []
    for person in ctx.people:
        if not person.name or person.in_quote:
            continue
        title = rf"(?i:\b{re.escape(noun)}\b)(?:\s+(?:of|for|the|and|at|[A-Z][\w'’.\-]*))*\s*$"
        if re.search(title, _before_name(person, text)):
            found.append(person.char)
    return found


def _introduced_unnamed(mention: Span, ctx: PageContext) -> list[int]:
    """Where the paragraph brought in, unnamed, the person "the chief" means: "… began with a
    chief describing a call … The chief said he checked the house". Only a person noun with
    "a", "an" or "one", outside quotes, earlier in the same paragraph."""
    noun = mention.root.lower_
    if noun not in PERSON_OR_ROLE_NOUNS:
        return []
    found = []
    for tok in reversed(mention.doc[: mention.start]):
        if tok.is_space and "\n\n" in tok.text:
            break  # the paragraph's start
        if tok.lower_ != noun or ctx.in_quote[tok.i]:
            continue
        if any(c.dep_ == "det" and c.lower_ in {"a", "an", "one"} for c in tok.children):
            found.append(tok.idx)
    return found[::-1]


def _role_nobody_holds(
    mention: Span, group: str, para: int, ctx: PageContext, *, bare: bool
) -> Resolved | None:
    """A role nobody on the page holds, with no person who spoke before it: a bare one ("Sir
    Keir Starmer has defended … ¶ The Prime Minister suggested …") is the subject of the
    sentence just before; a capitalised title of office ("The Energy Minister") is otherwise
    the page's protagonist. Either holds no other role. Not for a role that only owns the
    mention ("the prime minister's spokesman"), nor a "former" one."""
    if mention.root.lower_ not in _ROLE_WORDS[group] or _after_possessor(mention) != mention:
        return None  # "the chancellor's spokesman" is not the subject before
    if any(t.lower_ in {"former", "ex", "late"} for t in mention):
        return None  # "Jeb Bush … brought George W. Bush … ¶ the former president said"
    other_roles = {h.name for g, holders in ctx.roles.items() if g != group for h in holders}
    subject = _last_subject(mention.start_char, para, None, ctx) if bare else None
    if subject is not None and subject.name:
        full = fullest(subject.name, ctx)
        # a person by title, first name or pronoun, not a headline's "New Polls"
        right_before = subject.sentence == _previous_sentence_start(mention[0])
        if right_before and _gender(full, ctx, "") != "" and full not in other_roles:
            return Resolved(full, "person", 0.5, "role noun -> subject before")
    if all(t.text[:1].isupper() for t in mention if t.lower_ != "the"):
        # "The Energy Minister has explained … ¶ John Peter Amewu said …": a title of office
        # nobody holds on the page is the person the page is about
        main = _protagonist(ctx)
        if main is not None and main not in other_roles:
            return Resolved(main, "person", 0.45, "role noun -> the page's protagonist")
    return None


def _party_member_named_before(
    mention: Span, ctx: PageContext, history: History, para: int
) -> Resolved | None:
    """ "McCarthy said … ¶ The California Republican said …": "the" and a singular party noun
    describe the person the story has been quoting, the last person who spoke within two
    paragraphs; "Republicans said" and "a Republican" stay unnamed."""
    head = mention.root
    if mention[0].lower_ != "the" or head.lower_ not in PARTY_MEMBERS:
        return None
    if head.tag_ not in {"NN", "NNP"} or any(t.text == "," for t in mention):
        return None  # "the Independent, a British newspaper"
    last = _last_speaker(mention.start_char, para, None, ctx, history)
    if last is None or last.speaker is None or last.kind != "person":
        return None
    party = PARTY_LETTERS.get(head.lower_)
    if party and _parties_written(last.speaker, doc_text(mention.doc)) - {party}:
        return None  # "the California Republican" is not "House Speaker Nancy Pelosi, D-Calif."
    return Resolved(last.speaker, "person", 0.6, "party member -> last speaker")


def _parties_written(name: str, text: str) -> set[str]:
    """The US parties the page gives a person: "D-Calif." or "(R)" after their surname,
    "Democrat" or "Republican" right before it."""
    found: set[str] = set()
    last = re.escape(name.split()[-1])
    for match in re.finditer(rf"\b{last}\b", text):
        after = text[match.end() : match.end() + 12]
        before = text[max(0, match.start() - 40) : match.start()]
        found.update(re.findall(r"^,? ?\(?([DR])[-)]", after))
        found.update("D" for _ in re.findall(r"\bDemocrat(?:ic)?\b", before))
        found.update("R" for _ in re.findall(r"\bRepublican\b", before))
    return found


def _holder_in_the_same_body(mention: Span, modifiers: Span, ctx: PageContext) -> Resolved | None:
    """ "Awami League General Secretary Obaidul Quader … ¶ …, the Awami League leader said":
    a role nobody holds, said of a body by its capitalised name, is the one person the page
    gave a title in that body, whatever the title."""
    body = {t.lower_ for t in modifiers if t.is_alpha and t.text[:1].isupper()}
    if not body:
        return None
    holders = {
        h.name
        for holders in ctx.roles.values()
        for h in holders
        if h.char < mention.start_char and body <= h.title
    }
    return (
        Resolved(holders.pop(), "person", 0.6, "title in the same body")
        if len(holders) == 1
        else None
    )


def _body_of_a_head(mention: Span) -> Span | None:
    """The body a mention names the head of: "GFA" of "the GFA boss", "PCB" of "The Chairman
    PCB" (a title before its body's name, as South Asian papers write it)."""
    words = mention[1:] if mention[0].lower_ == "the" else mention
    if mention.root.lower_ in HEAD_OF_BODY_NOUNS and mention[0].lower_ == "the":
        body = mention[1 : mention.root.i - mention.start]
        return body if any(t.text[:1].isupper() for t in body) else None  # not "the boss"
    # a title-case title and a space: not "KING-TV"
    if len(words) < 2 or not words[0].is_title or not words[0].whitespace_:
        return None
    if words[0].lower_ not in ROLE_GROUPS:
        return None
    body = words[1:]
    if len(body) == 1 and body[0].lower_ in ORGANISATION_NOUNS:
        return None  # "The Justice Department" is the body's own name, not its head
    # a body's name, not a person's the tagger called one ("Governor Hochul")
    named_as_body = body.text.isupper() or body[-1].lower_ in ORGANISATION_NOUNS
    return body if named_as_body and all(t.ent_type_ == "ORG" for t in body) else None


def _titled_after_the_body(
    mention: Span, ctx: PageContext, body: list[str] | None = None
) -> Resolved | None:
    """ "Chairman of the Ghana Football Association, (GFA) Mr Ben Koufie … ¶ the GFA boss",
    "The Director of Army Public Relations, Brigadier General Texas Chukwu … ¶ the Army
    spokesman": the one person named before, outside quotes, with the body's name and a role
    word around the name, however the punctuation between cut the title."""
    body, text = body or _body_words(mention), doc_text(mention.doc)
    found = set()
    for person in ctx.people:
        if person.char >= mention.start_char or person.in_quote or not person.name:
            continue
        # not "President Viktor Yanukovych, who owed his election to, as an American diplomat
        # put it, …" for "the American ambassador"
        before = _before_name(person, text)
        titled = _role_group_in(" ".join(re.findall(r"[a-z]+", before.lower()))) is not None
        if titled and _body_written_in(body, before, ctx):
            found.add(fullest(person.name, ctx))
    return Resolved(found.pop(), "person", 0.6, "titled with the body") if len(found) == 1 else None


def _named_after_a_lead_role(mention: Span, para: int, ctx: PageContext) -> Resolved | None:
    """ "China's foreign minister has said … ¶ “…,” Li Zhaoxing told reporters": a role
    before anyone on the page is named is the next person who is a subject (within two
    paragraphs), when the page gives them no role or description of their own and the
    lead's statement is not about them. A writer introduces someone new with who they are;
    the lead's person is named bare."""
    if any(p.name and not p.in_quote and p.char < mention.start_char for p in ctx.people):
        return None
    if ctx.reported(mention.start_char):
        return None  # "The mayor told him …, Garry Lao said": a role inside Lao's words
    described = {h.name for holders in ctx.roles.values() for h in holders}
    described |= {full for _, _, full in ctx.descriptions}
    # whom the lead's statement is about: "SEIU chief says Trump can win" is not Trump's
    sentence = mention.sent
    topics = {
        fullest(p.name, ctx)
        for p in ctx.people
        if p.name and sentence.start_char <= p.char < sentence.end_char and ctx.reported(p.char)
    }
    subjects = (
        p
        for p in ctx.people
        if p.char >= mention.end_char
        and p.name
        and p.subject
        and not p.in_quote
        and not ctx.reported(p.char)
        and fullest(p.name, ctx) not in topics
    )
    first = next(subjects, None)
    if first is None or first.paragraph - para > 2:
        return None
    full = fullest(first.name, ctx)
    if " " not in full:  # a full name, not "WDR reported"
        return None
    around = doc_text(mention.doc)[max(0, first.char - 80) : first.char + 100]
    if full in described and not _body_written_in(_body_words(mention), around, ctx):
        # a title of their own must be in the lead role's body: "Hezbollah's leader says …
        # ¶ Hezbollah Secretary-General Naim Qassem said"
        return None
    return Resolved(full, "person", 0.5, "lead role -> named next")


def _body_words(mention: Span) -> list[str]:
    """The capitalised words that say whose role a mention is: "Hezbollah" of "Hezbollah's
    leader", "UN" and "Libya" of "The UN's special representative for Libya"."""
    return [
        t.text
        for t in mention
        if t.is_alpha and t.text[:1].isupper() and t.lower_ != "the" and t.i != mention.root.i
    ]


def _body_written_in(body: list[str], window: str, ctx: PageContext) -> bool:
    """Whether every body word, or the name it spells out ("UN", "United Nations"), is in the
    window of text, where letters stand for their names too ("Korea" of "Korea's central
    bank chief" is in "BOK Gov. Rhee" when the page spelled out "Bank of Korea (BOK)")."""
    letters = re.findall(r"\b[A-Z]{2,}\b", window)
    window = " ".join([window, *(ctx.spelled_out[a] for a in letters if a in ctx.spelled_out)])
    return bool(body) and all(
        any(
            re.search(rf"\b{re.escape(form)}\b", window)
            for form in {word, ctx.spelled_out.get(word, word)}
        )
        for word in body
    )


def _protagonist(ctx: PageContext) -> str | None:
    """The person the page names most often outside anyone's words, at least twice and
    more often than anyone else; None when no one stands out."""
    counts = Counter(full for p, full in _named_outside_quotes(ctx) if not ctx.reported(p.char))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def joint_organisations(words: Span) -> bool:
    """ "The PPTA and NZEI say", "Pfizer and BioNTech said": organisations joined by "and"
    speak together; none of them alone is the speaker."""
    tokens = [t for t in words if t.lower_ != "the"]
    parts = [t for t in tokens if t.lower_ not in {"and", "&", ","}]
    names = sum(t.ent_iob_ == "B" or not t.ent_type_ for t in parts)
    joined = any(t.lower_ in {"and", "&"} for t in tokens)
    return names >= 2 and joined and all(_organisation_word(t) for t in parts)


def _organisation_word(tok: Token) -> bool:
    """Part of an organisation's name: tagged so, or an acronym the tagger left untagged
    ("PPTA" beside "NZEI")."""
    if tok.ent_type_ == "ORG":
        return True
    return not tok.ent_type_ and tok.pos_ == "PROPN" and tok.text.isupper() and len(tok) > 1


def is_coordinated_organisation(words: Span) -> bool:
    """ "Devon and Cornwall Police", "Trinidad and Tobago Football Association": capitalised
    places joined by "and" before an organisation noun are one organisation, whatever the NER
    made of the first place."""
    tokens = [t for t in words if t.lower_ != "the"]
    if len(tokens) < 3 or not any(t.lower_ in {"and", "&"} for t in tokens):
        return False
    if tokens[-1].lower_ not in ORGANISATION_NOUNS or not tokens[-1].text[:1].isupper():
        return False
    return all(t.text[:1].isupper() or t.lower_ in {"and", "&", "of"} for t in tokens)


def _described_before(mention: Span, ctx: PageContext) -> Resolved | None:
    """ "The MEC emphasised" after "MEC for Cooperative Governance, Jacob Mamabolo, said": a
    definite title the page gave a named person, whatever the tagger makes of the word on its
    own (an organisation, here). A title of capitalised words counts by its last word: "The
    Vice Chancellor argued" after "The Vice Chancellor of University of Port Harcourt, Prof.
    Ndowa Lale"."""
    words = mention[1:]
    if not 1 <= len(words) <= 3 or mention[0].lower_ != "the":
        return None
    if len(words) > 1 and not all(t.text[:1].isupper() for t in words):
        return None
    title = " ".join(t.lower_ for t in words)
    if title in ROLE_GROUPS and ROLE_GROUPS[title] != ROLE_GROUPS.get(words[-1].lower_):
        return None  # "The Prime Minister" is not whoever was called "the Minister of …"
    holder = _described_as(words[-1].lower_, mention.start_char, ctx)
    if holder is None or any(t.ent_type_ == "PERSON" for t in words):
        return None
    return Resolved(holder, "person", 0.7, "description noun")


def _described_as(noun: str, before: int, ctx: PageContext) -> str | None:
    """The person the page last called ``noun`` before ``before`` ("Jeremiah Mbelu, an
    economist" for "the economist")."""
    holders = [name for char, word, name in ctx.descriptions if word == noun and char < before]
    return holders[-1] if holders else None


def _description_noun(mention: Span) -> str | None:
    """The noun of a definite description ("the economist", "The mother of three", "the
    37-year-old", "the commissioner"), or None for anything else."""
    if mention[0].lower_ not in {"the", "this", "that"}:
        return None
    if _nationality_of_one(mention):
        return mention.root.lower_  # "the American concluded"
    if _has_proper(mention, places=False):
        return None
    if re.search(r"\b\d+[- ]year[- ]old\b", mention.text.lower()):
        return "year-old"  # "the 37-year-old", "the 19 year old striker"
    head = mention.root
    return SAME_PERSON_NOUN.get(head.lower_, head.lower_) if head.pos_ == "NOUN" else None


def _described_after_a_quote(mention: Span, para: int, ctx: PageContext) -> Resolved | None:
    """ "So does Steve Tambellini. ¶ “…,” said the Oilers GM": a description nobody on the
    page holds, written after the quote it attributes, is the person the story turned to
    just before, named as a subject in this paragraph or the one before."""
    head, verb = mention.root, mention.root.head
    if mention[0].lower_ != "the" or head.tag_ not in {"NN", "NNP"} or not verb.i < mention.start:
        return None
    if not any(t.text in QUOTE_MARKS for t in mention.doc[max(0, verb.i - 2) : verb.i]):
        return None
    subject = _last_subject(mention.start_char, para, None, ctx)
    if subject is None or not subject.name or para - subject.paragraph > 1:
        return None
    return Resolved(fullest(subject.name, ctx), "person", 0.45, "description after a quote")


def _nationality_of_one(mention: Span) -> bool:
    """ "the American", "The Italian": a nationality in the singular, said of one person."""
    head = mention.root
    return len(mention) == 2 and head.tag_ in {"NNP", "JJ", "NN"} and _demonym(head)


_DEMONYM_ENDING = re.compile(r"(?:an|ese|i|er)$")


def _national_body(mention: Span) -> Resolved | None:
    """ "the Azerbaijani defense ministry", "The Ugandan military", "the Japanese prime
    minister's office": a nation's body, named by the nation's adjective, which is all the page
    calls it. The tagger takes such an adjective for a person or a body of its own ("Ugandan",
    "Japanese"); a reader takes the whole description."""
    head = mention.root
    if mention[0].lower_ != "the" or head.lower_ not in _NATIONAL_BODY_NOUNS:
        return None
    modifiers = mention[1 : head.i - mention.start]
    capitalised = [t for t in modifiers if t.text[:1].isupper()]
    if not capitalised or not all(_nationality(t) for t in capitalised):
        return None
    owned = [t.i for t in modifiers if t.tag_ == "POS"]
    if owned and any(t.i > owned[0] for t in capitalised):
        return None  # "the bloc's Frontex border agency" has a name of its own
    agency = next((AGENCIES[t.lower_][0] for t in modifiers if t.lower_ in AGENCIES), None)
    if agency is not None:  # "the German dpa news agency" is dpa, whatever the tagger made of it
        return Resolved(agency, "organisation", 0.7, "wire agency by its name")
    if any(t.pos_ == "PROPN" for t in mention[head.i - mention.start + 1 :]):
        return None  # "the Iraqi activist group Mosul Eye" is named after its noun
    return Resolved(_as_described(mention), "organisation", 0.6, "a nation's body")


def _as_described(mention: Span) -> str:
    """ "the state government" -> "state government": a body the page never names, as the
    page describes it, from after the article to the head noun ("… on Thursday" left out)."""
    return mention.doc[mention.start + 1 : mention.root.i + 1].text


def _nationality(tok: Token) -> bool:
    """A nation's adjective by its ending ("Ugandan", "Japanese", "Azerbaijani"), whatever the
    tagger called it."""
    return bool(_DEMONYM_ENDING.search(tok.lower_)) or tok.lower_ in DEMONYMS_WITHOUT_ENDING


def _demonym(tok: Token) -> bool:
    """A word for someone from a place ("American", "Italian", "Texan", "Briton"): not a party
    ("Republican", for ``_party_member_named_before``) nor a movement or paper ("The
    Federalist")."""
    word = tok.lower_
    return (
        tok.ent_type_ == "NORP"
        and word not in PARTY_MEMBERS
        and not word.startswith(("republican", "democrat"))
        and _nationality(tok)
    )


def _resolve_description(
    mention: Span, ctx: PageContext, history: History, para: int
) -> Resolved | None:
    """ "the economist said" -> the person the page called an economist before; a description
    that says a gender ("the woman", "the mother of four") with nobody so described -> the
    last speaker or person subject of that gender. A role noun goes to ``_resolve_role``."""
    noun = _description_noun(mention)
    if noun is None or noun in ROLE_GROUPS:
        return None
    holder = _described_as(noun, mention.start_char, ctx)
    if holder is not None:
        return Resolved(holder, "person", 0.7, "description noun")
    if noun not in PERSON_NOUNS and noun != "year-old" and not _nationality_of_one(mention):
        return None  # "the report", "the letter": not a person
    gender = noun_gender(noun) or _mention_gender(mention)
    if gender is None:
        # "the victim", "the 37-year-old", "the expert": like a bare role, the last person who
        # spoke; "A source said … The source added" stays as unnamed as that source.
        last = _last_speaker(mention.start_char, para, None, ctx, history)
        subject = _last_subject(mention.start_char, para, None, ctx)
        if subject is not None and subject.name:
            subject_name = fullest(subject.name, ctx)
            if noun == "year-old" and (last is None or subject.char > last.char):
                # "Murray struck … ¶ “…,” said the 36-year-old": an age is said of the person
                # the story is following, speaker or not
                return Resolved(subject_name, "person", 0.5, "age -> subject")
            if last is None and noun not in UNNAMED_NOUNS:
                # so is any description before anyone spoke ("Serena Williams's first
                # tournament … has come to an end. ¶ … the US tennis star said"), but not
                # "The official"
                return Resolved(subject_name, "person", 0.5, "description -> subject")
        if last is None and noun not in UNNAMED_NOUNS:
            # "A caravan led by Rev Alejandro Solalinde left …, the activist priest said": the
            # one person the page has named yet, subject or not
            return _only_person_named_before(mention.start_char, ctx)
        if last is None:
            return None
        if last.speaker is None:
            return Resolved(None, "unnamed", 0.5, "description -> unnamed source")
        return Resolved(last.speaker, "person", 0.5, "description -> last speaker")
    speaker = _last_speaker(mention.start_char, para, gender, ctx, history)
    subject = _last_subject(mention.start_char, para, gender, ctx)
    if subject is not None and subject.name and (speaker is None or subject.char > speaker.char):
        return Resolved(fullest(subject.name, ctx), "person", 0.55, "description -> subject")
    if speaker is not None and speaker.speaker:
        return Resolved(speaker.speaker, "person", 0.55, "description -> speaker")
    return None


def _only_person_named_before(char: int, ctx: PageContext) -> Resolved | None:
    """The one person the page names before ``char``, none of them inside a quote."""
    named = {fullest(p.name, ctx) for p in ctx.people if p.name and p.char < char}
    if len(named) != 1 or any(p.in_quote for p in ctx.people if p.char < char):
        return None
    return Resolved(named.pop(), "person", 0.45, "description -> the one person named")


def _mention_gender(mention: Span) -> str | None:
    """ "the 37-year-old woman": a gendered noun anywhere in the description."""
    return next((g for t in mention if (g := noun_gender(t.lower_)) is not None), None)


def _organisation_named_before(
    mention: Span, ctx: PageContext, history: History, para: int
) -> Resolved | None:
    """ "The ministry said" after "the Ministry of Health": the nearest organisation named
    earlier (as an entity or a speaker) whose name holds the noun ("the force" also matches a
    police force)."""
    head = mention.root
    if head.lower_ not in ORGANISATION_NOUNS or _has_proper(mention, places=False):
        return None
    if not any(t.lower_ in {"the", "this"} for t in head.lefts):
        return None
    return _organisation_the_noun_names(mention, ctx, history, para)


def _organisation_the_noun_names(
    mention: Span, ctx: PageContext, history: History, para: int
) -> Resolved | None:
    """The organisation a noun for one ("company", "ministry") means where the mention
    stands: see ``_organisation_named_before``."""
    head = mention.root
    apposed = _organisation_after_comma(mention)
    if apposed is not None:
        return Resolved(apposed, "organisation", 0.75, "organisation noun -> its apposition")
    words = ORGANISATION_NOUNS[head.lower_]
    business = head.lower_ in BUSINESS_NOUNS
    last = _last_organisation_like(mention.start_char, para, ctx, history, business)
    # speakers the tagger did not call anything count too: "Nordic Steel Co Ltd said"
    speakers = [(s.char, s.speaker) for s in history.speakers if s.kind in {"organisation", None}]
    named = sorted([*ctx.organisations, *speakers], key=lambda cn: (cn[0], len(cn[1] or "")))
    holding = [
        (char, name)
        for char, name in reversed(named)
        if name
        and char < mention.start_char
        and words & set(name.lower().split())
        and set(name.lower().split()) - words  # a name, not the noun ("Newspaper Says …")
    ]
    # "… its display business, which counts Apple Inc. as a customer, …, the company said" is
    # not Apple, when another name fits ("Assem had logged 2,766 hours with EgyptAir, the
    # airline said" is EgyptAir)
    holding = [(c, n) for c, n in holding if _described_alike(mention, n)]
    outside = [(c, n) for c, n in holding if not _object_in_the_report(c, mention, ctx)]
    if holding:
        name = (outside or holding)[0][1]
        # the fullest form: "Devon and Cornwall Police" over the entity "Cornwall Police"
        name = max((n for _, n in named if n and name in n), key=len)
        return Resolved(name, "organisation", 0.7, "organisation noun -> named organisation")
    if head.lower_ in {"watchdog", "regulator"} and (
        body := _regulator_before(mention, named, ctx)
    ):
        return Resolved(body, "organisation", 0.6, "watchdog -> public body named before")
    own_way = _NOUNS_NAMED_OTHERWISE.get(head.lower_)
    if own_way is not None:
        name, reason = own_way(mention, named, ctx, history, para)
        return None if name is None else Resolved(name, "organisation", 0.6, reason)
    if head.lower_ not in GENERIC_ORGANISATION_NOUNS:
        return None
    # "The company said" after "Strava said": the organisation speaking just before, or one
    # named in this sentence or the one before ("… drawn up by the Storm Prediction Center.
    # The agency warns").
    recent = _organisations_just_before(mention, ctx)
    if business:  # "the company" is not "the National Union of Mineworkers"
        recent = [(c, n) for c, n in recent if not _not_the_company(ctx.spelled_out.get(n, n))]
    else:  # "the agency" is not "Mediterranean Shipping Co"
        recent = [(c, n) for c, n in recent if not _company_name(n)]
    if recent and (last is None or recent[-1][0] > _last_char(last, history)):
        return Resolved(recent[-1][1], "organisation", 0.55, "organisation noun -> named before")
    if last is not None:
        return Resolved(last, "organisation", 0.6, "organisation noun -> last organisation")
    main = _main_organisation(mention.doc, ctx, history) if head.lower_ in BUSINESS_NOUNS else None
    if main is not None:
        return Resolved(main, "organisation", 0.5, "organisation noun -> page's organisation")
    return None


def _described_alike(mention: Span, name: str) -> bool:
    """Every lower-case word that says which body the noun means is in the name: "the
    education ministry" is no "Ministry of Foreign Affairs", "the health ministry" is the
    "Ministry of Health" ("agricultural" meets "Agriculture" by its first letters). Words
    any body may carry ("the national ministry", "the state agency") say nothing."""
    words = [folded(w)[:5] for w in name.split()]
    return all(
        any(w.startswith(folded(t.text)[:5]) for w in words)
        for t in mention[: mention.root.i - mention.start]
        if t.dep_ in {"amod", "compound"}
        and t.is_lower
        and t.is_alpha
        and t.lower_ not in _ANY_BODY_S_WORDS
    )


_ANY_BODY_S_WORDS = frozenset(
    {
        "national", "federal", "state", "local", "regional", "provincial", "central", "city",
        "county", "municipal", "district", "government", "public", "same", "new", "former",
        "main", "top", "country", "nation", "global", "international", "independent",
        "highest", "largest", "biggest", "leading",
    }
)  # fmt: skip


def _regulator_before(mention: Span, named: _Named, ctx: PageContext) -> str | None:
    """ "the watchdog", "the regulator": the last public body named before it, however far
    back, whose name says what it is ("the ACCC", spelled out "Australian Competition and
    Consumer Commission"; "Consumer Financial Protection Bureau"). A page names a regulator once
    and calls it the watchdog after, often with companies named in between, which a watchdog
    never is."""
    for char, name in reversed(named):
        if not name or char >= mention.start_char:
            continue
        full = spelled_out(name, ctx) or name
        if _REGULATOR_WORDS & set(full.lower().split()) and not _wire_agency(full):
            # the fullest form the page gives: the tagger may cut "Australian Competition
            # and" from the name that "(ACCC)" spells out (not "… Commission on Thursday", a
            # run of capitalised words read for an acronym)
            longer = (n for n in ctx.spelled_out.values() if n.endswith(" " + full))
            return max([full, *longer], key=len)
    return None


_REGULATOR_WORDS = frozenset(
    {
        "commission", "authority", "bureau", "office", "agency", "board", "administration",
        "inspectorate", "ombudsman", "regulator", "commissioner", "directorate",
    }
)  # fmt: skip
_COMPANY_ENDINGS = ORGANISATION_NOUNS["company"] - {"company"}  # "Inc.", "Co", "Ltd"


def _company_name(name: str) -> bool:
    """A name ending as a company's does: "Mediterranean Shipping Co", "Apple Inc."."""
    last = name.split()[-1:]
    return bool(last) and last[0].lower() in _COMPANY_ENDINGS


def _law_name(name: str) -> bool:
    """A law or treaty the tagger called an organisation ("the Labour Relations Act"): it is
    written about, it does not speak."""
    last = name.split()[-1:]
    return bool(last) and last[0][:1].isupper() and last[0].lower() in LAW_NAME_ENDINGS


def _organisations_just_before(mention: Span, ctx: PageContext) -> list[tuple[int, str]]:
    """Organisations named in the mention's sentence or the one before, in page order; never
    a law or an agreement, however short its form ("the CBA" speaks for no one)."""
    since = mention.doc[_previous_sentence_start(mention[0])].idx
    return [
        (char, name)
        for char, name in ctx.organisations
        if since <= char < mention.start_char and not _law_name(spelled_out(name, ctx) or name)
    ]


def _body_named_just_before(mention: Span, ctx: PageContext) -> Resolved | None:
    """The last organisation named in the mention's sentence or the one before, not a
    company or a wire agency."""
    recent = [
        name
        for _, name in _organisations_just_before(mention, ctx)
        if not (_company_name(name) or _wire_agency(name))
    ]
    if not recent:
        return None
    return Resolved(recent[-1], "organisation", 0.5, "body noun -> organisation named before")


def _not_the_company(name: str) -> bool:
    """A body a page does not mean by "the company": a public body, or a wire agency it
    quotes or cites ("…, said Reuters citing the gold miner's COO. … the company also said"
    is Barrick)."""
    return _wire_agency(name) or _public_body_name(name)


def _wire_agency(name: str) -> bool:
    """ "Reuters", "Xinhua News Agency": a wire agency the page cites."""
    return " ".join(w for w in name.lower().split() if w not in {"news", "agency"}) in AGENCIES


def _public_body_name(name: str) -> bool:
    """A name holding a noun for a body that is not a business: "National Union of
    Mineworkers", "Unión General de Trabajadores" (accents aside), "Ministry of Health";
    "Human Rights Watch" is not (it holds no such noun)."""
    return bool(NON_BUSINESS_NOUNS & set(folded(name).split()))


# Organisations named on the page (as entities or speakers), as (char, name) in page order.
_Named = list[tuple[int, str | None]]


def _called_a_party(
    mention: Span, named: _Named, ctx: PageContext, _history: History, _para: int
) -> tuple[str | None, str]:
    """ "the party" for a party whose name lacks the word: the nearest organisation named
    before that the page calls one ("his Chadema party", "The opposition Forum for Democratic
    Change (FDC)", "a DUP councillor"): "opposition", "ruling" or "governing" before the name,
    "party" or an elected member's title after it. Not a name inside quotation marks ("“…
    FDC aspirant for Kumi Woman MP …,” the party posted")."""
    text = doc_text(mention.doc)
    for char, name in reversed(named):
        if not name or char >= mention.start_char or ctx.in_quote[_token_at(mention.doc, char).i]:
            continue
        written = re.escape(name)
        before = rf"\b(?:opposition|ruling|governing)\s+{written}\b"
        if re.search(rf"{before}|\b{written}\s+(?:{_PARTY_MEMBERS})\b", text):
            return name, "party -> named"
    return None, ""


def _outlet_that_spoke(
    mention: Span, _named: _Named, _ctx: PageContext, history: History, para: int
) -> tuple[str | None, str]:
    """ "…, the Volkskrant said. … , the paper said": the outlet that spoke, nothing merely
    named (a newspaper's name seldom says it is one)."""
    spoke = history.last(mention.start_char, para, "organisation")
    return (None, "") if spoke is None else (spoke[0], "outlet before")


def _union_named_by_its_members(
    mention: Span, named: _Named, _ctx: PageContext, _history: History, _para: int
) -> tuple[str | None, str]:
    """ "The United Nurses of Alberta (UNA) points out … The union says": the latest body
    named before whose name says whose union it is."""
    members = [
        n
        for c, n in named
        if n and c < mention.start_char and UNION_MEMBERS & set(n.lower().split())
    ]
    return (members[-1], "union -> named by its members") if members else (None, "")


# Organisation nouns a name seldom holds, and how else the page names the body when no name
# before holds the noun.
_NOUNS_NAMED_OTHERWISE = {
    "party": _called_a_party,
    "paper": _outlet_that_spoke,
    "newspaper": _outlet_that_spoke,
    "union": _union_named_by_its_members,
}


# Words after a party's name that say it is one: "his Chadema party", "a DUP councillor".
_PARTY_MEMBERS = (
    "party|councillors?|councilors?|MPs?|MLAs?|MEPs?|MSPs?|lawmakers?|legislators?|"
    "politicians?|senators?|congressman|congresswoman|candidates?"
)


def _token_at(doc: Doc, char: int) -> Token:
    """The token a character offset of the page falls in."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span else doc[-1]


def _object_in_the_report(char: int, mention: Span, ctx: PageContext) -> bool:
    """Whether an organisation named at ``char`` is named in the words the mention's own cue
    closes, other than as their subject: a trailing "the company said" is not a customer or
    rival its report names ("Toyota recalled 1m cars, the company said" is Toyota)."""
    if not (mention.sent.start_char <= char < mention.start_char) or not ctx.reported(char):
        return False
    entity = next((e for e in mention.doc.ents if e.start_char == char), None)
    return entity is not None and not _is_subject(entity)


def _main_organisation(doc: Doc, ctx: PageContext, history: History) -> str | None:
    """The organisation the page names most often, when one stands out (at least twice, and
    more often than any other name of one word or an organisation's): "A SpaceX rocket worked
    fine, the company said" opens a story that names SpaceX five times, anyone else at most
    three. A lone word the NER called a person, with no gender or first name on the page, may
    be the organisation ("SpaceX" was tagged PERSON), and so may a name that spoke as one
    before ("Electric Ireland said", untagged). A union or a ministry is no company."""
    text = doc_text(doc)
    spoke = {s.speaker for s in history.speakers if s.kind == "organisation" and s.speaker}
    organisations = {name for _, name in ctx.organisations} | spoke
    lone = {e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    names = {
        n
        for n in organisations | {w for w in lone if w not in ctx.gender}
        if folded(n) not in ctx.first_names  # "Trayvon" of "Trayvon Martin"
        and len(ctx.full_names.get(_name_key(n), "").split()) < 2  # "Clinton", tagged ORG
        and not _not_the_company(spelled_out(n, ctx) or n)
    }
    counts = ((len(re.findall(rf"\b{re.escape(n)}\b", text)), n) for n in names)
    ranked = sorted(counts, reverse=True)[:2]
    if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
        return None
    return ranked[0][1]


def _named_by_its_last_word(mention: Span) -> Resolved | None:
    """ "The park said" after "Cheynes Beach Caravan Park", "the museum" after "the Toledo
    Museum of Art", "the coast guard" after "The Japan Coast Guard", "The prosecutor's office"
    after "Uzbekistan's General Prosecutor's Office": a definite common noun, with the
    lower-case words before it, that a name of capitalised words in this sentence or the one
    before or earlier in the paragraph holds, whatever the NER made of that name."""
    head = mention.root
    if mention[0].lower_ != "the" or head.pos_ != "NOUN" or head.i != mention.end - 1:
        return None
    if head.lower_ in PERSON_OR_ROLE_NOUNS or head.tag_ != "NN":
        return None
    before = _name_words_lower(mention[1:-1])
    if len(before) > 2 or not all(t.is_lower for t in mention[1:-1] if t.is_alpha):
        return None
    doc = mention.doc
    paragraph = doc_text(doc).rfind("\n\n", 0, mention.start_char) + 2
    first = doc.char_span(paragraph, mention.start_char, alignment_mode="expand")
    start = min(_previous_sentence_start(mention[0]), first.start if first else mention.start)
    for tok in reversed(doc[start : mention.start]):
        if tok.lower_ == head.lower_ and tok.text[:1].isupper() and tok.pos_ == "PROPN":
            words = [t for t in doc[tok.left_edge.i : tok.i + 1] if t.text[:1].isupper()]
            held = _name_words_lower(doc[tok.left_edge.i : tok.i])
            if before and held[-len(before) :] != before:
                continue
            if len(words) > len(before) + 1 and tok.ent_type_ not in {"PERSON", "GPE"}:
                # as written: "General" of "General Prosecutor's Office" is no title here
                name = without_article(clean_name(doc[words[0].i : tok.i + 1].text))
                return Resolved(name, "organisation", 0.6, "organisation named by its noun")
    return None


def _name_words_lower(words: Span) -> list[str]:
    """The words of a name in lower case, without possessive marks or punctuation."""
    return [t.lower_ for t in words if not t.is_punct and t.lower_ not in {"'s", "’s"}]


def _noun_given_a_name(mention: Span) -> Resolved | None:
    """ "The company said" after "the mine operated by the state-owned company Codelco": the
    name the page wrote right after the same noun or one it stands for ("the paper" after
    "newspaper Dagens Nyheter"), anywhere before (the noun names what the name is, so it
    reaches further than a name that only holds the noun)."""
    head = mention.root
    if mention[0].lower_ != "the" or head.tag_ != "NN" or _has_proper(mention):
        return None
    if head.lower_ not in ORGANISATION_NOUNS and head.lower_ not in BUSINESS_NOUNS:
        return None
    doc = mention.doc
    nouns = {head.lower_, *ORGANISATION_NOUNS.get(head.lower_, ())}  # "the paper": "newspaper"
    for tok in reversed(doc[: mention.start]):
        after = doc[tok.i + 1] if tok.i + 1 < mention.start else None
        if tok.lower_ not in nouns or not tok.is_lower or after is None:
            continue
        if (
            after.pos_ == "PROPN"
            and after.text[:1].isupper()
            and after.ent_type_ not in {"PERSON", "DATE", "TIME"}  # "court Wednesday ordered"
            and after.lower_ not in CALENDAR_WORDS
        ):
            words = [after]
            while words[-1].i + 1 < mention.start and doc[words[-1].i + 1].pos_ == "PROPN":
                words.append(doc[words[-1].i + 1])
            return Resolved(
                _written_name(words), "organisation", 0.6, "organisation named by its noun"
            )
    return None


def _institution_as_written(mention: Span, ctx: PageContext) -> Resolved | None:
    """ "The budget office said" after "the Congressional Budget Office": the organisation
    named before whose name holds every word. Else "The prosecution said", "the department
    said", "The presidential office said" with no such name: the institution as the page
    calls it, as "police" is (annotators name it so)."""
    head = mention.root
    singular = head.tag_ == "NN" or (head.tag_ == "NNP" and head.is_lower)  # tagger's NNP
    if mention[0].lower_ != "the" or not singular or _has_proper(mention):
        return None
    owner = next((t.i for t in reversed(mention) if t.dep_ == "case"), mention.start)
    words = mention.doc[owner + 1 : mention.end]  # "interior ministry" of "the country's …"
    # a unit of an institution may take more words: "the home ministry's national disaster
    # management division"
    unit = owner > mention.start and mention.doc[owner - 1].lower_ in INSTITUTION_NOUNS
    if head.lower_ not in INSTITUTION_NOUNS or len(words) > (4 if unit else 2):
        return None
    said_of = {t.lower_ for t in words}
    named = _organisation_holding(said_of, mention.start_char, ctx)
    if named is None and len(words) > 1:
        # "the country's interior ministry said" in a lead, "The Interior Ministry" later
        named = _organisation_holding(said_of, len(doc_text(mention.doc)), ctx)
    if named is not None:
        return Resolved(named, "organisation", 0.6, "organisation noun -> named organisation")
    name = without_article(clean_name(mention.text))
    return Resolved(name, "organisation", 0.5, "institution as written")


def _police_force(mention: Span, ctx: PageContext) -> Resolved | None:
    """ "police said", "State police said", "WA police said": the police speak as an
    institution, like "the ministry". The force is the one the page named before whose name
    holds every word before "police" here ("Michigan State Police" for "State police"), else
    the force as written ("WA police", bare "police"). "A police officer" is not the force."""
    head = mention.root
    if head.lower_ != "police" or mention[0].lower_ in {"a", "an", "one", "some", "many"}:
        return None
    written = mention.doc[mention.start : head.i + 1]
    wanted = {t.lower_ for t in written if t.lower_ not in {"the", "local"} and not t.is_punct}
    named = _organisation_holding(wanted, mention.start_char, ctx, _is_police_force)
    if named is None and wanted == {"police"}:
        named = _organisation_holding(set(), mention.start_char, ctx, _police_by_its_letters)
    if named is not None:
        return Resolved(named, "organisation", 0.7, "police force named before")
    name = without_article(clean_name(written.text))
    return Resolved("police" if name.lower() == "police" else name, "organisation", 0.6, "police")


def _organisation_holding(
    words: set[str], before: int, ctx: PageContext, fits=lambda name: True
) -> str | None:
    """The organisation named last before ``before`` whose name holds every one of ``words``
    (lower case) and ``fits``."""
    for char, name in reversed(ctx.organisations):
        if char < before and words <= set(name.lower().split()) and fits(name):
            return name
    return None


def _is_police_force(name: str) -> bool:
    """A force's name, not a headline "… Suspect Named By Police"."""
    words = name.lower().split()
    force_word = words[-1] in {"police", "department", "force", "service", "constabulary"}
    return force_word and len(words) <= 5


def _police_by_its_letters(name: str) -> bool:
    """A force named by its letters ("Codiac Regional RCMP", "the NYPD"), which "police said"
    after it means."""
    last = name.split()[-1]
    return last in POLICE_FORCE_LETTERS or bool(_CITY_POLICE_LETTERS.fullmatch(last))


_CITY_POLICE_LETTERS = re.compile(r"[A-Z]{1,3}PD")  # NYPD, LAPD, SFPD


def _singular(noun: str) -> str:
    """ "companies" -> "company", "unions" -> "union", "witnesses" -> "witness": the pipeline
    lemmatises cue verbs only."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-2] if noun.endswith(("sses", "ches", "shes")) else noun.removesuffix("s")


def _organisations_together(mention: Span, history: History) -> Resolved | None:
    """ "The unions say" after "The PPTA and NZEI say", "the companies said" after "Pfizer and
    BioNTech said": the organisations that last spoke together, however far up the page (the
    plural noun is rarer than "they", so it reaches further)."""
    head = mention.root
    if mention[0].lower_ != "the" or head.tag_ != "NNS":
        return None
    if _singular(head.lower_) not in ORGANISATION_NOUNS:
        return None
    for s in reversed(history.speakers):
        if s.char >= mention.start_char or s.kind != "organisation" or not s.plural:
            continue
        if s.speaker and (" and " in s.speaker or " & " in s.speaker):
            return Resolved(s.speaker, "organisation", 0.6, "organisation noun -> joint speakers")
    return None


def _organisation_after_comma(mention: Span) -> str | None:
    """ "according to the regulator, the Personal Data Protection Office (UODO)": the
    organisation named right after the comma, whatever the parser attached it to."""
    doc = mention.doc
    if mention.end + 1 >= len(doc) or doc[mention.end].text != ",":
        return None
    start = mention.end + 1 + (doc[mention.end + 1].lower_ == "the")
    ent = next((e for e in doc.ents if e.start == start or e.start == mention.end + 1), None)
    if ent is None or ent.label_ != "ORG":
        return None
    return without_article(clean_name(ent.text))


def _previous_sentence_start(token: Token) -> int:
    """Index of the first token of the sentence before ``token``'s (or of its own, first)."""
    doc = token.doc
    start = token.sent.start
    if start > 0:
        prev = doc[start - 1].sent
        while prev.start > 0 and not prev.text.strip():
            prev = doc[prev.start - 1].sent  # "\n\n" can be a sentence of its own
        start = prev.start
    return start


def _last_char(speaker: str, history: History) -> int:
    return max((s.char for s in history.speakers if s.speaker == speaker), default=-1)


def _last_organisation_like(
    before: int, para: int, ctx: PageContext, history: History, business: bool = False
) -> str | None:
    """The latest speaker that may be an organisation: one, one of unknown kind, or a lone
    word the NER called a person that the page never gives a first name or gender ("Strava
    said" is often tagged PERSON). For ``business`` (what "the company" may be), not a union
    or a ministry."""
    for s in reversed(history.speakers):
        if s.char >= before or not s.speaker or para - s.paragraph > MAX_PARAGRAPHS_BACK:
            continue
        if business and _not_the_company(spelled_out(s.speaker, ctx)):
            continue
        lone = " " not in s.speaker and _may_be_an_organisation(s.speaker, ctx)
        if s.kind in {"organisation", None} or (s.kind == "person" and lone):
            return s.speaker
    return None


def _whole_name(ent: Span) -> Span:
    """The entity with the capitalised compounds the tagger left before it: "a State
    Department release", tagged "Department"."""
    start = ent.start
    while start > 0:
        before = ent.doc[start - 1]
        if before.pos_ != "PROPN" or not before.text[:1].isupper() or before.dep_ != "compound":
            break
        if not ent.start <= before.head.i < ent.end and before.head.i != start:
            break
        start -= 1
    return ent.doc[start : ent.end]


def _owner_name(owner: Span, ctx: PageContext) -> str:
    """The name in an owner's words without their title: "Texas Secretary of State John
    Scott's office" is "John Scott's office"."""
    person = next((e.text for e in owner.ents if e.label_ == "PERSON"), None)
    if person is None and _name_key(owner[-1].text) in ctx.full_names:
        person = owner[-1].text
    return without_article(fullest(person or owner.text, ctx, _title_gender(owner)))


def _resolve_group(mention: Span, ctx: PageContext) -> Resolved | None:
    """ "Hillary Clinton's campaign" -> the campaign; "an exit poll by Edison Research" ->
    Edison Research; "one hopeful, Carly Fiorina" -> the person the apposition names."""
    head = mention.root
    low = head.lower_
    if low == "office" and head.text[:1].isupper():
        # "the Audit Office", "the Prime Minister's Office": a name of its own
        name = without_article(clean_name(mention.doc[mention.start : head.i + 1].text))
        return Resolved(name, "organisation", 0.75, "office named as written")
    if low in GROUP_HEADS and low != "spokesman":
        owners = [
            c
            for c in head.children
            if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")
        ]  # "Trump’s campaign", "Trump" a noun to the tagger
        if owners:
            owner = _owner_name(mention.doc[owners[0].left_edge.i : owners[0].i + 1], ctx)
            after = mention.doc[owners[0].i + 1 : head.i + 1]
            mark = "".join(t.text for t in after if t.dep_ == "case") or "'s"  # ’s as written
            held = " ".join(t.text for t in after if t.dep_ != "case")
            name = f"{owner}{mark} {held}"  # "Kremlin's press office"
            return Resolved(name, "organisation", 0.8, "campaign of a named person")
        compounds = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if compounds and mention[0].lower_ == "the":
            owner = fullest(mention.doc[compounds[0].i : head.i].text, ctx)
            return Resolved(f"{owner} {low}", "organisation", 0.8, "campaign of a named person")
    if low in DATA_HEADS or (low in STAFF_NOUNS and head.tag_ == "NNS"):
        author = _person_by_or_from(mention, head) if low in DATA_HEADS else None
        if author is not None:
            # "a letter from Dr Coleman", "a statement by Senator Lee": the person's words
            return Resolved(fullest(author, ctx), "person", 0.75, "person's document")
        orgs = [e for e in mention.ents if e.label_ in {"ORG", "FAC"}]
        orgs = (
            orgs
            or _author_after_participle(head)
            or _name_before_document(head)
            or _outlet_by(head)
        )
        # "the Facebook post said": the poster's words, not Facebook's
        posted_on = [e for e in orgs if e.text.lower() in PLATFORMS and e.root.dep_ == "compound"]
        orgs = [e for e in orgs if e not in posted_on]
        if posted_on and not orgs:
            return Resolved(None, None, 0.3, "a post's platform is not its author")
        # "an analysis by The Associated Press in partnership with X": the author, after "by";
        # "a statement from Taiwan Taoyuan International Airport" (a FAC to the tagger)
        by = [e for e in orgs if e.root.dep_ == "pobj" and e.root.head.lower_ in {"by", "from"}]
        if by or orgs:
            org = without_article(clean_name(_whole_name((by or orgs)[-1 if not by else 0]).text))
            reason = "organisation's data" if low in DATA_HEADS else "organisation's analysts"
            return Resolved(org, "organisation", 0.75, reason)
    comma = next((t.i for t in mention if t.text == ","), None)
    if comma is not None and _indefinite(mention):
        # the apposition may hang on the head or on a noun inside ("one of the victims,
        # Virginia Giuffre")
        for app in (c for t in mention for c in t.children):
            if app.dep_ != "appos" or app.pos_ != "PROPN" or app.i < comma:
                continue
            name = _written_name(_name_words(app))
            person = app.ent_type_ == "PERSON" or first_name_gender(name) is not None
            if person or surname(name) in ctx.full_names:
                return Resolved(fullest(name, ctx), "person", 0.8, "named")
    return None


def _name_before_document(head: Token) -> list[Span]:
    """ "a Quinnipiac poll", "the latest Gallup survey": the proper noun the document is
    named by, whatever the tagger made of it (Quinnipiac is a GPE to it)."""
    names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names or head.lower_ not in DATA_HEADS or names[-1].ent_type_ in TIME_LABELS:
        return []  # "The January report": when, not whose
    return [head.doc[names[0].i : names[-1].i + 1]]


def _outlet_by(head: Token) -> list[Span]:
    """ "a report by the Hurriyet daily": the outlet's name before its outlet noun, whatever
    the tagger made of it (a person, here)."""
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in {"by", "from"}):
        outlet = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if outlet is None or outlet.lower_ not in OUTLET_NOUNS:
            continue
        names = [c for c in outlet.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names:
            return [head.doc[names[0].i : names[-1].i + 1]]
    return []


def _author_after_participle(head: Token) -> list[Span]:
    """ "an analysis led by researchers at Princeton University", "a survey conducted by
    Ipsos": the organisation in the "by" phrase of a participle on the document noun, which
    the mention leaves out. Not whoever only saw or got it ("A statement seen by
    Nairametrics")."""
    for acl in head.rights:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lower_ in RECEIVING_PARTICIPLES:
            continue
        for agent in acl.children:
            if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                phrase = head.doc[agent.i : agent.right_edge.i + 1]
                orgs = [e for e in phrase.ents if e.label_ == "ORG"]
                if orgs:
                    return orgs[:1]
    return []


def _written_title(tok: Token) -> bool:
    """A lower-case role or person noun, however tagged ("principal Kanwaljot Kaur")."""
    return tok.is_lower and tok.lower_ in PERSON_OR_ROLE_NOUNS


def _resolve_name(mention: Span, ctx: PageContext) -> Resolved | None:
    """A person named in the mention (by NER or by a surname known on the page), a name the
    NER missed, or an indefinite description; None when none of these applies."""
    head = mention.root
    surnamed = _named_by_participle(head)
    if surnamed is not None:
        return Resolved(fullest(surnamed, ctx), "person", 0.85, "named by participle")
    if _named_organisation_noun(mention):
        proper = [t.i for t in mention if t.pos_ == "PROPN"]
        name = clean_name(mention.doc[proper[0] : proper[-1] + 1].text)
        return Resolved(name, "organisation", 0.8, "organisation")
    titles = None if head.text[:1].isupper() else _name_after_coordinated_titles(head)
    if titles is not None:
        # "Manitoba Hydro president and CEO Jay Grewal", with "Manitoba Hydro" read as a person
        return Resolved(fullest(titles, ctx), "person", 0.8, "named")
    people = [e for e in mention.ents if e.label_ == "PERSON" and _names_head(e, head)]
    if people:
        # "Government Senior Secondary School, Ayali Khurd, principal Kanwaljot Kaur": the
        # name given a title, not a place the tagger took for a person
        titled = [e for e in people if e.start > 0 and _written_title(e.doc[e.start - 1])]
        # "the head of the Tigray region, Debretsion Gebremichael": the name in apposition,
        # not a place inside the description that the tagger took for a person
        apposed = [e for e in people if _apposed_to(e.root, head)]
        person = next(
            (e for e in people if e.start <= head.i < e.end), (titled or apposed or people)[0]
        )
        name = person.text
        article = person.start > 0 and person.doc[person.start - 1].lower_ == "the"
        if len(person) == 1 and person.root == head and (article or _apposed_body(head)):
            # "the Volkskrant said": a person's name takes no article; "Unison, the largest
            # local government union, said" is what its apposition says it is
            return Resolved(clean_name(name), "organisation", 0.75, "organisation")
        full = _person_name(name, ctx, _title_gender(mention))
        title = mention.doc[mention.start : person.start]  # "President" of "President Museveni"
        if len(title) and title[-1].lower_ in ROLE_GROUPS:
            full = _titled_name(name, full, ROLE_GROUPS[title[-1].lower_], ctx)
        return Resolved(full, "person", 0.9, "named")
    titled = head.lower_ in NAME_TITLES  # "HH the Prime Minister Sheikh Sabah …"
    name_head = (head.pos_ == "PROPN" and head.text[:1].isupper()) or ends_a_hyphenated_name(head)
    if name_head and _role_apposition(head) and not titled:
        # "Jean-Marc Ayrault, the foreign minister of France, said": whatever the NER
        # thought of the name, someone with a role in apposition is a person.
        first = _first_capitalised_compound(head)
        name = clean_name(mention.doc[first.i : head.i + 1].text)
        return Resolved(fullest(name, ctx), "person", 0.85, "named")
    member = (
        _member_of_organisation(head)
        or _person_after_title_of(head)
        or _person_closing_a_title(head)
        or _name_in_apposition(head)
        or _name_after_coordinated_titles(head)
    )
    if member is not None:
        return Resolved(fullest(member, ctx), "person", 0.8, "named")
    known = [
        t
        for t in mention
        if t.text[:1].isupper()
        and t.lower_ not in NAME_TITLES
        and _name_key(t.text) in ctx.full_names
        and _is_head_name(t, head)
        and not _in_organisation_name(t)
    ]
    comma = next((t.i for t in mention if t.text == ","), None)
    if known and comma is not None and known[-1].i > comma:
        # "One Republican hopeful, Carly Fiorina": the apposition names the speaker.
        return Resolved(fullest(known[-1].text, ctx), "person", 0.8, "surname")
    singular_document = head.lower_ in DATA_HEADS and head.tag_ == "NN"  # not "reports from"
    if _indefinite(mention) and singular_document and (by := _name_by_or_from(head)):
        # "a statement from Ardagh": the name the tagger did not know issued it, in full
        # ("Ardagh Group") when the page names a body so
        body = next((n for _, n in ctx.organisations if n.startswith(f"{by} ")), None)
        if body is not None:
            return Resolved(body, "organisation", 0.7, "organisation's document")
        return Resolved(fullest(by, ctx), None, 0.7, "document by a name")
    if _indefinite(mention):
        return Resolved(None, "unnamed", 0.6, "unnamed source")
    if known and (len(mention) == 1 or not _role_group(mention[known[-1].i - mention.start :])):
        # a lone "King" after "Rep. Steve King" is he, whatever else the word can mean
        gender = _title_gender(mention)
        return Resolved(fullest(known[-1].text, ctx, gender), "person", 0.8, "surname")
    first = _first_name_only(mention, ctx)
    if first is not None:
        return first
    spelled = _spelled_name(mention)
    if spelled is not None:
        return spelled
    if (
        head.pos_ == "PROPN"
        and head.text[:1].isupper()
        and not head.ent_type_
        and not _head_is_role(mention)
        and not _capitalised_to_open(head)
    ):
        # A name the NER missed ("Christie, a longtime … backer"): keep it as written; we
        # cannot tell a person from an organisation, so the kind stays None.
        first = _first_capitalised_compound(head)
        name = clean_name(mention.doc[first.i : head.i + 1].text)
        if described_title(mention):
            return Resolved(None, None, 0.3, "a title without a name")
        number = _number_after(head)
        if number is not None:
            # "Densus 88 revealed": a unit or a body named with a number, nobody's "he"
            named = clean_name(mention.doc[first.i : number.i + 1].text)
            return Resolved(named, "organisation", 0.6, "name with a number")
        if name.lower() in _ANONYMOUS | _BODY_STAFF:
            # "Officials from Kenya said" opening a paragraph, tagged a proper noun
            return Resolved(None, "unnamed", 0.6, "unnamed source")
        if name and name.lower() not in PERSON_OR_ROLE_NOUNS:  # "the Advisor said"
            return Resolved(name, None, 0.6, "name not recognised as person or organisation")
    return None


def _named_after_a_preposition(mention: Span) -> bool:
    """ "This decision by Magistrate Wilson", "the former top aide to President George W.
    Bush", "a spokesman for Annan": the name ending the mention belongs to someone the head
    noun stands beside, not to the speaker."""
    head, last = mention.root, mention[-1]
    return head.is_lower and any(
        c.dep_ in {"prep", "agent"}
        and c.lower_ in {"by", "to", "for", "with"}
        and last in c.subtree
        for c in head.children
    )


def _name_in_apposition(head: Token) -> str | None:
    """ "the company's CEO, Abdulaziz Jaafar": a capitalised name in apposition to a role or
    person noun is that person, whatever the NER called the name (here, an organisation)."""
    if head.lower_ not in ROLE_GROUPS and not (
        head.pos_ in {"NOUN", "PROPN"} and head.lower_ in PERSON_NOUNS
    ):
        return None
    for app in head.rights:
        if app.dep_ != "appos" or app.pos_ != "PROPN" or app.ent_type_ in PLACE_LABELS:
            continue
        words = _name_words(app)
        if _capitalised_title(app) and (last := _last_object(app)) is not None:
            # "Police Media Spokesman, Superintendent of Police Ruwan Gunasekara": a second
            # title whose chain of prepositions ends in the name
            words = [t for t in _name_words(last) if not _capitalised_title(t)]
            if len(words) > 1 and last.pos_ == "PROPN":
                return _written_name(words)
            continue
        if len(words) > 1 and all(t.text[:1].isupper() for t in words):
            return _written_name(words)  # one word: a place or a body as often as a person
    return _person_after_employer(head)


def _capitalised_title(tok: Token) -> bool:
    """A capitalised role or person noun ("Superintendent"; "Police" is not)."""
    return tok.text[:1].isupper() and tok.lower_ in PERSON_OR_ROLE_NOUNS


def _person_after_employer(head: Token) -> str | None:
    """ "A spokesman for the Ghana Fire Service, Billy Anaglatey, said": the parser hangs the
    name on the employer, the nearest noun; a person's name there is the spokesman's, also
    one the tagger took for an organisation ("The UN Special Envoy for Syria, Staffan de
    Mistura") when no organisation noun ends it."""
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in {"for", "of", "at"}:
            continue
        for employer in (c for c in prep.children if c.dep_ == "pobj"):
            for app in employer.rights:
                person = app.ent_type_ == "PERSON" or (
                    app.ent_type_ == "ORG" and not _in_organisation_name(app)
                )
                if app.dep_ == "appos" and person and app.pos_ == "PROPN":
                    words = _name_words(app)
                    if len(words) > 1:
                        return _written_name(words)
    return None


def _name_after_coordinated_titles(head: Token) -> str | None:
    """ "Foreign Minister and Alternate Premier Yair Lapid posted": two titles of one person,
    the parser's subject being the first title and the name a conjunct of it. Also a title
    with no "and" whose name the parser made a conjunct ("Assistant Superintendent of Human
    Resources Jay Totter said"), and a lower-case first title when the second is written
    before the name ("Manitoba Hydro president and CEO Jay Grewal says")."""
    if head.lower_ not in ROLE_GROUPS and head.lower_ not in PERSON_NOUNS:
        return None
    capital = head.text[:1].isupper()
    joined = any(c.dep_ == "cc" for c in head.children)
    for conj in head.children:
        title = conj.lower_ in PERSON_OR_ROLE_NOUNS
        if capital and joined and conj.dep_ == "conj" and conj.pos_ == "NOUN" and title:
            # "Pfizer Senior Vice President and head of Vaccine Research Kathrin Jansen"
            return _name_ending_title_chain(conj)
        if conj.dep_ != "conj" or conj.pos_ != "PROPN":
            continue
        words = _name_words(conj)
        name = after_leading_role(words)
        capitalised = all(t.text[:1].isupper() for t in name)
        if joined and head.lower_ in ROLE_GROUPS and len(name) < len(words) and capitalised:
            return _written_name(words)
        person = entity_of(conj)
        if capital and not joined and person is not None and person.label_ == "PERSON":
            return _written_name(list(person))
    return None


def _member_of_organisation(head: Token) -> str | None:
    """ "Samson Mokoena from Vaal Environmental Justice Alliance says": a two- or three-word
    name "from" or "at" an organisation is someone who works there, whatever the NER called
    the name (an organisation is not "from" another)."""
    if head.pos_ != "PROPN" or head.ent_type_ in PLACE_LABELS:
        return None
    words = _name_words(head)
    if not 2 <= len(words) <= 3 or not all(t.text[:1].isupper() for t in words):
        return None
    if words[0].i + len(words) != head.i + 1 or words[0].lower_ in ROLE_GROUPS:
        return None
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "at"}:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if objects and objects[0].ent_type_ == "ORG":
                return _written_name(words)
    return None


def _named_by_participle(head: Token) -> str | None:
    """ "a man surnamed Lo", "a student named Maria Olsen": the person a description goes on
    to name (kept out of the mention, which stops before the participle)."""
    if head.lower_ not in PERSON_NOUNS and head.lower_ not in ROLE_GROUPS:
        return None
    for acl in (c for c in head.children if c.dep_ == "acl" and c.lower_ in {"surnamed", "named"}):
        name = next((c for c in acl.children if c.dep_ in {"oprd", "dobj", "attr"}), None)
        if name is not None and name.pos_ == "PROPN":
            return _written_name(_name_words(name))
    return None


def _person_after_title_of(head: Token) -> str | None:
    """ "Commissioner of Police Dr Carl Williams", "Superintendent of Police Wayne Cameron":
    the parser reads the organisation and the name as one object of "of"; the person the
    tagger found at its end is the speaker, not the title."""
    for title in (head, *(c for c in head.children if c.dep_ == "appos")):
        if title.tag_ != "NNP" or title.lower_ in PERSON_NOUNS:
            continue  # not "Friends of Mr. Clinton", "Supporters of Donald Trump"
        for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            person = entity_of(obj) if obj is not None else None
            if (
                person is not None
                and person.label_ == "PERSON"
                and person.end == obj.i + 1
                and person.start > obj.left_edge.i
            ):
                return person.text
    return None


def _person_closing_a_title(head: Token) -> str | None:
    """ "The Undersecretary of the Ministry of Health in Alexandria Saeed Mamoun al-Saqaan
    announced", "Chair of Judges Esi Edugyan said": a capitalised title whose chain of
    prepositions ends in a person's name, without a comma. The parser hangs the name on the
    last object, so ``_person_after_title_of`` (one "of") misses it. The name needs the
    tagger's PERSON, or a first name we know when the tagger saw none."""
    if head.tag_ != "NNP" or not _capitalised_title(head):
        return None
    return _name_ending_title_chain(head)


def _name_ending_title_chain(title: Token) -> str | None:
    """The person's name a title's chain of prepositions ends in, if any."""
    last = _last_object(title)
    if last is None or last.pos_ != "PROPN":
        return None
    person = entity_of(last)
    if person is not None and person.label_ == "PERSON" and person.end == last.i + 1:
        return _written_name(list(person))  # a place before it is gone (entities.py)
    # the tagger saw no person, or took the name into an organisation ("Vaccine Research and
    # Development Kathrin U. Jansen"): a known first name before the last word
    words = [t for t in _name_words(last) if t.lemma_.lower() not in ROLE_GROUPS]
    unnamed = person is None or person.label_ == "ORG"
    if unnamed and len(words) > 1 and _reads_as_a_name(words):
        return _written_name(words)
    if unnamed and len(words) > 2 and _ends_a_place_or_body(words[-3]):
        # "Chair of Judges Esi Edugyan", "Coordinator for Iraq Lise Grande": the two words
        # after the body's or place's name
        return _written_name(words[-2:])
    return None


def _ends_a_place_or_body(tok: Token) -> bool:
    return tok.ent_type_ in PLACE_LABELS or tok.tag_ == "NNPS"


def _reads_as_a_name(words: list[Token]) -> bool:
    """A known first name first, or a middle initial ("Kathrin U. Jansen")."""
    initial = len(words) == 3 and re.fullmatch(r"[A-Z]\.", words[1].text) is not None
    return initial or first_name_gender(_written_name(words)) is not None


def _last_object(head: Token) -> Token | None:
    """The last object down a chain of prepositions from ``head`` ("of the Ministry of Health
    in Alexandria …"), if the chain ends the phrase."""
    last = None
    tok = head
    while True:
        preps = [c for c in tok.children if c.dep_ == "prep" and c.i > tok.i]
        objects = [o for p in preps[-1:] for o in p.children if o.dep_ == "pobj"]
        if not objects:
            break
        tok = last = objects[-1]
    if last is None or any(c.i > last.i for c in last.children):
        return None
    return last


def entity_of(tok: Token) -> Span | None:
    """The entity ``tok`` is part of, if any."""
    if not tok.ent_type_:
        return None
    return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)


def _name_words(tok: Token) -> list[Token]:
    """``tok`` with the proper nouns the parser hangs before it as one name ("Abdulaziz
    Jaafar")."""
    return [*(t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), tok]


def _written_name(words: list[Token]) -> str:
    words = after_leading_role(words)
    return clean_name(words[0].doc[words[0].i : words[-1].i + 1].text)


def _person_name(name: str, ctx: PageContext, gender: str | None = None) -> str:
    """The fullest form of a person's name; a lone first name of exactly one full name on the
    page and nobody's surname is that person ("Fawad" after "Fawad Chaudhry")."""
    full = fullest(name, ctx, gender)
    whole = None if " " in full else _one_full_name_for_first(full, ctx)
    return full if whole is None else fullest(whole, ctx, gender)


def _one_full_name_for_first(word: str, ctx: PageContext) -> str | None:
    """The only full name on the page that ``word`` is the first name of, unless ``word`` is
    also someone's surname ("Harris" of "Kamala Harris")."""
    if len(ctx.full_names.get(_name_key(word), "").split()) > 1:
        return None
    owners = ctx.first_names.get(folded(word), set())
    return next(iter(owners)) if len(owners) == 1 else None


def _first_name_only(mention: Span, ctx: PageContext) -> Resolved | None:
    """ "Fahmi said" after "Communications Minister Fahmi Fadzil": a lone word that is the first
    name of exactly one full name on the page and nobody's surname (Malay, Arabic and
    Indonesian names, and feature stories, refer to people this way)."""
    words = [t for t in mention if not t.is_punct and t.lower_ != "the"]
    if len(words) != 1 or not words[0].text[:1].isupper():
        return None
    if words[0].ent_type_ in PLACE_LABELS:
        return None  # "Israel said", with Israel Katz on the page
    full = _one_full_name_for_first(words[0].text, ctx)
    return None if full is None else Resolved(fullest(full, ctx), "person", 0.75, "first name")


def _spelled_name(mention: Span) -> Resolved | None:
    """ "M. Dane Waters, whose group …": two to four capitalised words before any comma, with
    no organisation or place entity among them, are a name the tagger and NER missed."""
    comma = next((t.i for t in mention if t.text == ","), mention.end)
    words = [t for t in mention.doc[mention.start : comma] if not t.is_punct]
    if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() for t in words):
        return None
    if any(t.ent_type_ in ORG_LABELS or t.lower_ in ROLE_GROUPS for t in words):
        return None
    if words[0].i == words[0].sent.start and words[0].lower_ in {"the", "a", "an"}:
        return None
    name = _written_name(words)  # not "Striker" of "Striker Tashi Dorji"
    kind = "person" if first_name_gender(name) is not None else None
    return Resolved(name, kind, 0.6, "name not recognised as person or organisation")


def _named_organisation_noun(mention: Span) -> bool:
    """ "his Chadema party": an organisation noun whose name is written before it, even when
    the tagger took the name for a person's."""
    head = mention.root
    if head.lower_ not in ORGANISATION_NOUNS or head.pos_ != "NOUN":
        return False
    proper = [t for t in mention if t.pos_ == "PROPN"]
    if all(t.ent_type_ == "GPE" for t in proper):
        return False  # "the London oil company": where it is, not its name
    return all(t.dep_ == "compound" and t.head == head for t in proper)


def _apposed_body(head: Token) -> bool:
    """A name with an organisation noun in apposition right after its comma: "Unison, the
    largest local government union" (not a person noun: "Kaur, the principal"; not "Ms.
    Arnold, who helped found EDGE, an environmental justice group")."""
    return any(
        c.dep_ == "appos"
        and c.left_edge.i == head.i + 2
        and c.lower_ in ORGANISATION_NOUNS
        and c.lower_ not in PERSON_NOUNS
        for c in head.children
    )


def _role_apposition(head) -> bool:
    return any(c.dep_ == "appos" and c.lower_ in PERSON_OR_ROLE_NOUNS for c in head.children)


def _resolve_other(mention: Span, ctx: PageContext) -> Resolved:
    """Surnames written with a title, unnamed sources, groups and organisations."""
    head = mention.root
    name = clean_name(mention.text)
    written = name.split()[-1:] or [""]  # the surname as written: not "advisor"
    named = _has_proper(mention) and written[0][:1].isupper() and surname(name) in ctx.full_names
    if (
        named
        and not _named_after_a_preposition(mention)
        and not (head.tag_ == "NNS" and head.i < mention.end - 1)
    ):
        # not "Homeowners in Florence Close, Kempsey", people named by where they live
        return Resolved(fullest(name, ctx, _title_gender(mention)), "person", 0.8, "surname")
    if head.lower_ in UNNAMED_NOUNS and not _has_proper(_after_the(mention)):
        # "the Polish authorities", like "Israeli authorities", name nobody
        return Resolved(None, "unnamed", 0.6, "unnamed source")
    if (
        head.ent_type_ == "NORP"
        and len(mention) == 1
        and head.tag_ == "NNP"
        and not (
            _demonym(head) or head.lower_ in PARTY_MEMBERS or head.lower_.startswith("democrat")
        )
        and _singular(head.lower_) not in PERSON_NOUNS  # "Neighbours" opening a sentence
    ):
        # "Mulino asserted": a lone singular name the tagger took for a nationality
        return Resolved(name, None, 0.6, "name not recognised as person or organisation")
    if head.ent_type_ == "NORP" and not (head.tag_ == "NNPS" and mention[0].lower_ == "the"):
        return Resolved(None, "unnamed", 0.6, "unnamed source")  # "Democrats said"
    if head.ent_type_ == "NORP" and head.tag_ == "NNPS" and mention[0].lower_ == "the":
        return Resolved(clean_name(head.text), "organisation", 0.6, "party")  # "the Conservatives"
    government = _government(mention, ctx)
    if government is not None:
        return government
    orgs = [
        e
        for e in mention.ents
        if e.label_ in ORG_LABELS
        and not _in_modifier(e, head)
        and not _place_modifier(e.root, head)
    ]
    singular = _singular(head.lower_)
    person_noun = head.lower_ in PERSON_OR_ROLE_NOUNS
    people = (
        head.tag_ in {"NNS", "NNPS"}
        and singular in PERSON_OR_ROLE_NOUNS
        and head.lower_ not in STAFF_NOUNS  # "Analysts from Citi" speak for Citi
        and head.ent_type_ != "ORG"  # "the Joint Chiefs of Staff"
    )
    plural = head.tag_ in {"NNS", "NNPS"} or (head.lower_.endswith("s") and head.is_sent_start)
    if len(mention) == 1 and plural and singular in PERSON_NOUNS:
        return Resolved(None, "unnamed", 0.6, "unnamed source")  # "Eyewitnesses told …"
    if orgs and ((person_noun and head.pos_ == "NOUN") or people) and "," not in mention.text:
        # "China's chief climate negotiator at the UN talks", "the RNC member", "the ODM
        # legislators", "Tonga's noble MPs": people the mention does not name, not the body
        # they work in ("Schilling's son, Grant" is named)
        return Resolved(None, "unnamed", 0.6, "unnamed source")
    plural_body = head.tag_ == "NNS" and (
        singular in ORGANISATION_NOUNS or singular == "government"
    )
    if len(orgs) > 1 and plural_body and all(e.end <= head.i for e in orgs):
        # "The U.S. and Japanese governments" speak together, as written
        return Resolved(without_article(mention.text), "organisation", 0.75, "organisation")
    if not orgs and mention[0].lower_ in {"a", "an"} and head.lower_ in PERSON_OR_ROLE_NOUNS:
        return Resolved(None, "unnamed", 0.6, "unnamed source")  # "A prominent MP said"
    if orgs or (
        _has_proper(mention)
        and head.pos_ == "PROPN"
        and head.text[:1].isupper()
        and not (len(mention) == 1 and _capitalised_to_open(head))
    ):
        # Without an ORG entity the name is the mention up to any apposition ("Serhii Radio,
        # a researcher at DonNU"), never the description after the comma.
        comma = next((t.i for t in mention if t.text == ","), mention.end)
        org = without_article(
            clean_name(orgs[-1].text if orgs else mention.doc[mention.start : comma].text)
        )
        if orgs and (_body_of_place(orgs[-1], head) or _place_owns(orgs[-1], head)):
            # "the Philippine government", "Turkey's disaster authority": the body, not the place
            org = mention.doc[orgs[-1].start : head.i + 1].text
        return Resolved(org, "organisation", 0.75, "organisation")
    if head.text.isupper() and _ACRONYM.fullmatch(head.text) and mention[0].lower_ == "the":
        # "According to the INMO": an acronym with the article is an organisation's
        return Resolved(head.text, "organisation", 0.75, "organisation")
    if _capitalised_name(mention):
        name = clean_name(head.text)
        return Resolved(name, None, 0.6, "name not recognised as person or organisation")
    owned = head.i + 1 < len(head.doc) and head.doc[head.i + 1].tag_ == "POS"
    if (
        mention[0].lower_ == "the"
        and head.tag_ == "NN"
        and head.lower_ in _PUBLIC_BODY_NOUNS
        and not owned  # "the party's top figures" are people
    ):
        if len(mention) == 2 and head.lower_ != "government":
            # "the union", "the watchdog": a bare noun says nothing of which body; the one
            # named in this sentence or the one before, if any ("The KMPDU called a strike.
            # … the union said"). "The government" is the page's own country's.
            return _body_named_just_before(mention, ctx) or Resolved(
                None, None, 0.3, "speaker unresolved: common noun"
            )
        # "the state government", "The Sulaimani health directorate", never named in full:
        # a body the reader can place, not an unnamed source, and all the page says of it
        return Resolved(
            _as_described(mention), "organisation", 0.45, "public body described, never named"
        )
    return Resolved(None, None, 0.3, "speaker unresolved: common noun")


_PUBLIC_BODY_NOUNS = NON_BUSINESS_NOUNS | INSTITUTION_NOUNS | {"directorate", "agency", "station"}
_NATIONAL_BODY_NOUNS = _PUBLIC_BODY_NOUNS | {"military", "navy", "force", "guard", "group"}


_MODIFIER_PREPS = frozenset({"in", "under", "with", "across", "near", "into", "on", "about"})


def _in_modifier(ent: Span, head: Token) -> bool:
    """The entity only says where or in what ("the head of the Dialogue Group in Turkey",
    "one of the larger players in the RPA market") or describes another body named before it
    in the mention, so it is not the speaker; "500 BC" is a date."""
    if ent.text.split()[-1] in {"BC", "AD", "BCE", "CE"}:
        return True
    tok = ent.root
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in _MODIFIER_PREPS:
            return True
        if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.head.ent_type_ == "ORG":
            return True  # "Wildlife Services, an arm of the U.S. Department of Agriculture"
        tok = tok.head
    return False


_BELOW_A_COUNTRY = frozenset(
    {"state", "provincial", "local", "regional", "city", "county", "municipal"}
)


def _government(mention: Span, ctx: PageContext) -> Resolved | None:
    """ "the government said", "its government": the government of the nearest country named
    in the 120 tokens before, written "Brazil government"; None with no country in reach."""
    head = mention.root
    if head.lower_ != "government" or _has_proper(mention):
        return None
    if not any(t.lower_ in {"the", "its", "their"} for t in head.lefts):
        return None
    if any(t.lower_ in _BELOW_A_COUNTRY for t in head.lefts):
        return None  # "the state government" after "Ludhiana" is not a country's
    countries = [e for e in mention.doc.ents if e.label_ == "GPE" and e.end <= mention.start]
    if not countries or mention.start - countries[-1].end > 120:
        return None
    name = f"{clean_name(countries[-1].text)} government"
    return Resolved(name, "organisation", 0.55, "government of the country named before")


def _title_gender(mention: Span) -> str | None:
    """ "m" after Mr./Sir, "f" after Mrs./Ms./Miss in the mention, else None."""
    for tok in mention:
        if tok.lower_ in MALE_TITLES:
            return "m"
        if tok.lower_ in FEMALE_TITLES:
            return "f"
    return None


def _capitalised_name(mention: Span) -> bool:
    """A one-word mention the tagger took for a common noun ("Forbes notes", "Wealth-X says")
    is a name when the page also writes it capitalised inside a sentence; "Others say" at a
    sentence start is not, nor "Truckers" opening one, which the page also writes in lower
    case ("truckers viewed it") and capitalised only inside a name ("National Truckers
    Association")."""
    if len(mention) != 1:
        return False
    head = mention[0]
    word = head.text
    if not word[:1].isupper() or word.lower() in UNNAMED_NOUNS or word.lower() in PRONOUNS:
        return False
    if head.i != head.sent.start:
        return True
    if _capitalised_to_open(head):
        return False
    return any(t.text == word and t.i != t.sent.start for t in head.doc if t.i != head.i)


def _capitalised_to_open(tok: Token) -> bool:
    """A plural capitalised only because it opens its sentence ("Truckers"): the page writes
    it in lower case elsewhere. Not a singular: "State initially said" is the State
    Department on a page that also says "state"."""
    if not tok.is_sent_start or tok.tag_ not in {"NNS", "NNPS"}:
        return False
    return any(t.text == tok.text.lower() for t in tok.doc)


def _in_organisation_name(tok: Token) -> bool:
    """A word of an organisation's name that ends in an organisation noun: "the chairman of
    Hampshire Police Federation" is not someone called Hampshire, nor "The Trayvon Martin
    Foundation" Trayvon Martin."""
    if tok.ent_type_ not in {"ORG", "FAC"}:
        return False
    entity = entity_of(tok)
    return entity is not None and len(entity) > 1 and entity[-1].lower_ in ORGANISATION_NOUNS


def _is_head_name(tok, head) -> bool:
    """A word that names the head itself: the head, its compound, or its apposition's head."""
    if tok.i == head.i or head.lower_ in ROLE_GROUPS:
        return True
    if tok.dep_ == "compound" and tok.head.i == head.i:
        return True
    return tok.dep_ == "appos" and tok.head.i == head.i


def _names_head(ent: Span, head) -> bool:
    """Whether a PERSON inside the mention is the speaker: it holds the head, stands in
    apposition to it, or follows a role noun ("the head of state Aleksandr Lukashenko"); not
    "Residents of X", "X's mom", "a longtime X backer" or "an X campaign spokesman"."""
    if ent.start <= head.i < ent.end:
        return True
    if ent.root.dep_ == "poss" or (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"):
        return False
    if _apposed_to(ent.root, head):
        return True
    if ent.end <= head.i:
        return False  # "A Rick Becker campaign spokesman" speaks for him, and is not him
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ in {"for", "to"}:
        return False  # "A spokeswoman for Smith", "an adviser to Smith": not Smith
    return head.lower_ in ROLE_GROUPS or head.lower_ in {"head", "state"} | NAME_TITLES


def _apposed_to(tok: Token, head: Token) -> bool:
    """In apposition to the head, directly or through another apposition ("School, Ayali
    Khurd, principal Kanwaljot Kaur")."""
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == head.i:
            return True
    return False


def _indefinite(mention: Span) -> bool:
    """ "a source", "one Democrat familiar with …", "many critics": nobody in particular.

    A determiner such as "a"/"one" decides it even before a name ("a Trump supporter"); a
    bare plural only when it is a common noun ("Officials", not "Sanders").
    """
    first = mention[0].lower_
    head = mention.root
    if first in {"a", "an"} and _adjective_before_a_name(mention):
        return False  # "an impassioned Ayci": the writer's colour, not an unnamed source
    if first in {"a", "an", "another", "some", "many", "several", "one", "two", "three", "most"}:
        return True
    return head.tag_ in {"NNS"} and first != "the" and not head.text[:1].isupper()


def _adjective_before_a_name(mention: Span) -> bool:
    """ "an impassioned Ayci", "a defiant Trump": an article, adjectives, then a name alone."""
    words = list(mention[1:])
    return (
        len(words) >= 2
        and all(t.pos_ == "ADJ" and t.is_lower for t in words[:-1])
        and words[-1].pos_ in {"PROPN", "NOUN"}  # the tagger may take "Ayci" for a noun
        and words[-1].text[:1].isupper()
        and words[-1].ent_type_ != "NORP"  # "a defiant Democrat" is nobody in particular
        and words[-1].i == mention.root.i
    )


def _has_proper(mention: Span, *, places: bool = True) -> bool:
    """A capitalised proper noun: the small model tags "president" PROPN after a quote.
    ``places=False`` leaves out a place or nationality before the head ("the Florida fan")."""
    return any(
        t.text[:1].isupper()
        and (t.pos_ == "PROPN" or t.i > mention.start)
        and (places or not _place_modifier(t, mention.root))
        for t in mention
    )


def _after_the(mention: Span) -> Span:
    """The mention without a leading "the"."""
    return mention[1:] if len(mention) > 1 and mention[0].lower_ == "the" else mention


def _body_of_place(ent: Span, head: Token) -> bool:
    """ "the Philippine government", "the Swedish army", "the Polish foreign ministry": a
    place or nationality before a lower-case government or organisation noun."""
    between = head.doc[ent.end : head.i]  # "the Chinese health ministry"
    return (
        ent.label_ in {"GPE", "NORP"}
        and ent.end <= head.i
        and all(t.is_alpha and t.is_lower for t in between)
        and head.text.islower()
        and (head.lower_ in ORGANISATION_NOUNS or head.lower_ in {"government", "military"})
    )


def _place_owns(ent: Span, head: Token) -> bool:
    """ "Turkey's disaster authority": a place owning a lower-case organisation noun."""
    return (
        ent.label_ in {"GPE", "LOC"}
        and ent.root.dep_ == "poss"
        and ent.root.head.i == head.i
        and head.text.islower()
        and head.lower_ in ORGANISATION_NOUNS
    )


def _place_modifier(tok: Token, head: Token) -> bool:
    """ "Florida" in "the Florida fan", "Ukrainian" in "the Ukrainian official": a place
    before a person noun says where the person is from; before "government" or "military"
    it names the body that speaks. "Henderson" in "the Henderson-based company" says where
    the company is, whatever the noun, and so does "London" in "the London oil company": a
    government is its place's, a business only sits there."""
    if tok.ent_type_ not in {"GPE", "LOC", "NORP", "LANGUAGE"} or tok.i > head.i:
        return False  # "English" of "the English skipper" may be tagged a language
    if tok.head.lower_ in {"based", "headquartered"}:
        return True
    return head.pos_ == "NOUN" and (head.lower_ in PERSON_NOUNS or head.lower_ in BUSINESS_NOUNS)


def _after_possessor(mention: Span) -> Span:
    """The mention after whoever owns its head: "the prime minister's chief of staff" is a
    chief of staff, not the prime minister."""
    root = mention.root
    ends = [c.right_edge.i for c in root.children if c.dep_ == "poss" and c.i >= mention.start]
    # "Chad’s Ambassador to France", "Chad" parsed a modifier: the ending marks the owner
    ends += [t.i for t in mention if t.tag_ == "POS" and t.i < root.i]
    if not ends or max(ends) + 1 >= mention.end:
        return mention
    return mention.doc[max(ends) + 1 : mention.end]


def _role_group(mention: Span) -> str | None:
    return _role_group_in(" ".join(t.lower_ for t in mention))


def _role_group_in(words: str) -> str | None:
    """The group of the longest role written in lower-case, space-separated words."""
    padded = f" {words} "
    return next((group for role, group in _ROLES_LONGEST_FIRST if f" {role} " in padded), None)


def _title_without_a_name(mention: Span, ctx: PageContext) -> Resolved | None:
    """ "Sindh Information Minister says" after "Information Minister of Sindh Sharjeel Inaam
    Memon": a capitalised title with no article and no name is the person who holds it on
    the page, by the words of the title ("Information", not any minister). Left to the name
    rules when nobody on the page holds it."""
    head = mention.root
    if mention[0].lower_ == "the" or head.pos_ != "PROPN" or head.i != mention.end - 1:
        return None
    if any(t.ent_type_ == "PERSON" or not t.text[:1].isupper() for t in mention):
        return None
    group = _role_group(mention[-1:])
    if group is None:
        return None
    said_of = {t.lower_ for t in mention[:-1] if t.is_alpha}
    holders = [h for h in ctx.roles.get(group, []) if h.char < mention.start_char]
    fitting = {h.name for h in holders if said_of <= h.title}
    if len(fitting) != 1:
        return None
    return Resolved(fitting.pop(), "person", 0.7, "title -> its holder")


def _head_is_role(mention: Span) -> bool:
    """The mention's head noun is itself a role ("the Supreme Court justice", "the former
    secretary of state"), so its proper-noun modifiers only say where the role is held."""
    head = mention.root
    # "Governor said", the title left behind by the parser; not an acronym ("MSP said")
    alone = len(mention) == 1 and not head.text.isupper()
    # "Croatian Prime Minister said", as translated wire copy drops the article
    of_a_place = mention[0].ent_type_ in {"NORP", "GPE"} and all(
        t.ent_type_ in {"NORP", "GPE", ""} for t in mention
    )
    # "Chile's Mining Minister", whatever the tagger made of Chile
    owned = _after_possessor(mention) != mention
    if (
        head.pos_ == "PROPN" and mention[0].lower_ != "the" and not (alone or of_a_place or owned)
    ) or head.ent_type_ == "PERSON":
        return False  # "the US President", "The Prime Minister", not "Senator from Texas"
    if head.pos_ not in {"NOUN", "PROPN"}:
        return False
    # the role starts at the head: "secretary of state", not "Center for Justice"
    rest = " ".join(t.lower_ for t in mention[head.i - mention.start :]) + " "
    return any(rest.startswith(role + " ") for role, _ in _ROLES_LONGEST_FIRST)


def _resolve_role(
    group: str,
    char: int,
    ctx: PageContext,
    history: History,
    para: int,
    *,
    bare: bool = True,
    said_of: frozenset[str] = frozenset(),
) -> Resolved:
    """The holder of the role named earlier (or the only one named later); for a bare "the
    president" also the last person speaker. A modified role ("the GOP nominee", "the New
    York businessman") is written to tell someone apart, often from the last speaker, so it
    never falls back to them; and among holders, the words it is modified with
    (``said_of``: "the Ministry of Foreign Affairs spokesperson") pick those whose title
    shares one ("Chinese Foreign Ministry spokesperson Lin Jian", not "Military spokesperson
    Ahmed Sharif")."""
    earlier = [h for h in ctx.roles.get(group, []) if h.char < char]
    described = [h for h in earlier if said_of & h.title]
    if earlier:
        names = [h.name for h in described or earlier]
        return Resolved(_last_mentioned(names, char, ctx), "person", 0.75, "role noun")
    holders = ctx.roles.get(group, [])
    if len({h.name for h in holders}) == 1:
        return Resolved(holders[0].name, "person", 0.65, "role noun (named later)")
    last = history.last(char, para, "person") if bare else None
    if last is not None:
        return Resolved(last[0], "person", 0.55, "role noun -> last speaker")
    return Resolved(None, None, 0.3, "speaker unresolved: role noun")


def _last_mentioned(names: list[str], before: int, ctx: PageContext) -> str:
    """Of the people holding a role, the one the page mentioned last: "Montana senator Jon
    Tester … Sen. Kyrsten Sinema … Tester will need to raise money. But the senator …" is
    Tester, named after Sinema although introduced before her. Names inside quotes do not
    count: the speaker named them, the page did not turn to them."""
    last_seen = {name: -1 for name in names}
    for p in ctx.people:
        if p.in_quote:
            continue  # "… in President Robert Mugabe's eloquent phrase": named by a speaker
        if p.char < before and p.name and (full := _person_name(p.name, ctx)) in last_seen:
            last_seen[full] = p.char
    return max(reversed(names), key=lambda n: last_seen[n])


def _resolve_pronoun(
    token, ctx: PageContext, history: History, para: int, *, continuing: bool = False
) -> Resolved:
    """he/she -> the nearest earlier speaker or person subject of the same gender.

    Why nearest, and subjects: "President Obama backed her up. “…,” he said" is Obama even when
    another man spoke two paragraphs up; "Trump attacked Bush. “…,” he said" is Trump, the
    subject. People inside quotes or inside reported content are not candidates ("Smith said
    Jones lied. “…,” he added" is Smith), and an unnamed source is one ("A reporter called it
    chaos. “…,” he said" names nobody). ``continuing`` cues ("he added") prefer the last
    speaker over a newer subject.
    """
    word = token.lower_
    if word in PRONOUNS_PLURAL or word in PRONOUNS_NEUTER:
        return _resolve_group_pronoun(token, ctx, history, para)
    if word not in PRONOUNS_MALE and word not in PRONOUNS_FEMALE:
        return Resolved(None, None, 0.3, "speaker unresolved: pronoun")
    want = "m" if word in PRONOUNS_MALE else "f"
    owner = _owner_of_the_remarks(token, want, ctx)
    if owner is not None:
        return Resolved(owner, "person", 0.75, "pronoun -> owner of the remarks")
    before = _before_own_subject(token)
    last_speaker = _last_speaker(before, para, want, ctx, history, pronoun=True)
    last_subject = _last_subject(before, para, want, ctx)
    if last_subject is not None and (
        last_speaker is None
        or (
            last_subject.char > last_speaker.char
            and not _within_the_mention(last_subject, last_speaker, token.doc)
            and not (continuing and not _spoke_without_words(last_subject, token.doc))
            and not (
                # a subject named in the speaker's quote is part of their story while they
                # were heard nearby; narration that has moved on makes it the page's own
                last_subject.paragraph - last_speaker.paragraph <= 1
                and _character_in_their_story(last_subject, doc_text(token.doc), ctx, history)
            )
        )
    ):
        if last_subject.name is None:
            return Resolved(None, "unnamed", 0.5, "pronoun -> unnamed subject")
        full = fullest(last_subject.name, ctx)
        ctx.gender[full] = want
        same = para == last_subject.paragraph
        return Resolved(full, "person", 0.75 if same else 0.65, "pronoun -> subject")
    if last_speaker is not None:
        if last_speaker.speaker is None:
            return Resolved(None, "unnamed", 0.5, "pronoun -> unnamed source")
        same = para == last_speaker.paragraph
        if last_speaker.kind == "organisation":  # the body its spokesperson speaks for
            return Resolved(last_speaker.speaker, "organisation", 0.7, "pronoun -> spokesperson")
        ctx.gender[last_speaker.speaker] = want
        return Resolved(last_speaker.speaker, "person", 0.8 if same else 0.7, "pronoun -> speaker")
    # No speaker or subject near: the person of that gender the page is about.
    full = _most_mentioned(token.idx, want, ctx)
    if full is None:
        guessed = _subject_of_guessed_gender(token, para, want, ctx)
        if guessed is not None:
            return Resolved(guessed, "person", 0.45, "pronoun -> subject of guessed gender")
        mistagged = _person_tagged_organisation(token, para, history)
        if mistagged is not None:
            return Resolved(mistagged, "person", 0.45, "pronoun -> one-word speaker")
        return Resolved(None, None, 0.25, "speaker unresolved: pronoun")
    ctx.gender[full] = want
    return Resolved(full, "person", 0.55, "pronoun -> person")


def _within_the_mention(subject: Person, spoken: Spoken, doc: Doc) -> bool:
    """The subject is the speaker's own mention ("spokeswoman" of "A spokeswoman for X said"),
    not someone named after it."""
    return _token_at(doc, subject.char).left_edge.idx <= spoken.char


def _spoke_without_words(subject: Person, doc: Doc) -> bool:
    """ "Council President Sarayut Mallam, joining the Governor, agreed. ¶ “…,” he added": a
    subject whose own verb is a speech verb with no object spoke, though no words were reported
    with it, so a "he added" goes on with them rather than with the speaker before."""
    word = _token_at(doc, subject.char)
    while word.dep_ == "compound":  # "Sarayut" of "Sarayut Mallam"
        word = word.head
    verb = word.head
    if any(c.dep_ in {"dobj", "ccomp", "xcomp", "parataxis"} for c in verb.children):
        return False  # words of their own ("said the deal was off"), or relayed ("quoted him")
    return word.dep_ == "nsubj" and verb.lower_ in CUE_FORMS and verb.pos_ == "VERB"


def _person_tagged_organisation(token: Token, para: int, history: History) -> str | None:
    """ "“…,” Prayuth said. ¶ He said …": when no person can be the pronoun, the last speaker
    in this paragraph or the one before, if it is one capitalised word the tagger called an
    organisation (Thai, Indonesian and other names it does not know), written without "the"
    and not an acronym ("the Kremlin", "NATO" stay organisations)."""
    for spoken in reversed(history.speakers):
        if spoken.char >= token.idx or spoken.speaker is None:
            continue
        if para - spoken.paragraph > 1 or spoken.kind != "organisation":
            return None
        word = spoken.speaker
        one_word = word.isalpha() and word.istitle() and len(word) > 2
        first = _token_at(token.doc, spoken.char)
        with_the = first.lower_ == "the" or (first.i > 0 and first.nbor(-1).lower_ == "the")
        return word if one_word and not with_the else None
    return None


def _before_own_subject(token: Token) -> int:
    """Where to look back from for an object pronoun: before its own clause's subject ("Itar-
    Tass quoted him as saying" is not Itar-Tass)."""
    if token.dep_ not in {"dobj", "dative"}:
        return token.idx
    subjects = [c for c in token.head.children if c.dep_ == "nsubj" and c.i < token.i]
    return subjects[0].left_edge.idx if subjects else token.idx


def _owner_of_the_remarks(token: Token, want: str, ctx: PageContext) -> str | None:
    """ "Maimane was referring to Zuma's comments on Wednesday when he denied …": the "he" of
    a "when" clause after someone's remarks in the same sentence is whoever made them."""
    clause = token.head
    if token.dep_ != "nsubj" or not any(c.lower_ == "when" for c in clause.lefts):
        return None
    for noun in reversed(token.sent[: token.i - token.sent.start]):
        if noun.lower_ not in SPEECH_NOUNS:
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        person = entity_of(owner) if owner is not None else None
        if person is None or person.label_ != "PERSON":
            return None
        full = fullest(clean_name(person.text), ctx)
        return full if _gender(full, ctx, want) == want else None
    return None


def _subject_of_guessed_gender(token, para: int, want: str, ctx: PageContext) -> str | None:
    """ "The Scottish author Ali Smith is the guest director. ¶ She described the festival …":
    when nobody on the page can be the pronoun, the latest named subject in this paragraph or
    the one before, if only a first-name list gave that person the other gender (Ali, Andrea,
    Jean and Kim are given to both). Nothing is noted of the gender: one pronoun that finds
    nobody else is weak evidence."""
    last = _last_subject(token.idx, para, None, ctx)
    if last is None or last.name is None or para - last.paragraph > 1:
        return None
    full = fullest(last.name, ctx)
    if full in ctx.gender or first_name_gender(full) in {None, want}:
        return None
    return full


def _most_mentioned(before: int, want: str, ctx: PageContext) -> str | None:
    """The person of gender ``want`` the page talks about most, among those named
    before ``before`` outside anyone's words: "Blair" all through an interview, not "Mila
    Mulroney" named once in passing nor "Keir Starmer" named only in the question put to
    him. Mentions are counted over the whole page, as a page is about its protagonist from
    the start; the latest wins a tie. A gender the page or the first name gives counts
    before one merely not ruled out."""
    named = _named_outside_quotes(ctx)
    counts = Counter(full for _, full in named)
    fitting: dict[str, None] = {}  # in order of first mention
    latest: str | None = None
    for p, full in named:
        if p.char >= before or ctx.reported(p.char):
            continue
        known = ctx.gender.get(full) or first_name_gender(full)
        if known == want:
            fitting[full] = None
        elif known is None and not _written_as_a_place(full, ctx):
            latest = full
    if fitting:
        return max(reversed(list(fitting)), key=counts.__getitem__)
    return latest


def _written_as_a_place(name: str, ctx: PageContext) -> bool:
    """A "person" the page also writes as a place ("a village in Lokori, Turkana East"): the
    tagger's mistake, not someone a pronoun can mean."""
    return name in ctx.places


def _named_outside_quotes(ctx: PageContext) -> list[tuple[Person, str]]:
    """Every named person mention outside quote marks, with its fullest name, in page order:
    what ``_most_mentioned`` and ``_protagonist`` count."""
    return [(p, fullest(p.name, ctx)) for p in ctx.people if p.name is not None and not p.in_quote]


def interviewee(before: int, history: History) -> Resolved | None:
    """Who answers the page's own questions ("Is Starmer a good leader? ¶ “Well, I’m fully
    supportive of him.”"): the person who last spoke, not inside someone else's words; None
    when no one has."""
    for s in reversed(history.speakers):
        if s.char < before and s.speaker and s.kind == "person" and not s.nested:
            return Resolved(s.speaker, "person", 0.6, "interview answer -> last speaker")
    return None


def surname_written_before(name: str, text: str, end: int) -> list[int]:
    """Where the surname of ``name`` is written in ``text`` before ``end``, as a word: the
    tagger misses names inside clauses, the text does not."""
    last_word = clean_name(name).split()[-1]
    return [m.start() for m in re.finditer(rf"\b{re.escape(last_word)}\b", text[:end])]


_ANONYMOUS = UNNAMED_NOUNS | SPOKESPEOPLE


def described_person(mention: Span) -> bool:
    """ "An MP in Plymouth", "a Spotify executive", "A woman who …", "the finance minister"
    in a lead: someone described, not named, and not a source a page leaves unnamed on
    purpose ("a source", "a spokesperson")."""
    if any(t.lower_ in _ANONYMOUS for t in mention):
        return False
    head = mention.root.lower_
    if mention[0].lower_ == "the":
        return head in ROLE_GROUPS
    if mention[0].lower_ not in {"a", "an"}:
        return False
    return head in PERSON_OR_ROLE_NOUNS


def described_official(mention: Span) -> bool:
    """ "a top health official", "an agriculture official" opening a story: an official
    described by what they do, who the next paragraphs usually name. Not a bare "an official",
    nor one the sentence says is kept anonymous."""
    head = mention.root
    if head.lower_ != "official" or mention[0].lower_ not in {"a", "an"}:
        return False
    if not any(t.dep_ in {"amod", "compound"} for t in head.lefts):
        return False
    return not _KEPT_ANONYMOUS_RE.search(head.sent.text)


def described_spokesperson(mention: Span) -> bool:
    """ "a company spokesman", "a UNHCR spokesperson" opening a story, where the next
    paragraphs usually name the spokesperson ("David Eskelsen, a Utah Power spokesman"); not
    one the sentence says is kept anonymous."""
    if mention.root.lower_ not in SPOKESPEOPLE or mention[0].lower_ not in {"a", "an"}:
        return False
    return not _KEPT_ANONYMOUS_RE.search(mention.root.sent.text)


def described_title(mention: Span) -> bool:
    """ "Kalaburagi Health Officer said": a capitalised title of a place or body with no
    name, which the next paragraphs usually give ("MK Patil, district Health Officer")."""
    words = [t for t in mention if not t.is_punct]
    return (
        len(words) >= 2
        and mention.root.lower_ in PERSON_NOUNS
        and all(t.is_title for t in words)
        and not any(t.ent_type_ == "PERSON" for t in words)
    )


_KEPT_ANONYMOUS_RE = re.compile(r"anonymity|not (?:be )?(?:named|identified)|not authori[sz]ed")


def _character_in_their_story(
    subject: Person, text: str, ctx: PageContext, history: History
) -> bool:
    """A subject the page has so far named only inside someone's reported words, and who
    never spoke: "He said the lease went to one Mr Makama. Mr Makama then sold it. “…,” he
    said" goes on the speaker's words, Makama being part of his story. Earlier mentions are
    found by the surname as written, as the tagger misses names inside clauses."""
    if subject.name is None:
        return False
    full = fullest(subject.name, ctx)
    earlier = surname_written_before(full, text, subject.char)
    if not earlier or any(not ctx.reported(char) for char in earlier):
        return False
    return all(s.speaker != full for s in history.speakers)


def _resolve_group_pronoun(token, ctx: PageContext, history: History, para: int) -> Resolved:
    """it/they -> the nearest organisation: one that spoke, or the subject of this sentence or
    the one before ("Strava is adding a feature. It said …", "Israel struck. They say …");
    "they" after an unnamed plural source ("Russian authorities said. They said") stays
    unnamed."""
    candidates: list[tuple[int, str | None, str]] = []
    for s in history.speakers:
        # not a speaker inside another's words: "the HRW claimed Bahrain tortured detainees,
        # even after the government vowed to stop. It said …" is HRW
        if s.char < token.idx and para - s.paragraph <= MAX_PARAGRAPHS_BACK and not s.nested:
            if s.kind == "organisation" and s.speaker:
                candidates.append((s.char, s.speaker, "pronoun -> organisation"))
            elif s.kind is None and s.speaker and _may_be_an_organisation(s.speaker, ctx):
                # "Amplats announced …, it said": a one-word name the tagger did not know
                candidates.append((s.char, s.speaker, "pronoun -> organisation"))
            elif s.speaker is None and s.plural and token.lower_ in PRONOUNS_PLURAL:
                candidates.append((s.char, None, "pronoun -> unnamed plural source"))
    candidates += _organisation_subjects_before(token, ctx)
    if not candidates:
        return Resolved(None, "unnamed", 0.35, "speaker unresolved: pronoun")
    char, name, reason = max(candidates, key=lambda c: c[0])
    if any(thing > char for thing in _thing_subjects_before(token, ctx)):
        # "Her yearbook quote gives thanks … It suggests …": the pronoun is the thing named
        # since, not an organisation that spoke before it.
        return Resolved(None, None, 0.3, "speaker unresolved: pronoun")
    if name is None:
        return Resolved(None, "unnamed", 0.4, reason)
    return Resolved(name, "organisation", 0.6 if "subject" not in reason else 0.55, reason)


def _after_but(subject: Token) -> bool:
    """The subject's clause is joined to the sentence's by "but": an aside on what thwarts the
    main clause's subject, who stays the one the next sentence goes on about."""
    verb = subject.head
    return verb.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in verb.head.children
    )


def _may_be_an_organisation(name: str, ctx: PageContext) -> bool:
    """A name the tagger did not know that opens with no first name and is no known person's:
    "Amplats", "Human Rights Watch"."""
    words = name.split()
    return (
        bool(words)
        and name not in ctx.gender
        and first_name_gender(name) is None
        and len(ctx.full_names.get(_name_key(words[-1]), "").split()) < 2  # not "Clinton"
    )


def _thing_subjects_before(token, ctx: PageContext) -> list[int]:
    """Where common nouns of the pronoun's number ("quote" for it, "posts" for they) are
    subjects in its sentence and the one before, outside quotes and anyone's reported words:
    things a pronoun may mean."""
    plural = token.lower_ in PRONOUNS_PLURAL
    return [
        t.idx
        for t in _recent_tokens(token)
        if t.dep_ in {"nsubj", "nsubjpass"}
        and t.pos_ == "NOUN"
        and not t.ent_type_
        and (t.is_sent_start or not t.text[:1].isupper())  # "CMA CGM said": a name's word
        and (t.tag_ == "NNS") == plural
        and t.lower_ not in PERSON_NOUNS
        and t.lower_ not in ORGANISATION_NOUNS
        and t.lower_ not in INSTITUTION_NOUNS
        and t.lower_ not in _NATIONAL_BODY_NOUNS  # "The Israeli military said … ¶ It said"
        and not ctx.in_quote[t.i]
        and not ctx.reported(t.idx)  # "According to the INMO, the facility worst … ¶ It says"
        and _in_main_clause(t)  # not "A day after the investigation was published, it said"
        and not _after_but(t)  # "X has been trying …, but the plane is still stuck. It …"
        and not _document_that_spoke(t)
    ]


def _document_that_spoke(tok: Token) -> bool:
    """ "“…,” a Frontex statement said. “…,” it added": a document its issuer spoke through;
    "it" is the issuer's, not a thing named since."""
    return tok.lower_ in ISSUED_DOCUMENTS and tok.head.lower_ in CUE_FORMS


def _recent_tokens(token) -> Span:
    """The pronoun's sentence up to it, and the sentence before."""
    return token.doc[_previous_sentence_start(token) : token.i]


def _organisation_subjects_before(token, ctx: PageContext) -> list[tuple[int, str, str]]:
    """Organisation or country subjects in the pronoun's sentence and the one before, outside
    quotes and reported speech; a lone capitalised "person" with no first name counts (the
    NER often tags "Strava" PERSON)."""
    doc = token.doc
    found = []
    for t in _recent_tokens(token):
        if t.dep_ not in {"nsubj", "nsubjpass"} or ctx.in_quote[t.i] or ctx.reported(t.idx):
            continue
        lone = (
            t.ent_type_ == "PERSON"
            and not any(c.dep_ == "compound" for c in t.lefts)
            and first_name_gender(t.text) is None
            and t.text not in ctx.gender
        )
        if t.ent_type_ in {"ORG", "GPE"} or lone:
            name = clean_name(doc[_first_capitalised_compound(t).i : t.i + 1].text)
            if name:
                found.append((t.idx, name, "pronoun -> organisation subject"))
        elif (body := _national_body(doc[t.left_edge.i : t.i + 1])) is not None:
            # "the Israeli military", "the Houthi group": a nation's body, named as described
            found.append((t.idx, body.speaker, "pronoun -> organisation subject"))
    return found


def _last_speaker(
    before: int,
    para: int,
    want: str | None,
    ctx: PageContext,
    history: History,
    *,
    pronoun: bool = False,
) -> Spoken | None:
    """The latest singular speaker (named or not) of gender ``want`` (None: any) before
    ``before``. An unnamed one counts for he/she only when the page gave its gender ("a
    witness, who gave only his first name"): "One of his advisers said …. “…,” he said" is the
    man the story is about, not the adviser. A named one the page last called "he" is a man
    whatever a list of first names says ("FTA general secretary Paula Manumanunitoga … he
    asked. ¶ He stressed …"). For a ``pronoun``, a spokesperson who spoke for a body counts
    too: "A spokeswoman for X said …. She added" is X's word again; a description ("the
    victim") never means the body."""
    fitting = [
        s
        for s in history.speakers
        if s.char < before
        and para - s.paragraph <= MAX_PARAGRAPHS_BACK
        and not s.nested  # "Earnest said Obama has called for …. He said": Earnest
        and (
            s.kind in {"person", "unnamed"}
            or (s.kind is None and not _acronym_in(s.speaker))
            or (pronoun and s.kind == "organisation" and s.noun in SPOKESPEOPLE)
        )
        and not s.plural
        and (want is None or _may_be_called(s, want, ctx))
    ]
    return fitting[-1] if fitting else None


def _may_be_called(spoken: Spoken, want: str, ctx: PageContext) -> bool:
    """Whether a speaker fits a pronoun of gender ``want``: by their noun ("spokeswoman"), the
    page or the first name; a body's spokesperson by their noun alone, as a body's name says
    nothing of them."""
    if spoken.kind == "organisation":
        return spoken.gender in {None, want}
    return spoken.gender == want or (
        spoken.speaker is not None and _gender(spoken.speaker, ctx, want) == want
    )


def _acronym_in(name: str | None) -> bool:
    """ "NEMA DG", an agency's head by its letters: a name no he or she refers back to."""
    return name is not None and any(len(w) > 1 and w.isupper() for w in name.split())


def _last_subject(before: int, para: int, want: str | None, ctx: PageContext) -> Person | None:
    """The latest person subject of gender ``want`` (None: any) outside quotes and reported
    speech."""
    fitting = [
        p
        for p in ctx.people
        if p.char < before
        and p.subject
        and not p.in_quote
        and not ctx.reported(p.char)
        and para - p.paragraph <= MAX_PARAGRAPHS_BACK
        and (
            want is None
            or (
                p.gender in {None, want}
                if p.name is None
                else _gender(fullest(p.name, ctx), ctx, want) == want
            )
        )
    ]
    if not fitting:
        return None
    # In the sentence of the latest one, a main-clause subject before any subject of a clause
    # inside it ("Al Saud is aware of the effect Sinwar may have. “…,” he said" is Al Saud).
    same = [p for p in fitting if p.sentence == fitting[-1].sentence and p.main_clause]
    return same[-1] if same else fitting[-1]


def _gender(name: str, ctx: PageContext, default: str) -> str:
    """What the page says (a title, an earlier pronoun), else the first name, else ``default``."""
    return ctx.gender.get(name) or first_name_gender(name) or default
