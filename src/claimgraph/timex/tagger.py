"""Rule-based TIMEX3 tagger: regular-expression rules propose spans, the longest wins, values are anchored.

Each rule is a pattern, a handler that turns a match into candidates (start, end, type, value, mod)
and a set of trigger words: the pattern only runs in windows around those words, found in one pass.
Overlapping candidates are resolved longest-first, then by rule priority; a last pass attaches bare
clock times to the day named in their sentence and resolves anaphors ("that year") against the last
date mentioned.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from . import normalise as N
from . import patterns as P
from .tense import sentence_cues, split_sentences, tense_from_cues
from .types import Timex

B = r"(?<![\w$£€])"  # left boundary: not inside a word or an amount
E = r"(?![\w])"


@dataclass
class _Ctx:
    text: str
    anchor: dt.date | None
    sentences: list[tuple[int, int]]
    cands: list[tuple] = field(default_factory=list)
    _sent_idx: list[int] = field(default_factory=list)
    _quarter_doc: bool | None = None
    _cues: dict = field(default_factory=dict)
    _has: dict = field(default_factory=dict)

    def sentence(self, pos: int) -> tuple[int, int]:
        if not self.sentences:  # split lazily: many texts need no tense cue at all
            self.sentences = split_sentences(self.text) or [(0, len(self.text))]
            self._sent_idx = [s for s, _ in self.sentences]
        i = bisect.bisect_right(self._sent_idx, pos) - 1
        if i < 0:
            return (0, len(self.text))
        return self.sentences[i]

    def tense(self, start: int, end: int) -> str | None:
        # a deadline preposition right before a date points ahead whatever the verb's tense:
        # "extended the offer until Nov. 16", "payable Jan. 2", "effective Feb. 1"
        if _DEADLINE.search(self.text, max(0, start - 20), start) and not _HAD.search(self.text, max(0, start - 60), start):
            return "future"  # ... unless a past perfect frames it: "had filed reports by Wednesday"
        sent = self.sentence(start)
        cached = self._cues.get(sent)
        if cached is None:
            cached = self._cues[sent] = sentence_cues(self.text, sent)
        return tense_from_cues(cached[0], cached[1], start, end)

    def sentence_has(self, pos: int, pattern: re.Pattern) -> bool:
        sent = self.sentence(pos)
        key = (sent, pattern.pattern)
        hit = self._has.get(key)
        if hit is None:
            hit = self._has[key] = pattern.search(self.text, sent[0], sent[1]) is not None
        return hit

    def quarterly(self, pos: int) -> bool:
        """Is a "year ago" here a year-ago quarter? True in quarterly-results reporting.

        The sentence decides when it names a quarter (or a year); otherwise the document does when
        it speaks of quarters at least twice.
        """
        if self.sentence_has(pos, _QUARTER_WORD):
            return True
        if self.sentence_has(pos, _ANNUAL_WORD):
            return False
        if self._quarter_doc is None:
            self._quarter_doc = len(_QUARTER_WORD.findall(self.text)) >= 2
        return self._quarter_doc

    def add(self, start, end, typ, value, mod=None, rule="", prio=5):
        if value is None or end <= start:
            return
        self.cands.append((start, end, typ, value, mod, rule, prio))


_DEADLINE = re.compile(r"(?i)\b(?:by|until|till|through|effective|payable|starting|beginning)\s+(?:on\s+)?$")
_ANNUAL_WORD = re.compile(r"(?i)\b(?:for the year|fiscal|annual|full[- ]year|this year|last year)\b")
_HAD = re.compile(r"(?i)\bhad\b")
_QUARTER_WORD = re.compile(r"(?i)\bquarter|\bquarterly|\bperiod\b|\bthree months\b")


# ---------------------------------------------------------------- resolvers


def _weekday_date(ctx: _Ctx, wd: int, start: int, end: int, rel: str | None = None) -> str:
    if ctx.anchor is None:
        return f"XXXX-WXX-{wd}"
    if rel in ("last", "next", "this"):
        return N.ymd(N.resolve_weekday(ctx.anchor, wd, rel))
    tense = ctx.tense(start, end)
    return N.ymd(N.resolve_weekday(ctx.anchor, wd, "future" if tense == "future" else "past"))


def _month_day(ctx: _Ctx, m: int, d: int, y: int | None, start: int, end: int) -> str | None:
    if not 1 <= d <= 31:
        return None
    if y is None:
        if ctx.anchor is None:
            return f"XXXX-{m:02d}-{d:02d}"
        y = N.resolve_month_day_year(ctx.anchor, m, d, ctx.tense(start, end))
    if N.safe_date(y, m, d) is None:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _month(ctx: _Ctx, m: int, start: int, end: int) -> str:
    if ctx.anchor is None:
        return f"XXXX-{m:02d}"
    return N.ym(N.resolve_month_year(ctx.anchor, m, ctx.tense(start, end)), m)


def _rel_year(ctx: _Ctx, rel: str | None) -> int | None:
    if ctx.anchor is None:
        return None
    rel = (rel or "").lower()
    if "last" in rel or "previous" in rel or "past" in rel:
        return ctx.anchor.year - 1
    if "next" in rel or "following" in rel or "coming" in rel:
        return ctx.anchor.year + 1
    return ctx.anchor.year


def _posmod(s: str | None) -> str | None:
    if not s:
        return None
    key = " ".join(s.lower().split()).rstrip("-")
    return P.POS_MODS.get(key) or P.POS_MODS.get(key.replace("the ", ""))


# ---------------------------------------------------------------- rules

_rules: list[tuple[str, re.Pattern, object, frozenset]] = []  # compiled lazily from _rule_specs


def rule(name: str, pattern: str, triggers: frozenset[str] | set[str] = frozenset(), flags: int = 0):
    """Register a rule; it runs only in windows around its trigger words ("#d" stands for any number)."""

    def deco(fn):
        _rule_specs.append((name, B + "(?:" + pattern + ")" + E, flags, fn, frozenset(triggers)))
        return fn

    return deco


_rule_specs: list[tuple[str, str, int, object, frozenset]] = []


def _compiled_rules() -> list[tuple[str, re.Pattern, object, frozenset]]:
    """The rules with their patterns compiled, on first use (keeps `import claimgraph.timex` fast)."""
    if not _rules:
        _rules.extend((n, re.compile(p, f), fn, t) for n, p, f, fn, t in _rule_specs)
    return _rules


_MONTH_T = set(P.MONTHS)
_WEEKDAY_T = {w for w in P.WEEKDAYS if len(w) > 4} | {w + "s" for w in P.WEEKDAYS if len(w) > 4}
_UNIT_T = set(P.UNITS) | {"fortnight"}
_SEASON_T = set(P.SEASONS)
_DIGIT_T = {"#d", "#y"}
_YEAR_T = {"#y"}
_CLOCK_T = {"m", "am", "pm", "clock"}  # "a.m." lower-cases to the tokens "a", "m"


@rule(
    "date_full",
    r"(?:(?P<rel>(?i:last|this|next|this\s+past|this\s+coming))\s+)?(?:(?P<wd>" + P.WEEKDAY + r"),?\s+(?:the\s+)?)?"
    r"(?:(?P<m>" + P.MONTH + r")\s+(?P<d>" + P.DAY + r")(?!\d|:\d)(?:\s*,?\s*(?P<y>" + P.YEAR + r")(?!\d|,\d))?"
    r"|(?:the\s+)?(?P<d2>" + P.DAY + r")\s+(?:of\s+)?(?P<m2>" + P.MONTH + r")(?:\s*,?\s*(?P<y2>" + P.YEAR + r")(?!\d))?)", triggers=_MONTH_T,
)
def _date_full(ctx: _Ctx, m: re.Match):
    mon = m.group("m") or m.group("m2")
    day = m.group("d") or m.group("d2")
    yr = m.group("y") or m.group("y2")
    if m.group("d2") and mon == "May" and not yr:
        return  # "5 May" is fine, but "2 May be" is not: require a year or a capitalised context
    rel = " ".join((m.group("rel") or "").lower().split())
    mo, d = P.month_number(mon), P.day_number(day)
    if rel and not yr and ctx.anchor is not None:
        this = N.safe_date(ctx.anchor.year, mo, d)
        if this is None:
            return
        if rel in ("last", "this past"):
            yr = ctx.anchor.year if this < ctx.anchor else ctx.anchor.year - 1
        elif rel in ("next", "this coming"):
            yr = ctx.anchor.year if this > ctx.anchor else ctx.anchor.year + 1
    val = _month_day(ctx, mo, d, int(yr) if yr else None, m.start(), m.end())
    ctx.add(m.start(), m.end(), "DATE", val, rule="date_full", prio=1)


@rule(
    "month_year",
    r"(?:(?P<pm>" + P.POSMOD + r")[\s-]*)?(?P<m>" + P.MONTH + r"),?\s+(?:(?i:of)\s+)?"
    r"(?:(?P<y>" + P.YEAR + r")(?!\d|,\d)|(?P<rel>(?i:last|this|next|the\s+same|the\s+previous|the\s+following))\s+(?i:year))", triggers=_MONTH_T,
)
def _month_year(ctx: _Ctx, m: re.Match):
    mon = P.month_number(m.group("m"))
    if m.group("y"):
        y = int(m.group("y"))
    else:
        rel = m.group("rel").lower()
        if "same" in rel:
            return
        y = _rel_year(ctx, rel)
    val = N.ym(y, mon) if y is not None else f"XXXX-{mon:02d}"
    ctx.add(m.start(), m.end(), "DATE", val, _posmod(m.group("pm")), "month_year", 2)


@rule(
    "month_rel",
    r"(?:(?P<pm>" + P.POSMOD + r")[\s-]+)?(?P<rel>(?i:last|this|next|this\s+past|this\s+coming|past|coming))\s+(?P<m>" + P.MONTH + r")", triggers=_MONTH_T,
)
def _month_rel(ctx: _Ctx, m: re.Match):
    mon = P.month_number(m.group("m"))
    rel = " ".join(m.group("rel").lower().split())
    if ctx.anchor is None:
        val = f"XXXX-{mon:02d}"
    else:
        a = ctx.anchor
        if rel in ("last", "past", "this past"):
            y = a.year if mon < a.month else a.year - 1
        elif rel in ("next", "coming", "this coming"):
            y = a.year if mon > a.month else a.year + 1
        else:
            y = a.year
        val = N.ym(y, mon)
    ctx.add(m.start(), m.end(), "DATE", val, _posmod(m.group("pm")), "month_rel", 2)


_MONTH_PREP = re.compile(
    r"(?i)(?:\b(?:in|on|since|until|till|by|of|from|to|through|during|before|after|early|late|mid|last|next|this|"
    r"and|or|between|end|beginning|start|middle)\s*-?|\bmid-)$"
)


@rule("month", r"(?:(?P<pm>" + P.POSMOD + r")[\s-]*)?(?P<m>" + P.MONTH + r")(?!\s*\d)(?!-\w)", triggers=_MONTH_T)
def _month_only(ctx: _Ctx, m: re.Match):
    name = m.group("m")
    before = ctx.text[max(0, m.start() - 14) : m.start()].rstrip()
    if name in ("May", "March", "MAY", "MARCH") and not m.group("pm"):
        # the verb "May" and proper nouns ("the March on Washington"): need a preposition before
        if not _MONTH_PREP.search(before) or re.match(r"\s+(?:on|of)\b", ctx.text[m.end() : m.end() + 4]):
            return
    nxt = ctx.text[m.end() : m.end() + 2]
    if name.isupper() and len(name) > 3 and nxt[:1] == " " and nxt[1:2].isupper():
        return  # all-caps headline words
    ctx.add(m.start(), m.end(), "DATE", _month(ctx, P.month_number(name), m.start(), m.end()), _posmod(m.group("pm")), "month", 4)


@rule(
    "iso_date",
    r"(?<![\d/.-])(?P<y>" + P.YEAR + r")-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<h>[0-2]\d):(?P<mi>[0-5]\d))?(?![\d-])", triggers=_YEAR_T,
)
def _iso(ctx: _Ctx, m: re.Match):
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if N.safe_date(y, mo, d) is None:
        return
    if m.group("h"):
        ctx.add(m.start(), m.end(), "TIME", f"{y:04d}-{mo:02d}-{d:02d}T{m.group('h')}:{m.group('mi')}", rule="iso", prio=0)
    else:
        ctx.add(m.start(), m.end(), "DATE", f"{y:04d}-{mo:02d}-{d:02d}", rule="iso", prio=0)


@rule("numeric_date", r"(?<![\d/.,-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>" + P.YEAR + r"|\d\d)(?![\d/]|[.-]\d)", triggers=_YEAR_T)
def _numeric(ctx: _Ctx, m: re.Match):
    a, b, ys = int(m.group("a")), int(m.group("b")), m.group("y")
    if len(ys) == 2:
        if m.group("sep") != "/":
            return  # "1.5.10" is a version number far more often than a date
        y = 2000 + int(ys) if int(ys) < 50 else 1900 + int(ys)
    else:
        y = int(ys)
    # slashes are month-first (US news); dashes and dots day-first (30-07-2023); impossible orders flip
    if m.group("sep") == "/":
        mo, d = (a, b) if a <= 12 else (b, a)
    else:
        d, mo = (a, b) if b <= 12 else (b, a)
    if N.safe_date(y, mo, d) is None:
        return
    ctx.add(m.start(), m.end(), "DATE", f"{y:04d}-{mo:02d}-{d:02d}", rule="numeric", prio=0)


_YEAR_BAD_NEXT = re.compile(
    r"\s*(?:[-–%]?\d|,\d|\s*(?:million|billion|thousand|hundred|percent|per\s+cent|people|troops|soldiers|"
    r"tons|tonnes|times|votes|feet|meters|metres|miles|km|kilometers|dollars|euros|yuan|rubles|pounds|"
    r"points|units|cars|jobs|members|workers|deaths|cases|shares|barrels|acres|square)\b|\s*[-–]\s*(?:meter|metre|foot|mile|kilometer|ton|pound|page|member|seat))",
    re.I,
)
_YEAR_BAD_PREV = re.compile(
    r"(?:[$£€#\d.,:/]|\b(?:No|no|number|Number|page|Page|pages|Room|room|Flight|flight|Route|route|Highway|"
    r"model|Model|Resolution|resolution|Article|article|Section|section|code|Code|at|about|some|nearly|over|"
    r"around|than|Boeing|Airbus|Su|MiG|Tu|Il|Ka|Mi)\s+)$"
)


_NOT_PLURAL = {"was", "has", "is", "as", "this", "its", "his", "us", "does", "always", "perhaps", "whereas", "ago"}
_YEAR_DETERMINERS = {
    "the", "in", "of", "since", "by", "from", "for", "during", "until", "through", "its", "his", "her", "their",
    "our", "this", "that", "early", "late", "mid", "fiscal", "before", "after", "to", "between", "'s", "s",
}


@rule(
    "year",
    r"(?P<pre>(?i:fiscal\s+(?:year\s+)?|FY\s?|(?:the\s+)?(?:early|late|mid)[\s-]+|mid-|post-|pre-|the\s+year\s+|the\s+end\s+of\s+|the\s+beginning\s+of\s+|the\s+start\s+of\s+|the\s+middle\s+of\s+))?"
    r"(?P<y>" + P.YEAR + r")(?!\d|'?s\b|,\d)", triggers=_YEAR_T,
)
def _year(ctx: _Ctx, m: re.Match):
    y = int(m.group("y"))
    pre = (m.group("pre") or "").lower().strip()
    if not pre:
        if _YEAR_BAD_NEXT.match(ctx.text, m.end()) or _YEAR_BAD_PREV.search(ctx.text[max(0, m.start() - 12) : m.start()]):
            return
        if y < 1800:
            return
        nxt = re.match(r"\s+([a-z]{2,}s)\b", ctx.text[m.end() : m.end() + 30])
        if nxt and nxt.group(1) not in _NOT_PLURAL:
            prev = re.search(r"([A-Za-z']+)\W*$", ctx.text[max(0, m.start() - 20) : m.start()])
            if not prev or prev.group(1).lower() not in _YEAR_DETERMINERS:
                return  # "sold 2000 trucks": a count; "the 1992 protests" keeps its year
    mod = None
    if pre.startswith("post"):
        mod = "AFTER"
    elif pre.startswith("pre"):
        mod = "BEFORE"
    elif not pre.startswith("fiscal") and not pre.startswith("fy") and pre != "the year":
        mod = _posmod(pre.replace("the ", "", 1) if pre.startswith("the ") and ("early" in pre or "late" in pre or "mid" in pre) else pre)
    val = str(y)  # TBAQ and TimeML write "fiscal 1989" as the year itself
    ctx.add(m.start(), m.end(), "DATE", val, mod, "year", 3)


@rule(
    "decade",
    r"(?:(?i:the)\s+)?(?:(?P<pm>(?i:early|late|mid))[\s-]+)?(?:(?P<c>1[6-9]|20)(?P<d>\d)0|['‘’](?P<d2>\d)0)['’]?s", triggers={"#s"},
)
def _decade(ctx: _Ctx, m: re.Match):
    if m.group("c"):
        val = m.group("c") + m.group("d")
    else:
        d2 = int(m.group("d2"))
        cent = "20" if ctx.anchor and ctx.anchor.year >= 2000 and d2 * 10 <= ctx.anchor.year % 100 else "19"
        val = cent + str(d2)
    ctx.add(m.start(), m.end(), "DATE", val, _posmod(m.group("pm")), "decade", 3)


@rule("century", r"(?:(?i:the)\s+)?(?P<o>" + P.ORDINAL + r"|\d{1,2}(?:st|nd|rd|th))[\s-]+(?i:century)", triggers={"century"})
def _century(ctx: _Ctx, m: re.Match):
    o = m.group("o").lower()
    n = P.ORDINALS.get(o) or (int(re.sub(r"\D", "", o)) if re.sub(r"\D", "", o) else None)
    if not n:
        return
    ctx.add(m.start(), m.end(), "DATE", f"{n - 1:02d}", rule="century", prio=3)


_REL_UNITS = r"(?i:week|month|year|quarter|weekend|decade|century|spring|summer|fall|autumn|winter)"


@rule(
    "rel_unit",
    r"(?:(?P<pm>" + P.POSMOD + r"|(?i:earlier|later))[\s-]+)?"
    r"(?P<rel>(?i:last|this|next|coming|current|previous|past|this\s+past|this\s+coming|the\s+past|the\s+last|"
    r"the\s+next|the\s+coming|the\s+previous|the\s+current|the\s+same|the\s+following|the\s+latest|the\s+most\s+recent))"
    r"\s+(?P<u>" + _REL_UNITS + r")(?!-)", triggers=_UNIT_T | _SEASON_T,
)
def _rel_unit(ctx: _Ctx, m: re.Match):
    rel = " ".join(m.group("rel").lower().split())
    u = m.group("u").lower()
    pm = _posmod(m.group("pm"))
    s, e = m.start(), m.end()
    if rel in ("the same", "the following"):
        return
    # "the past year", "the last decade", "the next year": annotated as the calendar unit before/after
    # the anchor (TBAQ writes "the past year" as the previous year), so they fall through as DATEs
    step = 0
    if rel in ("last", "previous", "past", "this past", "the previous", "the last", "the past"):
        step = -1
    elif rel in ("next", "coming", "this coming", "the next", "the coming"):
        step = 1
    elif rel in ("the latest", "the most recent"):
        if u != "quarter":
            return
        step = -1
    a = ctx.anchor
    if a is None:
        ctx.add(s, e, "DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(u, "XXXX"), pm, "rel_unit", 2)
        return
    if u == "week":
        val = N.iso_week(N.add_days(a, 7 * step))
    elif u == "weekend":
        sat = N.resolve_weekday(a, 6, "this")
        val = N.iso_week(N.add_days(sat, 7 * step)) + "-WE"
    elif u == "month":
        val = N.ym(*N.add_months(a.year, a.month, step))
    elif u == "year":
        val = str(a.year + step)
    elif u == "quarter":
        q = N.quarter(a) + step
        y = a.year + (q - 1) // 4
        val = f"{y}-Q{(q - 1) % 4 + 1}"
    elif u == "decade":
        val = str((a.year // 10 + step))
    elif u == "century":
        val = f"{a.year // 100 + step:02d}"
    else:
        code = P.SEASONS[u]
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        y = a.year
        if step < 0:
            # "last summer": this year's if it is already over, else last year's
            y = a.year if a.month >= start_month + 3 else a.year - 1
        elif step > 0:
            y = a.year if a.month < start_month else a.year + 1
        val = f"{y}-{code}"
    ctx.add(s, e, "DATE", val, pm, "rel_unit", 2)


@rule(
    "weekday_rel",
    r"(?P<rel>(?i:last|this|next|this\s+past|this\s+coming|coming|past))\s+(?P<wd>" + P.WEEKDAY + r")"
    r"(?:\s+(?P<part>" + P.DAYPART + r"))?", triggers=_WEEKDAY_T,
)
def _weekday_rel(ctx: _Ctx, m: re.Match):
    rel = " ".join(m.group("rel").lower().split())
    rel = {"this past": "last", "past": "last", "this coming": "next", "coming": "next"}.get(rel, rel)
    val = _weekday_date(ctx, P.weekday_number(m.group("wd")), m.start(), m.end(), rel)
    if m.group("part"):
        ctx.add(m.start(), m.end(), "TIME", val + "T" + P.DAY_PARTS[m.group("part").lower()], rule="weekday_rel", prio=2)
    else:
        ctx.add(m.start(), m.end(), "DATE", val, rule="weekday_rel", prio=2)


_WD_BLOCK = re.compile(r"\s+(?:" + "|".join(re.escape(w) for w in P.LEX["weekday_blockers"]) + r")\b")


@rule(
    "weekday",
    r"(?:(?P<pm>(?i:early|late|earlier|later))\s+)?(?P<wd>" + P.WEEKDAY + r")(?P<pl>s)?(?:\s+(?P<part>" + P.DAYPART + r"))?", triggers=_WEEKDAY_T,
)
def _weekday(ctx: _Ctx, m: re.Match):
    if _WD_BLOCK.match(ctx.text, m.end("wd")):
        return  # newspaper and programme names: "Sunday Times", "Saturday Night Live"
    wd = P.weekday_number(m.group("wd"))
    part = m.group("part")
    if m.group("pl"):
        val = f"XXXX-WXX-{wd}" + ("T" + P.DAY_PARTS[part.lower()] if part else "")
        ctx.add(m.start(), m.end(), "SET", val, rule="weekday_set", prio=4)
        return
    val = _weekday_date(ctx, wd, m.start(), m.end())
    pm = _posmod(m.group("pm"))
    if part:
        ctx.add(m.start(), m.end(), "TIME", val + "T" + P.DAY_PARTS[part.lower()], pm, "weekday", 4)
    else:
        ctx.add(m.start(), m.end(), "DATE", val, pm, "weekday", 4)


_ADVERBS = {
    "today": ("DATE", 0), "yesterday": ("DATE", -1), "tomorrow": ("DATE", 1),
    "the day before yesterday": ("DATE", -2), "the day after tomorrow": ("DATE", 2),
    "tonight": ("TIME", "NI"), "last night": ("TIME", "NI-1"), "tomorrow night": ("TIME", "NI+1"),
    "overnight": ("TIME", "NI-1"),
    "this morning": ("TIME", "MO"), "this afternoon": ("TIME", "AF"), "this evening": ("TIME", "EV"),
    "yesterday morning": ("TIME", "MO-1"), "yesterday afternoon": ("TIME", "AF-1"), "yesterday evening": ("TIME", "EV-1"),
    "tomorrow morning": ("TIME", "MO+1"), "tomorrow afternoon": ("TIME", "AF+1"), "tomorrow evening": ("TIME", "EV+1"),
    "now": ("DATE", "PRESENT_REF"), "right now": ("DATE", "PRESENT_REF"), "currently": ("DATE", "PRESENT_REF"),
    "at present": ("DATE", "PRESENT_REF"), "presently": ("DATE", "PRESENT_REF"), "nowadays": ("DATE", "PRESENT_REF"),
    "these days": ("DATE", "PRESENT_REF"), "at the moment": ("DATE", "PRESENT_REF"), "the present": ("DATE", "PRESENT_REF"),
    "current": ("DATE", "PRESENT_REF"),
    "recently": ("DATE", "PAST_REF"), "lately": ("DATE", "PAST_REF"), "previously": None,
    "formerly": ("DATE", "PAST_REF"), "the past": ("DATE", "PAST_REF"), "once": None,
    "the future": ("DATE", "FUTURE_REF"), "future": ("DATE", "FUTURE_REF"), "soon": None,
    "the near future": ("DATE", "FUTURE_REF"), "in future": ("DATE", "FUTURE_REF"), "shortly": None,
    "the near term": ("DATE", "FUTURE_REF"), "the short term": ("DATE", "FUTURE_REF"), "the long term": ("DATE", "FUTURE_REF"),
    "a later date": ("DATE", "FUTURE_REF"), "as soon as possible": ("DATE", "FUTURE_REF"),
}
_OVERNIGHT_OK_NEXT = {"in", "on", "at", "and", "to", "from", "with", "as", "after", "before", "when", "while", "into", "by", "but", "or"}
_ADV_RE = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k, v in _ADVERBS.items() if v), key=len, reverse=True))


_ADV_T = {w for k, v in _ADVERBS.items() if v for w in k.split() if w not in ("the", "at", "in", "right", "these", "near", "a", "as")}


@rule("adverb", r"(?:(?P<pm>(?i:earlier|later|early|late))\s+)?(?P<w>(?i:" + _ADV_RE + r"))", triggers=_ADV_T)
def _adverb(ctx: _Ctx, m: re.Match):
    w = " ".join(m.group("w").lower().split())
    typ, what = _ADVERBS[w]
    s, e = m.start(), m.end()
    pm = _posmod(m.group("pm"))
    if w == "current":
        # "current" is PRESENT_REF only as a bare temporal adjective, not in "current account"/"electric current"
        nxt = re.match(r"\s+([a-z]+)", ctx.text[e : e + 30])
        if not nxt or nxt.group(1) in ("account", "affairs", "events", "flows", "flow", "of", "and", "ly"):
            return
    if w == "future":
        return  # bare "future" is mostly an adjective ("future plans"); "the future" is handled above
    if w == "overnight":
        prev = re.search(r"(?i)\b(?:a|an|the|its|their|his|her)\s+$", ctx.text[max(0, s - 8) : s])
        nxt = re.match(r"\s+([a-z]+)", ctx.text[e : e + 20])
        if prev or (nxt and nxt.group(1) not in _OVERNIGHT_OK_NEXT):
            return  # "an overnight stay", "overnight trading": an adjective
    if w == "today":
        if m.group("w") == "Today" and re.search(r"[A-Z][\w.]*\s+$", ctx.text[max(0, s - 12) : s]):
            return  # "USA Today", "VOA Today": names
        if re.match(r"['’]s\s+(?:world|youth|society|generation|children|kids|standards|terms|dollars|economy|" 
                    r"technology|computers|politics|culture|consumers?)\b", ctx.text[e : e + 20]):
            return  # generic "today's world": not a calendar day
    if isinstance(what, str) and what.endswith("_REF"):
        if pm and w != "now":
            return
        ctx.add(s, e, typ, what, rule="adverb", prio=5)
        return
    a = ctx.anchor
    if typ == "DATE":
        val = N.ymd(N.add_days(a, what)) if a else "XXXX-XX-XX"
        ctx.add(s, e, typ, val, pm, "adverb", 3)
        return
    part, _, off = what.partition("-") if "-" in what else what.partition("+")
    k = -int(off) if "-" in what else (int(off) if off else 0)
    day = N.ymd(N.add_days(a, k)) if a else "XXXX-XX-XX"
    ctx.add(s, e, "TIME", f"{day}T{part}", pm, "adverb", 3)


_QUANT_DIR = r"(?P<dir>(?i:ago|earlier|later|before|after|hence|from\s+now|back|previously|since|prior))"


def _unit_date(a: dt.date, n: float, u: str, sign: int) -> str | None:
    """Anchor shifted by n units, written at the unit's granularity."""
    if n != int(n):
        return None
    n = int(n) * sign
    if u == "Y":
        return str(a.year + n)
    if u == "DE":
        return str(a.year + 10 * n)
    if u == "CE":
        return str(a.year + 100 * n)
    if u == "M":
        return N.ym(*N.add_months(a.year, a.month, n))
    if u == "Q":
        q = (a.year * 4 + N.quarter(a) - 1) + n
        return f"{q // 4}-Q{q % 4 + 1}"
    if u == "W":
        return N.iso_week(N.add_days(a, 7 * n))
    if u in ("D", "WE"):
        return N.ymd(N.add_days(a, n))
    if u in ("H", "MIN", "S"):
        return N.ymd(a)
    return None


