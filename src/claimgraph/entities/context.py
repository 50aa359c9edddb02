"""Cheap context rules on tokens around a mention: is a place name used as a place or does it act?

No parser is available (NER-only pipe), so decisions look at the few words around the
mention.  A place (or seat of power) is a place after a locative preposition ("fighting
near Kyiv"), after a motion word + to/from ("visit to Pyongyang"), after a verb that
targets or reaches a place ("visited Pyongyang", "struck Kyiv"), after a place noun
("the capital Kyiv", "capital of Pyongyang") or before ", <country>".  Otherwise a
metonym acts for its state ("Moscow mocks US claims", "weapons to Kyiv").
"""
from __future__ import annotations

LOC_PREPS = frozenset(
    "in near at outside around inside within across through throughout via toward towards into "
    "beyond along between over above outskirts nearby".split()
)
MOTION = frozenset(
    "visit visits visited visiting trip trips travel travelled traveled travelling traveling flew fly flight "
    "flights went go goes going came come returned return returning arrived arrive arrival moved move road way "
    "journey journeys headed heading fled flee evacuated evacuate relocated route routes train trains".split()
)
PLACE_VERBS = frozenset(
    "visited visiting visit visits struck strike strikes striking shelled shelling hit hits bombed bombing "
    "bombard bombarded attacked attacking targeted targeting captured capture capturing seized liberated "
    "liberate encircled surrounded entered enter reached reach left leaving fled defend defending defended "
    "toured tour occupied occupy".split()
)
PLACE_NOUNS = frozenset(
    "capital city town village region streets outskirts suburbs suburb centre center mayor residents skies "
    "heart part parts area areas province oblast port airport district districts downtown sky air".split()
)
COMPASS = frozenset("West East North South Central Greater Northern Southern Eastern Western Inner Outer".split())
PASSIVE_TARGET = frozenset("hit struck shelled attacked bombed targeted".split())


def is_locative(prev: list[str], nxt: list[str], countries: frozenset[str] | set[str] = frozenset()) -> bool:
    """True when a name between ``prev`` (words before, nearest last) and ``nxt`` (words after,
    nearest first) is used as a location rather than as an acting state or body."""
    p = [w.lower() for w in prev]
    # skip a determiner and adjectives such as "the occupied", "the Ukrainian capital"
    while p and p[-1] in ("the", "a", "an"):
        p.pop()
    if prev and prev[-1] in COMPASS:
        return True   # "West London", "Eastern Ukraine": a part of the place
    if p:
        w = p[-1]
        if w in LOC_PREPS or w in PLACE_VERBS or w in PLACE_NOUNS:
            return True
        if w in ("to", "from", "for") and any(x in MOTION for x in p[-4:-1]):
            return True
        if w == "of" and len(p) >= 2:
            q = p[:-1]
            while q and q[-1] in ("the", "a"):
                q.pop()
            if q and q[-1] in PLACE_NOUNS:
                return True
    if len(nxt) >= 2 and nxt[0] == "," and nxt[1] in countries:
        return True
    if nxt and nxt[0].lower() in ("region", "oblast", "province", "residents", "mayor", "skies", "airport"):
        return True
    if len(nxt) >= 2 and nxt[0].lower() in ("was", "were", "is", "has", "had", "been") and nxt[1].lower() in PASSIVE_TARGET:
        return True
    return False
