"""Within-article speaker resolution: pronouns and descriptive nominals to a named mention.

A source such as "he" or "the Russian diplomat" is linked to an earlier *named*
mention in the same article ("Russian envoy to the UN Vassily Nebenzia"), chosen by
recency, salience (earlier speakers first), number/kind agreement (he/she → a person,
they/it → an organisation or country, or a plural speaker) and, for nominals, by
agreement of the role and affiliation words with the words around the mention
(its apposition, title and modifiers). The result is the mention's span and text, so
that a later stage can map it to a canonical actor.
"""

from __future__ import annotations

from dataclasses import dataclass

PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "me"}
GROUP_PRONOUNS = {"they", "them", "we", "us"}
THING_PRONOUNS = {"it"}
RELATIVES = {"who", "which", "that", "whom", "whose"}
DOCUMENT_NOUNS = {
    "report", "statement", "article", "newspaper", "media", "poll", "survey", "study", "document",
    "memo", "letter", "complaint", "filing", "analysis", "data", "figure", "records", "record", "paper",
    "agency", "outlet", "website", "post", "tweet", "video", "ad", "release", "transcript", "book",
}
# role nouns that name the same kind of person ("the Russian diplomat" for an envoy)
ROLE_GROUPS = [
    {"diplomat", "envoy", "ambassador", "minister", "foreign", "emissary", "representative", "un"},
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "secretary", "press", "representative"},
    {"official", "officer", "minister", "spokesman", "spokesperson", "spokeswoman", "commander", "head", "chief", "director", "secretary"},
    {"president", "leader", "head", "chief", "premier", "prime"},
    {"general", "commander", "chief", "officer", "military", "army", "air", "force"},
    {"lawmaker", "senator", "congressman", "congresswoman", "representative", "legislator"},
    {"candidate", "nominee", "contender"},
    {"governor", "mayor", "official"},
]
ORG_NOUNS = {
    "ministry", "government", "kremlin", "department", "administration", "office", "agency", "committee",
    "campaign", "company", "party", "group", "army", "military", "council", "embassy", "service", "court",
}


@dataclass(slots=True)
class Mention:
    """A named mention that can be an antecedent."""

    start: int
    end: int
    text: str
    kind: str  # person | org | group
    context: set[str]  # lower-cased words of the mention and its apposition/modifiers
    speaker: bool = False


def _head(doc, span):
    sp = doc.char_span(span[0], span[1], alignment_mode="expand")
    toks = [t for t in sp if not t.is_space] if sp is not None else []
    if not toks:
        return None, []
    ids = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    return (heads[0] if heads else toks[-1]), toks


def classify(doc, span) -> str:
    """Kind of a source span: named, pronoun, relative, nominal, document or unknown."""
    head, toks = _head(doc, span)
    if head is None:
        return "unknown"
    low = head.lower_
    if len(toks) == 1 and low in RELATIVES:
        return "relative"
    if head.text != head.text.upper() or len(head.text) == 1:
        pass
    else:
        low = ""  # "US", "IT": acronyms, not pronouns
    if low in PERSON_PRONOUNS | GROUP_PRONOUNS | THING_PRONOUNS or (head.pos_ == "PRON" and low):
        return "pronoun"
    if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and head.pos_ != "NOUN":
        return "named"
    def in_modifier(t) -> bool:  # "the spokesman for the Ukrainian Air Force": a role, not a name
        x = t
        while x.i != head.i and x.head.i != x.i:
            if x.dep_ == "pobj" and x.head.lower_ in ("for", "of", "at", "from", "in", "with"):
                return True
            x = x.head
        return False

    if any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP") and t.text[:1].isupper()
           and not in_modifier(t) for t in toks):
        return "named"
    if head.lemma_.lower() in DOCUMENT_NOUNS:
        return "document"
    if any(t.pos_ == "PROPN" and t.dep_ in ("compound", "appos", "poss") and t.ent_type_ == "PERSON" for t in toks):
        return "named"
    return "nominal"


ROLE_WORDS = set().union(*ROLE_GROUPS) - {"un", "foreign", "press", "air", "force", "army", "military"}
TITLES = {"mr.", "ms.", "mrs.", "dr.", "sen.", "rep.", "gov.", "gen."}


