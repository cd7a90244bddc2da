"""Corrections to the tagger's entities, made once, before anything reads them.

Why one pass: the small English model takes a title into a name ("Agriculture Secretary Tom
Vilsack"), tags a titled person as an organisation ("prosecutor Laure Beccuau", "Huron-Bruce
MPP Lisa Thompson"), glues a cue word to a name ("Said Ellis:", a headline's "Obama Says")
and takes a place into one ("in Alexandria Saeed Mamoun al-Saqaan").
Corrected here, on ``Doc.ents``, every reader sees the same names: the speaker rules, and the
entities stored with each article for users to search by.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from quotewatch.clean.lexicon import COUNTRY_NAMES
from quotewatch.statements.lexicon import (
    BE_FORMS,
    CUE_FORMS,
    NAME_TITLES,
    ORGANISATION_NOUNS,
    OUTLET_NOUNS,
    PERSON_NOUNS,
    PERSON_OR_ROLE_NOUNS,
    RANK_WORDS,
    ROLE_GROUPS,
    SPOKESPEOPLE,
    SURNAME_PARTICLES,
)
from quotewatch.statements.names import first_name_gender, folded, is_first_name


def corrected_entities(doc: Doc) -> list[Span]:
    """``doc.ents`` with the corrections above. Spans shrink, or grow over a surname the
    tagger left out or tagged apart, which then goes."""
    places = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC"}}
    surnames = {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and _has_a_name(e)}
    alone = {folded(e.text) for e in doc.ents if e.label_ == "PERSON" and len(e) == 1}
    written_alone, alone_subjects = _proper_nouns_alone(doc)
    alone |= written_alone
    not_people = _mostly_not_people(doc)
    corrected = [
        _without_leading_place(_person_named_alone(_corrected(ent), alone, alone_subjects), places)
        for ent in doc.ents
        if not _title_before_name(ent)
    ]
    corrected = [
        Span(doc, e.start, e.end, label=not_people[e.text])
        if e.label_ == "PERSON" and e.text in not_people
        else e
        for e in corrected
    ]
    corrected = sorted(corrected + _untagged_titled_names(doc), key=lambda e: e.start)
    corrected = _surnames_taken_for_bodies(corrected)
    kept: list[Span] = []
    for ent in corrected:
        if kept and ent.start < kept[-1].end:
            continue  # a surname a name grew over ("Iorwerth" of "Rhun ap Iorwerth")
        if not _only_a_title(ent, surnames):
            kept.append(ent)
    return kept


# Labels the tagger gives a person's name it does not know ("Micah Kogo" an organisation,
# "Romain Grosjean" a product).
# Not a nationality or a place: "Catholic Republicans", "Soviet Republic".
_MISTAKEN_FOR_A_NAME = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC"})


def _mostly_not_people(doc: Doc) -> dict[str, str]:
    """Names the tagger calls a place or a body more often than a person on this page, with
    the label they should have had. "Chile's Mining Minister", once tagged a person beside
    three "Chile" tagged places, is Chile's; "The Heathrow boss", tagged a person twice beside
    seven "Heathrow" tagged an airport or a company, is the airport's. Only a country's name
    is a place so (the tagger calls "Kasich" a place six times on one page); a body is any one
    word no full name on the page holds and no one is given as a first name."""
    votes: dict[str, dict[str, int]] = {}
    for ent in doc.ents:
        labels = votes.setdefault(ent.text, {})
        labels[ent.label_] = labels.get(ent.label_, 0) + 1
    # a word of a longer name stays a name: "Sirikanya" of "Sirikanya Tansakun"
    in_names = {t.text for e in doc.ents if len(e) > 1 and e.label_ in {"PERSON", "ORG"} for t in e}
    in_people = {t.text for e in doc.ents if len(e) > 1 and e.label_ == "PERSON" for t in e}
    in_people |= {t.text for t in doc[1:] if _title_word(doc[t.i - 1])}  # "Speaker Nadir"
    taken = {}
    for name, labels in votes.items():
        as_person = labels.get("PERSON", 0)
        as_place = labels.get("GPE", 0) + labels.get("LOC", 0)
        as_body = {label: n for label, n in labels.items() if label in {"ORG", "FAC"}}
        if as_place > as_person and name not in in_names and name in COUNTRY_NAMES:
            taken[name] = "GPE"
        elif (
            sum(as_body.values()) > as_person > 0
            and " " not in name
            and name not in in_people
            and not is_first_name(name)
        ):
            taken[name] = max(as_body, key=as_body.__getitem__)
    return taken


def _title_word(tok: Token) -> bool:
    """A capitalised title before a name: "President", "Speaker", "Mr"."""
    word = tok.lower_.rstrip(".")
    return tok.text[:1].isupper() and (word in NAME_TITLES or word in PERSON_OR_ROLE_NOUNS)


def _untagged_titled_names(doc: Doc) -> list[Span]:
    """ "Prof Folashade Ogunsola", "Mr Ogunshola", left untagged: capitalised proper nouns
    right after a courtesy title, outside any entity, are a person's name. Two or three of
    them after any title ("Dr Pepper" is a drink); one is enough after "Mr" or "Mrs", which
    only a person bears."""
    found = []
    for title in doc:
        if (title.lower_ not in NAME_TITLES | _PERSON_ONLY_TITLES) or title.ent_type_:
            continue
        end = title.i + 1
        while end < len(doc) and end - title.i <= 3 and _untagged_name_word(doc[end]):
            end += 1
        words = end - title.i - 1
        if words >= 2 or (words == 1 and title.lower_.rstrip(".") in {"mr", "mrs", "ms"}):
            found.append(Span(doc, title.i + 1, end, label="PERSON"))
    return found


# Titles only people bear, before a name the tagger may not know ("Foreign Ministers Mevlut
# Cavusoglu and Sergey Lavrov", "Air Vice Marshal Mafidur Rahman"); two names or more after
# them make a person.
_PERSON_ONLY_TITLES = frozenset({"minister", "ministers", "marshal", "admiral", "colonel"})


def _untagged_name_word(tok: Token) -> bool:
    if tok.ent_type_ or not tok.is_title or tok.lower_ in NAME_TITLES:
        return False
    return _only_names(tok.doc[tok.i : tok.i + 1])


def _surnames_taken_for_bodies(ents: list[Span]) -> list[Span]:
    """ "According to Cavusoglu", "Cavusoglu" tagged an organisation on a page that names
    "Foreign Minister Mevlut Cavusoglu": one capitalised word the tagger took for a body or a
    product, which is the surname of a person named in full on the page, is that person."""
    surnames = {folded(e[-1].text) for e in ents if e.label_ == "PERSON" and len(e) > 1}
    return [
        Span(e.doc, e.start, e.end, label="PERSON")
        if e.label_ in _MISTAKEN_FOR_A_NAME
        and len(e) == 1
        and e[0].is_title
        and folded(e.text) in surnames
        else e
        for e in ents
    ]


def _person_named_alone(ent: Span, alone: set[str], alone_subjects: set[str]) -> Span:
    """ "Yolanda Díaz", tagged an organisation, on a page that also writes "Diaz" on its own:
    a known first name and a surname the page uses alone are a person's name. So are two
    names ("Micah Kogo", tagged an organisation) whose second the page makes a subject on its
    own ("Kogo was fulfilling"), as it does a person's surname."""
    if ent.label_ not in _MISTAKEN_FOR_A_NAME or len(ent) != 2 or not _only_names(ent):
        return ent
    surname = folded(ent[-1].text)
    known_first = first_name_gender(ent.text) is not None
    if not (known_first and surname in alone) and surname not in alone_subjects:
        return ent
    return Span(ent.doc, ent.start, ent.end, label="PERSON")


