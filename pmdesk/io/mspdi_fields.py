"""Which MSPDI elements pmdesk maps, which it derives itself, and their "nothing special" values.

A task, resource or assignment element not listed as mapped or derived, and holding more
than its default, is reported in the import's warnings: nothing is dropped silently.
"""

from __future__ import annotations

from pmdesk.io.mspdi_stream import skipping

# Task elements pmdesk maps onto its own fields.
TASK_MAPPED = frozenset(
    [
        "UID",
        "Name",
        "OutlineLevel",
        "Duration",
        "DurationFormat",
        "Milestone",
        "Manual",
        "ManualStart",
        "ManualFinish",
        "ManualDuration",
        "ConstraintType",
        "ConstraintDate",
        "Deadline",
        "CalendarUID",
        "Priority",
        "PercentComplete",
        "ActualStart",
        "ActualFinish",
        "FixedCost",
        "Notes",
        "IsNull",
        "Start",
        "Finish",
        "Summary",
        "Type",
        "IgnoreResourceCalendar",
        "LevelAssignments",
        "LevelingCanSplit",
        "ActualCost",
        "EarnedValueMethod",
        "PhysicalPercentComplete",
        "EffortDriven",
        "FixedCostAccrual",
        "LevelingDelay",
    ]
)
# Task elements pmdesk derives itself (from the hierarchy, the schedule or the assignments).
TASK_DERIVED = frozenset(
    [
        "ID",
        "GUID",
        "WBS",
        "WBSLevel",
        "OutlineNumber",
        "Critical",
        "EarlyStart",
        "EarlyFinish",
        "LateStart",
        "LateFinish",
        "StartSlack",
        "FinishSlack",
        "FreeSlack",
        "TotalSlack",
        "StartVariance",
        "FinishVariance",
        "WorkVariance",
        "CostVariance",
        "DurationVariance",
        "Cost",
        "Work",
        "RegularWork",
        "OvertimeWork",
        "OvertimeCost",
        "RemainingDuration",
        "RemainingWork",
        "RemainingCost",
        "RemainingOvertimeCost",
        "RemainingOvertimeWork",
        "ActualDuration",
        "ActualWork",
        "ActualOvertimeCost",
        "ActualOvertimeWork",
        "ActualWorkProtected",
        "ActualOvertimeWorkProtected",
        "ACWP",
        "BCWP",
        "BCWS",
        "CV",
        "SV",
        "VAC",
        "PercentWorkComplete",
        "OverAllocated",
        "ResumeValid",
        "Stop",
        "Resume",
        "DisplayAsSummary",
    ]
)
# Elements whose value here means "nothing special" (MS Project's defaults).
TASK_DEFAULTS = {
    "Active": "1",
    "IsPublished": "1",
    "Estimated": "0",  # the "?" MS Project shows after an estimated duration
    "Rollup": "0",
    "CreateDate": None,  # bookkeeping of MS Project
    "LevelingDelayFormat": None,
    "FreeformDurationFormat": None,
}
RESOURCE_MAPPED = frozenset(
    [
        "UID",
        "Name",
        "Type",
        "IsCostResource",
        "Initials",
        "Group",
        "EmailAddress",
        "MaxUnits",
        "StandardRate",
        "OvertimeRate",
        "CostPerUse",
        "CalendarUID",
        "IsNull",
        "MaterialLabel",
    ]
)
RESOURCE_DERIVED = frozenset(
    [
        "ID",
        "GUID",
        "PeakUnits",
        "OverAllocated",
        "Work",
        "RegularWork",
        "OvertimeWork",
        "ActualWork",
        "RemainingWork",
        "ActualOvertimeWork",
        "RemainingOvertimeWork",
        "PercentWorkComplete",
        "Cost",
        "OvertimeCost",
        "ActualCost",
        "ActualOvertimeCost",
        "RemainingCost",
        "RemainingOvertimeCost",
        "WorkVariance",
        "CostVariance",
        "SV",
        "CV",
        "ACWP",
        "BCWS",
        "BCWP",
        "ActualWorkProtected",
        "ActualOvertimeWorkProtected",
        "StandardRateFormat",
        "OvertimeRateFormat",
        "CreationDate",
        "Start",
        "Finish",
    ]
)
RESOURCE_DEFAULTS = {
    "CanLevel": "1",
    "AccrueAt": "3",
    "WorkGroup": "0",
    "BookingType": "0",
    "IsGeneric": "0",
    "IsInactive": "0",
    "IsEnterprise": "0",
    "IsBudget": "0",
}
ASSIGNMENT_MAPPED = frozenset(
    [
        "UID",
        "TaskUID",
        "ResourceUID",
        "Units",
        "Work",
        "WorkContour",
        "ActualWork",
        "OvertimeWork",
        "Delay",
        "Cost",
        "LevelingDelay",
    ]
)
ASSIGNMENT_DERIVED = frozenset(
    [
        "GUID",
        "PercentWorkComplete",
        "ActualCost",
        "ActualOvertimeCost",
        "ActualOvertimeWork",
        "ACWP",
        "CostVariance",
        "CV",
        "Finish",
        "FinishVariance",
        "WorkVariance",
        "Milestone",
        "Overallocated",
        "OvertimeCost",
        "PeakUnits",
        "RegularWork",
        "RemainingCost",
        "RemainingOvertimeCost",
        "RemainingOvertimeWork",
        "RemainingWork",
        "Start",
        "Stop",
        "Resume",
        "StartVariance",
        "UpdateNeeded",
        "VAC",
        "BCWS",
        "BCWP",
        "ActualWorkProtected",
        "ActualOvertimeWorkProtected",
        "CreationDate",
        "LevelingDelayFormat",
        "ActualStart",
        "ActualFinish",
        "BudgetCost",
        "BudgetWork",
    ]
)
ASSIGNMENT_DEFAULTS = {
    "HasFixedRateUnits": "1",
    "FixedMaterial": "0",
    "Confirmed": "0",
    "ResponsePending": "0",
    "BookingType": "0",
    "LinkedFields": "0",
    "CostRateTable": "0",
    "RateScale": None,
}
TASK_KNOWN = TASK_MAPPED | TASK_DERIVED | {"PredecessorLink", "Baseline", "ExtendedAttribute"}
RESOURCE_KNOWN = RESOURCE_MAPPED | RESOURCE_DERIVED | {"Rates"}
ASSIGNMENT_KNOWN = ASSIGNMENT_MAPPED | ASSIGNMENT_DERIVED | {"TimephasedData"}
# Elements holding the value the reader takes when they are absent (mspdi_elements), as
# Microsoft Project and pmdesk write them for every task: removed before parsing with the
# derived ones, they change nothing that is read. Listed only for names that mean the same
# wherever they occur inside a task (its links, baselines, custom fields): <Type>0</Type>
# is a fixed-units task but an FF link, so it is read.
TASK_ABSENT_VALUES = {
    **{tag: value for tag, value in TASK_DEFAULTS.items() if value is not None},
    "IsNull": "0",
    "Manual": "0",
    "Milestone": "0",
    "Summary": "0",
    "EffortDriven": "0",
    "Priority": "500",
    "DurationFormat": "7",  # days (a baseline's or custom field's format is not read)
    "ConstraintType": "0",
    "CalendarUID": "-1",
    "PercentComplete": "0",
    "PhysicalPercentComplete": "0",
    "EarnedValueMethod": "0",
    "FixedCost": "0",
    "FixedCostAccrual": "3",
    "ActualCost": "0",
    "Cost": "0",  # also a baseline's: absent reads as 0 there too
    "Work": "PT0H0M0S",
    "LevelAssignments": "1",
    "LevelingCanSplit": "1",
    "LevelingDelay": "0",
    "IgnoreResourceCalendar": "0",
    "CrossProject": "0",  # of a link (LagFormat 7 is not: directly in a task, it is noted)
    "LinkLag": "0",
    # Unmapped, and "0" is their "nothing special"
    "Recurring": "0",
    "IsSubproject": "0",
    "IsSubprojectReadOnly": "0",
    "ExternalTask": "0",
    "HideBar": "0",
    "CommitmentType": "0",
}
# ActualWork stays: PT0H0M0S is a typed actual, an absent one follows % complete.
ASSIGNMENT_ABSENT_VALUES = {
    **{tag: value for tag, value in ASSIGNMENT_DEFAULTS.items() if value is not None},
    "Units": "1",
    "WorkContour": "0",
    "Delay": "0",
    "LevelingDelay": "0",
    "OvertimeWork": "PT0H0M0S",
    "Cost": "0",
}
# Derived elements removed before parsing (never read). Cost and Work stay: a task's
# <Baseline> has children of those names, and they are read. (BCWS and BCWP are not.)
SKIPPED = {
    "Task": skipping(
        (TASK_DERIVED - {"Cost", "Work"})
        | {tag for tag, default in TASK_DEFAULTS.items() if default is None},
        TASK_ABSENT_VALUES,
    ),
    "Assignment": skipping(ASSIGNMENT_DERIVED - {"Start", "Finish"}, ASSIGNMENT_ABSENT_VALUES),
}
EMPTY_VALUES = frozenset({None, "", "0", "0.0", "0.00", "PT0H0M0S", "-PT0H0M0S"})

