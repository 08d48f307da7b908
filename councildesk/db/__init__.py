"""Persistence: SQLAlchemy models, the engine factory, migrations and the approval lock."""
