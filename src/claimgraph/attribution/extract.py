"""Rule-based attribution extraction on a spaCy dependency parse plus quote scanning.

Passes, in order:
1. reporting verbs from the cue lexicon with their subject (source) and clausal,
   object or infinitive complement (content), including inverted "…, he said." forms;
2. "according to X" / "as per X";
3. direct quotations not yet covered: attached to a cue verb near them, to a dash
   signature ("“…” ― Name"), to a colon lead-in, or as the continuation of the
   previous speaker's quotation;
4. nesting (``parent``) when a cue sits inside another attribution's content or hangs
   off another cue ("…, citing statements by…").
Speaker coreference is done afterwards by :mod:`claimgraph.attribution.speakers`.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon
from .model import Attribution
from .quotes import DOUBLE, Quote, scan_quotes

SUBJ = ("nsubj", "nsubjpass", "csubj")
PUNCT_TRIM = set(",.;:-—–()[]") | {"…"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}
RELATIVE = {"who", "which", "that", "whom"}
OBJ_PREPS = {"of", "about", "with", "for", "over", "against", "as", "into"}
STRONG_PREPS = {"of", "about", "against", "as", "for", "over"}
DASH_RE = re.compile(r"\s*[―—–]\s*|\s+-{1,2}\s*")
COMMENT_RE = re.compile(r"\bno comment\b", re.I)


def _trim(doc, toks) -> tuple[int, int] | None:
    """Character span of a token run, without punctuation at either end (quote marks kept)."""
    toks = sorted(toks, key=lambda t: t.i)
    while toks and (toks[0].is_space or toks[0].text in PUNCT_TRIM):
        toks = toks[1:]
    while toks and (toks[-1].is_space or toks[-1].text in PUNCT_TRIM):
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _runs(doc, toks) -> list[tuple[int, int]]:
    """Character spans of the contiguous runs of ``toks`` (each trimmed of edge punctuation)."""
    ids = sorted({t.i for t in toks})
    runs, cur = [], []
    for i in ids:
        if cur and i != cur[-1] + 1:
            runs.append(cur)
            cur = []
        cur.append(i)
    if cur:
        runs.append(cur)
    out = []
    for r in runs:
        sp = _trim(doc, [doc[i] for i in r])
        if sp is not None and any(doc[i].is_alpha or doc[i].is_digit for i in r):
            out.append(sp)
    return out


def _contig(doc, toks, exclude=frozenset()):
    """Tokens from the first to the last of ``toks`` (contiguous), minus ``exclude`` at the edges."""
    ids = [t.i for t in toks if t.i not in exclude]
    if not ids:
        return []
    lo, hi = min(ids), max(ids)
    run = [doc[i] for i in range(lo, hi + 1)]
    # cut at the first excluded token that sits inside (keeps spans contiguous and univocal)
    out = []
    for t in run:
        if t.i in exclude:
            break
        out.append(t)
    return out


def cue_span(verb) -> tuple[int, int]:
    """The cue as written: auxiliaries/negation before the verb, the verb, its particle."""
    start = verb
    for c in verb.lefts:
        if c.dep_ in ("aux", "auxpass", "neg") and c.i < start.i and verb.i - c.i <= 4:
            start = c
    end = verb
    for c in verb.rights:
        if c.dep_ == "prt" and c.i == end.i + 1:
            end = c
    return start.idx, end.idx + len(end.text)


def _subject(verb, depth: int = 0):
    """Subject of a verb, climbing through conj/xcomp/advcl/acl heads; ('agent'|'subj', token)."""
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return "agent", p
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            return "subj", c
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            return "passive", c
    if depth < 3 and verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head is not verb:
        return _subject(verb.head, depth + 1)
    prep = verb.head
    while prep.dep_ == "conj" and prep.head is not prep and prep.pos_ == "ADP":
        prep = prep.head  # "for his role in … and for saying…"
    if depth < 3 and verb.dep_ == "pcomp" and (prep.dep_ == "prep" or prep.pos_ in ("VERB", "AUX")):
        up = prep.head if prep.dep_ == "prep" else prep  # "…by saying that…", "stopped short of calling…"
        if up.pos_ in ("ADV", "ADJ") and up.head is not up:
            up = up.head
        if up.pos_ in ("VERB", "AUX"):
            return _subject(up, depth + 1)
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return "acl", verb.head
    return None, None


def _np_tokens(head, stop):
    """Subtree of a noun phrase head, minus anything in ``stop`` and clauses hanging off later."""
    return [t for t in head.subtree if t.i not in stop]


def cue_lemma(tok, lexicon: Lexicon) -> str:
    """Lemma of a cue verb with its particle ("brush off") or fixed complement ("decline to comment")."""
    lemma = tok.lemma_.lower()
    for c in tok.rights:
        if c.dep_ in ("prt", "prep") and c.i <= tok.i + 2 and (lemma, c.lower_) in lexicon.particles:
            return f"{lemma} {c.lower_}"
        if c.dep_ == "xcomp" and c.lemma_.lower() == "comment" and lemma in ("decline", "refuse"):
            return f"{lemma} to comment"
    return lemma


# verbs that can introduce a quotation standing apart from them ('… he said, “…”' / '“…” she wrote.')
QUOTE_VERBS = {
    "say", "tell", "add", "ask", "reply", "respond", "write", "tweet", "post", "continue", "explain", "note", "recall",
    "warn", "insist", "argue", "claim", "declare", "announce", "state", "joke", "quip", "remark", "shout", "yell",
    "exclaim", "chant", "conclude", "answer", "comment", "observe", "testify", "wonder", "boast", "complain",
    "acknowledge", "admit", "concede", "lament", "promise", "vow", "retort", "counter", "scream", "cry", "read",
    "describe", "put", "recount", "predict", "suggest", "urge", "plead", "demand", "muse", "hop", "hope",
}
SOURCE_DOCS = {"poll", "polls", "survey", "study", "analysis"}  # wider lists ("statement", "report") lost on PolNeAR train
ADJ_CUES = {"sure", "confident", "convinced", "concerned", "worried", "certain", "critical", "skeptical", "sceptical",
            "hopeful", "optimistic", "pessimistic", "adamant", "opposed", "supportive", "afraid", "fearful",
            "doubtful", "positive", "clear", "insistent", "unaware", "aware", "angry", "furious", "upset", "proud",
            "vocal", "dismissive", "wary", "unhappy", "frustrated", "disappointed", "eager", "determined"}
SPEECH = {"say", "tell", "add", "claim", "insist", "argue", "note", "explain", "write", "warn", "state",
          "acknowledge", "admit", "announce", "deny", "confirm", "predict", "assert", "contend", "maintain"}
NOUN_CUES = {
    "statement", "claim", "criticism", "concern", "call", "endorsement", "promise", "opposition", "hope", "doubt",
    "argument", "suggestion", "assertion", "complaint", "praise", "allegation", "accusation", "announcement",
    "warning", "pledge", "demand", "proposal", "insistence", "denial", "admission", "assurance", "belief",
    "contention", "prediction", "charge", "remark", "comment", "testimony", "vow", "threat", "plea",
    "acknowledgment", "acknowledgement", "recognition", "rhetoric", "attack", "defense", "defence", "support",
}
NOUN_PREPS = {"of", "about", "for", "on", "against", "over", "to"}


class Extractor:
    """Stateless rules over one parsed document."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon

    # -- pass 1: verbs -------------------------------------------------
    def _verb_frames(self, tok) -> str:
        if tok.pos_ not in ("VERB", "AUX") and not (tok.tag_.startswith("VB")):
            return ""
        if tok.lemma_.lower() in ("be", "have", "do", "will", "would", "can", "could", "may", "might", "must", "shall", "should"):
            return ""
        if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
            return ""  # "a man named X", "a stream called Miracle Run", "known as": naming, not speech
        particle = None
        for c in tok.rights:
            if c.dep_ in ("prt", "prep") and c.i <= tok.i + 2:
                particle = c.lower_
                break
        return self.lex.frames(tok.lemma_.lower(), particle)

    @staticmethod
    def _inverted(tok):
        """'<content>, <source> <cue> [on Wednesday].': the cue clause closes the sentence."""
        doc = tok.doc
        if tok.dep_ == "ROOT" and not any(c.dep_ in ("ccomp", "parataxis") for c in tok.lefts):
            return []
        if tok.dep_ not in ("ROOT", "ccomp", "parataxis", "conj"):
            return []
        subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
        if not subj or subj[0].lower_ in RELATIVE:
            return []
        own = list(tok.subtree)
        if tok.dep_ != "ROOT":
            lo = min(t.i for t in own)
        else:
            lo = min(min(t.i for t in subj[0].subtree), tok.i)
            own = [t for t in own if t.i >= lo]
        hi = max(t.i for t in own)
        sent = tok.sent
        # the clause must run to the end of the sentence (closing punctuation aside)
        rest = [t for t in doc[hi + 1 : sent.end] if not (t.is_punct or t.is_space)]
        if rest:
            return []
        if lo == 0 or lo <= sent.start:
            return []
        before = doc[lo - 1]
        if before.text not in {",", "”", '"', "’", "—", "–"} and not before.text.endswith(","):
            return []
        start = sent.start
        parts = [t for t in doc[start:lo] if not t.is_space]
        return parts if len(parts) >= 2 else []

    def _content_for_verb(self, tok, frames: str, source_toks: set[int]):
        doc = tok.doc
        parts = []
        ccomps = [c for c in tok.children if c.dep_ == "ccomp"]
        if frames == "C":
            # a verb outside the lexicon: only "<subject> <verb> that <clause>"
            ccomps = [c for c in ccomps if c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
            if not ccomps or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
                return [], ""
            return [t for c in ccomps for t in c.subtree], "c"
        if "c" in frames and not any(c.i > tok.i for c in ccomps):
            inv = self._inverted(tok)
            if inv:
                return inv, "inv"
        if "c" in frames and ccomps:
            if any(c.i > tok.i for c in ccomps):
                ccomps = [c for c in ccomps if c.i > tok.i]  # a clause before the cue is not its content
            for c in ccomps:
                parts.extend(c.subtree)
            return parts, "c"
        if "x" in frames:
            xs = [c for c in tok.rights if c.dep_ == "xcomp"]
            if xs:
                for c in xs:
                    parts.extend(c.subtree)
                # "urged police to release…": the person urged is part of the content
                parts.extend(t for c in tok.rights if c.dep_ in ("dobj", "dative") and c.i < xs[0].i for t in c.subtree)
                return parts, "x"
        if "o" in frames:
            comps = [c for c in tok.rights if c.dep_ in ("dobj", "dative", "attr", "oprd")]
            preps = [c for c in tok.rights if c.dep_ == "prep" and (c.lower_ in OBJ_PREPS or comps)
                     and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)]
            comps = comps + preps if (comps or any(p.lower_ in STRONG_PREPS for p in preps)) else []
            if comps:
                for c in comps:
                    parts.extend(c.subtree)
                first = min(parts, key=lambda t: t.i)
                if first.dep_ == "prep" and first.head.i == tok.i:
                    parts = [t for t in parts if t.i != first.i]  # "called for the ratification": PolNeAR leaves "for" out
                return parts, "o"
        # "Trump said after the convention he would not accept…": the clause was attached
        # elsewhere by the parser; take the first clause with its own subject after the cue
        if tok.lemma_.lower() in SPEECH and not any(c.dep_ == "ccomp" for c in tok.children):
            sent = tok.sent
            for t in doc[tok.i + 1 : sent.end]:
                if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > tok.i and t.head.pos_ in ("VERB", "AUX") \
                        and t.head.i != tok.i and t.i - tok.i <= 8:
                    clause = [x for x in doc[t.left_edge.i : sent.end] if not x.is_space]
                    if clause and t.left_edge.i > tok.i:
                        return clause, "c"
                    break
        # inverted: "The economy is strong, he said." / "It is, he said, a scandal."
        if "c" in frames and tok.dep_ in ("parataxis", "ccomp", "advcl", "conj") and tok.head is not tok:
            head = tok.head
            if head.i < tok.i or tok.dep_ == "parataxis":
                own = {t.i for t in tok.subtree}
                parts = [t for t in head.subtree if t.i not in own]
                if tok.dep_ != "parataxis":
                    # only when a comma separates the cue clause from the content
                    left = tok.doc[min(own)]
                    if left.i == 0 or tok.doc[left.i - 1].text not in {",", "”", '"', "’"} and not tok.doc[left.i - 1].text.endswith(","):
                        return [], ""
                return parts, "inv"
        return [], ""

    def verbs(self, doc) -> list[tuple[Attribution, object]]:
        """Attributions headed by cue verbs; cue verbs without content go to ``self.bare``."""
        out = []
        self.bare = []
        for tok in doc:
            frames = self._verb_frames(tok)
            if not frames:
                continue
            kind, subj = _subject(tok)
            src_toks = set()
            passive_obj = None
            if kind == "passive":
                passive_obj = subj
                subj = None
            if subj is not None and subj.lower_ == "that" and tok.dep_ == "relcl" and self.relative_to_antecedent:
                # "a letter that says…": the speaker is the noun the relative clause hangs on
                kind, subj = "acl", tok.head
            if subj is not None:
                if kind == "acl":
                    src_toks = {t.i for t in subj.subtree if t.i < tok.i and t.i not in {x.i for x in tok.subtree}}
                    src_toks = {i for i in src_toks if i <= subj.i or doc[i].dep_ in ("compound", "amod", "poss")}
                    src_toks = set(range(min(src_toks), subj.i + 1)) if src_toks else {subj.i}
                else:
                    src_toks = {t.i for t in subj.subtree}
                    # "said Dean, a doctor, on Monday": a time phrase is not part of the speaker
                    for c in subj.children:
                        if c.dep_ in ("prep", "npadvmod") and c.i > subj.i and any(
                            t.ent_type_ in ("DATE", "TIME") for t in c.subtree
                        ):
                            src_toks -= {t.i for t in c.subtree}
            parts, how = self._content_for_verb(tok, frames, src_toks)
            cue = cue_span(tok)
            cs = doc.char_span(cue[0], cue[1], alignment_mode="expand")
            cue_ids = set(range(cs.start, cs.end)) if cs is not None else {tok.i}
            if passive_obj is not None and how == "c" and passive_obj.lower_ not in ("it", "this") \
                    and tok.lemma_.lower() not in SPEECH:
                # "Protesters were frustrated that…", "We are convinced that…": the experiencer speaks
                src_toks = {t.i for t in passive_obj.subtree}
            elif passive_obj is not None and how in ("o", "x", "c"):
                if passive_obj.lower_ not in ("it", "this"):
                    parts = list(passive_obj.subtree) + parts
            excl = cue_ids | (src_toks if how != "inv" else set())
            parts = [t for t in parts if t.i not in excl]
            source = _trim(doc, [doc[i] for i in src_toks]) if src_toks else None
            # a trailing ", which …" clause is the writer's aside, not the content (PolNeAR leaves it out)
            if parts and how in ("c", "o", "x"):
                last = max(t.i for t in parts)
                for r in [t for t in parts if t.dep_ == "relcl" and t.left_edge.i > 0]:
                    if doc[r.left_edge.i - 1].text == "," and r.right_edge.i >= last - 1 and \
                            r.left_edge.lower_ in ("which", "who", "whom", "whose", "where", "when"):
                        drop = {t.i for t in r.subtree} | {r.left_edge.i - 1}
                        parts = [t for t in parts if t.i not in drop]
                        break
            # a bare preposition or pronoun is not content ("pleading for", "asked for")
            if parts and not any(t.pos_ in ("NOUN", "PROPN", "VERB", "AUX", "ADJ", "NUM", "PRON") and not t.is_punct
                                 for t in parts):
                parts = []
            spans = _runs(doc, parts) if parts else []
            if not spans:
                if tok.lemma_.lower() in QUOTE_VERBS and source:
                    a = Attribution(content=[], cue=cue, source=source, direct=True,
                                    cue_lemma=cue_lemma(tok, self.lex), kind="quote")
                    self.bare.append((a, tok))
                continue
            if source and any(s <= source[0] < e for s, e in spans):
                source = None
            a = Attribution(
                content=spans, cue=cue, source=source, direct=False,
                cue_lemma=cue_lemma(tok, self.lex), kind="verb",
            )
            a.extra["verb_i"] = tok.i
            a.extra["how"] = how
            out.append((a, tok))
        return out

    # -- pass 1b: cue nouns ------------------------------------------------
    def nouns(self, doc) -> list[Attribution]:
        """"Trump's claim that…", "criticism of the deal by X", "her support for Y"."""
        out = []
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in NOUN_CUES:
                continue
            parts = []
            for c in tok.children:
                if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                    parts.extend(c.subtree)
            if not parts:
                for c in tok.rights:
                    if c.dep_ == "prep" and c.lower_ in NOUN_PREPS and any(g.dep_ in ("pobj", "pcomp") for g in c.children):
                        parts.extend(t for g in c.children if g.dep_ in ("pobj", "pcomp") for t in g.subtree)
                        break
            if not parts:
                continue
            src = None
            for c in tok.children:
                if c.dep_ == "poss":
                    src = _trim(doc, [t for t in c.subtree if t.dep_ != "case"] or [c])
                    if c.i + 1 < len(doc) and doc[c.i + 1].dep_ == "case":
                        src = _trim(doc, list(c.subtree)[:-1]) if len(list(c.subtree)) > 1 else (c.idx, c.idx + len(c.text))
                elif c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > tok.i:
                    pob = [g for g in c.children if g.dep_ == "pobj"]
                    if pob:
                        src = _trim(doc, list(pob[0].subtree))
            if src is None:
                # "Trump claims that…" mis-tagged as a noun, "the Trump charges": a name compound
                comp = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
                if comp:
                    src = _trim(doc, [t for c in comp for t in c.subtree])
            if src is None and tok.dep_ in ("dobj", "pobj", "attr") and not any(c.dep_ == "poss" for c in tok.children):
                # "She peppered him with attacks on…", "voiced concern that…": the governing verb's subject
                gov = tok.head
                if gov.dep_ == "prep":
                    gov = gov.head
                if gov.pos_ in ("VERB", "AUX"):
                    kind, subj = _subject(gov)
                    if subj is not None and kind in ("subj", "agent") and subj.i < tok.i:
                        src = _trim(doc, list(subj.subtree))
            if src is None and self.noun_needs_source:
                continue
            spans = _runs(doc, parts)
            if not spans:
                continue
            a = Attribution(content=spans, cue=(tok.idx, tok.idx + len(tok.text)), source=src, direct=False,
                            cue_lemma=tok.lemma_.lower(), kind="noun")
            out.append(a)
        return out

    noun_needs_source = False

    # -- pass 1c: stance adjectives ----------------------------------------
    def adjectives(self, doc) -> list[Attribution]:
        """"X is sure that…", "X was critical of…", "X is opposed to…": copula + attitude adjective."""
        out = []
        for tok in doc:
            if tok.pos_ != "ADJ" or tok.lower_ not in ADJ_CUES or tok.dep_ != "acomp":
                continue
            cop = tok.head
            if cop.lemma_ != "be":
                continue
            subj = [c for c in cop.children if c.dep_ == "nsubj"]
            if not subj:
                continue
            parts = []
            for c in tok.rights:
                if c.dep_ in ("ccomp", "xcomp"):
                    parts.extend(c.subtree)
                elif c.dep_ == "prep" and c.lower_ in ("of", "about", "to", "with", "over", "that"):
                    parts.extend(t for g in c.children if g.dep_ in ("pobj", "pcomp") for t in g.subtree)
            spans = _runs(doc, parts) if parts else []
            if not spans:
                continue
            start = min([cop, tok] + [c for c in cop.children if c.dep_ in ("neg", "aux")], key=lambda t: t.i)
            out.append(Attribution(content=spans, cue=(start.idx, tok.idx + len(tok.text)),
                                   source=_trim(doc, list(subj[0].subtree)), direct=False,
                                   cue_lemma=f"be {tok.lower_}", kind="adjective"))
        return out
    # "a company that declared…": the source is the noun (PolNeAR marks it so); "who"/"which" stay as written
    relative_to_antecedent = True

    # -- pass 2: according to / as per ---------------------------------
    def according(self, doc) -> list[Attribution]:
        out = []
        for tok in doc:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if tok.lower_ == "according" and nxt is not None and nxt.lower_ == "to":
                prep, lemma, cue = nxt, "according to", (tok.idx, nxt.idx + 2)
                phrase_root = tok
            elif tok.lower_ == "per" and tok.i > 0 and doc[tok.i - 1].lower_ == "as":
                prep, lemma, cue = tok, "as per", (doc[tok.i - 1].idx, tok.idx + 3)
                phrase_root = tok
            elif tok.lower_ == "in" and tok.dep_ == "prep" and any(
                c.dep_ == "pobj" and c.lemma_.lower() in SOURCE_DOCS for c in tok.children
            ) and tok.head.pos_ in ("VERB", "AUX") and not self.lex.frames(tok.head.lemma_.lower()).strip("C"):
                # "In a CNN poll, Clinton leads by four points": the document is the source
                prep, lemma, cue = tok, "in", (tok.idx, tok.idx + 2)
                phrase_root = tok
            else:
                continue
            pobj = [c for c in prep.children if c.dep_ == "pobj"]
            if not pobj:
                continue
            src = _trim(doc, list(pobj[0].subtree))
            # the clause the phrase modifies, minus the phrase itself
            head = phrase_root.head if phrase_root.head is not phrase_root else phrase_root
            phrase = {t.i for t in phrase_root.subtree} | {t.i for t in prep.subtree} | {tok.i, prep.i}
            if lemma == "as per":
                phrase.add(tok.i - 1)
            sent = tok.sent
            if head.i in phrase:
                cand = [t for t in sent if t.i not in phrase]
            else:
                cand = [t for t in head.subtree if t.i not in phrase]
            if not cand:
                continue
            # keep the side of the sentence that holds the clause
            content = _trim(doc, _contig(doc, cand, exclude=phrase))
            if content is None or (src and content[0] <= src[0] < content[1]):
                continue
            out.append(Attribution(content=[content], cue=cue, source=src, direct=False,
                                   cue_lemma=lemma, kind="according_to"))
        return out


