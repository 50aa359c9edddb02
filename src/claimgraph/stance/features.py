"""Pair features for the stance model: lexical overlap, cue words near the topic, MiniLM cosines.

A pair is (claim or headline, body). Bodies are split and counted once (`BodyInfo`), headlines once
(`HeadInfo`); `pair_features` then combines them. Only a few body sentences per pair are embedded:
the lead sentence and the `TOP_K` sentences that share the most (idf-weighted) words with the headline,
which keeps inference fast while covering where a body talks about the claim.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from claimgraph.stance.lexicon import BASELINE_REFUTING, HEDGE, NEGATION, REFUTE, STOPWORDS, SUPPORT
from claimgraph.stance.text import split_sentences, tokens

TOP_K = 3  # best-overlap sentences used by the lexical cue features
EMB_K = 1  # best-overlap sentences embedded per pair (plus the lead)
EMB_GATE = 0.1  # below this idf-weighted headline/body overlap only the lead sentence is embedded
NEG_WINDOW = 4
_LEX = (REFUTE, HEDGE, SUPPORT, NEGATION)


def _lex_counts(toks: list[str]) -> np.ndarray:
    return np.array([sum(t in lex for t in toks) for lex in _LEX], dtype=np.float32)


def _content(toks: list[str]) -> list[str]:
    return [t for t in toks if t not in STOPWORDS and len(t) > 1]


def _bigrams(toks: list[str]) -> set[tuple[str, str]]:
    return set(zip(toks, toks[1:]))


@dataclass
class HeadInfo:
    """A headline or claim, tokenised once."""

    text: str
    toks: list[str]
    content: set[str]
    bigrams: set
    lex: np.ndarray
    tfidf: dict[str, float]
    qmark: float


@dataclass
class BodyInfo:
    """A body, split into sentences and tokenised once."""

    text: str
    sents: list[str]
    sent_toks: list[list[str]]
    sent_sets: list[set[str]]
    sent_lex: np.ndarray  # (n_sents, 4)
    all_set: set[str]
    lead_set: set[str]
    bigrams: set
    tfidf: dict[str, float]
    n_tokens: int
    lead_tfidf: dict[str, float] = field(default_factory=dict)


def _tfidf(toks: list[str], idf: dict[str, float], default_idf: float) -> dict[str, float]:
    tf: dict[str, float] = {}
    for t in toks:
        if t in STOPWORDS:
            continue
        tf[t] = tf.get(t, 0.0) + 1.0
    vec = {t: (1.0 + math.log(c)) * idf.get(t, default_idf) for t, c in tf.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return float(sum(v * b.get(t, 0.0) for t, v in a.items()))


class Featurizer:
    """Turns texts into HeadInfo/BodyInfo and pairs into feature vectors, given document frequencies."""

    def __init__(
        self, idf: dict[str, float], default_idf: float, emb_k: int = EMB_K, emb_gate: float = EMB_GATE
    ) -> None:
        self.idf = idf
        self.default_idf = default_idf
        self.emb_k = emb_k
        self.emb_gate = emb_gate

    def head(self, text: str) -> HeadInfo:
        toks = tokens(text)
        return HeadInfo(
            text=text,
            toks=toks,
            content=set(_content(toks)),
            bigrams=_bigrams(toks),
            lex=_lex_counts(toks),
            tfidf=_tfidf(toks, self.idf, self.default_idf),
            qmark=float("?" in text),
        )

    def body(self, text: str) -> BodyInfo:
        sents = split_sentences(text)
        sent_toks = [tokens(s) for s in sents]
        all_toks = [t for st in sent_toks for t in st]
        lead_toks = tokens((text or "")[:255])
        return BodyInfo(
            text=text,
            sents=sents,
            sent_toks=sent_toks,
            sent_sets=[set(st) for st in sent_toks],
            sent_lex=np.array([_lex_counts(st) for st in sent_toks], dtype=np.float32).reshape(-1, 4),
            all_set=set(all_toks),
            lead_set=set(lead_toks),
            bigrams=_bigrams(all_toks),
            tfidf=_tfidf(all_toks, self.idf, self.default_idf),
            n_tokens=len(all_toks),
            lead_tfidf=_tfidf(lead_toks, self.idf, self.default_idf),
        )

    def sentence_scores(self, h: HeadInfo, b: BodyInfo) -> np.ndarray:
        """idf-weighted share of the headline's content words found in each body sentence."""
        if not b.sents:
            return np.zeros(0, dtype=np.float32)
        w = {t: self.idf.get(t, self.default_idf) for t in h.content}
        total = sum(w.values()) or 1.0
        return np.array([sum(v for t, v in w.items() if t in s) / total for s in b.sent_sets], dtype=np.float32)

    def select(self, h: HeadInfo, b: BodyInfo, scores: np.ndarray | None = None) -> list[int]:
        """Indices of the body sentences to embed for this pair: the lead, plus the `emb_k` best-overlap
        sentences when the headline's words are found in the body at all (most unrelated pairs are not)."""
        if not b.sents:
            return []
        hc = h.content or set(h.toks)
        w = {t: self.idf.get(t, self.default_idf) for t in hc}
        overlap = sum(v for t, v in w.items() if t in b.all_set) / (sum(w.values()) or 1.0)
        if overlap < self.emb_gate or self.emb_k <= 0:
            return [0]
        scores = self.sentence_scores(h, b) if scores is None else scores
        # stable order: ties go to the earlier sentence, so selection is deterministic
        top = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[: self.emb_k]
        return sorted({0, *top})

    def pair(
        self,
        h: HeadInfo,
        b: BodyInfo,
        head_vec: np.ndarray | None = None,
        sent_vecs: dict[int, np.ndarray] | None = None,
    ) -> np.ndarray:
        """Feature vector of one pair (see FEATURE_NAMES); embedding features are NaN without vectors."""
        scores = self.sentence_scores(h, b)
        n_s = max(len(b.sents), 1)
        hc = h.content or set(h.toks)
        nh = max(len(hc), 1)
        w = {t: self.idf.get(t, self.default_idf) for t in hc}
        wt = sum(w.values()) or 1.0
        f: list[float] = []
        # size
        f += [len(h.toks), math.log1p(b.n_tokens), len(b.sents)]
        # overlap (FNC-1 baseline style and idf-weighted)
        f += [
            len(set(h.toks) & b.all_set) / max(len(set(h.toks) | b.all_set), 1),
            len(hc & b.all_set) / nh,
            sum(v for t, v in w.items() if t in b.all_set) / wt,
            len(hc & b.lead_set) / nh,
            sum(v for t, v in w.items() if t in b.lead_set) / wt,
            len(h.bigrams & b.bigrams) / max(len(h.bigrams), 1),
            _cos(h.tfidf, b.tfidf),
            _cos(h.tfidf, b.lead_tfidf),
        ]
        srt = np.sort(scores)[::-1] if len(scores) else np.zeros(1)
        best = int(np.argmax(scores)) if len(scores) else 0
        f += [
            float(srt[0]),
            float(srt[:3].mean()),
            float((scores >= 0.5).sum()) if len(scores) else 0.0,
            best / n_s,
        ]
        # cue words: headline, whole body (per sentence), lead sentence, best-overlap sentences
        f += list(h.lex) + [h.qmark, sum(t in BASELINE_REFUTING for t in h.toks) % 2]
        body_lex = b.sent_lex.sum(axis=0) if len(b.sents) else np.zeros(4, np.float32)
        f += list(body_lex / n_s)
        f += list(b.sent_lex[0]) if len(b.sents) else [0.0] * 4
        top_idx = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:TOP_K]
        top_lex = b.sent_lex[top_idx].sum(axis=0) if top_idx else np.zeros(4, np.float32)
        f += list(top_lex)
        f += [sum(t in BASELINE_REFUTING for st in b.sent_toks for t in st) % 2]
        # negation and refuting words close to the headline's words, in the best-overlap sentences
        near_neg = near_ref = near_hedge = 0
        for i in top_idx:
            st = b.sent_toks[i]
            hits = [j for j, t in enumerate(st) if t in hc]
            if not hits:
                continue
            for j, t in enumerate(st):
                if any(abs(j - k) <= NEG_WINDOW for k in hits):
                    near_neg += t in NEGATION
                    near_ref += t in REFUTE
                    near_hedge += t in HEDGE
        f += [near_neg, near_ref, near_hedge]
        # MiniLM cosines on the selected sentences
        if head_vec is not None and sent_vecs:
            idx = sorted(sent_vecs)
            cos = np.array([float(head_vec @ sent_vecs[i]) for i in idx], dtype=np.float32)
            order = np.argsort(-cos, kind="stable")
            bi = idx[int(order[0])]
            f += [
                float(head_vec @ sent_vecs[idx[0]]) if idx[0] == 0 else np.nan,
                float(cos[order[0]]),
                float(cos.mean()),
                float(cos[order[:2]].mean()),
                bi / n_s,
            ]
            f += list(b.sent_lex[bi])
        else:
            f += [np.nan] * 9
        return np.array(f, dtype=np.float32)


