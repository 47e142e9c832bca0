"""Printing: page setup, tiling, header/footer/legend and output to a printer, PDF, SVG or PNG,
shared by every view (ARCHITECTURE.md, "printing/").

Every page is painted in page units of 1/96 inch with pixel-sized fonts (``units.py``); the
painter's one scale takes that to the device, so 96, 300 and 1200 dpi give the same page.
Layer: ui > printing > gantt > models.
"""
