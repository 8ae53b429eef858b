"""The Results page: headline figures, the per-zone and per-variant table, charts and exports."""