FEATURE_NAMES = (
    ["h_len", "b_loglen", "b_nsent"]
    + ["jaccard", "h_in_b", "h_in_b_idf", "h_in_lead", "h_in_lead_idf", "bigram_in_b", "tfidf_cos", "tfidf_cos_lead"]
    + ["sent_ov_max", "sent_ov_top3", "sent_ov_n50", "sent_ov_argmax_pos"]
    + ["h_refute", "h_hedge", "h_support", "h_neg", "h_qmark", "h_polarity"]
    + ["b_refute_rate", "b_hedge_rate", "b_support_rate", "b_neg_rate"]
    + ["lead_refute", "lead_hedge", "lead_support", "lead_neg"]
    + ["top_refute", "top_hedge", "top_support", "top_neg", "b_polarity"]
    + ["near_neg", "near_refute", "near_hedge"]
    + ["emb_cos_lead", "emb_cos_max", "emb_cos_mean", "emb_cos_top2", "emb_argmax_pos"]
    + ["emb_best_refute", "emb_best_hedge", "emb_best_support", "emb_best_neg"]
)


def build_idf(docs: list[str], min_df: int = 2) -> tuple[dict[str, float], float]:
    """Smoothed idf of tokens with document frequency >= min_df; also the idf given to unseen tokens."""
    df: dict[str, int] = {}
    for d in docs:
        for t in set(tokens(d)):
            df[t] = df.get(t, 0) + 1
    n = len(docs)
    idf = {t: round(math.log((1 + n) / (1 + c)) + 1.0, 4) for t, c in df.items() if c >= min_df}
    return idf, round(math.log((1 + n) / 2.0) + 1.0, 4)
