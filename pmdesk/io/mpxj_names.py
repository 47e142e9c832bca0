"""The file types pmdesk reads and writes through MPXJ, and its Cancel, without the
converter: the File menu's filters need them at start-up, and mpxj_route (subprocess,
threads, queues) is imported when a file is converted.
"""

from __future__ import annotations

from pmdesk.io.result import InteropError

# What MPXJ's UniversalProjectReader recognises, by the extensions people's files carry.
# (.xml is pmdesk's own MSPDI reader's; a .xml that is P6 PMXML or Planner goes to MPXJ.)
IMPORT_NAMES = {
    ".mpp": "Microsoft Project",
    ".mpt": "Microsoft Project template",
    ".mpx": "MPX",
    ".xer": "Primavera P6 XER",
    ".pmxml": "Primavera P6 XML",
    ".pp": "Asta Powerproject",
    ".ppx": "Phoenix Project Manager",
    ".planner": "GNOME Planner",
    ".pod": "ProjectLibre",
    ".stx": "SureTrak",
    ".prx": "Primavera P3",
    ".fts": "FastTrack",
    ".cdpx": "ConceptDraw PROJECT",
    ".cdpz": "ConceptDraw PROJECT",
    ".cdp": "ConceptDraw PROJECT",
    ".sp": "Synchro",
    ".pep": "TurboProject",
    ".gnt": "GanttDesigner",
    ".sdef": "SDEF",
}
EXPORT_NAMES = {
    ".mpx": "MPX",
    ".xer": "Primavera P6 XER",
    ".pmxml": "Primavera P6 XML",
    ".planner": "GNOME Planner",
}


class ConversionCancelled(InteropError):
    """The user pressed Cancel while MPXJ was converting."""
