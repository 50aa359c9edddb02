"""Entities and actors: NER + gazetteer rules, canonicalisation, roles and affiliations.

``EntityTagger(gazetteers).tag(text)`` → ``list[Mention]``; ``canonicalise_corpus(docs)`` →
``Corpus`` with entities, actors and co-occurrence.  spaCy is imported lazily.
"""
from .mention import ACTOR_KINDS, KINDS, Mention
from .tagger import EntityTagger
from .corpus import Corpus, canonicalise_corpus

__all__ = ["Mention", "EntityTagger", "Corpus", "canonicalise_corpus", "KINDS", "ACTOR_KINDS"]
