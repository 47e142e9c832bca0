"""The P&L sheet tab: scenario selector, KPIs, the sheet with a frozen first column, a line
editor, a chart of revenue vs cost and cumulative cash, CSV export."""
