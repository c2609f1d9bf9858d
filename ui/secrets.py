"""Secrets (the LLM API key, the server token) in the system keyring.

Where a real keyring backend is available (Secret Service, KWallet, the macOS
Keychain, the Windows Credential Locker), the secrets live there under the service
name ``neiri`` and the settings file keeps an empty value. Where there is none
(keyring's ``fail`` or ``null`` backend, or a chainer with no backends), they stay
in the settings file, which :func:`app.config.store.save_settings` creates readable
by its owner only; :func:`keyring_status` says which, so the UI can tell the user.

Every secret this module sees is registered with :func:`app.logs.register_secret`,
so it is masked wherever it would otherwise reach a log line.

Keyring calls can block (a locked Secret Service asks the user to unlock it), so
the UI calls these functions from a worker thread, never on the Qt thread.

After :func:`app.config.store.load_settings`, the app calls
:func:`apply_stored_secrets` to fill the empty secret fields from the keyring.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass

from pydantic import SecretStr

from app.config.settings import Settings
from app.logs import register_secret

SERVICE = "neiri"

SECRET_FIELDS: tuple[tuple[str, str], ...] = (("llm", "api_key"), ("server", "token"))
"""(section, field) of every secret in :class:`Settings`; its keyring name is
``"<section>.<field>"``."""

SECRET_NAMES: tuple[str, ...] = tuple(f"{section}.{key}" for section, key in SECRET_FIELDS)

_UNUSABLE_BACKENDS = ("keyring.backends.fail", "keyring.backends.null")


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    available: bool
    backend: str
    """Class name of the backend, e.g. ``SecretService.Keyring``."""
    reason: str = ""
    """Why it is unavailable (empty when available)."""


_status_lock = threading.Lock()
_status: KeyringStatus | None = None


def keyring_status(*, refresh: bool = False) -> KeyringStatus:
    """Whether a usable keyring backend exists (cached; ``refresh`` asks again)."""
    global _status
    with _status_lock:
        if _status is None or refresh:
            _status = _detect()
        return _status


def reset_keyring_status() -> None:
    """Forget the cached backend (after ``keyring.set_keyring`` in tests)."""
    global _status
    with _status_lock:
        _status = None


def keyring_available() -> bool:
    return keyring_status().available


def _detect() -> KeyringStatus:
    try:
        import keyring
        from keyring.backends import chainer
    except Exception as exc:  # the package is missing or broken
        return KeyringStatus(False, "none", f"the keyring package cannot be used: {exc}")
    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        return KeyringStatus(False, "none", f"no keyring backend could start: {exc}")
    name = f"{type(backend).__module__.rsplit('.', 1)[-1]}.{type(backend).__name__}"
    if type(backend).__module__ in _UNUSABLE_BACKENDS:
        return KeyringStatus(False, name, "no system keyring is available")
    if isinstance(backend, chainer.ChainerBackend):
        usable = [
            b
            for b in getattr(backend, "backends", [])
            if type(b).__module__ not in _UNUSABLE_BACKENDS
        ]
        if not usable:
            return KeyringStatus(False, name, "no system keyring is available")
    return KeyringStatus(True, name)


def store_secret(name: str, value: str | None) -> bool:
    """Put ``value`` in the keyring under ``name`` (an empty value deletes it).

    Returns True when the keyring holds it now; False when there is no usable keyring
    or it refused, and the caller must keep the value in the settings file. The value
    is registered for masking in the logs either way."""
    register_secret(value)
    if not keyring_available():
        return False
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        if value:
            keyring.set_password(SERVICE, name, value)
        else:
            with contextlib.suppress(PasswordDeleteError):  # there was nothing to delete
                keyring.delete_password(SERVICE, name)
    except (KeyringError, OSError, RuntimeError):
        return False
    return True


def load_secret(name: str) -> str | None:
    """The secret ``name`` from the keyring, or None (no keyring, nothing stored, or the
    keyring refused). A found value is registered for masking in the logs."""
    if not keyring_available():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(SERVICE, name)
    except (KeyringError, OSError, RuntimeError):
        return None
    register_secret(value)
    return value or None


def secret_value(settings: Settings, name: str) -> str | None:
    """The plain value of the secret ``name`` (``llm.api_key``) in ``settings``."""
    section, key = name.split(".", 1)
    value = getattr(getattr(settings, section), key, None)
    if isinstance(value, SecretStr):
        value = value.get_secret_value()
    return value or None


def register_settings_secrets(settings: Settings) -> None:
    """Register every secret held in ``settings`` for masking in the logs."""
    for name in SECRET_NAMES:
        register_secret(secret_value(settings, name))


def apply_stored_secrets(settings: Settings) -> Settings:
    """A copy of ``settings`` whose empty secret fields are filled from the keyring.
    Blocking (keyring); call it off the Qt thread."""
    result = settings.model_copy(deep=True)
    register_settings_secrets(result)
    for name in SECRET_NAMES:
        if secret_value(result, name) is None:
            stored = load_secret(name)
            if stored:
                section, key = name.split(".", 1)
                setattr(getattr(result, section), key, SecretStr(stored))
    return result


def without_secrets(settings: Settings, names: tuple[str, ...] = SECRET_NAMES) -> Settings:
    """A copy of ``settings`` with the secrets ``names`` emptied (they live in the keyring)."""
    result = settings.model_copy(deep=True)
    for name in names:
        section, key = name.split(".", 1)
        setattr(getattr(result, section), key, None)
    return result
