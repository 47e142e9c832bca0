"""The Strategy canvas tab: value curves, the ERRC grid and the business model canvas."""