LABEL_RE = re.compile(
    r"^[ \t]*((?:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})|(?:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}))[ \t]*:[ \t]+(\S[^\n]*)$",
    re.M,
)
LABEL_STOP = {"Note", "Update", "Photo", "Image", "Images", "Source", "Sources", "Related", "Read", "Watch",
              "Editor", "Correction", "Disclosure", "Getty", "Video", "Credit", "Tags", "Share", "Published",
              "Updated", "Posted", "Written", "By", "Follow", "Email", "Contact", "Topics", "See", "Also"}


LABEL_STOP_UPPER = {w.upper() for w in LABEL_STOP} | {"CLARIFICATION", "UPDATE", "CORRECTION", "BREAKING", "WATCH",
                                                    "READ", "RELATED", "ADVERTISEMENT", "EXCLUSIVE", "ANALYSIS"}


def labelled_lines(text: str) -> list[Attribution]:
    """Transcript and headline lines "PENCE: Well, look…", "Poll: Clinton and Trump tied"."""
    out = []
    for m in LABEL_RE.finditer(text):
        label = m.group(1)
        words = label.split()
        if words[0] in LABEL_STOP or len(m.group(2)) < 12 or words[0] in ("The", "A", "An", "In", "On"):
            continue
        if label.isupper() and (len(words) > 2 or label.upper() in LABEL_STOP_UPPER):
            continue
        s, e = m.start(2), m.end(2)
        while e > s and text[e - 1].isspace():
            e -= 1
        colon = text.index(":", m.end(1))
        out.append(Attribution(content=[(s, e)], cue=(colon, colon + 1), source=(m.start(1), m.end(1)),
                               direct=True, cue_lemma=":", kind="colon"))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def extract(doc, lexicon: Lexicon, use_nouns: bool = True) -> list[Attribution]:
    """All attributions in a parsed document, in text order."""
    text = doc.text
    ex = Extractor(lexicon)
    found = ex.verbs(doc)
    attrs: list[Attribution] = [a for a, _ in found]
    verb_of = {id(a): v for a, v in found}
    attrs.extend(ex.according(doc))
    if use_nouns:
        attrs.extend(ex.nouns(doc))
        attrs.extend(ex.adjectives(doc))
    attrs.extend(labelled_lines(text))

    quotes = scan_quotes(text)
    # cues inside a quotation are the quoted speaker's words ("“I think…,” he said")
    speech = [q for q in quotes if _words(text[q.start:q.end]) >= 4]
    for a in attrs:
        if a.cue:
            for qi, q in enumerate(speech):
                if q.start <= a.cue[0] < q.end:
                    a.extra["in_quote"] = (q.start, q.end)
                    break

    # 1. quotes touching an extracted content: the content takes the whole quotation
    for a in attrs:
        if "in_quote" in a.extra:
            continue
        cue = a.cue or (-1, -1)
        new = []
        for s, e in a.content:
            for q in quotes:
                if _overlaps((q.start, q.end), (s, e)) and not _overlaps((q.start, q.end), cue) and not (
                    a.source and _overlaps((q.start, q.end), a.source)
                ):
                    # mixed quote fully inside the content stays as it is
                    if q.start >= s and q.end <= e:
                        continue
                    s, e = min(s, q.start), max(e, q.end)
                    a.direct = True
            new.append((s, e))
        a.content = new
        for s, e in a.content:
            inner = text[s:e].strip()
            if inner and inner[0] in DOUBLE and inner[-1] in DOUBLE | {",", "."}:
                a.direct = True

    # 2. quotations still unattributed
    def covered(q: Quote) -> bool:
        outer = [a for a in attrs if a.extra.get("in_quote") != (q.start, q.end)]
        return any(_overlaps((q.start, q.end), c) for a in outer for c in a.content) or any(
            a.cue and _overlaps((q.start, q.end), a.cue) for a in outer
        )

    sent_of = {}
    for si, sent in enumerate(doc.sents):
        sent_of[si] = sent
    sents = list(doc.sents)

    def sent_index(ch: int) -> int:
        lo, hi = 0, len(sents) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if sents[mid].start_char <= ch:
                lo = mid
            else:
                hi = mid - 1
        return lo

    by_group: dict[int, Attribution] = {}
    for a in attrs:
        for q in quotes:
            if a.extra.get("in_quote") == (q.start, q.end):
                continue
            if any(_overlaps((q.start, q.end), c) for c in a.content):
                by_group.setdefault(q.group, a)

    for q in quotes:
        if covered(q):
            continue
        qtext = text[q.start:q.end]
        if q.group in by_group:  # later paragraph of a quotation already attributed
            a = by_group[q.group]
            a.content.append((q.start, q.end))
            continue
        if _words(qtext) < 4 and not COMMENT_RE.search(qtext):
            continue  # a title, a name or scare quotes, not speech
        # dash signature: “…” ― Name
        m = DASH_RE.match(text, q.end)
        if m:
            name = re.match(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})", text[m.end():])
            if name and text[m.start():m.end()].strip():
                ns = m.end()
                ne = ns + len(name.group(1).rstrip("."))
                dash = (m.start() + (len(text[m.start():m.end()]) - len(text[m.start():m.end()].lstrip())),)
                ds = dash[0]
                a = Attribution(content=[(q.start, q.end)], cue=(ds, ds + 1), source=(ns, ne), direct=True,
                                cue_lemma="dash", kind="dash")
                attrs.append(a)
                by_group[q.group] = a
                continue
        # a cue verb in the quotation's own sentence(s); else one right after it
        # ('“…?” Trump said.'); else one before a colon; else the previous speaker goes on
        si = sent_index(q.start)
        se = sent_index(max(q.start, q.end - 1))
        colon = text[:q.start].rstrip().endswith(":")
        best = None
        for a, v in found + ex.bare:
            vi = v.idx
            if q.start <= vi < q.end or "in_quote" in a.extra or not a.source:
                continue
            if any(o.start <= vi < o.end for o in speech):
                continue  # "you know" inside another quotation
            if "c" not in lexicon.frames(v.lemma_.lower()):
                continue
            vs = sent_index(vi)
            dist = min(abs(vi - q.start), abs(vi - q.end))
            if si <= vs <= se:
                pass
            elif vs == se + 1 and vi > q.end and text[q.end:vi].count("\n") == 0 and vi - q.end < 80 and not a.content:
                dist += 50
            elif vs == si - 1 and colon and vi < q.start:
                dist += 50
            else:
                continue
            if a.content:
                dist += 100  # prefer a cue still waiting for its content
            if best is None or dist < best[0]:
                best = (dist, a)
        if best is not None:
            a = best[1]
            if not a.content:
                attrs.append(a)
            a.content.append((q.start, q.end))
            a.direct = True
            by_group[q.group] = a
            continue
        # '“A.” “B,” she said.': a quotation directly followed, in the same paragraph, by
        # another quotation with its cue belongs to that speaker
        nxt = None
        for a in attrs:
            if not a.direct or "in_quote" in a.extra or not a.content:
                continue
            first = min(a.content)[0]
            gap = text[q.end:first]
            if first >= q.end and len(gap) <= 3 and "\n" not in gap and a.cue and a.cue[0] > first:
                nxt = a
                break
        if nxt is not None:
            nxt.content.append((q.start, q.end))
            by_group[q.group] = nxt
            continue
        # continuation of the previous speaker's quotation (same or next paragraph)
        prev = [a for a in attrs if a.end <= q.start and q.start - a.end < 400 and "in_quote" not in a.extra
                and a.kind != "according_to" and (a.direct or a.kind == "verb")]
        if prev:
            a = max(prev, key=lambda x: x.cue[1] if x.cue else x.end)
            between = text[a.end:q.start]
            if between.count("\n") <= 2 and (a.direct or between.count("\n") == 0):
                a.content.append((q.start, q.end))
                a.direct = True
                by_group[q.group] = a
                continue

    # '"Full panic mode," said Leslie Wimes': the parser took the quotation as subject; the
    # speaker is the noun phrase right after the cue
    for a, v in found + ex.bare:
        if not a.source or not any(_overlaps(a.source, (q.start, q.end)) for q in quotes):
            continue
        right = [c for c in v.rights if c.dep_ in ("nsubj", "dobj", "attr", "npadvmod", "appos", "dative", "oprd")
                 and c.pos_ in ("PROPN", "NOUN", "PRON") and c.i - v.i <= 3 and c.ent_type_ not in ("DATE", "TIME")]
        if right:
            toks = [t for t in right[0].subtree if not (t.ent_type_ in ("DATE", "TIME") and t.i > right[0].i)]
            sp = _trim(doc, toks)
            if sp and not any(_overlaps(sp, (q.start, q.end)) for q in quotes):
                a.source = sp

    # a verb's subject that swallowed a preceding "According to X," keeps only its own words
    for b in attrs:
        if b.kind != "according_to" or not b.source:
            continue
        for a in attrs:
            if a is b or not a.source or a.kind == "according_to":
                continue
            if a.source[0] <= b.source[0] < a.source[1] and b.source[1] < a.source[1]:
                s = b.source[1]
                while s < a.source[1] and (text[s].isspace() or text[s] in ",;:"):
                    s += 1
                a.source = (s, a.source[1])
            elif 0 <= a.source[0] - b.source[1] <= 1 and text[b.source[1]:a.source[0]].strip() == "":
                # "According to the news agency Interfax, Kremlin official X said": the name
                # before the comma belongs to the according-to source
                comma = text.find(",", a.source[0], a.source[1])
                if 0 < comma - a.source[0] <= 40:
                    b.source = (b.source[0], comma)
                    s = comma + 1
                    while s < a.source[1] and text[s].isspace():
                        s += 1
                    a.source = (s, a.source[1])

    # 3. resolve univocality: drop attributions whose cue lies inside another's source
    attrs.sort(key=lambda a: (min(s for s, _ in a.content), a.cue or (0, 0)))
    # ("Mr. Kamin, who emphasized that…, said": the relative clause leaves the source instead)
    keep = []
    for a in attrs:
        owner = next((b for b in attrs if b is not a and b.source and a.cue and _overlaps(a.cue, b.source)), None)
        if owner is not None:
            if a.source and owner.source[0] < a.source[0] and a.source[0] < a.cue[0]:
                cut = a.source[0]
                while cut > owner.source[0] and (text[cut - 1].isspace() or text[cut - 1] in ",;—–("):
                    cut -= 1
                owner.source = (owner.source[0], cut)
            else:
                continue
        keep.append(a)
    attrs = keep
    # an attribution inside a quotation keeps its content inside that quotation
    for a in attrs:
        q = a.extra.get("in_quote")
        if q:
            clipped = [(max(s, q[0] + 1), min(e, q[1] - 1)) for s, e in a.content]
            a.content = [(s, e) for s, e in clipped if e > s]
    attrs = [a for a in attrs if a.content]

    # 4. nesting
    for i, a in enumerate(attrs):
        if not a.cue:
            continue
        best = None
        for j, b in enumerate(attrs):
            if i == j or "in_quote" in b.extra and "in_quote" not in a.extra:
                continue
            if any(s <= a.cue[0] < e for s, e in b.content):
                size = sum(e - s for s, e in b.content)
                if best is None or size < best[0]:
                    best = (size, j)
                    a.extra["nest"] = "content"
        if best is None:
            v = verb_of.get(id(a))
            if v is not None and v.dep_ in ("advcl", "conj", "xcomp") :
                for j, b in enumerate(attrs):
                    w = verb_of.get(id(b))
                    if j != i and w is not None and w.i == v.head.i and v.dep_ == "advcl":
                        best = (0, j)
                        a.extra["nest"] = "clause"
                        break
        if best is not None:
            a.parent = best[1]

    # citation chains: "X reported…, citing Y" / "X, citing Y, citing Z"
    cites = {"cite", "quote", "according to", "as per", "refer to", "point to", "reference", "invoke"}
    for a in attrs:
        if not a.source:
            continue
        chain = [a.source]
        cur = a
        for _ in range(4):
            idx = attrs.index(cur)
            end = max(e for _, e in cur.content) if cur.content else -10
            nxt = next((c for c in attrs if c is not cur and c.cue_lemma in cites and c.content and (
                (c.parent == idx and (c.extra.get("nest") == "clause" or (c.source and any(
                    s <= c.source[0] < e for s, e in cur.content))))
                # "citing the Financial Times, which cited…": the relative clause was left out of the content
                or (c.source and text[c.source[0]:c.source[1]].lower() in ("which", "who", "that")
                    and 0 <= c.source[0] - end <= 3 and cur.cue_lemma in cites))), None)
            if nxt is None:
                break
            if nxt.cue_lemma in ("according to", "as per"):
                chain.append(nxt.source)
            else:
                cs, ce = nxt.content[0]
                # "the Financial Times, which cited…": the cited party ends before its own citation
                for c in attrs:
                    if c is not nxt and c.source and cs < c.source[0] < ce:
                        ce = c.source[0]
                        while ce > cs and (text[ce - 1].isspace() or text[ce - 1] in ",;"):
                            ce -= 1
                        break
                chain.append((cs, ce))
            cur = nxt
        a.chain = chain

    for a in attrs:
        a.content = sorted(set(a.content))
        a.content_text = " … ".join(text[s:e] for s, e in a.content)
        a.cue_text = text[a.cue[0]:a.cue[1]] if a.cue else None
        a.source_text = text[a.source[0]:a.source[1]] if a.source else None
    return attrs
