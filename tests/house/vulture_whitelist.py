"""Names vulture reports that are used after all (house/test_dead_code.py passes this file to it).

Qt calls these overrides with their parameters whether or not our code reads them.
"""
# ruff: noqa: B018, F821

option  # QGraphicsItem.paint(painter, option, widget): gui/designer/canvas.py, items.py
disambiguation  # QTranslator.translate(context, source, disambiguation, n): gui/i18n.py
