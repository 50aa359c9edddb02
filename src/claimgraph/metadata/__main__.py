"""``python -m claimgraph.metadata show|coverage|bench ...`` (see ``claimgraph.metadata.tool``)."""

from .tool import main

raise SystemExit(main())
