"""The print settings a face offers (modes, print shops, sheets, duplex, PDF/X versions).

The faces choose these values and hand a `PrintOptions` to `services.printing`; they name them
through this module so that the GUI and the CLI depend on the services, never on `render`
(tests/house/test_layers.py), and `render` can reorganise its modules without touching a face.
"""

from __future__ import annotations

from omniprint.render.impose import SHEETS
from omniprint.render.pdf import DUPLEX, MODES, SHOPS, PrintOptions
from omniprint.render.pdfx import PDFX_VERSIONS

__all__ = ["DUPLEX", "MODES", "PDFX_VERSIONS", "SHEETS", "SHOPS", "PrintOptions"]
