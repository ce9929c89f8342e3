"""Storage: one SQLite file, SQLAlchemy records, Alembic migrations, repositories of dataclasses.

Importing this package is cheap; SQLAlchemy is only imported by the modules that need it.
"""
