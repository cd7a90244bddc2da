"""Word lists for statement finding: quote marks, cue words, speaker nouns.

Why one module: every rule in ``quotes``/``finder``/``speakers`` reads its vocabulary here, so
widening coverage is a one-line change that the PolNeAR dev benchmark can measure
(``python -m quotewatch.evaluation.polnear ../shared/corpus/polnear/dev.jsonl.gz``).
"""

from __future__ import annotations

# Opening mark -> the marks that may close it. Nested marks of the other family are content.
QUOTE_PAIRS: dict[str, str] = {
    "“": '”“"',  # English curly; some sites close with a second “ or a straight mark
    "”": '”"',  # Swedish/Finnish style; pasted text may close it with a straight mark
    "„": "“”",  # German / Polish / Russian low-high
    "«": "»",  # guillemets (Russian, French)
    "»": "«",  # Danish/German reversed guillemets
    '"': '"”',  # straight, sometimes closed by a curly mark (pasted text)
    "‘": "’‘",
    "‚": "‘’",
    "'": "'’",
}
DOUBLE_MARKS = frozenset('“”„«»"')
SINGLE_MARKS = frozenset("‘’‚'")
QUOTE_MARKS = DOUBLE_MARKS | SINGLE_MARKS

# Cue verbs by lemma; inflections are listed so the paragraph pre-filter (a regex, run before
# any parsing) can find them without a lemmatizer.
CUE_VERBS: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "add": ("add", "adds", "added", "adding"),
    "note": ("note", "notes", "noted", "noting"),
    "state": ("state", "states", "stated", "stating"),
    "stress": ("stress", "stresses", "stressed", "stressing"),
    "claim": ("claim", "claims", "claimed", "claiming"),
    "argue": ("argue", "argues", "argued", "arguing"),
    "warn": ("warn", "warns", "warned", "warning"),
    "insist": ("insist", "insists", "insisted", "insisting"),
    "explain": ("explain", "explains", "explained", "explaining"),
    "announce": ("announce", "announces", "announced", "announcing"),
    "deny": ("deny", "denies", "denied", "denying"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "acknowledge": ("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    "emphasize": ("emphasize", "emphasizes", "emphasized", "emphasise", "emphasised"),
    "underline": ("underline", "underlines", "underlined", "underlining"),
    "underscore": ("underscore", "underscores", "underscored", "underscoring"),
    "point": ("pointed",),  # "pointed out that"
    "declare": ("declare", "declares", "declared", "declaring"),
    "write": ("write", "writes", "wrote", "writing"),
    "ask": ("ask", "asks", "asked", "asking"),
    "reply": ("reply", "replies", "replied"),
    "respond": ("respond", "responds", "responded"),
    "answer": ("answer", "answers", "answered"),
    "comment": ("comment", "comments", "commented"),
    "remark": ("remark", "remarks", "remarked"),
    "report": ("report", "reports", "reported"),
    "reveal": ("reveal", "reveals", "revealed"),
    "confirm": ("confirm", "confirms", "confirmed", "confirming"),
    "suggest": ("suggest", "suggests", "suggested", "suggesting"),
    "predict": ("predict", "predicts", "predicted"),
    "promise": ("promise", "promises", "promised", "promising"),
    "vow": ("vow", "vows", "vowed", "vowing"),
    "pledge": ("pledge", "pledges", "pledged"),
    "assert": ("assert", "asserts", "asserted"),
    "affirm": ("affirm", "affirms", "affirmed", "affirming"),
    "reaffirm": ("reaffirm", "reaffirms", "reaffirmed", "reaffirming"),
    "contend": ("contend", "contends", "contended"),
    "maintain": ("maintains", "maintained"),
    "allege": ("allege", "alleges", "alleged"),
    "accuse": ("accuse", "accuses", "accused"),
    "complain": ("complain", "complains", "complained"),
    "concede": ("concede", "concedes", "conceded"),
    "recall": ("recall", "recalls", "recalled"),
    "urge": ("urge", "urges", "urged"),
    "encourage": ("encourages", "encouraged"),  # "encouraged residents to be vigilant"
    "tweet": ("tweet", "tweets", "tweeted"),
    "post": ("posted",),
    "reiterate": ("reiterate", "reiterates", "reiterated"),
    "observe": ("observe", "observes", "observed"),
    "indicate": ("indicate", "indicates", "indicated"),
    "mention": ("mention", "mentions", "mentioned"),
    "repeat": ("repeat", "repeats", "repeated"),
    "continue": ("continued",),  # '..., he continued.' only; needs a quote or a ccomp
    "learn": ("learned", "learnt"),  # "BelTA learned from X"; speaker is the "from" object
    "hear": ("heard",),
    "quote": ("quoted", "quoting"),
    "joke": ("joke", "jokes", "joked"),
    "quip": ("quip", "quips", "quipped"),
    "muse": ("mused",),
    "scoff": ("scoffed",),
    "recount": ("recounted", "recounts"),
    "concur": ("concurred",),
    "boast": ("boast", "boasts", "boasted"),
    "brag": ("brag", "bragged"),
    "caution": ("caution", "cautions", "cautioned"),
    "exclaim": ("exclaimed",),
    "shout": ("shouted",),
    "yell": ("yelled",),
    "testify": ("testify", "testifies", "testified"),
    "estimate": ("estimates", "estimated"),
    "agree": ("agreed",),
    "counter": ("countered",),
    "retort": ("retorted",),
    "describe": ("described",),
    "conclude": ("concluded",),
    "specify": ("specified",),
    "clarify": ("clarified",),
    "inform": ("informed",),
    "assure": ("assured",),
    "bark": ("barked",),
    "snap": ("snapped",),
    "remember": ("remembered", "remembers"),
    "lament": ("lamented", "laments"),
    "demand": ("demanded", "demands"),
    "proclaim": ("proclaimed", "proclaims"),
    "whisper": ("whispered",),
    "grumble": ("grumbled",),
    "fume": ("fumed",),
    "opine": ("opined",),
    "gush": ("gushed",),
    "interject": ("interjected",),
    "plead": ("pleaded",),
    "wonder": ("wondered",),
    "marvel": ("marveled", "marvelled"),
    "laugh": ("laughed",),
    "sigh": ("sighed",),
    "shrug": ("shrugged",),
    "rule": ("ruled", "rules"),  # a court's or judge's "ruled that …"; weak: not "ruled out"
    # Directives and disclosures: weak, so only "ordered police to …", "disclosed that …"
    "order": ("ordered", "orders"),
    "direct": ("directed", "directs"),
    "instruct": ("instructed", "instructs"),
    "request": ("requested", "requests", "requesting"),
    "advise": ("advised", "advises"),
    "remind": ("reminded", "reminds"),
    "disclose": ("disclosed", "discloses"),
    "smile": ("smiled",),
    "speculate": ("speculate", "speculates", "speculated"),
    "dispute": ("disputes", "disputed"),
    "question": ("questions", "questioned"),
    "summarize": ("summarizes", "summarized", "summarises", "summarised"),
    "criticise": ("criticised", "criticized", "criticises", "criticizes"),
    "condemn": ("condemned", "condemns"),
    "slam": ("slammed", "slams"),
    "highlight": ("highlighted", "highlights"),
    "express": ("expressed", "expresses"),
    "dismiss": ("dismissed", "dismisses"),
    "cite": ("cited", "cites"),
    "blame": ("blamed", "blames"),
    "compare": ("compared", "compares"),
    "narrate": ("narrates", "narrated"),
    "share": ("shared", "shares"),
    "reflect": ("reflected", "reflects"),
    "denounce": ("denounced", "denounces"),
    "hail": ("hailed", "hails"),
    "brand": ("branded", "brands"),
    "label": ("labelled", "labeled", "labels"),
    "corroborate": ("corroborated", "corroborates"),
    "hint": ("hinted", "hints"),
}
# How the words came out: cues only beside a quote ("“Please do not give up,” she sobbed").
MANNER_OF_SPEAKING = {
    "sob": ("sobbed",), "cry": ("cried",), "scream": ("screamed",), "shriek": ("shrieked",),
    "mutter": ("muttered",), "murmur": ("murmured",), "gasp": ("gasped",),
    "chuckle": ("chuckled",), "beg": ("begged",),
}  # fmt: skip
CUE_VERBS |= MANNER_OF_SPEAKING
CUE_LEMMAS = frozenset(CUE_VERBS)
# Nouns for a news outlet passing someone's words on ("…, the newspaper reported").
OUTLET_NOUNS = frozenset(
    {
        "newspaper", "paper", "agency", "broadcaster", "outlet", "daily", "channel", "website",
        "news", "wire", "magazine", "tabloid", "portal",
    }
)  # fmt: skip
# Verbs of plain speaking: a sentence where someone does one of these and that a trailing
# "…, AFP reported" then reports is that person's statement, relayed (finder._relays_a_report).
RELAYED_SPEECH = frozenset(
    {
        "say", "tell", "state", "announce", "declare", "claim", "insist", "deny", "describe",
        "denounce", "accuse", "urge",
    }
)  # fmt: skip
# Verbs that are plain speaking only with a clause after them: "He added that …", not "added
# 500 jobs".
SPEECH_WITH_A_CLAUSE = frozenset(
    {"add", "note", "stress", "explain", "reiterate", "confirm", "warn", "emphasise", "emphasize"}
)
# Verbs of belief that take a clause as cues do ("She hopes the session can go ahead and urged
# …"): a cue conjoined inside their clause belongs to their subject.
# Forms, not lemmas: the lemmatizer leaves "hopes" as it is.
BELIEF_FORMS = frozenset(
    {
        *("hope", "hopes", "hoped", "believe", "believes", "believed", "think", "thinks"),
        *("thought", "expect", "expects", "expected", "fear", "fears", "feared", "feel"),
        *("feels", "felt", "know", "knows", "knew", "want", "wants", "wanted"),
    }
)
# Forms that are more often nouns or unrelated words ("the United States", "a report"): the
# paragraph pre-filter counts them only before "that". Measured on PolNeAR train: the share of
# text parsed fell without losing statements (docs/benchmarks.md).
AMBIGUOUS_FORMS = frozenset(
    {
        "state",
        "states",
        "report",
        "reports",
        "post",
        "posted",
        "note",
        "notes",
        "answer",
        "answers",
        "comment",
        "comments",
        "remark",
        "remarks",
        "estimates",
        "estimated",
        "tweet",
        "tweets",
        "promise",
        "promises",
        "pledge",
        "claim",
        "claims",
        "warning",
        "mention",
        "repeat",
        "recall",
        "urge",
        "point",
        "pointed",
        "continued",
        "described",
        "concluded",
        "maintain",
        "maintains",
        "agreed",
        "observe",
        "indicates",
        "indicated",
        "add",
        "adding",
        "stress",
        "quote",
        "quoted",
        "reply",
        "counter",
        "caution",
        "ask",
        "asked",
        "asking",
        "write",
        "writes",
        "writing",
        "deny",
        "learnt",
        "heard",
        "joke",
        "boast",
        "brag",
        "specified",
        "informed",
        "assured",
        "clarified",
    }
)
CUE_FORMS = frozenset(form for forms in CUE_VERBS.values() for form in forms)
# Cues that only count with a quote or a that-clause right next to them, never alone.
WEAK_CUES = frozenset(
    {
        "continue",
        "describe",
        "ask",
        "post",
        "agree",
        "quote",
        "wonder",
        "laugh",
        "sigh",
        "shrug",
        "smile",
        "rule",
        "order",
        "direct",
        "instruct",
        "request",
        "advise",
        "remind",
        "disclose",
        "dispute",
        "question",
        "share",
        "reflect",
        *MANNER_OF_SPEAKING,
    }
)
# Cues that carry on what the last speaker was saying: "he added" is that speaker, even after
# another man was named as a subject in between.
CONTINUING_CUES = frozenset({"add", "continue"})
# Verbs whose speaker is the object of "from", not the subject ("BelTA learned from X").
FROM_CUES = frozenset({"learn", "hear"})

# Nouns for someone's words: "X's response was: “…”" has X as the speaker (no cue verb).
SPEECH_NOUNS = frozenset(
    {
        "response", "reply", "answer", "message", "statement", "words", "comment", "comments",
        "remarks", "retort", "reaction", "verdict", "advice", "warning", "explanation",
    }
)  # fmt: skip

# Multi-word cues, matched as lower-case token sequences.
PHRASE_CUES: tuple[tuple[str, ...], ...] = (
    ("according", "to"),
    ("in", "the", "words", "of"),
)

PRONOUNS_MALE = frozenset({"he", "him", "his"})
PRONOUNS_FEMALE = frozenset({"she", "her"})
PRONOUNS_PLURAL = frozenset({"they", "them", "we"})
PRONOUNS_NEUTER = frozenset({"it"})
PRONOUNS = PRONOUNS_MALE | PRONOUNS_FEMALE | PRONOUNS_PLURAL | PRONOUNS_NEUTER | {"i", "you"}
PRONOUN_GENDER = {w: "m" for w in PRONOUNS_MALE} | {w: "f" for w in PRONOUNS_FEMALE}
# Subjects that are never a speaker: "this makes sense because “…”".
NON_PERSON_PRONOUNS = frozenset({"it", "this", "that", "which", "what", "there", "these", "those"})

# Role nouns -> the role group they name; a group lets "the head of state" find the president.
ROLE_GROUPS: dict[str, str] = {
    "president": "president",
    "head of state": "president",
    "vice president": "vice president",
    "vice-president": "vice president",
    "deputy president": "vice president",  # Kenya's, South Africa's: not "the President"
    "attorney general": "attorney general",
    "ag": "attorney general",
    "secretary of state": "secretary",
    "secretary-general": "secretary-general",
    "secretary general": "secretary-general",
    "justice": "judge",
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "gen": "general",  # "Maj Gen", as British papers write it, and "the Maj. Gen"
    "front-runner": "candidate",
    "frontrunner": "candidate",
    "contender": "candidate",
    "hopeful": "candidate",
    "challenger": "candidate",
    "incumbent": "incumbent",
    "businessman": "businessman",
    "billionaire": "businessman",
    "mogul": "businessman",
    "tycoon": "businessman",
    "first lady": "first lady",
    "leader": "leader",
    "minister": "minister",
    "prime minister": "prime minister",
    "premier": "premier",  # a Canadian or Australian premier is no prime minister
    "pm": "prime minister",
    # a deputy is not who "the prime minister" means
    "deputy prime minister": "deputy prime minister",
    "taoiseach": "prime minister",  # Ireland's
    "tánaiste": "deputy prime minister",
    "tanaiste": "deputy prime minister",
    "cm": "minister",  # an Indian state's chief minister, "the Manipur CM"
    "chancellor": "chancellor",
    "secretary": "secretary",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "senator": "senator",
    "governor": "governor",
    "mayor": "mayor",
    "candidate": "candidate",
    "nominee": "candidate",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "chair": "chair",
    "ambassador": "ambassador",
    "general": "general",
    "director": "director",
    "ceo": "ceo",
    "chief": "chief",
    "king": "king",
    "queen": "queen",
    "pope": "pope",
    "prosecutor": "prosecutor",
    "judge": "judge",
    "magistrate": "judge",
    "chief magistrate": "judge",
    "chief justice": "judge",
    "commissioner": "commissioner",
    "speaker": "speaker",
    "ceann comhairle": "speaker",  # of the Dáil
    "congressman": "representative",
    "congresswoman": "representative",
    "representative": "representative",
    "lawmaker": "lawmaker",
    "mp": "lawmaker",
    "mpp": "lawmaker",
    "mla": "lawmaker",
    "msp": "lawmaker",
    "mep": "lawmaker",
    "commander": "commander",
    "marshal": "marshal",  # "Air Vice Marshal", and a US marshal
    "admiral": "admiral",
    "colonel": "colonel",
    "envoy": "envoy",
    "treasurer": "treasurer",
    "comptroller": "comptroller",
    "auditor": "auditor",
    "auditor general": "auditor",
    "auditor-general": "auditor",
    "ombudsman": "ombudsman",
    "coroner": "coroner",
    "registrar": "registrar",
    "general manager": "general manager",
    "gm": "general manager",  # "the Oilers GM", a sports club's
}

# People who speak for an organisation without being named ("a spokesman for the police"):
# they stay unnamed, and the organisation is what a later "they" means.
SPOKESPEOPLE = frozenset(
    {
        "spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople",
        "spokespersons", "spokesmen", "spokeswomen",
    }
)  # fmt: skip
# Head nouns of sources that name nobody: speaker None, speaker_kind "unnamed".
UNNAMED_NOUNS = frozenset(
    {
        "source",
        "sources",
        "official",
        "officials",
        "expert",
        "experts",
        "analyst",
        "analysts",
        "observer",
        "observers",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "people",
        "critic",
        "critics",
        "insider",
        "insiders",
        "aide",
        "aides",
        "representatives",
        "someone",
        "person",
        "report",
        "reports",
        "media",
        "diplomats",
        "lawmakers",
        "investigators",
        "police",
        "authorities",
        "supporters",
        "opponents",
        "protesters",
        "democrats",
        "republicans",
        "voters",
        "polls",
        "poll",
        "survey",
        "study",
        "statement",
    }
)

# Common nouns for one person, as a subject with "a"/"one" ("A reporter for AFP called it
# chaos"): a pronoun right after points to this unnamed person, not to an older named one.
PERSON_NOUNS = frozenset(
    {
        "reporter", "journalist", "correspondent", "man", "woman", "guy", "witness", "source",
        "official", "resident", "voter", "supporter", "spokesman", "spokeswoman", "aide",
        "lawyer", "attorney", "officer", "doctor", "student", "teacher", "worker", "farmer",
        "owner", "analyst", "expert", "activist", "protester", "member", "diplomat", "soldier",
        "veteran", "mother", "father", "friend", "neighbour", "neighbor", "volunteer",
        "employee", "staffer", "strategist", "adviser", "advisor", "delegate", "senator",
        "lawmaker", "congressman", "congresswoman", "representative", "candidate", "leader",
        "researcher", "scientist", "professor", "lecturer", "economist", "historian",
        "engineer", "physician", "nurse", "surgeon", "psychologist", "author", "writer",
        "editor", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "chairperson",
        "convener", "convenor", "executive",
        "manager", "coordinator", "consultant", "scholar", "academic", "pastor", "priest",
        "bishop", "imam", "rabbi", "coach", "player", "actor", "actress", "singer", "artist",
        "musician", "dean", "rector", "vice-rector", "principal", "headteacher", "epidemiologist",
        "biologist", "chemist", "physicist", "sociologist", "commentator", "pollster",
        "campaigner", "organiser", "organizer", "entrepreneur", "investor", "banker", "judge",
        "prosecutor", "detective", "inspector", "sergeant", "captain", "commander", "pilot",
        "driver", "mayor", "councillor", "councilor", "minister", "governor", "daughter", "son",
        "wife", "husband", "brother", "sister", "grandmother", "grandfather", "victim",
        "survivor", "patient", "parent", "citizen", "refugee", "migrant", "spokesperson",
        "director", "president", "chief", "ceo", "ambassador", "negotiator",
        "specialist", "director-general", "secretary", "fellow", "partner", "fan", "insider",
        "blogger", "influencer", "star", "athlete", "champion", "mom",
        "dad", "mum", "grandson", "granddaughter", "uncle", "aunt", "cousin", "nephew", "niece",
        "marshal", "sheriff", "constable", "firefighter", "paramedic", "striker", "midfielder",
        "goalkeeper", "defender", "winger", "batsman", "batter", "bowler", "skipper", "sprinter",
        "marathoner", "cyclist", "swimmer", "boxer", "golfer", "jockey", "quarterback",
        "pitcher", "rookie", "head", "superintendent", "councilman", "councilwoman",
        "alderman", "archbishop", "warden", "trustee", "collector", "legislator",
        "landowner", "undersecretary", "under-secretary", "technician", "cleric", "nun",
        "monk", "vicar", "fisherman", "midwife", "pupil", "barrister", "solicitor", "trader",
        "shopkeeper", "widow", "referee", "umpire", "producer", "rapper", "poet", "novelist",
        "photographer", "filmmaker", "comedian", "dancer", "chef", "designer", "architect",
        "miner", "administrator", "archaeologist", "psychiatrist", "virologist", "vet",
        "veterinarian", "pharmacist", "dentist", "therapist", "counsellor", "demonstrator",
        "prisoner", "inmate", "detainee", "defendant", "plaintiff", "eyewitness", "bystander",
        "onlooker", "passer-by", "passerby", "selector", "holder", "titleholder", "winner",
        "runner", "runner-up", "rider", "racer", "medallist", "medalist", "finisher",
        "all-rounder", "paleontologist", "palaeontologist", "geologist", "seismologist",
        "volcanologist", "meteorologist", "climatologist", "glaciologist", "zoologist",
        "ecologist", "astronomer", "parliamentarian",
    }
)  # fmt: skip
# Person nouns a page uses for one another: "the English skipper" after "England captain Ben
# Stokes".
SAME_PERSON_NOUN = {"skipper": "captain"}
# Words that say what a person is without naming them: alone, or as the first words of a
# name the tagger took them into ("Striker Chencho Gyeltshen"), they are no one's name.
PERSON_OR_ROLE_NOUNS = PERSON_NOUNS | frozenset(ROLE_GROUPS)

# Nouns that refer back to an organisation the page named ("the ministry said" after "the
# Ministry of Health"), with the words its name would hold.
ORGANISATION_NOUNS: dict[str, frozenset[str]] = {
    noun: frozenset({noun, *also})
    for noun, also in {
        "ministry": (), "department": (), "agency": (), "council": (), "committee": (),
        "commission": (), "court": (), "party": (), "union": (), "bank": (), "army": (),
        "university": (), "college": (), "hospital": (), "club": (), "federation": (),
        "association": (), "board": (), "embassy": (), "authority": (), "service": (),
        "institute": (), "foundation": (),
        "company": ("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc"),
        "force": ("police", "constabulary"), "police": (), "network": (), "newspaper": (),
        "paper": ("newspaper",),
        "organisation": ("organization",), "organization": ("organisation",), "group": (),
        "coalition": (), "alliance": (), "regulator": (), "watchdog": (), "charity": (),
        "bureau": (), "airline": ("airlines", "airways", "air"), "firm": (), "carrier": (),
        "startup": (), "insurer": (), "retailer": (), "broadcaster": (), "publisher": (),
        "center": ("centre",), "centre": ("center",), "supplier": (), "manufacturer": (),
        "automaker": (), "carmaker": (), "lender": (), "utility": (), "archdiocese": (),
        "diocese": (), "subcommittee": (), "confederation": (), "assembly": (), "tribunal": (),
        "festival": (), "fund": (), "trust": (), "society": (), "league": (), "academy": (),
        "guild": (), "telecom": ("telecoms", "telecommunications"), "telco": ("telecom",),
        "institution": ("university", "college", "institute", "school", "hospital", "academy"),
    }.items()
}  # fmt: skip

# Whose union a union's name says when it lacks the word ("United Nurses of Alberta").
UNION_MEMBERS = frozenset(
    {"nurses", "teachers", "workers", "employees", "educators", "physicians", "doctors"}
)

# Organisation nouns for a business, which a story about one calls it without naming it near
# ("A SpaceX rocket worked fine, the company said"); "the group" may be a crowd.
BUSINESS_NOUNS = frozenset(
    {
        "company", "firm", "startup", "carrier", "airline", "insurer", "retailer", "broadcaster",
        "supplier", "manufacturer", "automaker", "carmaker", "lender", "utility", "network",
        "telecom", "telco",
    }
)  # fmt: skip
# Words for whoever heads a body, with no title of their own: "the GFA boss" is the person the
# page titled in the GFA, whatever the title.
HEAD_OF_BODY_NOUNS = frozenset({"boss"})
# US parties a party noun names, as the page abbreviates them ("D-Calif.").
PARTY_LETTERS = {"republican": "R", "democrat": "D"}
# Words for someone from a place that lack the usual endings (-an, -ese, -i, -er): "the Briton".
DEMONYMS_WITHOUT_ENDING = frozenset(
    {
        "briton", "brit", "swede", "dane", "pole", "scot", "finn", "turk", "greek", "thai",
        "czech", "kiwi", "aussie", "frenchman", "frenchwoman", "englishman", "englishwoman",
        "irishman", "irishwoman", "welshman", "scotsman", "dutchman",
    }
)  # fmt: skip
# Last words of a law's or treaty's name, which the tagger may call an organisation.
LAW_NAME_ENDINGS = frozenset(
    {"act", "bill", "law", "treaty", "accord", "agreement", "convention", "code"}
)
# Written things whose words "read" gives: "“…,” the statement read", "the sign read".
WRITTEN_MESSAGES = frozenset(
    {
        "statement", "letter", "message", "note", "post", "tweet", "notice", "sign", "email",
        "memo", "caption", "banner", "placard", "citation", "release", "text", "inscription",
        "order", "document", "communique", "communiqué", "verdict", "judgment", "ruling",
    }
)  # fmt: skip
# What a reader does with a document, not its author: "a letter obtained by Reuters".
RECEIVING_PARTICIPLES = frozenset(
    {"seen", "obtained", "reviewed", "received", "read", "viewed", "accessed", "acquired"}
)
# Platforms a document is posted on, which do not author it: "the Facebook post said" is the
# poster's words.
PLATFORMS = frozenset(
    {
        "facebook", "twitter", "x", "instagram", "tiktok", "youtube", "whatsapp", "telegram",
        "linkedin", "snapchat", "weibo", "wechat", "threads", "bluesky", "reddit",
    }
)  # fmt: skip
# Nouns naming a body that is no business: "the company" is not the "National Union of
# Mineworkers" that spoke before it. Not "agency" or "association": the Kenya Tea Development
# Agency and the Automobile Association are companies.
NON_BUSINESS_NOUNS = frozenset(
    {
        "ministry", "department", "council", "committee", "commission", "court", "party",
        "union", "army", "university", "college", "hospital", "federation", "embassy",
        "authority", "police", "constabulary", "organisation", "organization", "coalition",
        "regulator", "watchdog", "charity", "archdiocese", "diocese", "subcommittee",
        "confederation", "assembly", "tribunal", "government", "parliament", "congress",
        "senate", "church", "school",
    }
)  # fmt: skip
# Of ORGANISATION_NOUNS, those an organisation's name seldom holds ("Strava" for "the
# company"): with no name holding the noun, they refer to the organisation that spoke last.
GENERIC_ORGANISATION_NOUNS = BUSINESS_NOUNS | {
    "group", "organisation", "organization", "publisher", "bank", "alliance", "charity",
    "agency", "institute", "watchdog", "regulator",
}  # fmt: skip

# Documents an organisation or person issues, by kind: a later "the release" refers back to
# "issued a statement" as readily as to "issued a release".
ISSUED_DOCUMENTS = {
    "statement": "statement", "release": "statement", "communique": "statement",
    "communiqué": "statement", "report": "report", "study": "report", "letter": "letter",
}  # fmt: skip
# Public institutions a page may call by their noun alone ("the prosecution", "the
# department"), named so when no name on the page holds the noun, as "police" is. Bodies
# that always have a name of their own (a newspaper, a party, a board) are left unresolved.
INSTITUTION_NOUNS = frozenset(
    {
        "prosecution", "department", "ministry", "city", "presidency", "office", "court",
        "commission", "council", "embassy", "army", "service", "division",
    }
)  # fmt: skip
# Forms of the verbs that issue one (the pipeline lemmatises cue verbs only).
ISSUE_VERB_FORMS = frozenset(
    {
        "issue", "issues", "issued", "issuing", "release", "releases", "released", "releasing",
        "publish", "publishes", "published", "publishing", "post", "posts", "posted", "posting",
        "put", "puts", "putting", "send", "sends", "sent", "sending", "circulate",
        "circulates", "circulated", "circulating", "announce", "announces", "announced",
        "announcing",
    }
)  # fmt: skip

# Cues whose object is what was said when no clause follows ("denied the allegations",
# "accused X of Y", "described it as …"); other cues' objects are listeners or topics.
OBJECT_CONTENT_CUES = frozenset(
    {
        "deny", "accuse", "describe", "confirm", "acknowledge", "stress", "emphasize",
        "emphasise", "reiterate", "recount", "announce", "suggest", "criticise", "condemn",
        "slam", "highlight", "express", "dismiss", "cite", "blame", "compare",
        "caution", "warn", "denounce", "hail", "brand", "label",
    }
)  # fmt: skip
# Of those, the ones whose object is what was said only with a given preposition after it
# ("described it as …", "blamed X for Y", "compared X with Y"); without it the object is a
# topic or a thing ("described the smell", "cited a report", "blamed the weather").
OBJECT_CONTENT_PREPOSITIONS: dict[str, frozenset[str]] = {
    "describe": frozenset({"as"}),
    "dismiss": frozenset({"as"}),
    "denounce": frozenset({"as"}),
    "hail": frozenset({"as"}),
    "brand": frozenset({"as"}),
    "label": frozenset({"as"}),
    "cite": frozenset({"as"}),
    "blame": frozenset({"for"}),
    "compare": frozenset({"with", "to"}),
}
# "expressed concern over …": the attitudes whose expression is a statement.
EXPRESSED_NOUNS = frozenset(
    {
        "concern", "concerns", "hope", "hopes", "regret", "support", "frustration", "doubt",
        "doubts", "confidence", "sympathy", "solidarity", "optimism", "disappointment",
        "dismay", "outrage", "anger", "gratitude", "condolences", "reservations", "fears",
        "opposition", "alarm", "shock", "surprise", "satisfaction", "willingness",
    }
)  # fmt: skip

# Forms of verbs that give their object a quoted name ("called it a “paper tiger”"): a short
# quote there is the subject's words, not a scare quote.
NAMING_FORMS = frozenset(
    {
        "call", "calls", "called", "calling", "describe", "describes", "described", "describing",
        "label", "labels", "labelled", "labeled", "labelling", "labeling", "brand", "brands",
        "branded", "branding", "dub", "dubs", "dubbed", "dubbing", "term", "terms", "termed",
        "denounce", "denounces", "denounced", "denouncing", "condemn", "condemns", "condemned",
        "condemning", "slam", "slams", "slammed", "slamming", "hail", "hails", "hailed",
    }
)  # fmt: skip


# Cues whose to-infinitive is what was said ("pledged to act", "urged X to act").
# Directives: what was ordered is said only when it was ordered ("ordered police to …"), not
# in a base form after a modal or a broken parse ("didn’t” instruct its members").
DIRECTIVE_CUES = frozenset({"order", "direct", "instruct", "request", "advise", "remind"})
INFINITIVE_CONTENT_CUES = DIRECTIVE_CUES | {
    "pledge", "vow", "promise", "urge", "ask", "warn", "tell", "encourage",
}  # fmt: skip

# "find" and "show" report what a document says ("the poll found that …", "the data shows
# wages rose") only with a document as subject (finder._document_cue): people "find" keys.
DOCUMENT_CUE_FORMS = frozenset(
    {"find", "finds", "found", "show", "shows", "showed", "shown", "showing"}
)
# Bodies whose "found that …" is a finding they published ("the court found that he had no
# power", "the commission found the force failed to …"): judges and inquiries, not people who
# find things.
FINDING_FORMS = frozenset({"find", "finds", "found"})
JUDGING_HEADS = frozenset(
    {
        "court", "tribunal", "judge", "judges", "justice", "magistrate", "jury", "coroner",
        "commission", "inquiry", "panel", "stewards", "inspectors", "investigators",
        "regulator", "watchdog", "ombudsman", "auditor", "auditors", "bureau", "board",
        "committee",
    }
)  # fmt: skip

# "call" reports words only in three frames (finder._call_content): "called for restraint",
# "called on both sides to stop", "called it a violation". Not a cue verb: "so-called", "called
# the police" and "a man called John" report nothing.
CALL_FORMS = frozenset({"call", "calls", "called", "calling"})

# Forms of "be" (``Token.lemma_`` is only set for cue verbs, see tagging.py).
BE_FORMS = frozenset({"be", "is", "was", "are", "were", "been", "being", "am", "'s", "’s"})

# Words before a title colon that are sections, not speakers ("Update: ...", "Watch: ...").
NON_SPEAKER_PREFIXES = frozenset(
    {
        "update",
        "updated",
        "breaking",
        "watch",
        "video",
        "photos",
        "photo",
        "exclusive",
        "opinion",
        "analysis",
        "live",
        "editorial",
        "review",
        "interview",
        "report",
        "poll",
        "factbox",
        "explainer",
        "fact check",
        "timeline",
        "q&a",
        "read",
        "listen",
        "note",
        "correction",
        "full text",
        "transcript",
        "the latest",  # AP's running updates: "The Latest: Trump urges supporters …"
        "latest",
    }
)

# Words right before a quote that mark it as a title of a work or a name, not speech.
TITLE_MARKERS = frozenset(
    {
        "film",
        "movie",
        "book",
        "novel",
        "song",
        "album",
        "show",
        "series",
        "article",
        "column",
        "op-ed",
        "poem",
        "play",
        "titled",
        "entitled",
        "called",
        "dubbed",
        "named",
        "headlined",
        "slogan",
        "hashtag",
        "operation",
        "program",
        "programme",
        "campaign",
        "term",
        "phrase",
        "word",
        "so-called",
        "nicknamed",
        "label",
        "labeled",
        "labelled",
    }
)

NAME_TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "madam", "mr.", "mrs.", "ms.", "dr.", "prof",
        "prof.", "dame", "lord", "lady", "councillor", "cllr", "cllr.", "rev", "rev.",
        "reverend", "hh", "h.h.", "hon", "hon.", "dsp", "ssp", "asp", "igp",
    }
)  # fmt: skip
# Police forces known by their letters or a name without "police" in it, which "police said"
# after them means: Canada's RCMP and OPP, Northern Ireland's PSNI, South Africa's SAPS,
# Ireland's Gardaí, Italy's Carabinieri. A city's "…PD" is read by its shape.
POLICE_FORCE_LETTERS = frozenset(
    {"RCMP", "OPP", "PSNI", "SAPS", "SPVM", "Garda", "Gardaí", "Gardai", "Carabinieri"}
)
# Ranks before a name, as words with or without their full stop: "Lt. Mark Giannunzio", "Pol
# Maj Gen Piya Tawichai" (a Thai police rank), "Det Supt Smith".
RANK_WORDS = frozenset(
    {"lt", "sgt", "capt", "det", "insp", "cpl", "col", "maj", "gen", "supt", "pol", "brig"}
)
# Abbreviated ranks and titles before a name that the tokenizer would otherwise split from
# their full stop, ending the sentence inside "spokesman Col. Gerry Besana said".
RANK_ABBREVIATIONS = frozenset(
    {
        "Col.", "Lt.", "Capt.", "Sgt.", "Maj.", "Cmdr.", "Cdr.", "Supt.", "Insp.", "Cpl.",
        "Pvt.", "Brig.", "Det.", "Const.", "Amb.", "Atty.", "Hon.", "Rt.", "Cpt.", "Cllr.",
        "Fr.", "Dep.", "Pres.",
    }
)  # fmt: skip
# A member of a party or camp, which "the" and one of these make a description of someone the
# story has named ("The California Republican said", "the Vermont independent added").
PARTY_MEMBERS = frozenset(
    {
        "republican", "democrat", "conservative", "liberal", "independent", "socialist", "tory",
        "progressive", "libertarian",
    }
)  # fmt: skip
# Lower-case particles inside surnames, which a name the tagger stopped short grows over:
# "Rhun ap Iorwerth", "Ibrahim bin Ali". (The store's name keys keep their own list, as the
# store must not import the parser's stage.)
SURNAME_PARTICLES = frozenset(
    {"ap", "ab", "bin", "binti", "ibn", "van", "von", "de", "da", "di", "del", "della", "dos"}
    | {"das", "du", "ter", "ten", "zu"}
)
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady"})
# Letters after a name that are not part of it: "Afrasiab Anwar MBE", "Jane Smith KC".
POST_NOMINALS = frozenset(
    {
        "mbe",
        "obe",
        "cbe",
        "kbe",
        "dbe",
        "kc",
        "qc",
        "mp",
        "mep",
        "msp",
        "phd",
        "jr",
        "jr.",
        "sr",
        "sr.",
    }
)
