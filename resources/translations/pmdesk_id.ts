<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name></name>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarEditor</name>
    <message>
        <source>Change Working Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Working Time for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;holidays...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (plan default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: a base calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change working time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Insert column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (calculated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Close the conflicts panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 conflict: choose it to go to its task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts: choose one to go to its task</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Exception details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;on-working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> month(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutiveTimeline</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutiveWorkspace</name>
    <message>
        <source>Executive timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the timeline as a 16:9 picture, to paste into a slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG / PDF / SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones and top-level summary tasks; choose others with “Show on timeline” in the task&apos;s information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GanttEditor</name>
    <message>
        <source>Edit links after drawing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert column...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GanttLegend</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <source>Select the tasks to zoom to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All subtasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;selected tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>Add holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subdivision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government / collective leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unofficial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catholic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the whole country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one holiday to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) will be added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Task dependency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lag such as 2d, 4h or 50%; a minus sign makes a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a .pmdb plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new plan from an MS Project XML, GanttProject or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this plan as MS Project XML, GanttProject, CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Set&amp;up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper, margins, scaling, columns, header, footer and legend of this view&apos;s printout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the %1 workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About pmdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;Information...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s name, dates, currency, calendar, options and statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Working Time...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit calendars, work weeks, exceptions and holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Role: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pmdesk already speaks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pmdesk will speak %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the conflicts and go to their tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use Save As to keep your work elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthPreview</name>
    <message>
        <source>Month preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: non-working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: working times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(exception %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCalendarDialog</name>
    <message>
        <source>Create New Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new &amp;base calendar from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;copy of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new calendar needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSetup</name>
    <message>
        <source>The paper must be one of A4, A3, Letter, Legal or Tabloid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins must be between 0 and 60 mm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of pages across or down must be between 1 and 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timescale must be days, weeks, months or quarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates must lie between the years 1900 and 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legend goes on every page, the last page, or none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageSetupDialog</name>
    <message>
        <source>Page Setup — {view}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins (left, top, right, bottom):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages wide by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timescale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates (empty: the whole plan):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the columns on every page across</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header and footer (left, centre, right):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;egend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the tasks&apos; &amp;notes after the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>row {row}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column “{key}”; the columns are {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This printout would take {count} pages; choose fewer pages across, a coarser timescale or a shorter date range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “{suffix}”: choose .png, .pdf or .svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG page at {dpi} dpi would be too large: ask for fewer dpi (600 or less for A3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — {view}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four actions (ERRC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no view “{key}” to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource usage by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit and loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue, cost and cumulative cash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectInfoDialog</name>
    <message>
        <source>Project Information: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Plan: Project Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project finish date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status date: progress is measured to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days per m&amp;onth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal &amp;year starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation options for this plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks will always honor their constraint dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move end of completed parts after status date back to status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and move start of remaining parts back to status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move start of remaining parts before status date forward to status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and move end of completed parts forward to status date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart date (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish date (computed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourcesWorkspace</name>
    <message>
        <source>Working time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the working time of the current resource: vacations, part-time weeks, its base calendar (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resource first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only work resources have working time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent complete: {percent}    Tasks: {tasks}    Milestones: {milestones}    Summary tasks: {summaries}    Resources: {resources} ({work} work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NA: not available (no baseline saved, or no progress yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskColumns</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WBS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constraint date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost variance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Scheduling ignores resource calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule on the task&apos;s calendar even where its resources&apos; calendars say they are not working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskIndicators</name>
    <message>
        <source>Constraint: %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishes on %1, after its deadline %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTableView</name>
    <message>
        <source>Insert column...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort descending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan order (by ID)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <source>Type a date, or press Escape.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageGrid</name>
    <message>
        <source>Load within max. units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-allocated (red figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkWeekEditor</name>
    <message>
        <source>As the base calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>08:00-12:00, 13:00-17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working times of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Roadmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gantt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pmdesk</name>
    <message>
        <source>This is the windowed pmdesk, which cannot print; run the command with the console program beside it: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pmdesk: handed over to the pmdesk already running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
