"""claimgraph: who claims what, who supports or denies it, and when — from piles of news articles."""

__version__ = "0.1.0"
