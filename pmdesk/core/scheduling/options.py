"""The plan's calculation options, MS Project's "Calculation options for this project" and
"Tasks will always honor their constraint dates", as stored in ``Plan.settings`` (the engine's
reading; io/mspdi_project.py carries them through MSPDI).

MSPDI HonorConstraints is read and written as MS Project writes it: 0 = the option ON, 1 =
off, the other way round from the element's name. Evidence, strongest first:
- every MSPDI file MS Project wrote that we have carries 0: the Project 2016 and 2019 files
  in ../shared/fixtures/interop/ and MPXJ's generated corpus (e.g. joniles/mpxj
  junit/data/generated/task-dates/task-dates-project2019-mspdi.xml, build 16.0.10730),
  while the option is on by default in every Project since 2000 and nothing in those files
  turns it off; a documented 1-for-on would make each of them a project with honoring off;
- the .mpp format stores the same bit inverted: MPXJ's MPP readers (MPP9/12/14Reader) do
  setHonorConstraints(!props.getBoolean(Props.HONOR_CONSTRAINTS)), i.e. a stored 0 is
  "honor"; the MSPDI element carries that stored bit.
Counter-evidence kept in view: the schema's element name and PublishedProject.HonorConstraints
("True if scheduling constraints take precedence over dependencies") read 1 as on, and MPXJ's
MSPDIReader/MSPDIWriter map the element directly (properties.setHonorConstraints(
project.isHonorConstraints()); checked by running MPXJ 16.10: it reads those fixtures as
False and writes 1 for True), so a file MPXJ converted from an .mpp with the option on
carries 1 and is read here as off. A textual "true"/"false" (not what MS Project writes) is
read by its name. None of the fixtures has a constraint the option changes, so their dates
come out the same either way (tests/unit/io/test_ms_project_dates.py).
"""

from __future__ import annotations

from typing import Any

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


def calculation_options(settings: dict[str, Any] | None) -> dict[str, bool]:
    """Every option with its value from ``settings``; a missing or non-boolean value means
    the default (a hand-edited file cannot make the engine fail)."""
    found = dict(DEFAULTS)
    if isinstance(settings, dict):
        for key, default in DEFAULTS.items():
            value = settings.get(key, default)
            found[key] = value if isinstance(value, bool) else default
    return found