_DUR_DET = (
    r"(?P<det>(?i:the\s+(?:past|last|next|first|latest|previous|final|coming|following|remaining|initial|second|other)"
    r"|(?:the\s+)?(?:past|last|next|first|coming|previous|another|an\s+additional|an\s+extra|additional|extra|more|the))\s+)"
)


@rule(
    "quantity",
    r"(?:(?P<mod>" + P.MOD + r")\s+)?(?:" + _DUR_DET + r")?(?P<n>" + P.NUM + r"|" + P.VAGUE + r")(?P<hy>\s+|-)"
    r"(?:(?i:more|additional|extra|full|long|straight|consecutive|trading|business|working|calendar)\s+)?(?P<u>" + P.UNIT + r")(?:(?i:\s+and\s+a\s+half))?"
    r"(?P<orso>(?i:\s+or\s+so))?(?:\s+" + _QUANT_DIR + r")?", triggers=_UNIT_T,
)
def _quantity(ctx: _Ctx, m: re.Match):
    n_text = m.group("n")
    n = P.number_value(n_text)
    u = P.unit_code(m.group("u"))
    unit_word = m.group("u").lower()
    s, e = m.start(), m.end()
    text = ctx.text
    if re.match(r"(?:-|\s+)olds?\b", text[m.end("u") : m.end("u") + 6]):
        return  # ages ("6-year-old", "52 years old") are not timexes
    if re.fullmatch(P.YEAR, n_text) and m.group("hy") != "-":
        return  # "the 1988 quarter": a year, handled by the quarter rule
    det = m.group("det") or ""
    modw = " ".join((m.group("mod") or "").lower().split())
    if m.group("hy") == "-" and re.match(r"(?i)the\s*$", det):
        s = m.start("n")  # "the two-week strike": "the" belongs to the noun phrase
    elif modw == "over" and det:
        s = m.start("det")  # "over the past two years": "over" is a signal
    if n_text.lower() in ("a", "an"):
        if unit_word == "second" or (u == "Q" and re.match(r"\s+of\b", text[m.end("u") :])):
            return  # "a second time", "a quarter of the vote"
        prev = text[max(0, s - 25) : s]
        rate = re.search(r"(?i)(?:\d|%|\bpercent|\bmillion|\bbillion|\bonce|\btwice|\btimes|\bdollars?|\bcents?)\s*$", prev)
        # "four flights a week", "24 hours a day": a plural count before "a <unit>" makes it a rate
        plural = re.search(r"(?:\b\d[\d,.]*|\b(?:" + P.NUM_WORD_BASE + r"))\s+(?:[a-z]+\s+)?[a-z]{3,}s\s*$", prev)
        if (rate or plural) and not m.group("det") and not m.group("dir"):
            ctx.add(s, m.end("u"), "SET", "P1" + {"MIN": "M"}.get(u, u) if u not in ("H", "MIN", "S") else "PT1" + {"MIN": "M"}.get(u, u), rule="set_per", prio=3)
            return
    if m.group("hy") == "-" and m.group("u").lower().endswith("s") and not m.group("dir"):
        return  # "two-days" does not occur; "three-quarters" is a fraction
    if u == "WE" and n is not None and n == 1 and not m.group("dir"):
        return
    if re.match(r"(?i)\d", n_text) and u == "Q" and not m.group("dir") and "-" in m.group(0):
        return
    mod = P.MODIFIERS.get(" ".join(m.group("mod").lower().split())) if m.group("mod") and s == m.start() else None
    if m.group("orso"):
        mod = "APPROX"  # "a week or so ago"
    d = (m.group("dir") or "").lower()
    d = " ".join(d.split())
    if d in ("ago", "hence", "from now", "back"):
        sign = 1 if d in ("hence", "from now") else -1
        if n is None or ctx.anchor is None:
            ctx.add(s, e, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod, "ago", 1)
            return
        val = _unit_date(ctx.anchor, n, u, sign)
        if u == "Y" and n == 1 and sign < 0 and ctx.quarterly(s):
            y, q = N.last_completed_quarter(ctx.anchor)
            val = f"{y - 1}-Q{q}"
        if val is None:
            val = "PAST_REF" if sign < 0 else "FUTURE_REF"
        if mod in ("MORE_THAN", "EQUAL_OR_MORE"):
            mod = "BEFORE" if sign < 0 else "AFTER"
        elif mod in ("LESS_THAN", "EQUAL_OR_LESS"):
            mod = "AFTER" if sign < 0 else "BEFORE"
        ctx.add(s, e, "DATE", val, mod, "ago", 1)
        return
    if d in ("earlier", "later", "previously") and not m.group("det") and u in ("Y", "DE"):
        # "a year earlier" compares with the same period a year before the anchor: a DATE. Shorter
        # offsets ("three days later") count from an event, so only the quantity is a DURATION (below).
        after = text[e : e + 12]
        if not re.match(r"\s*(?:than|the|a|an|his|her|their|its)\b", after):
            if ctx.anchor is None or n is None:
                ctx.add(s, e, "DATE", "XXXX", mod, "earlier", 1)
                return
            sign = -1 if d != "later" else 1
            val = _unit_date(ctx.anchor, n, u, sign)
            if u == "Y" and n == 1 and ctx.quarterly(s):
                y, q = N.last_completed_quarter(ctx.anchor)
                val = f"{y + (sign if sign < 0 else 0)}-Q{q}" if sign < 0 else val
            ctx.add(s, e, "DATE", val or "XXXX", mod, "earlier", 1)
            return
    # plain duration: the direction word (before/after/earlier ...) is a TimeML SIGNAL, not part of the timex
    end = m.end("orso") if m.group("orso") else m.end("u")
    tail = re.match(r"(?i)\s+and\s+a\s+half", text[end : end + 14])
    if tail:
        end += tail.end()
        n = (n or 0) + 0.5 if n is not None else None
    if n is not None and n == 0:
        return
    if u in ("H", "MIN", "S") and n is not None and n > 1000:
        return
    ctx.add(s, end, "DURATION", N.duration(n, u), mod, "duration", 3)


