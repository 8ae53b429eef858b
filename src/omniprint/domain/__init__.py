"""Pure rules and dataclasses: no I/O, no Qt, no PDF."""
