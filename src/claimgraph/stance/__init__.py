"""Article-level stance: does a body (or headline) agree with, deny, discuss or ignore a claim?

    from claimgraph.stance import StanceModel, to_claimgraph_stance
    model = StanceModel.load()                      # shipped weights in resources/stance/
    model.predict([(claim, body)])                  # -> ["agree" | "disagree" | "discuss" | "unrelated"]
"""

from claimgraph.stance.model import (
    EMERGENT_LABELS,
    FNC_LABELS,
    StanceModel,
    fnc_decide,
    get_model,
    to_claimgraph_stance,
)

__all__ = ["EMERGENT_LABELS", "FNC_LABELS", "StanceModel", "fnc_decide", "get_model", "to_claimgraph_stance"]