@rule(
    "ahead",
    r"(?P<the>(?i:the))\s+(?:(?i:coming)\s+)?(?P<u>(?i:days|weeks|months|years|decades))\s+(?i:ahead)",
    triggers={"days", "weeks", "months", "years", "decades"},
)
def _ahead(ctx: _Ctx, m: re.Match):
    """"the weeks ahead": an unspecified stretch starting now."""
    ctx.add(m.start(), m.end(), "DURATION", N.duration(None, P.unit_code(m.group("u"))), rule="ahead", prio=2)


@rule(
    "year_end",
    r"(?P<w>(?i:year-end|year\s+end|year['’]s\s+end|(?P<pos>the\s+(?:end|start|beginning|middle|close))\s+of\s+the\s+(?P<u>year|month|week|quarter)))",
    triggers={"year", "month", "week", "quarter", "end"},
)
def _year_end(ctx: _Ctx, m: re.Match):
    """"by year-end", "the end of the month", "since the start of the year": the anchor's period with a mod."""
    u = (m.group("u") or "year").lower()
    mod = _posmod(m.group("pos") + " of") if m.group("pos") else "END"
    a = ctx.anchor
    if a is None:
        val = {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX"}[u]
    else:
        val = {"year": str(a.year), "month": N.ym(a.year, a.month), "week": N.iso_week(a), "quarter": f"{a.year}-Q{N.quarter(a)}"}[u]
    ctx.add(m.start(), m.end(), "DATE", val, mod, "year_end", 2)


@rule(
    "vague_plural",
    r"(?P<pre>(?i:for|over|within|in|in\s+recent|recent|coming|in\s+the\s+coming|the\s+coming|past|the\s+past|in\s+the\s+past))"
    r"\s+(?P<u>(?i:years|months|weeks|days|decades|hours|minutes|centuries))", triggers=_UNIT_T,
)
def _vague_plural(ctx: _Ctx, m: re.Match):
    pre = " ".join(m.group("pre").lower().split())
    u = P.unit_code(m.group("u"))
    # "for years": the timex is the unit word; "recent years", "the coming weeks" include the adjective
    if pre in ("for", "over", "within", "in"):
        nxt = ctx.text[m.end() : m.end() + 6]
        if re.match(r"\s+(?:of|to|and|old|in)\b", nxt):
            return
        s = m.start("u")
    elif pre.startswith("in "):
        s = m.start() + 3
    else:
        s = m.start()
    if "recent" in pre or pre in ("past", "in the past"):
        # "in recent years": TimeBank annotates the vague past period as a DATE, PAST_REF
        ctx.add(s, m.end(), "DATE", "PAST_REF", rule="vague_plural", prio=6)
        return
    ctx.add(s, m.end(), "DURATION", N.duration(None, u), rule="vague_plural", prio=6)


_SET_WORDS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M", "bimonthly": "P2M",
}


