"""Neiri's SQLite file: conversation turns, people, interactions and the audit logs."""

from app.storage.database import BaseModel, Database, db

__all__ = ["BaseModel", "Database", "db"]
