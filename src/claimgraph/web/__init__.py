"""The web UI and JSON API (`claimgraph serve`): FastAPI over a read-only database."""
