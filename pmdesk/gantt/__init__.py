"""Gantt chart: time grid, row controller, bar painter, chart view, interactions, editor."""
