"""Small word lists for the clean stage: boilerplate cues, month names, agencies and zones.

Why a lexicon and not rules per publisher: the same few dozen words ("subscribe", "cookie",
"share", "©") mark boilerplate lines on almost every site in every language we see, while
publisher-specific rules rot with each redesign. Lists are lower-case; matching is on whole
short lines (see ``boilerplate.py``), so a real sentence that mentions "cookies" is never hit.
"""

from __future__ import annotations

import re

from babel import Locale

# Country and territory names in English, from the CLDR data babel ships ("Chile", "Kenya").
COUNTRY_NAMES = frozenset(Locale("en").territories.values())

# Words that, on a *short* line, mark it as site furniture. Multilingual, lower-case,
# matched as substrings of the normalised line. Measured on plain-pages (benchmarks/body_f1.py).
# fmt: off
BOILERPLATE_PHRASES: tuple[str, ...] = (
    # subscribe / newsletter / account
    "subscribe", "newsletter", "sign up", "sign in", "log in", "login", "register",
    "abonnieren", "abonnement", "anmelden", "registrieren", "abonnez", "s'abonner",
    "suscríbete", "suscribirse", "iscriviti", "abbonati", "abonner", "prenumerera",
    "подписаться", "подпишитесь", "subskrybuj", "abone ol",
    # share / follow / social
    "share", "teilen", "partager", "compartir", "condividi", "delen", "del artikel",
    "follow us", "folgen sie", "suivez-nous", "síguenos", "facebook", "twitter", "whatsapp",
    "telegram", "instagram", "linkedin", "pinterest", "e-mail", "email", "click to copy",
    "copy link", "link kopieren", "print", "drucken",
    # cookies / privacy / legal
    "cookie", "privacy", "datenschutz", "impressum", "terms of use", "terms & conditions",
    "terms and conditions", "agb", "all rights reserved", "alle rechte vorbehalten",
    "tous droits réservés", "todos los derechos", "copyright", "©",
    # navigation / teasers / ads
    "read more", "read also", "see also", "related", "recommended", "more news", "all news",
    "recent news", "latest news", "top stories", "most read", "most popular", "trending",
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "das könnte sie auch", "weitere artikel",
    "meistgelesen", "lire aussi", "à lire aussi", "leer más", "lee también", "leggi anche",
    "читайте также", "advertisement", "anzeige", "werbung", "publicité", "publicidad",
    "sponsored", "skip to", "zum inhalt", "zum hauptinhalt", "springen", "menu", "menü",
    "search", "suche", "home", "startseite", "back to top", "nach oben", "listen",
    "audio", "video", "watch:", "download", "app", "jetzt", "kommentare", "comments",
    "zur startseite", "loading", "javascript", "browser",
)
# fmt: on

# Words of consent dialogs and paywalls. Two or more of them in one long line mark it as a
# dialog paragraph ("When you visit our website, we store cookies ..."), which is long and
# sentence-shaped like article text. Measured on plain-pages: consent blocks outweighed bodies.
# fmt: off
CONSENT_WORDS: tuple[str, ...] = (
    "cookie", "cookies", "consent", "personal data", "personal information", "privacy",
    "opt-out", "opt out", "tracking", "advertising partners", "third parties", "third-party",
    "your browser", "your device", "subscription", "subscriber", "subscribe", "sign in", "log in",
    "newsletter", "einwilligung", "datenschutz", "personenbezogene", "tracking", "werbung",
    "zustimmung", "abo", "abonnement", "abonnent", "partner", "datenverarbeitung",
    "consentement", "données personnelles", "consentimiento", "datos personales", "consenso",
    "dati personali", "samtykke", "samtycke", "personuppgifter", "souhlas", "zgoda",
)
# fmt: on

# Photo credits at the end of a caption line ("(AP Photo/Marco Ugarte)", "(Picture: PA)",
# "Foto: dpa", "Getty Images/..."). Only credit shapes: a sentence ending "..., AFP said." is
# not a caption.
CAPTION_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:photo|foto|bild|picture|image|credit|getty|reuters|afp|ap|dpa|imago|epa|"
    r"keystone|anp|efe|ansa)\b[^()]*)\)\s*$"
    r"|\b(?:photo|foto|bild|picture|credit|quelle|bildquelle)\s*:\s*[^.]{1,60}$"
    r"|getty images|shutterstock|imago images|picture alliance|\bap photo\b",
    re.IGNORECASE,
)

MONTHS: dict[str, int] = {}


def _add_months(names: str) -> None:
    for i, group in enumerate(names.split("|"), start=1):
        for name in group.split(","):
            if name:
                MONTHS[name] = i


