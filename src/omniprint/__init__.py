"""OmniPrint: measurable printed marketing for small businesses."""

__version__ = "0.1.0"
