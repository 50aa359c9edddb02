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
    "heart part parts area areas province oblast port airport district districts downtown sky air "
    "west east north south northwest northeast southwest southeast".split()
)
MOTION_EXTRA = frozenset("extradited deported transferred flown driven taken moved brought".split())
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
        if w in ("to", "from", "for") and any(x in MOTION or x in MOTION_EXTRA for x in p[-4:-1]):
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


# --- does a seat of power act? -------------------------------------------------------------
# nouns after a seat of power that make it the state ("Kyiv forces", "Kremlin spokesman")
STATE_NOUNS = frozenset(
    "forces troops government authorities officials official regime army military leadership administration "
    "diplomats diplomat envoy negotiators spokesman spokesperson spokeswoman leader leaders ally allies "
    "policy position stance side delegation".split()
)
# hyphen compounds: "Moscow-installed" acts, "London-based" locates
STATE_COMPOUNDS = frozenset("installed backed led controlled sponsored appointed allied friendly aligned imposed "
                            "annexed funded supported ordered brokered".split())
AUX = frozenset("has have had is was were will would could should may might must can did does do "
                "cannot won't".split())
ADVERBS = frozenset("also now still already repeatedly reportedly previously recently later then quickly "
                    "officially publicly strongly again never always just firmly swiftly has not".split())
VERBS = frozenset("""said says say told tells made makes gave gives took takes began begins saw sees met meets
held holds kept keeps brought bought sold sends sent paid pays spoke speaks wrote writes thought thinks knew knows
found finds fought fights led leads set sets put puts let lets won wins lost loses struck strikes
warns warn mocks mock claims claim insists insist denies deny accuses accuse rejects reject wants want urges urge
calls call needs need hopes hope fears fear plans plan threatens threaten vows vow responds respond demands demand
slams slam blames blame condemns condemn agrees agree refuses refuse seeks seek offers offer signals signal
announces announce confirms confirm believes believe considers consider expects expect argues argue
suggests suggest reacts react retaliates retaliate orders order supplies supply provides provide""".split())
FUNCTION_WORDS = frozenset("to of with against over and or in on at for from as that than but into after before "
                           "during about by while because if so nor yet".split())
OBJECT_PREPS = frozenset("by to for with against between on from toward towards upon".split())
SUBORD = frozenset("which who".split())


def _verbish(w: str) -> bool:
    lw = w.lower()
    return lw in AUX or lw in VERBS or (lw.endswith("ed") and len(lw) > 4 and lw.isalpha())


def metonym_acts(prev: list[str], nxt: list[str], strong: bool = False, compound: str | None = None) -> bool:
    """Whether a seat of power acts for its state ("Moscow mocks", "cautioned Seoul", "Kyiv forces",
    "Washington's allies") rather than names a place ("a Moscow bar", "London Police Chief",
    "Managua's airport", "west of Baghdad").  ``strong`` seats (Kremlin, Downing Street…) act by
    default; capitals need evidence.  ``compound`` is the word after a hyphen ("installed")."""
    if compound is not None:
        return compound.lower() in STATE_COMPOUNDS
    if is_locative(prev, nxt):
        return False
    n = list(nxt)
    if n and n[0] in ("'s", "’s"):
        after = n[1] if len(n) > 1 else ""
        if not after or after[:1].isupper() or after.lower() in PLACE_NOUNS or after.lower() in (
                "international", "main", "central", "old", "historic", "famous", "biggest", "largest"):
            return False
        return True
    if n and n[0] == "," and len(n) > 1 and n[1].lower() in SUBORD:
        n = n[2:]
    while n and n[0].lower() in ADVERBS and n[0].lower() not in AUX:
        n = n[1:]
    if n:
        w = n[0]
        if w[:1].isupper() and w.isalpha():
            return False          # part of a longer name: "London Police Chief", "Tripoli International"
        if w.lower() in STATE_NOUNS:
            return True
        if _verbish(w):
            return True
        if w.isalpha() and w.islower() and w not in FUNCTION_WORDS:
            # "-s" words after a subject are mostly verbs ("warns"); other lowercase words are
            # attributive nouns ("resident", "bar", "art studio")
            return w.endswith("s") and not w.endswith("ss") and w not in PLACE_NOUNS
    p = [w.lower() for w in prev]
    while p and p[-1] in ("the", "a", "an"):
        p.pop()
    if p and (p[-1] in OBJECT_PREPS or _verbish(p[-1])):
        return True
    return strong