# English, German, French, Spanish, Italian, Dutch, Portuguese, Swedish/Danish/Norwegian,
# Polish (genitive), Czech (genitive), Russian (genitive), Turkish: one group per month.
_add_months(
    "january,jan,januar,jänner,janvier,enero,gennaio,januari,janeiro,stycznia,ledna,января,ocak"
    "|february,feb,februar,février,fevrier,febrero,febbraio,februari,fevereiro,lutego,února,"
    "февраля,şubat,subat"
    "|march,mar,märz,maerz,mars,marzo,maart,março,marts,mars,marca,března,марта,mart"
    "|april,apr,avril,abril,aprile,kwietnia,dubna,апреля,nisan"
    "|may,mai,mayo,maggio,mei,maio,maj,maja,května,мая,mayıs,mayis"
    "|june,jun,juni,juin,junio,giugno,junho,czerwca,června,июня,haziran"
    "|july,jul,juli,juillet,julio,luglio,julho,lipca,července,июля,temmuz"
    "|august,aug,août,aout,agosto,augustus,augusti,sierpnia,srpna,августа,ağustos,agustos"
    "|september,sep,sept,septembre,septiembre,settembre,setembro,września,září,сентября,eylül"
    "|october,oct,oktober,octobre,octubre,ottobre,outubro,okt,października,října,октября,ekim"
    "|november,nov,novembre,noviembre,novembro,listopada,listopadu,ноября,kasım,kasim"
    "|december,dec,dezember,décembre,decembre,diciembre,dicembre,dezembro,grudnia,prosince,"
    "декабря,aralık,aralik,dez"
)
# Abbreviations printed with a full stop ("18 juil. 2024", "15 oct 2024", "3 ene 2025").
_add_months(
    "janv,ene,gen|févr,fevr,fév|mars|avr,abr|mai|juin|juil|ago,aoû|sept,set|oct,ott|nov|déc,dic"
)

# Wire agencies and state outlets -> (canonical name, IANA zone). Why: a plain-text page shows
# "13:36" without a zone; the agency's home zone is what its timestamps are written in.
# Upper-case words that open a body before a colon or dash without being a dateline's place.
LABELS = frozenset(
    {
        "UPDATE", "UPDATED", "BREAKING", "BREAKING NEWS", "EXCLUSIVE", "WATCH", "LISTEN", "NOTE",
        "EDITOR'S NOTE", "EDITOR’S NOTE", "LIVE", "ANALYSIS", "OPINION", "COMMENT", "WARNING",
        "READ", "READ MORE", "RELATED", "PHOTOS", "VIDEO", "CORRECTION", "FACT CHECK", "Q&A",
    }
)  # fmt: skip

AGENCIES: dict[str, tuple[str, str]] = {
    "belta": ("BelTA", "Europe/Minsk"),
    "tass": ("TASS", "Europe/Moscow"),
    "ria novosti": ("RIA Novosti", "Europe/Moscow"),
    "ria": ("RIA Novosti", "Europe/Moscow"),
    "interfax": ("Interfax", "Europe/Moscow"),
    "xinhua": ("Xinhua", "Asia/Shanghai"),
    "ukrinform": ("Ukrinform", "Europe/Kyiv"),
    "kyodo": ("Kyodo", "Asia/Tokyo"),
    "yonhap": ("Yonhap", "Asia/Seoul"),
    "anadolu": ("Anadolu", "Europe/Istanbul"),
    "irna": ("IRNA", "Asia/Tehran"),
    "pap": ("PAP", "Europe/Warsaw"),
    "dpa": ("dpa", "Europe/Berlin"),
    "apa": ("APA", "Europe/Vienna"),
    "ansa": ("ANSA", "Europe/Rome"),
    "efe": ("EFE", "Europe/Madrid"),
    "reuters": ("Reuters", ""),
    "ap": ("AP", ""),
    "afp": ("AFP", ""),
}

# Outlets recognised by their registered domain -> IANA zone (only where the site states local
# times without a zone). Small on purpose: a wrong zone is worse than none.
DOMAIN_ZONES: dict[str, str] = {
    "belta.by": "Europe/Minsk",
    "tass.com": "Europe/Moscow",
    "tass.ru": "Europe/Moscow",
    "ria.ru": "Europe/Moscow",
    "xinhuanet.com": "Asia/Shanghai",
    "news.cn": "Asia/Shanghai",
}

# Words just before a date that make it a copyright year, never a publication date.
COPYRIGHT_CUES = re.compile(r"(©|\(c\)|copyright)", re.IGNORECASE)
# Words just before a date that make it an update time (Page.modified), not the original.
UPDATED_CUES = re.compile(
    r"(updated|aktualisiert|geändert|modifié|mis à jour|actualizado|aggiornato|"
    r"обновлено|oppdatert|uppdaterad|opdateret|aktualizováno|güncelleme)",
    re.IGNORECASE,
)
# Words just before a date that mark it as the publication date.
PUBLISHED_CUES = re.compile(
    r"(published|posted|veröffentlicht|erstellt|publié|publicado|pubblicato|publisert|publicerad|"
    r"udgivet|gepubliceerd|opublikowano|publikováno|yayınlanma|опубликовано)",
    re.IGNORECASE,
)