def _proper_nouns_alone(doc: Doc) -> tuple[set[str], set[str]]:
    """Capitalised proper nouns written with no other proper noun beside them ("Kogo was
    fulfilling"), as a page writes a surname after the full name: all of them, and those
    that are a clause's subject."""
    found, subjects = set(), set()
    for tok in doc:
        if tok.pos_ != "PROPN" or not tok.is_title:
            continue
        neighbours = (doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc))
        if not any(n.pos_ == "PROPN" and n.text[:1].isupper() for n in neighbours):
            found.add(folded(tok.text))
            if tok.dep_ in {"nsubj", "nsubjpass"}:
                subjects.add(folded(tok.text))
    return found, subjects


def _only_a_title(ent: Span, surnames: set[str]) -> bool:
    """ "’s Advisor" of "Prime Minister’s Advisor on …", tagged a person: role and person
    nouns alone (after any possessive ending) name nobody. Not a surname of someone named in
    full on the page ("King" after "Rep. Steve King"). Nor does a body's role ("Biman’s
    Managing Director"): a name never ends in a role after an owner; nor lower-case words."""
    if ent.label_ != "PERSON":
        return False
    if ent[-1].lower_ in PERSON_OR_ROLE_NOUNS and any(t.tag_ == "POS" for t in ent[:-1]):
        return True
    if not any(t.text[:1].isupper() for t in ent):
        return True  # "the wolf recovery project": a name is written with a capital
    return not _has_a_name(ent) and ent[-1].lower_ not in surnames


