"""Importing what came back: the import wizard and the list of imported files."""
