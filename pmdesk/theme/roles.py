"""Every colour the painters use, named by what it means, as (light, dark) pairs.

The one place colour literals live (a test keeps it so). A painter asks for a role
(``theme.colour("grid")``), never for a shade, so a dark desktop theme and paper each get the
right one. Dark values keep text at least as far from its background as the light ones do;
fills that only mark a state (selection, warnings) are the same hue, darker. Colours with a
transparency are written #AARRGGBB as QColor reads them.
"""

from __future__ import annotations

ROLES: dict[str, tuple[str, str]] = {
    # Surfaces
    "background": ("#ffffff", "#1f2226"),  # a painted view's or chart's background
    "panel": ("#f4f6f9", "#262a2f"),  # the board behind cards, a canvas's side panel
    "block": ("#f7f9fb", "#23272c"),  # a business-model-canvas block
    "cell": ("#eef1f5", "#2a2e34"),  # a board cell, a timeline lane's header
    "parked": ("#e9e9ec", "#2c2d31"),  # the "parked" column
    "header_background": ("#ffffff", "#2a2e33"),
    "card": ("#ffffff", "#30353b"),
    "card_border": ("#cfd6de", "#4a5058"),
    "shadow": ("#1c141e32", "#66000000"),
    "band": ("#f4f6f9", "#262a2f"),  # an alternate band of a canvas
    "stripe": ("#f8f9fb", "#23272c"),  # the timeline's every-other period
    "tile": ("#f6f8fa", "#2a2e33"),  # a KPI tile
    "tile_border": ("#e3e8ee", "#3a4047"),
    # Lines
    "grid": ("#dde2e8", "#3a4047"),
    "grid_faint": ("#e3e8ee", "#363b42"),
    "axis": ("#9aa5b1", "#7b8794"),
    "divider": ("#cbd2d9", "#4a5058"),
    "header_line": ("#c8c8c8", "#4a5058"),
    # Text
    "text": ("#1f2933", "#e6e8eb"),
    "muted_text": ("#616e7c", "#a0a8b3"),
    "caption": ("#52606d", "#aab4be"),  # hints and captions under a view
    "faint_text": ("#7b8794", "#8b939c"),  # quadrant names, notes in a chart
    "disabled_text": ("#9aa5b1", "#6e7681"),
    "heading_text": ("#404040", "#d0d5da"),
    "on_accent": ("#ffffff", "#ffffff"),  # text on a saturated fill (badge, bar)
    "text_on_light": ("#1f2933", "#1f2933"),  # text on a light fill the user chose
    # States
    "selection": ("#2f6fde", "#5b9bff"),
    "selection_fill": ("#1a2f6fde", "#335b9bff"),
    "drop_fill": ("#282f6fde", "#4c5b9bff"),
    "hover_fill": ("#122f6fde", "#265b9bff"),
    "drag_shade": ("#28141e32", "#50000000"),
    "selected_row": ("#dce7fb", "#2b3f5c"),
    "selected_cell": ("#e6eef8", "#2b3f5c"),
    "search_highlight": ("#fff3c4", "#4a4220"),
    "chart_highlight": ("#6effeca0", "#40ffdc64"),
    "current_cell": ("#1f4e79", "#8cb8e8"),  # the current cell's frame, dark as MS Project's
    "link_highlight": ("#f0a30a", "#f0a30a"),
    "warning": ("#e07b00", "#f0a040"),
    "warning_text": ("#b35c00", "#f0a040"),
    "amber_text": ("#9a5b00", "#e0a94a"),
    "undated_band": ("#fff4e0", "#3a3222"),
    "undated_text": ("#8a5a00", "#e0b060"),
    "error_text": ("#a12d2a", "#ff8a80"),
    "error_banner": ("#fdecea", "#4a2624"),
    "error_banner_text": ("#7a1f1c", "#ffb4ab"),
    "info_banner": ("#fff6e0", "#3a3222"),
    "info_banner_text": ("#5c4200", "#f0c674"),
    "done_banner": ("#e8f4ea", "#1f3a26"),
    "done_banner_text": ("#1e5128", "#9be0a8"),
    "editor_background": ("#ffffff", "#1f2226"),
    # Money and judgement
    "negative": ("#c0392b", "#ff7b72"),  # a loss, an over-allocation, a critical task's text
    "positive": ("#2f855a", "#56d364"),
    "caution": ("#b7791f", "#e0a94a"),
    "override_text": ("#1d4ed8", "#79a8ff"),
    "override_background": ("#fff4d6", "#fff4d6"),  # tinted by row_tint on dark
    "pnl_heading": ("#eef2f7", "#eef2f7"),
    "pnl_total": ("#f6f8fa", "#f6f8fa"),
    "pnl_result": ("#e8f0fb", "#e8f0fb"),
    # Roadmap
    "status_idea": ("#9aa5b1", "#8794a2"),
    "status_planned": ("#4e79a7", "#6d9bd0"),
    "status_in_progress": ("#e8a33d", "#e8a33d"),
    "status_at_risk": ("#d9534f", "#ef6b66"),
    "status_done": ("#59a14f", "#6bb860"),
    "slip": ("#d64541", "#ff6b64"),
    "today": ("#d64541", "#ff6b64"),
    "forecast": ("#2e7d4f", "#4fb36b"),
    "tag_background": ("#e7ecf3", "#343a42"),
    "tag_text": ("#3e4c59", "#c9d1d9"),
    "progress_track": ("#e3e8ee", "#3a4047"),
    "progress_fill": ("#3f9c5a", "#4fb36b"),
    "badge": ("#233043", "#4a6285"),
    "badge_unscored": ("#c5ccd6", "#59626d"),
    "retired_text": ("#a0a8b3", "#6e7681"),
    # Strategy canvas (ERRC actions)
    "errc_eliminate": ("#d64541", "#ff6b64"),
    "errc_reduce": ("#e8a33d", "#e8a33d"),
    "errc_raise": ("#3f9c5a", "#4fb36b"),
    "errc_create": ("#2f6fde", "#5b9bff"),
    "errc_none": ("#9aa5b1", "#8794a2"),
    # Gantt bars
    "bar": ("#4a86c5", "#4a86c5"),
    "bar_edge": ("#2f5f91", "#2f5f91"),
    "critical": ("#d9534f", "#d9534f"),
    "critical_edge": ("#a12d2a", "#a12d2a"),
    "bar_progress": ("#1f3f66", "#a9cdf0"),
    "critical_progress": ("#7a1f1c", "#7a1f1c"),
    "manual_bar": ("#8fb3d9", "#8fb3d9"),
    "summary": ("#333a40", "#c9d1d9"),
    "milestone": ("#3b4a59", "#d0d7de"),
    "baseline": ("#a8a8a8", "#6e7681"),
    "link": ("#50606f", "#8b98a5"),
    "critical_link": ("#c0392b", "#ff7b72"),
    "bar_label": ("#2b2b2b", "#e6e8eb"),
    "label_backing": ("#c8ffffff", "#c81f2226"),
    "deadline": ("#2e8b57", "#4fb36b"),
    "constraint": ("#8e44ad", "#b07ad0"),
    # Time-scaled charts (Gantt): background, non-working time, grid, header
    "nonworking": ("#eceef1", "#272b30"),
    "chart_grid": ("#dee1e5", "#363b42"),
    "chart_header": ("#f6f7f9", "#2a2e33"),
    "chart_header_text": ("#282828", "#dde1e6"),
    "chart_header_line": ("#c8ccd1", "#4a5058"),
    "today_line": ("#e67e22", "#f39c4a"),
    "status_date_line": ("#2980b9", "#5dade2"),
    # Executive timeline
    "timeline_axis": ("#d5dbe3", "#3a4047"),
    "timeline_axis_text": ("#3a4450", "#c9d1d9"),
    "timeline_leader": ("#8593a3", "#6e7681"),
    "timeline_milestone": ("#2d3e50", "#d0d7de"),
    # Tracking Gantt
    "remaining": ("#9dc3ea", "#6d9bd0"),
    "critical_remaining": ("#f1a9a7", "#c96a66"),
    "done": ("#2f5f91", "#a9cdf0"),
    "tracking_baseline": ("#b9bec6", "#59626d"),
    "tracking_baseline_edge": ("#8c939c", "#8b939c"),
    "progress_line": ("#b0127e", "#e05ab8"),  # magenta: apart from the critical path's red
    "slippage": ("#3e4c59", "#aab4be"),
    # Resource usage
    "usage_grid": ("#e3e3e3", "#363b42"),
    "usage_header": ("#f4f5f7", "#2a2e33"),
    "usage_bar": ("#b9cde4", "#34506f"),  # the Gantt's blue, light: load within max. units
    "usage_bar_edge": ("#4e79a7", "#6d9bd0"),
    "over_bar": ("#f2b8b0", "#6b3430"),
    "over_edge": ("#c0392b", "#ff7b72"),
    "over_text": ("#a93226", "#ff8a80"),
    "max_line": ("#555555", "#b0b6bd"),
    "time_off": ("#ecd6c4", "#4a3a2e"),
    "table_selection": ("#cfe0f5", "#2f4f78"),
    "table_alternate": ("#f7f8fa", "#262a2f"),
    # Calendar preview
    "nonworking_day": ("#d6d9de", "#3a3f45"),
    "exception_off": ("#e7aa8c", "#6b4030"),
    "exception_work": ("#a0c4f0", "#2f4f78"),
    "other_month_text": ("#969696", "#6e7681"),
    "swatch_border": ("#888888", "#8b939c"),
    # Charts (matplotlib series)
    "revenue": ("#2f855a", "#56d364"),
    "cost": ("#c05621", "#e8844a"),
    "cash": ("#2b6cb0", "#6cb4ff"),
    "planned_value": ("#4e79a7", "#79a8e0"),
    "earned_value": ("#2f855a", "#56d364"),
    "actual_cost": ("#c05621", "#e8844a"),
    "status_line": ("#6b7280", "#9ca3af"),
    "histogram": ("#9fb3c8", "#51657a"),
    "curve": ("#2b6cb0", "#6cb4ff"),
}

