"""Scheduling engine: working-time calendars, CPM, constraints, progress."""