def _has_a_name(ent: Span) -> bool:
    """Whether the entity holds a word that is neither a title nor a possessive ending."""
    return any(
        t.tag_ != "POS" and not t.is_punct and t.lower_ not in PERSON_OR_ROLE_NOUNS for t in ent
    )


def _title_before_name(ent: Span) -> bool:
    """ "Fire Marshal" of "Fire Marshal Gert Zoutendijk", tagged a person of its own: capitalised
    words ending in a role or person noun, right before another person's name, are that
    person's title, not a name."""
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if ent.label_ != "PERSON" or following is None or following.ent_type_ != "PERSON":
        return False
    last = ent[-1].lower_
    whole = ent.text.lower() in ROLE_GROUPS  # "Ceann Comhairle Verona Murphy"
    return following.ent_iob_ == "B" and (last in PERSON_OR_ROLE_NOUNS or whole)


def _without_leading_place(ent: Span, places: set[str]) -> Span:
    """ "… in Alexandria Saeed Mamoun al-Saqaan", tagged one person: a first word the page
    tags a place elsewhere, before two names at least, is where the person is."""
    if ent.label_ != "PERSON" or len(ent) < 3 or ent[0].text not in places:
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


_DANGLING = frozenset({"of", "for", "and", "the", "in", "at", "on", "to"})


def joined_by_hyphen(before: Token, hyphen: Token) -> bool:
    """A hyphen written without spaces after a word: one word of a name ("Bar-David",
    "Majeed-ud-Din")."""
    return hyphen.text in {"-", "‐"} and not before.whitespace_ and not hyphen.whitespace_


def ends_a_hyphenated_name(tok: Token) -> bool:
    """The lower-case part after the hyphen of a name ("in" of "Moon Jae-in", "hee" of "Lee
    Min-hee"), which the parser may take for a common noun or a preposition, and the tagger
    for a word left over."""
    if tok.i < 2 or not tok.is_alpha or not tok.is_lower:
        return False
    before, hyphen = tok.doc[tok.i - 2], tok.doc[tok.i - 1]
    return joined_by_hyphen(before, hyphen) and before.text[:1].isupper() and before.is_alpha


def _ends_with_a_cue(ent: Span) -> bool:
    """ "Obama Says", "Merkel Warns", a headline's cue glued to a name; not the "States" of
    "the United States" or "the Organization of American States", a place's or a body's."""
    last = ent[-1].lower_
    return last in CUE_FORMS and (last != "states" or ent.label_ == "PERSON")