@rule("set_word", r"(?i:" + "|".join(_SET_WORDS) + ")", triggers=set(_SET_WORDS))
def _set_word(ctx: _Ctx, m: re.Match):
    w = m.group(0).lower()
    if w in ("quarterly", "monthly", "weekly", "yearly", "biweekly", "bimonthly") and re.match(r"\s+[a-z]", ctx.text[m.end() : m.end() + 2]):
        return  # adjectives ("quarterly dividend", "weekly magazine") are not annotated as SETs
    ctx.add(m.start(), m.end(), "SET", _SET_WORDS[m.group(0).lower()], rule="set_word", prio=4)


@rule(
    "set_every",
    r"(?P<q>(?i:every|each|per))\s+(?:(?P<n>" + P.NUM + r"|(?i:other))\s+)?"
    r"(?P<u>(?i:years?|months?|weeks?|days?|hours?|minutes?|quarters?|weekends?|mornings?|nights?|evenings?|afternoons?|decades?|summers?|winters?|springs?|falls?|autumns?)|"
    + P.WEEKDAY + "|" + P.MONTH + ")", triggers={"every", "each", "per"},
)
def _set_every(ctx: _Ctx, m: re.Match):
    word = m.group("u")
    lw = word.lower().rstrip("s") if word.lower() not in ("days", "weeks") else word.lower()[:-1]
    n_text = (m.group("n") or "").lower()
    n = 2 if n_text == "other" else (P.number_value(n_text) if n_text else 1)
    if lw in P.WEEKDAYS:
        val = f"XXXX-WXX-{P.WEEKDAYS[lw]}"
    elif lw.rstrip(".") in P.MONTHS and word[0].isupper():
        val = f"XXXX-{P.MONTHS[lw.rstrip('.')]:02d}"
    elif lw in P.DAY_PARTS:
        val = "TNI" if lw == "night" else "T" + P.DAY_PARTS[lw]
        val = "XXXX-XX-XX" + val
    elif lw in P.SEASONS:
        val = "XXXX-" + P.SEASONS[lw]
    elif lw + "s" in P.UNITS or lw in P.UNITS:
        u = P.UNITS.get(lw) or P.UNITS[lw + "s"]
        val = N.duration(n if n is not None else None, u)
    else:
        return
    ctx.add(m.start(), m.end(), "SET", val, rule="set_every", prio=2)


