"""The Plan page: campaign details, pieces and variants, zones, drops, totals and codes."""