def _corrected(ent: Span) -> Span:
    doc = ent.doc
    while len(ent) > 1 and ent[-1].lower_ in _DANGLING and ent[-1].is_lower:
        if ends_a_hyphenated_name(ent[-1]):
            break  # "Moon Jae-in": the end of a hyphenated name, not a dangling "in"
        ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)  # "DSP Rupak Khadka of"
    if len(ent) > 1 and ent[0].lower_ in CUE_FORMS:
        ent = Span(doc, ent.start + 1, ent.end, label=ent.label_)  # "Said Ellis: …"
    if len(ent) > 1 and _ends_with_a_cue(ent):
        ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)  # "Obama Says …" (title)
    if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in NAME_TITLES:
        ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)  # "Sinn Féin Cllr Morris"
    opening = [t.i for t in ent[1:] if t.text in {"‘", "“", '"'} and ent.end - t.i <= 2]
    if ent.label_ == "PERSON" and opening:
        ent = Span(doc, ent.start, opening[0], label=ent.label_)  # "Charles Bukenya ‘Muvawala"
    if ent.label_ == "ORG" and (named := _without_short_form(ent)) is not None:
        ent = named  # "Ministry of Commerce (Mofcom)" -> "Ministry of Commerce"
    if ent.label_ == "ORG" and _speaking_for(ent):
        ent = Span(doc, ent.start + 2, ent.end, label=ent.label_)  # "Spokesmen for X"
    if ent.label_ == "ORG" and (named := _without_outlet_words(ent)) is not None:
        ent = named  # "IRNA news agency" -> "IRNA"
    if ent.label_ == "ORG" and _named_as_a_place(ent):
        return Span(doc, ent.start, ent.end, label="GPE")  # "Albay province"
    if ent.label_ == "ORG":
        person = _person_inside_organisation(ent)
        if person is not None:
            return person
        if named_by_copula(ent.root) or _titled_person(ent):
            return Span(doc, ent.start, ent.end, label="PERSON")
        if _irish_or_italian_surname(ent):
            return Span(doc, ent.start, ent.end, label="PERSON")  # "Brett O’Donnell"
        if _courtesy_title_and_name(ent):
            return Span(doc, ent.start + 1, ent.end, label="PERSON")  # "Cllr Seamus Morris"
    if ent.label_ == "PERSON" and len(ent) > 1 and _outlet_noun(ent[0]):
        return Span(doc, ent.start + 1, ent.end, label="ORG")  # "broadcaster BelTA"
    if ent.label_ == "PERSON" and ent.start > 0 and _outlet_noun(doc[ent.start - 1]):
        return Span(doc, ent.start, ent.end, label="ORG")  # "public broadcaster WDR"
    if ent.label_ == "PERSON" and _nationality_in_a_list(ent):
        return Span(doc, ent.start, ent.end, label="NORP")
    if ent.label_ == "PERSON" and _apostrophe_surname_after(ent):
        ent = Span(doc, ent.start, ent.end + 1, label="PERSON")  # "Michael O’leary"
    if ent.label_ == "PERSON" and (name := _name_after_ranks(ent)) is not None:
        ent = name  # "Pol Maj" of "Pol Maj Gen Piya Tawichai"
    if ent.label_ == "PERSON" and _surname_tagged_apart(ent):
        ent = Span(doc, ent.start, ent.end + 1, label="PERSON")  # "Phạm Minh" + "Chính"
    if ent.label_ == "PERSON" and _particle_surname_after(ent):
        ent = Span(doc, ent.start, ent.end + 2, label="PERSON")  # "Rhun ap Iorwerth"
    if ent.label_ == "PERSON":
        return _without_leading_role(ent)
    return ent


# Lower-case nouns after a name that make it a place's ("Albay province", "Kwale county").
_PLACE_NOUNS = frozenset(
    {
        "province", "state", "county", "district", "region", "prefecture", "municipality",
        "governorate", "city", "town", "village", "island",
    }
)  # fmt: skip


def _named_as_a_place(ent: Span) -> bool:
    """A name the tagger took for a body, followed by a lower-case place noun: a place."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and after.is_lower and after.text in _PLACE_NOUNS


def _speaking_for(ent: Span) -> bool:
    """ "Spokesmen for Wildlife Services", "Officials of the Fire Service", tagged whole: the
    people who speak for a body, before the body's name."""
    if len(ent) < 3 or ent[1].lower_ not in {"for", "of", "at", "from"}:
        return False
    return ent[0].lower_ in SPOKESPEOPLE | {"official", "officials", "representatives"}


def _without_outlet_words(ent: Span) -> Span | None:
    """ "IRNA news agency", "Xinhua news agency", tagged whole: the outlet's name is the
    capitalised words, and "news agency" only says what it is."""
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].is_lower and _outlet_noun(ent.doc[end - 1]):
        end -= 1
    if end == ent.end or not ent.doc[end - 1].text[:1].isupper():
        return None
    return Span(ent.doc, ent.start, end, label=ent.label_)


def _without_short_form(ent: Span) -> Span | None:
    """A body tagged with the short form in brackets it is given after its name: the name
    alone, so that the short form is read as the name's ("Mofcom said" is the ministry)."""
    opening = next((t.i for t in ent[1:] if t.text == "("), None)
    closed = ent[-1].text == ")" or (ent.end < len(ent.doc) and ent.doc[ent.end].text == ")")
    if opening is None or not closed:  # the tagger may leave the closing bracket out
        return None
    return Span(ent.doc, ent.start, opening, label=ent.label_)


