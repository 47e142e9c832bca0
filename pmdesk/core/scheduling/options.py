"""The plan's calculation options, MS Project's "Calculation options for this project" and
"Tasks will always honor their constraint dates", as stored in ``Plan.settings`` (the engine's
reading; io/mspdi_project.py carries them through MSPDI).

HonorConstraints in MSPDI is read as documented (PublishedProject.HonorConstraints: "True if
scheduling constraints take precedence over dependencies"). Counter-evidence kept in view: the
.mpp format stores the opposite bit (MPXJ's MPP readers invert Props.HONOR_CONSTRAINTS), and
the Project 2016/2019 files in ../shared/fixtures/interop/ carry 0, which with the documented
meaning says their authors had the option off; none of them has a constraint it changes."""

from __future__ import annotations

# Key -> default. The defaults are MS Project's: constraints honored, the four status-date
# options off (File > Options > Schedule / Advanced in Project 2010 and later).
DEFAULTS: dict[str, bool] = {
    "honor_constraints": True,
    "move_completed_ends_back": False,
    "move_remaining_starts_back": False,
    "move_remaining_starts_forward": False,
    "move_completed_ends_forward": False,
}

# The MSPDI <Project> element of each option (the schema's names).
MSPDI_ELEMENTS: dict[str, str] = {
    "honor_constraints": "HonorConstraints",
    "move_completed_ends_back": "MoveCompletedEndsBack",
    "move_remaining_starts_back": "MoveRemainingStartsBack",
    "move_remaining_starts_forward": "MoveRemainingStartsForward",
    "move_completed_ends_forward": "MoveCompletedEndsForward",
}


def calculation_options(settings: dict | None) -> dict[str, bool]:
    """Every option with its value from ``settings``; a missing or non-boolean value means
    the default (a hand-edited file cannot make the engine fail)."""
    found = dict(DEFAULTS)
    if isinstance(settings, dict):
        for key, default in DEFAULTS.items():
            value = settings.get(key, default)
            found[key] = value if isinstance(value, bool) else default
    return found
