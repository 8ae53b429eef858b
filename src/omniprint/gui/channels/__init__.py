"""The Channels page: print and online side by side."""
