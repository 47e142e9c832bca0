"""The .pmdb store: SQLModel tables, row <-> entity mapping, safe open/save, locks, recovery.

For the CLI and importers: ``pmdb.load_plan(path)``, ``pmdb.save_plan(data, path)`` and
``pmdb.check_pmdb(path)``. For an open plan: ``pmdb.WorkingCopy`` (``open``, ``new``,
``recover``; ``write_change`` for every PlanData Change; ``save``, ``save_copy``,
``changed_on_disk``, ``autosave``, ``close``). Every user error is a ``pmdb.PmdbError``.

Modules: schema.py (tables), mapping.py (rows <-> entities, portable Core), fileformat.py
(header check, page checksums), image.py (in-memory working copies, untrusted-file checks),
filesave.py (atomic replace), lock.py, recovery.py, migrations.py, errors.py.
"""
