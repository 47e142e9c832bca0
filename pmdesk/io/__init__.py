"""Import and export: MSPDI XML, GanttProject .gan, CSV, XLSX."""