def _speaker_kind(head, toks) -> str:
    """person | org for a named speaker; NER often calls foreign surnames ORG, so roles decide first."""
    if head is None:
        return "person"
    words = {t.lower_ for t in toks}
    if words & (ROLE_WORDS | TITLES) or head.ent_type_ == "PERSON":
        return "person"
    if head.ent_type_ in ("GPE", "NORP") or head.lemma_.lower() in ORG_NOUNS or DOCUMENT_NOUNS & {head.lemma_.lower()}:
        return "org"
    if toks and toks[0].lower_ == "the" or (head.text.isupper() and len(head.text) > 1):
        return "org"
    return "person"


def _mentions(doc, attrs) -> list[Mention]:
    """Named mentions: speakers already found, and PERSON/ORG/GPE/NORP entities."""
    out: list[Mention] = []
    for a in attrs:
        if a.source and a.source_kind == "named":
            head, toks = _head(doc, a.source)
            kind = _speaker_kind(head, toks)
            ctx = {t.lower_ for t in toks if t.is_alpha} | {t.lemma_.lower() for t in toks if t.is_alpha}
            out.append(Mention(a.source[0], a.source[1], a.source_text or "", kind, ctx, True))
    bounds = [(0, 0)] * len(doc)  # token -> its sentence (Span.sent rescans the doc on every call)
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            bounds[i] = (sent.start, sent.end)
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        kind = "person" if ent.label_ == "PERSON" else "org"
        start = ent.start
        # title and role words written before the name ("Russian envoy to the UN Vassily Nebenzia")
        s_start, s_end = bounds[ent.start]
        while start > s_start and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].head.i in range(start - 1, ent.end + 1):
            start -= 1
        window = list(doc[max(s_start, start - 6): min(s_end, ent.end + 10)])
        ctx = {t.lower_ for t in window if t.is_alpha} | {t.lemma_.lower() for t in window if t.is_alpha}
        span = doc[start: ent.end]
        out.append(Mention(span.start_char, span.end_char, span.text, kind, ctx))
    out.sort(key=lambda m: m.start)
    return out


def _role_score(words: set[str], ctx: set[str]) -> float:
    score = 0.0
    for w in words:
        if w in ctx:
            score += 2.0
        else:
            for g in ROLE_GROUPS:
                if w in g and ctx & g:
                    score += 1.0
                    break
    return score


def resolve(doc, attrs) -> list:
    """Fill ``source_kind``, ``antecedent`` and ``antecedent_text`` of each attribution in place."""
    for a in attrs:
        a.source_kind = classify(doc, a.source) if a.source else None
    mentions = _mentions(doc, attrs)
    for a in attrs:
        if a.source is None or a.source_kind not in ("pronoun", "nominal"):
            continue
        head, toks = _head(doc, a.source)
        if head is None:
            continue
        before = [m for m in mentions if m.end <= a.source[0]]
        if not before:
            continue
        best = None
        low = head.lower_
        if a.source_kind == "pronoun":
            if low in ("i", "me", "we", "us", "you"):
                continue  # first/second person inside quotes: the quoted speaker, not resolvable here
            want = "person" if low in PERSON_PRONOUNS else "org" if low in THING_PRONOUNS else None
            for m in before:
                if want == "person" and m.kind != "person":
                    continue
                if want == "org" and m.kind != "org":
                    continue
                dist = a.source[0] - m.end
                score = -dist / 100.0 + (3.0 if m.speaker else 0.0)
                if best is None or score > best[0]:
                    best = (score, m)
        else:
            words = {t.lower_ for t in toks if t.is_alpha and t.pos_ in ("NOUN", "ADJ", "PROPN")}
            words |= {t.lemma_.lower() for t in toks if t.is_alpha and t.pos_ in ("NOUN", "ADJ", "PROPN")}
            if toks[0].lower_ in ("a", "an", "another", "one", "some", "several", "two", "three"):
                continue  # an indefinite nominal introduces a new speaker
            want = "org" if head.lemma_.lower() in ORG_NOUNS else "person"
            # affiliation agreement: "the Ukrainian official" cannot be a Kremlin spokesman
            nat = {t.lower_[:5] for t in toks if t.ent_type_ in ("NORP", "GPE") and t.is_alpha}
            for m in before:
                if m.kind != want:
                    continue
                if nat and not any(w[:5] in nat for w in m.context):
                    continue
                role = _role_score(words, m.context)
                if role <= 0:
                    continue
                dist = a.source[0] - m.end
                score = role - dist / 400.0 + (0.5 if m.speaker else 0.0)
                if best is None or score > best[0]:
                    best = (score, m)
        if best is not None:
            m = best[1]
            a.antecedent = (m.start, m.end)
            a.antecedent_text = m.text
    return attrs
