"""Pure-Python core: entities, operations and engines. Imports neither Qt nor SQLAlchemy."""