# Project properties mapped onto the Plan or its calendars.
PROJECT_MAPPED = frozenset(
    [
        "Name",
        "Title",
        "StartDate",
        "FinishDate",
        "ScheduleFromStart",
        "StatusDate",
        "CurrencyCode",
        "CalendarUID",
        "MinutesPerDay",
        "HoursPerDay",
        "MinutesPerWeek",
        "DaysPerMonth",
        "CreationDate",
        "LastSaved",
        "FYStartDate",
        "HonorConstraints",
        "MoveCompletedEndsBack",
        "MoveRemainingStartsBack",
        "MoveRemainingStartsForward",
        "MoveCompletedEndsForward",
        "EarnedValueMethod",
        "BaselineForEarnedValue",
    ]
)
PROJECT_DERIVED = frozenset(
    ["SaveVersion", "BuildNumber", "GUID", "CurrentDate", "ExtendedCreationDate"]
)
# Display-only sections of a Project 2010+ file (views, tables, filters...).
PROJECT_DISPLAY = frozenset(
    [
        "Views",
        "Filters",
        "Groups",
        "Tables",
        "Maps",
        "Reports",
        "Drawings",
        "DataLinks",
        "VBAProjects",
    ]
)

# Children of <Project> in the order of the MSPDI schema (mspdi_pj12.xsd and later).
PROJECT_ORDER = [
    "SaveVersion",
    "BuildNumber",
    "Name",
    "GUID",
    "Title",
    "Subject",
    "Category",
    "Company",
    "Manager",
    "Author",
    "CreationDate",
    "Revision",
    "LastSaved",
    "ScheduleFromStart",
    "StartDate",
    "FinishDate",
    "FYStartDate",
    "CriticalSlackLimit",
    "CurrencyDigits",
    "CurrencySymbol",
    "CurrencyCode",
    "CurrencySymbolPosition",
    "CalendarUID",
    "DefaultStartTime",
    "DefaultFinishTime",
    "MinutesPerDay",
    "MinutesPerWeek",
    "DaysPerMonth",
    "DefaultTaskType",
    "DefaultFixedCostAccrual",
    "DefaultStandardRate",
    "DefaultOvertimeRate",
    "DurationFormat",
    "WorkFormat",
    "EditableActualCosts",
    "HonorConstraints",
    "EarnedValueMethod",
    "InsertedProjectsLikeSummary",
    "MultipleCriticalPaths",
    "NewTasksEffortDriven",
    "NewTasksEstimated",
    "SplitsInProgressTasks",
    "SpreadActualCost",
    "SpreadPercentComplete",
    "TaskUpdatesResource",
    "FiscalYearStart",
    "WeekStartDay",
    "MoveCompletedEndsBack",
    "MoveRemainingStartsBack",
    "MoveRemainingStartsForward",
    "MoveCompletedEndsForward",
    "BaselineForEarnedValue",
    "AutoAddNewResourcesAndTasks",
    "StatusDate",
    "CurrentDate",
    "MicrosoftProjectServerURL",
    "Autolink",
    "NewTaskStartDate",
    "NewTasksAreManual",
    "DefaultTaskEVMethod",
    "ProjectExternallyEdited",
    "ExtendedCreationDate",
    "ActualsInSync",
    "RemoveFileProperties",
    "AdminProject",
    "UpdateManuallyScheduledTasksWhenEditingLinks",
    "KeepTaskOnNearestWorkingTimeWhenMadeAutoScheduled",
]