def _apostrophe_surname_after(ent: Span) -> bool:
    """The tagger stopped a name before its O’ or D’ surname ("Michael" of "Michael
    O’leary"), which it left untagged."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].ent_type_:
        return False
    return bool(_APOSTROPHE_SURNAME.fullmatch(doc[ent.end].text))


def _name_after_ranks(ent: Span) -> Span | None:
    """A person entity of rank words only, written without full stops, and the name the
    tagger left after it: "Pol Maj" + "Gen Piya Tawichai" (a Thai police rank), "Brig" +
    "Gen Smith". The entity grows over the capitalised words that follow."""
    if not all(t.lower_.rstrip(".") in RANK_WORDS for t in ent):
        return None
    end = ent.end
    doc = ent.doc
    while end < len(doc) and end - ent.end < 5 and doc[end].pos_ == "PROPN":
        if not doc[end].text[:1].isupper() or doc[end].ent_type_ not in {"", "PERSON"}:
            break
        end += 1
    names = [t for t in doc[ent.end : end] if t.lower_.rstrip(".") not in RANK_WORDS]
    return Span(doc, ent.start, end, label="PERSON") if names else None


def _surname_tagged_apart(ent: Span) -> bool:
    """The tagger ended a name one word early, leaving its last word untagged or tagging it a
    place or a body ("Nguyễn Chí" + "Dũng", "Phạm Minh" + "Chính" a GPE), while the parser
    made that word the head the name hangs on: the name grows over it, when no other
    capitalised word follows and the word is no body's ("Joe Biden Administration")."""
    doc = ent.doc
    if len(ent) < 2 or ent.end >= len(doc):
        return False
    last = doc[ent.end]
    ends = ent.end + 1 >= len(doc) or doc[ent.end + 1].pos_ != "PROPN"
    tagged_alone = last.ent_iob_ == "B" and last.ent_type_ in {"GPE", "NORP", "LOC", "ORG"}
    return (
        ends
        and (tagged_alone or not last.ent_type_)
        and _only_names(doc[last.i : last.i + 1])
        and last.is_title
        and ent[-1].head.i == last.i
        and ent[-1].dep_ == "compound"
    )


def _particle_surname_after(ent: Span) -> bool:
    """The tagger stopped a name before a lower-case particle and the capitalised surname after
    it ("Rhun" of "Rhun ap Iorwerth", "Iorwerth" tagged an organisation of its own)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text not in SURNAME_PARTICLES:
        return False
    surname = doc[ent.end + 1]
    return surname.is_title and surname.pos_ == "PROPN" and surname.ent_type_ in {"", "ORG"}


def _outlet_noun(tok: Token) -> bool:
    """ "broadcaster", "agency", "newspaper" written in lower case: what names after it are."""
    return tok.is_lower and tok.lower_ in OUTLET_NOUNS


def _nationality_in_a_list(ent: Span) -> bool:
    """ "his Latvian, Lithuanian and Polish counterparts", with "Lithuanian" tagged a person:
    one word coordinated with a nationality, or modifying a noun, is a nationality too."""
    if len(ent) != 1:
        return False
    word = ent.root
    listed = word.dep_ == "conj" and word.head.ent_type_ == "NORP"
    return listed or (word.dep_ == "amod" and word.pos_ == "ADJ")


def _without_leading_role(ent: Span) -> Span:
    """A person entity without the title the tagger took into it: "Agriculture Secretary Tom
    Vilsack" -> "Tom Vilsack", so that the name is the person's and the role is read as one
    before the name. Two words are left at least ("President Obama" stays whole)."""
    kept = after_leading_role(list(ent))
    return ent if len(kept) == len(ent) else Span(ent.doc, kept[0].i, ent.end, label=ent.label_)


def after_leading_role(words: list[Token]) -> list[Token]:
    """``words`` after the last role or person noun among their first words, capitalised or
    not ("volunteer Katarzyna Jasinska"), two left at least."""
    cut = 0
    for n, tok in enumerate(words[:-2]):
        if not tok.text[:1].isupper() and tok.lower_ not in PERSON_OR_ROLE_NOUNS:
            break
        if tok.lower_ in ROLE_GROUPS and tok.lower_ not in {"king", "queen", "pope"}:
            cut = n + 1
        elif tok.lower_ in PERSON_NOUNS and tok.pos_ in {"NOUN", "PROPN"}:
            cut = n + 1  # "Striker Chencho Gyeltshen"
    return words[cut:]


def _titled_person(ent: Span) -> bool:
    """ "prosecutor Laure Beccuau", "Cllr Seamus Morris", "Minister Leo Varadkar", tagged ORG:
    two or three capitalised names right after a lower-case role or person noun, a capitalised
    one before a known first name, or a courtesy title, are a person's name."""
    if not 2 <= len(ent) <= 3 or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    # a capitalised role ("Minister Leo Varadkar") needs a first name we know after it
    written = before.is_lower or first_name_gender(ent.text) is not None
    role = written and before.lower_ in PERSON_OR_ROLE_NOUNS
    if not role and before.lower_ not in NAME_TITLES:
        return False
    return _only_names(ent)