@rule("set_times", r"(?P<k>(?i:once|twice|three\s+times|four\s+times|\d+\s+times))\s+(?:a|an|per|every)\s+(?P<u>(?i:year|month|week|day|hour|minute|decade))", triggers={"once", "twice", "times"})
def _set_times(ctx: _Ctx, m: re.Match):
    u = P.unit_code(m.group("u"))
    ctx.add(m.start(), m.end(), "SET", N.duration(1, u), rule="set_times", prio=2)


@rule(
    "clock",
    r"(?:(?P<mod>(?i:about|around|approximately|shortly\s+before|shortly\s+after|just\s+before|just\s+after|after|before|until|by))\s+)?"
    r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>" + P.AMPM + r"|(?i:o'clock))"
    r"(?:\s+(?P<tz>(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|MSK|KST|JST)))?"
    r"(?:,?\s+(?:(?i:on)\s+)?(?:(?P<wd>" + P.WEEKDAY + r")|(?P<rel>(?i:today|yesterday|tomorrow))|(?P<m>" + P.MONTH + r")\s+(?P<d>" + P.DAY + r")(?!\d)))?", triggers=_CLOCK_T,
)
def _clock(ctx: _Ctx, m: re.Match):
    h = int(m.group("h"))
    mi = int(m.group("mi") or 0)
    ap = m.group("ap").lower().replace(".", "").replace(" ", "")
    if ap.startswith("p") and h < 12:
        h += 12
    elif ap.startswith("a") and h == 12:
        h = 0
    if h > 23:
        return
    s, e = m.start(), m.end()
    mod = None
    if m.group("mod"):
        mw = m.group("mod").lower()
        if mw in ("after", "before", "until", "by"):
            s = m.start("h")  # prepositions are signals
        else:
            mod = "APPROX"
    if m.group("wd"):
        day = _weekday_date(ctx, P.weekday_number(m.group("wd")), s, e)
    elif m.group("rel"):
        k = {"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("rel").lower()]
        day = N.ymd(N.add_days(ctx.anchor, k)) if ctx.anchor else "XXXX-XX-XX"
    elif m.group("m"):
        day = _month_day(ctx, P.month_number(m.group("m")), P.day_number(m.group("d")), None, s, e) or "XXXX-XX-XX"
    else:
        day = N.ymd(ctx.anchor) if ctx.anchor else "XXXX-XX-XX"
    # "clock_free": no day of its own; the driver moves it to a day named in the same sentence
    ctx.add(s, e, "TIME", f"{day}T{h:02d}:{mi:02d}", mod, "clock" if m.group("wd") or m.group("rel") or m.group("m") else "clock_free", 1)


@rule(
    "noon",
    r"(?P<w>(?i:noon|midnight|midday))(?:\s+(?:(?P<wd>" + P.WEEKDAY + r")|(?P<rel>(?i:today|yesterday|tomorrow))))?", triggers={"noon", "midnight", "midday"},
)
def _noon(ctx: _Ctx, m: re.Match):
    w = m.group("w").lower()
    if re.search(r"(?i)\bhigh\s*$", ctx.text[max(0, m.start() - 6) : m.start()]):
        return  # "High Noon"
    hhmm = "24:00" if w == "midnight" else "12:00"
    if m.group("wd"):
        day = _weekday_date(ctx, P.weekday_number(m.group("wd")), m.start(), m.end())
    elif m.group("rel"):
        k = {"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("rel").lower()]
        day = N.ymd(N.add_days(ctx.anchor, k)) if ctx.anchor else "XXXX-XX-XX"
    else:
        day = N.ymd(ctx.anchor) if ctx.anchor else "XXXX-XX-XX"
    free = not (m.group("wd") or m.group("rel"))
    ctx.add(m.start(), m.end(), "TIME", f"{day}T{hhmm}", rule="noon_free" if free else "noon", prio=3)


@rule(
    "quarter",
    r"(?:(?P<y0>" + P.YEAR + r")(?:['’]s)?\s+|(?P<rel0>(?i:this|last|next))\s+(?i:year)['’]s\s+)?"
    r"(?:(?i:the)\s+)?(?:(?P<fisc>(?i:fiscal))\s+)?"
    r"(?:(?P<o>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final|last))[\s-]+(?P<kind>(?i:quarter|half))"
    r"|(?P<which>(?i:latest|current|previous|same|year-earlier|year-ago|prior-year|most\s+recent|recent|comparable|past|just-ended|just-completed))[\s-]+(?i:quarter|period))"
    r"(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?:(?P<y>" + P.YEAR + r")|(?P<rel>(?i:this|last|next))\s+(?i:year)))?", triggers={"quarter", "half", "period"},
)
def _quarter(ctx: _Ctx, m: re.Match):
    s, e = m.start(), m.end()
    a = ctx.anchor
    year = None
    if m.group("y0") or m.group("y"):
        year = int(m.group("y0") or m.group("y"))
    elif m.group("rel0") or m.group("rel"):
        year = _rel_year(ctx, m.group("rel0") or m.group("rel"))
    if m.group("o"):
        o = m.group("o").lower()
        kind = m.group("kind").lower()
        if o in ("final", "last"):
            n = 4 if kind == "quarter" else 2
            if not m.group("y0") and not m.group("y") and not m.group("rel0") and not m.group("rel") and not m.group("fisc"):
                if o == "last" and kind == "quarter":
                    n = None  # "the last quarter": the one just reported
        else:
            n = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[o]
        if n is not None and kind == "half" and n > 2:
            return
        if n is not None and kind == "half" and not (year or re.match(r"\s+of\b", ctx.text[e : e + 4]) or ctx.sentence_has(s, _QUARTER_WORD)):
            return  # "the second half" of a match; keep halves in financial sentences
        if n is None:
            if a is None:
                ctx.add(s, e, "DATE", "XXXX-QX", rule="quarter", prio=1)
                return
            y, q = N.last_completed_quarter(a)
            ctx.add(s, e, "DATE", f"{y}-Q{q}", rule="quarter", prio=1)
            return
        if year is None:
            if a is None:
                ctx.add(s, e, "DATE", f"XXXX-{'Q' if kind == 'quarter' else 'H'}{n}", rule="quarter", prio=1)
                return
            if kind == "quarter":
                year = N.resolve_quarter_year(a, n, ctx.tense(s, e))
            else:
                year = a.year if n * 6 - 5 <= a.month or ctx.tense(s, e) == "future" else a.year - 1
        ctx.add(s, e, "DATE", f"{year}-{'Q' if kind == 'quarter' else 'H'}{n}", rule="quarter", prio=1)
        return
    which = " ".join(m.group("which").lower().split())
    if a is None:
        ctx.add(s, e, "DATE", "XXXX-QX", rule="quarter", prio=1)
        return
    if which in ("current",):
        y, q = a.year, N.quarter(a)
    else:
        y, q = N.last_completed_quarter(a)
    if which in ("year-earlier", "year-ago", "prior-year", "same", "comparable"):
        y -= 1
    if year is not None:
        y = year
    ctx.add(s, e, "DATE", f"{y}-Q{q}", rule="quarter", prio=1)


@rule("the_quarter", r"(?i:the)\s+(?i:quarter)(?!\s+(?:of|century|mile|final|point|inch|hour))", triggers={"quarter"})
def _the_quarter(ctx: _Ctx, m: re.Match):
    if not ctx.anchor:
        ctx.add(m.start(), m.end(), "DATE", "XXXX-QX", rule="the_quarter", prio=5)
        return
    y, q = N.last_completed_quarter(ctx.anchor)
    ctx.add(m.start(), m.end(), "DATE", f"{y}-Q{q}", rule="the_quarter", prio=5)


@rule(
    "year_earlier",
    r"(?P<w>(?i:year-earlier|year-ago|year-before|year-previous))(?:\s+(?P<kind>(?i:quarter|period|level|levels|results?|figures?|profits?|earnings|sales)))?", triggers={"year"},
)
def _year_earlier(ctx: _Ctx, m: re.Match):
    a = ctx.anchor
    kind = (m.group("kind") or "").lower()
    e = m.end() if kind in ("quarter", "period") else m.end("w")
    if a is None:
        ctx.add(m.start(), e, "DATE", "XXXX", rule="year_earlier", prio=2)
        return
    if kind in ("quarter", "period") or ctx.quarterly(m.start()):
        y, q = N.last_completed_quarter(a)
        ctx.add(m.start(), e, "DATE", f"{y - 1}-Q{q}", rule="year_earlier", prio=2)
    else:
        ctx.add(m.start(), e, "DATE", str(a.year - 1), rule="year_earlier", prio=2)


@rule(
    "season",
    r"(?:(?P<pre>(?i:in\s+the|during\s+the|since\s+the|by\s+the|until\s+the|through\s+the|over\s+the|into\s+the|for\s+the|this|last|next|early|late|mid|the\s+coming|the\s+past))\s+)?"
    r"(?P<s>" + P.SEASON + r")(?:\s+(?:(?i:of)\s+)?(?P<y>" + P.YEAR + r")(?!\d))?", triggers=_SEASON_T,
)
def _season(ctx: _Ctx, m: re.Match):
    pre = " ".join((m.group("pre") or "").lower().split())
    word = m.group("s").lower()
    if not pre and not m.group("y"):
        return
    if not m.group("y") and re.match(r"\s+(?:of|in|from|on|to|and|by)\b", ctx.text[m.end() : m.end() + 6]):
        return  # "the fall of Berlin", "spring in Paris"
    code = P.SEASONS[word]
    a = ctx.anchor
    s = m.start() if pre in ("this", "last", "next", "early", "late", "mid", "the coming", "the past") else m.start("s")
    if pre.startswith(("in the", "during", "since", "by", "until", "through", "over", "into", "for")) and not m.group("y"):
        s = m.start("s") - 4  # keep "the" as annotators do: "the fall"
        if ctx.text[s : s + 4].lower() != "the ":
            s = m.start("s")
    mod = _posmod(pre) if pre in ("early", "late", "mid") else None
    if m.group("y"):
        y = int(m.group("y"))
    elif a is None:
        ctx.add(s, m.end(), "DATE", f"XXXX-{code}", mod, "season", 3)
        return
    else:
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        if pre == "last":
            y = a.year if a.month >= start_month + 3 else a.year - 1
        elif pre in ("next", "the coming"):
            y = a.year if a.month < start_month else a.year + 1
        elif pre == "the past":
            ctx.add(s, m.end(), "DURATION", "P3M", rule="season", prio=3)
            return
        else:
            tense = ctx.tense(m.start(), m.end())
            y = a.year
            if tense == "past" and a.month < start_month:
                y = a.year - 1
    ctx.add(s, m.end(), "DATE", f"{y}-{code}", mod, "season", 3)


_HOL_RE = "|".join(sorted((re.escape(h.title()).replace(r"\ ", r"\s+").replace("'S", "'s") for h in P.HOLIDAYS), key=len, reverse=True))


_HOL_T = {w for h in P.HOLIDAYS for w in re.findall(r"[a-z]+", h) if w not in ("s", "day", "eve")}


@rule("holiday", r"(?:(?P<rel>(?i:last|this|next))\s+)?(?P<h>" + _HOL_RE + r")(?:,?\s+(?P<y>" + P.YEAR + r")(?!\d))?", triggers=_HOL_T)
def _holiday(ctx: _Ctx, m: re.Match):
    key = P.HOLIDAYS[" ".join(m.group("h").lower().split())]
    a = ctx.anchor
    s, e = m.start(), m.end()
    if m.group("y"):
        y = int(m.group("y"))
    elif a is None:
        fixed = key if key[0].isdigit() else "XX-XX"
        ctx.add(s, e, "DATE", f"XXXX-{fixed}", rule="holiday", prio=2)
        return
    else:
        rel = (m.group("rel") or "").lower()
        this = N.holiday_date(key, a.year)
        if this is None:
            return
        if rel == "last":
            y = a.year if this < a else a.year - 1
        elif rel == "next":
            y = a.year if this > a else a.year + 1
        elif rel == "this":
            y = a.year
        else:
            tense = ctx.tense(s, e)
            if tense == "past":
                y = a.year if this <= a else a.year - 1
            elif tense == "future":
                y = a.year if this >= a else a.year + 1
            else:
                y = a.year
    d = N.holiday_date(key, y)
    if d is None:
        return
    ctx.add(s, e, "DATE", N.ymd(d), rule="holiday", prio=2)


@rule("weekend", r"(?P<pre>(?i:over|during|on|at|for|this|last|next|the))\s+(?:(?i:the)\s+)?(?P<w>(?i:weekend))", triggers={"weekend"})
def _weekend(ctx: _Ctx, m: re.Match):
    pre = m.group("pre").lower()
    if pre in ("this", "last", "next"):
        return  # rel_unit
    s = m.start("w") - 4 if ctx.text[m.start("w") - 4 : m.start("w")].lower() == "the " else m.start("w")
    a = ctx.anchor
    if a is None:
        ctx.add(s, m.end(), "DATE", "XXXX-WXX-WE", rule="weekend", prio=4)
        return
    tense = ctx.tense(s, m.end())
    if tense == "future":
        sat = N.resolve_weekday(a, 6, "future")
    else:
        sat = N.resolve_weekday(a, 6, "past") if a.isoweekday() != 7 else N.add_days(a, -1)
    ctx.add(s, m.end(), "DATE", N.iso_week(sat) + "-WE", rule="weekend", prio=4)


_SP_ONES = "one|two|three|four|five|six|seven|eight|nine"
_SP_TENS = "ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SP_TEENS = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"


@rule(
    "spelled_year",
    r"(?:(?P<pre>(?i:the\s+year))\s+)?(?P<c>(?i:nineteen|eighteen|twenty))[\s-]+(?P<rest>(?i:(?:" + _SP_TENS + r")(?:[\s-](?:" + _SP_ONES + r"))?|" + _SP_TEENS + r"|oh[\s-](?:" + _SP_ONES + r")|hundred))"
    r"|(?P<pre2>(?i:the\s+year)\s+)?(?P<k>(?i:two\s+thousand(?:\s+and)?(?:[\s-](?:" + _SP_ONES + "|" + _SP_TEENS + r"|ten))?))", triggers={"nineteen", "eighteen", "twenty", "thousand"},
)
def _spelled_year(ctx: _Ctx, m: re.Match):
    """Years written out, as broadcast transcripts do: "nineteen ninety-six", "the year two thousand"."""
    if m.group("k"):
        words = m.group("k").lower().replace("-", " ").split()
        extra = [w for w in words[2:] if w != "and"]
        y = 2000 + (int(P.NUMBERS[extra[0]]) if extra else 0)
        if not m.group("pre2") and not extra:
            return  # "two thousand" alone is a number
    else:
        c = {"nineteen": 19, "eighteen": 18, "twenty": 20}[m.group("c").lower()]
        rest = m.group("rest").lower().replace("-", " ").split()
        if rest == ["hundred"]:
            val = 0
        elif rest[0] == "oh":
            val = int(P.NUMBERS[rest[1]])
        else:
            val = int(sum(P.NUMBERS[w] for w in rest))
        y = c * 100 + val
        if c == 20 and not m.group("pre") and val < 10:
            return
    ctx.add(m.start(), m.end(), "DATE", str(y), rule="spelled_year", prio=2)


@rule("the_year", r"(?P<the>(?i:the))\s+(?:(?P<adj>(?i:fiscal|full|current|latest\s+fiscal|calendar))\s+)?(?P<w>(?i:year))(?![\w-])", triggers={"year"})
def _the_year(ctx: _Ctx, m: re.Match):
    """"the year": a span of a year when a boundary follows ("the year ended March 31"), else the anchor's year."""
    after = ctx.text[m.end() : m.end() + 20]
    if re.match(r"\s+(?:of|in|before|after|when|that|since|to|as|and|'s|’s)\b", after) or re.match(r"['’]s", after):
        return
    if re.match(r"\s+(?:end(?:ed|ing)|through|to\s+(?:date)|beginning|starting)\b", after):
        ctx.add(m.start(), m.end(), "DURATION", "P1Y", rule="the_year", prio=6)
        return
    adj = (m.group("adj") or "").lower()
    y = ctx.anchor.year if ctx.anchor else None
    if "latest" in adj and y is not None:
        y -= 1
    ctx.add(m.start(), m.end(), "DATE", str(y) if y is not None else "XXXX", rule="the_year", prio=6)


@rule("year_period", r"(?i:the)\s+(?P<y>" + P.YEAR + r")\s+(?P<k>(?i:quarter|period|fiscal\s+year|first\s+half|second\s+half))", triggers=_YEAR_T)
def _year_period(ctx: _Ctx, m: re.Match):
    k = " ".join(m.group("k").lower().split())
    y = int(m.group("y"))
    if k in ("quarter", "period"):
        q = N.last_completed_quarter(ctx.anchor)[1] if ctx.anchor else "X"
        ctx.add(m.start(), m.end(), "DATE", f"{y}-Q{q}", rule="year_period", prio=1)
    elif k == "fiscal year":
        ctx.add(m.start(), m.end(), "DATE", str(y), rule="year_period", prio=1)
    else:
        ctx.add(m.start(), m.end(), "DATE", f"{y}-H{1 if k.startswith('first') else 2}", rule="year_period", prio=1)


@rule(
    "anaphor",
    r"(?:(?P<pm>(?i:earlier|later|early|late))\s+)?(?P<rel>(?i:that|the\s+same|the\s+following|that\s+same))\s+(?P<u>(?i:day|year|month|week|quarter))",
    triggers={"day", "year", "month", "week", "quarter"},
)
def _anaphor(ctx: _Ctx, m: re.Match):
    """"that year", "the following month": resolved after selection against the last date mentioned."""
    step = 1 if "following" in m.group("rel").lower() else 0
    ctx.add(m.start(), m.end(), "DATE", f"REF:{m.group('u').lower()}:{step}", _posmod(m.group("pm")), "anaphor", 2)


_REF_VALUE = re.compile(r"^(\d{4})(?:-(?:(\d\d)(?:-(\d\d))?|Q(\d)|W(\d\d)))?")


def _resolve_anaphor(value: str, ref: str | None) -> str:
    """Value of an anaphoric "that year" given the last explicit date value before it."""
    _, unit, step_s = value.split(":")
    step = int(step_s)
    m = _REF_VALUE.match(ref or "")
    if not m:
        return {"day": "XXXX-XX-XX", "month": "XXXX-XX", "week": "XXXX-WXX", "quarter": "XXXX-QX"}.get(unit, "XXXX")
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if unit == "year":
        return str(y + step)
    if unit == "quarter":
        q = int(m.group(4)) if m.group(4) else ((mo - 1) // 3 + 1 if mo else None)
        if q is None:
            return f"{y}-QX"
        n = y * 4 + q - 1 + step
        return f"{n // 4}-Q{n % 4 + 1}"
    if unit == "month":
        return N.ym(*N.add_months(y, mo, step)) if mo else f"{y}-XX"
    date = N.safe_date(y, mo, d) if (mo and d) else None
    if date is None:
        return f"{y}-{mo:02d}-XX" if (unit == "day" and mo) else ("XXXX-WXX" if unit == "week" else "XXXX-XX-XX")
    if unit == "day":
        return N.ymd(N.add_days(date, step))
    return N.iso_week(N.add_days(date, 7 * step))


@rule(
    "q_notation",
    r"(?P<k>[QH])(?P<n>[1-4])\s*(?:(?P<y>" + P.YEAR + r")|['’](?P<y2>\d\d))(?!\d)|(?P<y3>" + P.YEAR + r")\s*(?P<k2>[QH])(?P<n2>[1-4])(?!\d)",
    triggers={"#q"},
)
def _q_notation(ctx: _Ctx, m: re.Match):
    """Analysts' notation: "Q3 2023", "2023 Q3", "H1 2024", "Q4'23"."""
    kind = m.group("k") or m.group("k2")
    n = int(m.group("n") or m.group("n2"))
    if kind == "H" and n > 2:
        return
    y = m.group("y") or m.group("y3") or ("20" + m.group("y2"))
    ctx.add(m.start(), m.end(), "DATE", f"{y}-{kind}{n}", rule="q_notation", prio=1)


@rule(
    "military_time",
    r"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<tz>GMT|UTC|Z\b|(?i:hrs\b))",
    triggers={"gmt", "utc", "hrs", "z"},
)
def _military_time(ctx: _Ctx, m: re.Match):
    """Wire-service clock times: "at 0900 GMT"."""
    if ctx.text[max(0, m.start() - 1) : m.start()] == "(":
        return  # "10:35 a.m. (0735 GMT)": a conversion of the time just given
    day = N.ymd(ctx.anchor) if ctx.anchor else "XXXX-XX-XX"
    ctx.add(m.start(), m.end(), "TIME", f"{day}T{m.group('h')}:{m.group('mi')}", rule="military_time", prio=1)


@rule(
    "year_ago_period",
    r"(?:(?i:the)\s+)?(?:(?P<adj>(?i:same|corresponding|comparable|year-ago|year-earlier|prior-year))\s+)?"
    r"(?:(?P<o>(?i:first|second|third|fourth))[\s-]+)?(?i:quarter|period)\s+(?:(?i:of)\s+)?"
    r"(?i:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior)\s+year)"
    r"|(?P<ly>(?i:last\s+year|the\s+previous\s+year|a\s+year\s+ago))['’]s\s+(?:(?P<o2>(?i:first|second|third|fourth))[\s-]+)?(?i:quarter|period)"
    r"|(?i:the)\s+(?P<ya>(?i:year-earlier|year-ago|comparable\s+year-ago|prior-year))\s+(?P<o3>(?i:first|second|third|fourth))[\s-]+(?i:quarter|period)",
    triggers={"quarter", "period"},
)
def _year_ago_period(ctx: _Ctx, m: re.Match):
    """"the quarter a year ago", "last year's third quarter", "the year-earlier third quarter"."""
    a = ctx.anchor
    o = (m.group("o") or m.group("o2") or m.group("o3") or "").lower()
    if a is None:
        ctx.add(m.start(), m.end(), "DATE", "XXXX-QX", rule="year_ago_period", prio=1)
        return
    y, q = N.last_completed_quarter(a)
    if o:
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4}[o]
        y = N.resolve_quarter_year(a, q, None)
    ctx.add(m.start(), m.end(), "DATE", f"{y - 1}-Q{q}", rule="year_ago_period", prio=1)


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}


@rule(
    "spelled_decade",
    r"(?i:the)\s+(?:(?P<pm>(?i:early|late|mid))[\s-]+)?(?P<d>(?i:" + "|".join(_DECADE_WORDS) + r"))",
    triggers=set(_DECADE_WORDS),
)
def _spelled_decade(ctx: _Ctx, m: re.Match):
    """"the nineties" → 199 (the anchor's century when the decade has begun, else the previous one)."""
    d = _DECADE_WORDS[m.group("d").lower()]
    a = ctx.anchor
    cent = a.year // 100 if a and d * 10 <= a.year % 100 else (a.year // 100 - 1 if a else 19)
    ctx.add(m.start(), m.end(), "DATE", f"{cent}{d}", _posmod(m.group("pm")), "spelled_decade", 3)


@rule(
    "second_day",
    r"(?P<m>" + P.MONTH + r")\s+(?P<d1>" + P.DAY + r")\s*(?:and|or|&)\s*(?P<d2>" + P.DAY + r")(?:,?\s+(?P<y>" + P.YEAR + r"))?"
    r"(?!\d|:\d|\s*(?:%|percent|per\s+cent|million|billion))",
    triggers=_MONTH_T,
)
def _second_day(ctx: _Ctx, m: re.Match):
    """"April 24 and 25": the second day is a DATE of its own, in the same month (and year)."""
    mo, d1, d2 = P.month_number(m.group("m")), P.day_number(m.group("d1")), P.day_number(m.group("d2"))
    if not d1 < d2 <= 31:
        return
    year = int(m.group("y")) if m.group("y") else None
    first = _month_day(ctx, mo, d1, year, m.start(), m.end("d1"))
    if first is None:
        return
    y = first[:4]
    val = f"{y}-{mo:02d}-{d2:02d}" if y.isdigit() and N.safe_date(int(y), mo, d2) else f"XXXX-{mo:02d}-{d2:02d}"
    if year is not None:  # "Dec. 5 and 6, 2023": the year belongs to both days
        ctx.add(m.start(), m.end("d1"), "DATE", first, rule="second_day", prio=0)
        ctx.add(m.start("d2"), m.end(), "DATE", val, rule="second_day", prio=1)
    else:
        ctx.add(m.start("d2"), m.end("d2"), "DATE", val, rule="second_day", prio=1)


@rule(
    "week_of",
    r"(?i:the)\s+(?i:week)\s+(?i:of)\s+(?P<m>" + P.MONTH + r")\s+(?P<d>" + P.DAY + r")(?:,?\s*(?P<y>" + P.YEAR + r"))?(?!\d)",
    triggers=_MONTH_T,
)
def _week_of(ctx: _Ctx, m: re.Match):
    """"the week of March 6": the ISO week containing that day."""
    val = _month_day(ctx, P.month_number(m.group("m")), P.day_number(m.group("d")), int(m.group("y")) if m.group("y") else None, m.start(), m.end())
    if val is None or not val[:4].isdigit():
        ctx.add(m.start(), m.end(), "DATE", "XXXX-WXX", rule="week_of", prio=1)
        return
    ctx.add(m.start(), m.end(), "DATE", N.iso_week(dt.date.fromisoformat(val)), rule="week_of", prio=1)


# ---------------------------------------------------------------- driver


_TOKEN = re.compile(r"[a-z]+|\d+")
_BEFORE, _AFTER = 48, 36  # window around a trigger: the longest prefix ("no more than twenty-five") and suffix
_WS = re.compile(r"\s")
_YEARLIKE = re.compile(r"(?:1[6-9]|20)\d\d$")


def _trie_regex(words: set[str]) -> str:
    """A regex alternation factored by common prefixes: much faster in `re` than a flat list."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if end else body

    return build(trie)


_TRIGGER_RE: re.Pattern | None = None


def _trigger_regex() -> re.Pattern:
    global _TRIGGER_RE
    if _TRIGGER_RE is None:
        words = {t for *_rest, trig in _rule_specs for t in trig if not t.startswith("#")}
        _TRIGGER_RE = re.compile(r"(?<![a-z])(?:" + _trie_regex(words) + r")(?![a-z])|\d+")
    return _TRIGGER_RE


def _trigger_positions(text: str) -> dict[str, list[int]]:
    """Start offsets of every trigger word (lower-cased), in one pass. Numbers are keyed "#y" (1600-2099), else "#d"."""
    pos: dict[str, list[int]] = {}
    low = text.lower()
    if len(low) != len(text):  # a few characters ("İ") lower-case to two: keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for m in _trigger_regex().finditer(low):
        w = m.group()
        if w[0].isdigit():
            a, b = m.start(), m.end()
            if low[b : b + 1] in ("s", "'", "’"):
                pos.setdefault("#s", []).append(a)  # "1990s", "'80s"
            if a and low[a - 1] in "qh":
                pos.setdefault("#q", []).append(a)  # "Q3 2023", "H1"
            w = "#y" if len(w) == 4 and _YEARLIKE.match(w) else "#d"
        lst = pos.get(w)
        if lst is None:
            pos[w] = [m.start()]
        else:
            lst.append(m.start())
    return pos


def _regions(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """Merged windows around trigger offsets, ending on whitespace so no word is cut."""
    out: list[list[int]] = []
    n = len(text)
    for p in sorted(starts):
        a, b = max(0, p - _BEFORE), min(n, p + _AFTER)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    res = []
    for a, b in out:
        if b < n:
            ws = _WS.search(text, b)
            b = ws.start() if ws else n
        res.append((a, b))
    return res


_TITLE_SENSITIVE = {"rel_unit", "duration", "adverb", "vague_plural"}
_TITLE = re.compile(r"(?:[A-Z0-9][\w'’-]*)(?:\s+[A-Z0-9][\w'’-]*)+")


_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")


def _attach_clock_days(ctx: _Ctx, chosen: list[tuple]) -> list[tuple]:
    """Give a bare clock time ("at 10:35 a.m.") the day named nearest to it in its sentence."""
    days = [d for d in chosen if d[2] == "DATE" and _DAY_VALUE.match(d[3])]  # sorted by start
    starts = [d[0] for d in days]
    out = []
    for c in chosen:
        if c[5] in ("clock_free", "noon_free") and ctx.anchor is not None and days:
            s0, s1 = ctx.sentence(c[0])
            i = bisect.bisect_left(starts, c[0])
            near = [d for d in (days[i - 1] if i > 0 else None, days[i] if i < len(days) else None) if d and s0 <= d[0] < s1]
            if near:
                d = min(near, key=lambda d: abs(d[0] - c[0]))
                c = c[:3] + (d[3] + c[3][10:],) + c[4:]
        out.append(c)
    return out


def _select(cands: list[tuple]) -> list[tuple]:
    """Greedy non-overlapping selection: longest span first, then rule priority, then position."""
    chosen: list[tuple] = []
    starts: list[int] = []  # taken spans, disjoint and sorted by start, so bisect finds the neighbours
    ends: list[int] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[6], c[0])):
        i = bisect.bisect_left(starts, c[0])
        if i > 0 and ends[i - 1] > c[0]:
            continue  # overlaps the span starting before it
        if i < len(starts) and starts[i] < c[1]:
            continue  # overlaps the span starting at or after it
        starts.insert(i, c[0])
        ends.insert(i, c[1])
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _as_date(anchor) -> dt.date | None:
    if anchor is None:
        return None
    if isinstance(anchor, dt.datetime):
        return anchor.date()
    if isinstance(anchor, dt.date):
        return anchor
    if isinstance(anchor, str):  # tolerate an ISO string ("2024-01-11", "2024-01-11T09:00")
        try:
            return dt.date.fromisoformat(anchor[:10])
        except ValueError:
            return None
    return None


def tag(text: str, anchor: dt.date | None, *, sentences: list[tuple[int, int]] | None = None) -> list[Timex]:
    """Find TIMEX3 expressions in `text` and normalise them against `anchor` (the publication date).

    `anchor=None` leaves relative values underspecified ("XXXX-12-30", "XXXX-WXX-4").
    `sentences` (start, end) spans, when given, bound the tense cues; otherwise a cheap splitter is used.
    Never raises on any string: an internal error in one rule drops that rule's candidates only.
    """
    if not isinstance(text, str) or not text:
        return []
    sents = sorted(sentences) if sentences else []
    ctx = _Ctx(text=text, anchor=_as_date(anchor), sentences=sents, _sent_idx=[s for s, _ in sents])
    positions = _trigger_positions(text)
    region_cache: dict[frozenset, list[tuple[int, int]]] = {}  # rules sharing triggers share windows
    for _name, pat, fn, triggers in _compiled_rules():
        regions = region_cache.get(triggers)
        if regions is None:
            starts = [p for t in triggers if t in positions for p in positions[t]]
            regions = region_cache[triggers] = _regions(text, starts) if starts else []
        for m in (m for a, b in regions for m in pat.finditer(text, a, b)):
            before = len(ctx.cands)
            try:
                fn(ctx, m)
            except (ValueError, KeyError, IndexError, OverflowError, TypeError, AttributeError):
                del ctx.cands[before:]  # a value the calendar cannot hold: skip this match only
    out = []
    ref: str | None = None  # the last explicit calendar value, for anaphors ("that year")
    chosen = _select(ctx.cands)
    chosen = _attach_clock_days(ctx, chosen)
    for s, e, typ, val, mod, rname, _p in chosen:
        rname = rname.replace("_free", "")
        if val.startswith("REF:"):
            val = _resolve_anaphor(val, ref)
        elif typ in ("DATE", "TIME") and _REF_VALUE.match(val) and rname not in ("adverb", "the_year", "the_quarter"):
            ref = val
        # trim whitespace and trailing punctuation that a pattern may have swallowed
        while e > s and text[e - 1] in " \t\n,;:":
            e -= 1
        while s < e and text[s].isspace():
            s += 1
        if e <= s:
            continue
        if rname in _TITLE_SENSITIVE and _TITLE.fullmatch(text[s:e]) and not text[s:e].isupper():
            continue  # "This Week", "60 Minutes": programme titles, not times
        out.append(Timex(s, e, text[s:e], typ, val, mod, rname))
    return out