# Colours a user gives to lanes, offerings and notes: data stored in the plan, the same on
# every screen and on paper (a lane is "the blue one" for everyone in the meeting).
LANE_COLOURS = (
    "#4e79a7",
    "#59a14f",
    "#f28e2b",
    "#b07aa1",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#9c755f",
)
OFFERING_COLOURS = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#b07aa1",
    "#edc948",
    "#9c755f",
    "#ff9da7",
    "#76b7b2",
)
DEFAULT_DATA_COLOUR = "#4e79a7"
NO_LANE_COLOUR = "#9aa5b1"
# The executive timeline's bars, one colour per bar in turn (saturated: readable on both).
TIMELINE_BAR_COLOURS = (
    "#4e79a7",
    "#59a14f",
    "#f28e2b",
    "#76b7b2",
    "#af7aa1",
    "#edc948",
    "#9c755f",
    "#e15759",
)

# A dark desktop theme's palette (QPalette role: colour), for `pmdesk screenshot --palette
# dark` and tests: the offscreen platform has no system theme to ask.
DARK_PALETTE = {
    "Window": "#2b2e33",
    "WindowText": "#e6e8eb",
    "Base": "#1f2226",
    "AlternateBase": "#262a2f",
    "ToolTipBase": "#33373d",
    "ToolTipText": "#e6e8eb",
    "Text": "#e6e8eb",
    "Button": "#33373d",
    "ButtonText": "#e6e8eb",
    "BrightText": "#ff6b6b",
    "Highlight": "#2f6fb3",
    "HighlightedText": "#ffffff",
    "Link": "#6cb4ff",
    "PlaceholderText": "#8b929a",
    "Light": "#3d4248",
    "Midlight": "#363a40",
    "Mid": "#2a2d32",
    "Dark": "#1a1c1f",
    "Shadow": "#0d0e10",
}
DARK_PALETTE_DISABLED_TEXT = "#7b8189"
