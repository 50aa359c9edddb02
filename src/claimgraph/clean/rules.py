"""Rules that recognise one chrome line by itself: widgets, dates, bylines, credits, captions.

Each rule returns a reason code (a short string) or "". They only look at one line; the page
structure (position, neighbours, repetition) is handled in `structure.py`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimgraph.clean.lexicon import chrome_lines, chrome_prefixes
from claimgraph.clean.lines import Line

__all__ = ["line_reason", "is_date_line", "is_byline", "is_credit", "is_caption"]

_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "januar jänner februar märz april mai juni juli august september oktober november dezember "
    "janv févr mars avril juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
)
_DAYS = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so "
    "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo"
)
_DATE_WORDS = frozenset(_MONTHS.split()) | frozenset(_DAYS.split())
# Words that accompany a date in a date line ("Published on", "Stand:", "um 12.09 Uhr").
_DATE_FILLER = frozenset(
    "on at am um uhr pm the of de du le la el published updated first posted last modified stand "
    "veröffentlicht aktualisiert zuletzt erstellt geändert seit online heute gestern today yesterday "
    "ist ist est cet cest mez mesz gmt utc ist edt est pst bst et and und y et publié mis à jour "
    "actualizado publicado a h min read lesezeit minuten minutes".split()
)
_NUM_TOKEN = re.compile(r"^\d{1,4}(st|nd|rd|th|am|pm|h)?$")
_DATE_SHAPE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{2}\s*uhr\b",
    re.IGNORECASE,
)
_WEATHER = re.compile(r"^-?\d{1,3}(?:[.,]\d+)?\s*°?\s*[CF]$|^-?\d{1,3}(?:[.,]\d+)?\s*°\s*[CF]?\b")
_BYLINE = re.compile(
    r"^(?i:by|von|text|texte|par|por|di|przez|autor|author|written by|reporting by|story by|words by)"
    r"[\s:]+(?:[A-ZÀ-ÖØ-Þ][\w.'’-]*|[a-zà-ÿ]+\s+[A-ZÀ-ÖØ-Þ])",
)
_AGENCY = re.compile(
    r"\b(?:news agenc(?:y|ies)|agencies|agenturen|agences|inputs|reuters|afp|ap|dpa|apa|sda|kna|epd|"
    r"ansa|efe|pap|tass|xinhua|ians|pti|ani)\b",
    re.IGNORECASE,
)
_BRACKETED = re.compile(r"^[\[(][^\[\]()]{1,80}[\])]$")
_CAPTION_CREDIT = re.compile(
    r"(?:\(|\||\b)(?:images?|photos?|fotos?|bild(?:er)?|pictures?|picture credit|credits?|quelle|source|"
    r"grafik|illustration|video|bildquelle|fotoquelle|bildnachweis|fotonachweis)\s*:\s*[^.!?]{1,80}\)?\s*$"
    r"|(?:©|\(c\)|\bcopyright\b)\s*\S[^.!?]{0,80}$|©\s*$"
    r"|\((?:ap|afp|epa|reuters|getty|dpa|apa|keystone|photo|foto|image|bild|credit)\b[^()]{0,80}\)\s*$"
    r"|(?:^|\(|\||\.\s)(?:photos?|fotos?|bild(?:er)?|images?|pictures?)\s*:\s*(?:\S+\s*){1,6}\)?\s*$"
    r"|/\s*getty images|\b(?:getty images|afp via getty images|shutterstock|istock(?:photo)?|imago(?: images)?|picture alliance|"
    r"dpa|keystone|reuters|ap photo|epa)\s*\)?\s*$",
    re.IGNORECASE,
)
_CREDIT_TOKENS = frozenset(
    "image images photo photos foto fotos bild bilder picture pictures credit credits quelle source "
    "grafik illustration video bildquelle fotoquelle bildnachweis fotonachweis copyright getty "
    "shutterstock istock istockphoto imago alliance dpa keystone reuters epa ap afp apa".split()
)
_CAPTION_START = re.compile(
    r"^(?:\[[^\]]{0,80}\]\s*)?(?:(?:file photo|photo|foto|bild|image|picture|pictured|above|top|main image|"
    r"caption|bildunterschrift)\s*:|(?:media|image|video|photo) (?:caption|copyright|source)|(?:photo|photograph|image|picture|illustration|foto|bild|grafik)s?\s+"
    r"(?:by|von|courtesy|via|credit|par|de)\b)",
    re.IGNORECASE,
)
_SHARE_GLUE = re.compile(r"(?i)^(?:share|teilen|tweet|email|print|copy)(?:[A-Z][a-z]+){1,}")
_FORM = re.compile(r"\[[ *xX]\]|\[_{3,}\]|\(\*\)\s|\( \)\s")
_SEPARATORS = re.compile(r"\s[|·•»›/]\s")
_READING_TIME = re.compile(
    r"^(?:(?:reading time|lesezeit|read time)\s*)?\d+\s*(?:min|mins|minute|minutes|minuten|minutos)\b(?:\s*(?:read|lesen|lesezeit|de lectura))?$"
)
_NO_LETTERS = re.compile(r"^[\W\d_]*$")
# "3 hours ago", "vor 3 Stunden", "Hace 3 horas", "il y a 2 jours": relative time stamps.
_UNIT = (
    r"(?:sec|secs|seconds?|min|mins|minutes?|minuten|minutos|hours?|hrs?|stunden?|std|horas?|heures?|ore|"
    r"days?|tagen?|días?|dias?|jours?|giorni|weeks?|wochen?|semanas?|semaines?|months?|monaten?|meses?|mois|"
    r"years?|jahren?|años?|anos?|ans)"
)
_NUM = r"(?:\d+|an?|one|einer?|un|una|uno)"
_RELATIVE_TIME = re.compile(
    rf"^(?:(?:updated|aktualisiert|published|veröffentlicht)\s+)?"
    rf"(?:(?:vor|hace|há|il y a)\s+{_NUM}\s+{_UNIT}|{_NUM}\s+{_UNIT}\s+(?:ago|fa))"
    rf"(?:\s+(?:aktualisiert|updated))?$"
)


def is_date_line(ln: Line) -> bool:
    """A line that is a date (and time), perhaps with a label or an author name: "Sun. Jun 23rd, 2024"."""
    if ln.nw > 12 or ln.end_punct and ln.text[-1] not in ".)":
        return False
    toks = ln.toks
    if not toks:
        return False
    has_name = any(t in _DATE_WORDS for t in toks)
    has_shape = _DATE_SHAPE.search(ln.text) is not None
    if not (has_name or has_shape):
        return False
    has_num = any(_NUM_TOKEN.match(t) for t in toks)
    if not (has_num or has_shape):
        return False
    rest = [t for t in toks if t not in _DATE_WORDS and t not in _DATE_FILLER and not _NUM_TOKEN.match(t)]
    return len(rest) <= 3


def is_byline(ln: Line) -> bool:
    """An author line: "By Angela Skujins with AP", "Von Max Muster"."""
    return ln.nw <= 14 and not (ln.end_punct and ln.text[-1] in ".!?") and _BYLINE.match(ln.text) is not None


def is_credit(ln: Line) -> bool:
    """A source credit: "[Al Jazeera]", "(With Reuters inputs)", "Al Jazeera and news agencies"."""
    if ln.nw > 8:
        return False
    if _BRACKETED.match(ln.text) and ln.nw <= 6:
        return True
    return not (ln.end_punct and ln.text[-1] in ".!?") and _AGENCY.search(ln.text) is not None


# People located in a picture: "(right)", "(l.)", "(second from left)", "(links)", "(Mitte)".
_PICTURE_SIDE = re.compile(
    r"\((?:(?:second |third |2nd |3rd )?(?:from )?(?:left|right)|l\.|r\.|links|rechts|"
    r"v\. ?l\.(?: ?n\. ?r\.)?|izq\.|der\.|izquierda|derecha|gauche|droite)\)",
    re.IGNORECASE,
)


def is_caption(ln: Line) -> bool:
    """A picture caption or credit: ends with "(Images: Reuters)", "Copyright AP", "© …", starts "FILE PHOTO:"."""
    if ln.nw > 45:
        return False
    if _CAPTION_START.match(ln.text):
        return True
    if "(" in ln.text and _PICTURE_SIDE.search(ln.text):
        return True  # "Ann Lee (right) looks on as ...", "Marcell Jansen (l.) und ...": a picture caption
    # Cheap test first: the credit regex is the slowest rule.
    if "©" not in ln.text and "(c)" not in ln.text.lower() and _CREDIT_TOKENS.isdisjoint(ln.toks):
        return False
    return _CAPTION_CREDIT.search(ln.text) is not None


@lru_cache(maxsize=None)
def _prefix_re() -> re.Pattern[str]:
    alts = sorted(chrome_prefixes(), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(p) for p in alts) + r")(?!\w)")


def line_reason(ln: Line, boilerplate: frozenset[str] = frozenset()) -> str:
    """Reason code if this line is chrome on its own, else ""."""
    key = ln.key
    if not key or _NO_LETTERS.match(ln.text):
        return "symbols"
    if key in boilerplate:
        return "boilerplate"
    if key in chrome_lines():
        return "widget"
    if ("[" in ln.text or "(" in ln.text) and _FORM.search(ln.text):
        return "form"  # text renderers draw checkboxes and input fields: "[ ]", "[*]", "[____]"
    if ln.nw > 45:
        return ""  # long lines are prose or flattened menus; the structure rules judge them
    if ln.nw <= 14 and _prefix_re().match(key):
        return "widget"
    if ln.nw <= 6 and _SHARE_GLUE.match(ln.text):
        return "widget"
    if ln.nw <= 40 and (ln.text[0] == "©" or key.startswith("copyright")):
        return "widget"
    if ln.nw <= 25 and not ln.end_punct and len(_SEPARATORS.findall(ln.text)) >= 2:
        return "menu"  # "date | categories: … | View Comments", breadcrumbs, link bars
    if ln.nw <= 3 and _WEATHER.match(ln.text):
        return "weather"
    if ln.nw <= 5 and _READING_TIME.match(key):
        return "date"  # "5 min read", "Lesezeit: 3 Minuten"
    if ln.nw <= 6 and _RELATIVE_TIME.match(key):
        return "date"
    if ln.nw <= 12 and is_date_line(ln):
        return "date"
    if is_byline(ln):
        return "byline"
    if is_credit(ln):
        return "credit"
    if is_caption(ln):
        return "caption"
    if LABEL_TEASER and 6 <= ln.nw <= 25 and ln.text[-1] not in ".,;:)" and _label_teaser(ln.text):
        return "teaser"  # "Lea también: <headline>", "ALSO READ: <headline>": a linked headline
    return ""


LABEL_TEASER = 1
LABEL_ONE_WORD = 0
LABEL_MIXED = 1
_TRAIL = frozenset(".!?…\"“”‘’»«)")


def _label_teaser(text: str) -> bool:
    """An upper-case label of two or three words before the colon ("READ MORE:", "PUEDES VER:").
    Mixed-case labels ("Frage 4:", "Tipp:") start subheads and list items too often."""
    m = _LABEL_TEASER.match(text)
    if m is None:
        return False
    label = text[: text.index(":")].strip()
    if label.isupper():
        return LABEL_ONE_WORD or " " in label
    # A mixed-case label of two or three words before a headline of five words or more
    # without a final punctuation mark ("Lesen Sie auch: <headline>").
    rest = text[text.index(":") + 1 :].split()
    return bool(LABEL_MIXED) and " " in label and label[0].isupper() and len(rest) >= 5 and text[-1] not in _TRAIL and not any(
        c.isdigit() for c in label
    )


# A label of one to three words, a colon, then a capitalised headline.
_LABEL_TEASER = re.compile(r"^[^\W\d_][\w'’-]*(?: [\w'’-]+){0,2} ?: +[\"“„«¿¡]?[^\W\d_a-zà-ÿ]")
