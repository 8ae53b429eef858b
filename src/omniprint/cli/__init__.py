"""The command-line face of the services."""