_APOSTROPHE_SURNAME = re.compile(r"[OD][’'][A-Za-z][a-z]+")


def _irish_or_italian_surname(ent: Span) -> bool:
    """ "Brett O’Donnell", "Massimo D'Alema", tagged ORG: a first name and a surname written
    with O’ or D’, which the tagger reads as a noun."""
    return len(ent) == 2 and ent[0].is_title and bool(_APOSTROPHE_SURNAME.fullmatch(ent[1].text))


def _courtesy_title_and_name(ent: Span) -> bool:
    """ "Cllr Seamus Morris", tagged ORG: a courtesy title before two or three capitalised
    names (not "Dr Pepper", with one)."""
    return ent[0].lower_ in NAME_TITLES and 2 <= len(ent) - 1 <= 3 and _only_names(ent[1:])


# Titles a person's name follows inside an organisation entity, whatever the first name.
_SPEAKING_TITLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "minister", "taoiseach", "tánaiste"}
)


def _only_names(words: Span) -> bool:
    """Capitalised proper nouns, none an organisation noun: a person's name, not a body's."""
    return all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in ORGANISATION_NOUNS
        for t in words
    )


def _person_inside_organisation(ent: Span) -> Span | None:
    """ "Huron-Bruce MPP Lisa Thompson", "Fire Marshal Ingrid Voskuijlen", tagged ORG whole: a
    title (a role or person noun) inside an organisation entity followed by two or three
    capitalised words, the first a known first name, is that person (as a PERSON span). So
    are two or three proper nouns opening with a known first name at the end of a portfolio
    or a place ("Ministers of Treasury and Finance Nicolás Dujovne", "Goa's Victor
    Rodriguez"), but not the words of a body's name ("Institute of Marine Science") nor the
    second half of a hyphenated first name ("Anne-Marie Idrac", after a hyphen). After a
    spokesperson's or a minister's title, two or three names are a person's whatever the
    first name ("Foreign Ministry Spokesman Bahram Ghasemi")."""
    for n, tok in enumerate(ent[:-2]):
        rest = ent[n + 1 :]
        if not 2 <= len(rest) <= 3:
            continue
        if tok.lower_ in _SPEAKING_TITLES and _only_names(rest):
            return Span(ent.doc, rest.start, rest.end, label="PERSON")  # "Bahram Ghasemi"
        if first_name_gender(rest.text) is None:
            continue
        if tok.lower_ in PERSON_OR_ROLE_NOUNS and all(t.text[:1].isupper() for t in rest):
            return Span(ent.doc, rest.start, rest.end, label="PERSON")
        after_a_name = tok.pos_ == "PROPN" or tok.tag_ == "POS"  # not "The Charlotte Observer"
        first_name_itself = first_name_gender(f"{tok.text} x") is not None  # "Haider Reza Mehdi"
        if after_a_name and not first_name_itself and _only_names(rest):
            return Span(ent.doc, rest.start, rest.end, label="PERSON")
    return None


def named_by_copula(tok: Token) -> bool:
    """ "The first witness was Hawks head Gopaul Govender", "it was Katie Boulter who …": the
    name a copula gives a person noun subject, or a cleft "it", is that clause's subject for a
    later "he" or "she"."""
    if tok.dep_ != "attr" or tok.head.lower_ not in BE_FORMS:
        return False
    subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].lower_ == "it":
        # "it was Katie Boulter who got the ball rolling": the cleft's name does the deed
        return any(c.dep_ == "relcl" for c in tok.children)
    return bool(subjects) and subjects[0].lower_ in PERSON_NOUNS
