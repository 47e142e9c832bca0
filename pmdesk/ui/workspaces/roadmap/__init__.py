"""The Roadmap workspace: board (lanes x horizons), timeline, scored table and bubble chart.

Registered in pmdesk.ui.workspaces.WIDGETS as "pmdesk.ui.workspaces.roadmap.workspace:RoadmapWorkspace".
"""
