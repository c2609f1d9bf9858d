"""Family-friendly moderation for a live stream: word lists, anti-repetition, leak checks.

See :mod:`app.moderation.filter` (viewer input and her speech) and
:mod:`app.moderation.repetition` (not saying the same thing twice).
"""

from app.moderation.filter import (
    LISTS_DIR,
    ModerationConfigError,
    Moderator,
    Verdict,
    looks_like_leak,
)
from app.moderation.repetition import RepetitionGuard

__all__ = [
    "LISTS_DIR",
    "ModerationConfigError",
    "Moderator",
    "RepetitionGuard",
    "Verdict",
    "looks_like_leak",
]
