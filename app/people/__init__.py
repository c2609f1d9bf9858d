"""Relationships: who Neiri talks with, across platforms, and how she feels about them."""

from app.people.store import (
    IdentityInfo,
    InvalidPersonError,
    PeopleImportError,
    PersonInfo,
    Relationships,
    parse_key,
)

__all__ = [
    "IdentityInfo",
    "InvalidPersonError",
    "PeopleImportError",
    "PersonInfo",
    "Relationships",
    "parse_key",
]
