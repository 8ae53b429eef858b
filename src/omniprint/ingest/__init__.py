"""Reading what comes back: CSV dialects, encodings, numbers, dates, presets of known exports."""
