"""Word lists for stance cues (refuting, hedging, supporting, negation).

Hand-made for claimgraph, starting from the FNC-1 baseline's refuting words and the
Emergent paper's hedging cues; every entry is a lower-case token as `text.tokens` yields it.
"""

REFUTE = frozenset(
    """fake fraud hoax hoaxes false falsely deny denies denied denying denial nope debunk debunks debunked
    debunking bogus untrue misleading myth myths satire satirical fabricated fabrication prank pranks retract
    retracted retraction refute refutes refuted refuting dismiss dismissed dismisses rejects rejected reject
    baseless incorrect wrong lie lies lying photoshopped doctored scam nonsense unfounded disproved disputes
    disputed dispute contradict contradicts contradicted nothing""".split()
)

HEDGE = frozenset(
    """reportedly allegedly alleged alleges claim claims claimed claiming rumor rumors rumour rumours rumored
    rumoured may might could possibly possible apparently supposedly unconfirmed unverified according purportedly
    purported report reports suggest suggests suggested believed appears appear seems seem whether speculation
    speculate speculated unclear if perhaps likely unlikely maybe reported sources source viral""".split()
)

SUPPORT = frozenset(
    """confirmed confirms confirm confirming official officially announced announces proves proved proof revealed
    reveals indeed true truly evidence verified verifies authentic genuine actually acknowledged admits admitted
    shows showed footage""".split()
)

NEGATION = frozenset(
    """not no never n't none nothing neither nor without cannot can't won't isn't wasn't aren't weren't don't
    doesn't didn't hasn't haven't hadn't couldn't wouldn't shouldn't""".split()
)

# Kept separate because the FNC-1 baseline's polarity feature counts exactly these.
BASELINE_REFUTING = (
    "fake fraud hoax false deny denies not despite nope doubt doubts bogus debunk pranks retract".split()
)

STOPWORDS = frozenset(
    """a an the and or but of to in on at for by with from as is are was were be been being it its this that these
    those he she they we you i his her their our your my me him them us who whom which what when where why how
    has have had do does did will would shall should can just so than then there here also about into over after
    before up down out off again further once all any both each few more most other some such only own same too
    very s t said says""".split()
)
