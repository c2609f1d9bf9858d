"""Loading, migrating and saving ``settings.yaml``.

Loading never fails and never destroys the user's file:

* missing file: defaults, ``first_run=True``, no problem reported;
* unreadable file or YAML syntax error: one problem (file and line), defaults;
* invalid values: each bad value is dropped and reported (file, line, dotted field),
  every valid value, section and unknown key is kept;
* older ``version`` (none at all counts as 0): the data goes through the
  :data:`MIGRATIONS` chain; if the result is clean, the original is copied to
  ``settings.yaml.bak`` and the migrated settings are written back;
* newer ``version``: a "made by a newer Neiri" problem, whatever validates is used.

The save guard
--------------
Whenever a load reports a problem, the file holds something the user wrote that
this Neiri could not fully read. Writing the in-memory settings over it would
silently replace the user's text with defaults, so the file's resolved path goes
into a module-level registry of blocked paths, together with the reason.
:func:`save_settings` refuses (:class:`SettingsSaveRefused`) to write a blocked
path unless called with ``force=True`` (the user confirmed overwriting it in the
UI). The block is lifted by a later clean load of the same file (the user fixed
it) or by a forced save. The registry is keyed by path rather than stored only on
the :class:`LoadResult` because the code that saves (a settings dialog, a
shutdown hook) usually does not hold the result of the load; the result still
reports the state in ``save_blocked`` and :func:`save_blocked_reason` answers for
any path.
"""

from __future__ import annotations

import contextlib
import copy
import os
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from app.config.settings import SETTINGS_VERSION, Settings, settings_to_data
from app.config.validation import explain_error
from app.core.messages import Message, joined, msg

KeyPath = tuple[Any, ...]
Migration = Callable[[dict[Any, Any]], dict[Any, Any]]


class SettingsError(Exception):
    """Base class for settings errors that callers may want to catch."""


class SettingsSaveRefused(SettingsError):
    """``save_settings`` would overwrite a file that did not load cleanly."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(msg("not overwriting {path}: {reason}", path=str(path), reason=reason))
        self.path = path
        self.reason = reason


@dataclass(frozen=True, slots=True)
class SettingsProblem:
    """One thing wrong with a settings file, with where it is."""

    file: Path
    line: int | None  # 1-based; None when the problem has no place in the file
    field: str | None  # dotted path such as "llm.temperature"; None for the whole file
    message: str  # usually a Message (app.core.messages): the interface translates it

    def __str__(self) -> str:
        return format_problem(self)


@dataclass(slots=True)
class LoadResult:
    settings: Settings
    path: Path
    errors: list[SettingsProblem] = field(default_factory=list)
    migrated: bool = False
    """The file had an older version and was migrated (in memory, and on disk
    when ``backup_file`` is set)."""
    used_defaults: bool = False
    """Some or all values come from the defaults instead of the file (missing file,
    unreadable file, or invalid values that were dropped)."""
    first_run: bool = False
    """There was no settings file."""
    from_version: int | None = None
    """The ``version`` found in the file (0 when it had none)."""
    backup_file: Path | None = None
    """Where the original was copied before the migrated file was written."""
    save_blocked: bool = False
    """``save_settings`` refuses to overwrite this file unless ``force=True``."""

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def problems(self) -> list[SettingsProblem]:
        """Same list as ``errors``."""
        return self.errors


# --- problems ----------------------------------------------------------------------


def format_problem(problem: SettingsProblem, *, full_path: bool = False) -> Message:
    """``settings.yaml line 12: llm.temperature: Must be at most 2.``"""
    name = str(problem.file) if full_path else problem.file.name
    return describe_place(name, problem.line, problem.field, problem.message)


def describe_place(file: str, line: int | None, field: str | None, reason: str) -> Message:
    """``<file> line <n>: <field>: <reason>``, the line and field only when known (also
    for the problems of other files, such as a character's)."""
    if line is not None and field:
        return msg(
            "{file} line {line}: {field}: {reason}",
            file=file,
            line=line,
            field=field,
            reason=reason,
        )
    if line is not None:
        return msg("{file} line {line}: {reason}", file=file, line=line, reason=reason)
    if field:
        return msg("{file}: {field}: {reason}", file=file, field=field, reason=reason)
    return msg("{file}: {reason}", file=file, reason=reason)


def format_problems(problems: Iterable[SettingsProblem], *, full_path: bool = False) -> str:
    """One line per problem, ready for a dialog or the console."""
    return "\n".join(format_problem(p, full_path=full_path) for p in problems)


# --- YAML with line numbers ----------------------------------------------------------


def load_yaml_with_lines(text: str) -> tuple[Any, dict[KeyPath, int]]:
    """Parse one YAML document safely and map each mapping key / list item, by its
    path of keys, to its 1-based line. Raises ``yaml.YAMLError`` on bad syntax."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        data = loader.construct_document(node)
        lines: dict[KeyPath, int] = {}
        _index_lines(loader, node, (), lines, set())
        return data, lines
    finally:
        loader.dispose()


def _index_lines(
    loader: yaml.SafeLoader,
    node: yaml.Node,
    prefix: KeyPath,
    lines: dict[KeyPath, int],
    active: set[int],
) -> None:
    if id(node) in active:  # a recursive alias
        return
    active.add(id(node))
    try:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    continue
                try:
                    key = loader.construct_object(key_node)
                    path = (*prefix, key)
                    hash(path)
                except (yaml.YAMLError, TypeError):
                    continue
                lines.setdefault(path, key_node.start_mark.line + 1)
                _index_lines(loader, value_node, path, lines, active)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                path = (*prefix, index)
                lines.setdefault(path, item.start_mark.line + 1)
                _index_lines(loader, item, path, lines, active)
    finally:
        active.discard(id(node))


def describe_yaml_error(exc: yaml.MarkedYAMLError) -> tuple[int | None, str]:
    """The 1-based line of a YAML syntax error and a one-line description, e.g.
    ``(5, "found unexpected end of stream (while scanning a quoted scalar on line 3)")``."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else None
    what = exc.problem or exc.context or "syntax error"
    if exc.problem and exc.context:
        where = exc.context_mark.line + 1 if exc.context_mark else None
        if where is not None and where != line:
            what = f"{what} ({exc.context} on line {where})"
        else:
            what = f"{what} ({exc.context})"
    return line, what


def line_of(lines: dict[KeyPath, int], path: KeyPath) -> int | None:
    """The line of ``path``, or of its nearest ancestor found in the file."""
    for size in range(len(path), 0, -1):
        line = lines.get(tuple(path[:size]))
        if line is not None:
            return line
    return None


def dotted(path: KeyPath) -> str:
    return ".".join(str(part) for part in path)


# --- migrations --------------------------------------------------------------------

_V0_MOVES: dict[str, tuple[str, str]] = {
    "ollama_url": ("llm", "base_url"),
    "ollama_model": ("llm", "model"),
    "whisper_model": ("asr", "model"),
    "whisper_language": ("asr", "language"),
    "input_device": ("audio", "input_device"),
    "output_device": ("audio", "output_device"),
    "voice": ("tts", "voice"),
    "log_level": ("logging", "level"),
}


def _migrate_0_to_1(data: dict[Any, Any]) -> dict[Any, Any]:
    """Version 0 (files without ``version``) kept some options as flat top-level keys
    (``ollama_url: ...``). Move each into its section. A value already present in
    the section wins over the old flat key. Every other key is left alone."""
    for old_key, (section, key) in _V0_MOVES.items():
        if old_key not in data:
            continue
        target = data.get(section)
        if target is None:
            target = data[section] = {}
        if not isinstance(target, dict):
            continue  # leave the flat key; validation reports the broken section
        value = data.pop(old_key)
        target.setdefault(key, value)
    return data


MIGRATIONS: dict[int, Migration] = {
    0: _migrate_0_to_1,
}
"""``MIGRATIONS[n]`` turns version-``n`` data into version ``n + 1`` data."""


def migrate(data: dict[Any, Any], from_version: int) -> dict[Any, Any]:
    """Run the migration chain from ``from_version`` to :data:`SETTINGS_VERSION`
    on a copy of ``data``."""
    result = copy.deepcopy(data)
    for version in range(from_version, SETTINGS_VERSION):
        step = MIGRATIONS.get(version)
        if step is None:
            raise SettingsError(f"there is no migration from settings version {version}")
        result = step(result)
        result["version"] = version + 1
    return result


# --- the save guard ------------------------------------------------------------------

_guard_lock = threading.Lock()
_blocked_paths: dict[str, str] = {}


def _guard_key(path: Path) -> str:
    return os.path.normcase(str(path.expanduser().resolve()))


def _block(path: Path, reason: str) -> None:
    with _guard_lock:
        _blocked_paths[_guard_key(path)] = reason


def _unblock(path: Path) -> None:
    with _guard_lock:
        _blocked_paths.pop(_guard_key(path), None)


def save_blocked_reason(path: str | os.PathLike[str]) -> str | None:
    """Why ``save_settings`` would refuse to overwrite ``path``, or None if it would not."""
    with _guard_lock:
        return _blocked_paths.get(_guard_key(Path(path)))


# --- loading -------------------------------------------------------------------------


def backup_path(path: str | os.PathLike[str]) -> Path:
    """``settings.yaml`` -> ``settings.yaml.bak`` in the same folder."""
    path = Path(path)
    return path.with_name(path.name + ".bak")


def load_settings(path: str | os.PathLike[str]) -> LoadResult:
    """Read the settings file at ``path``. Never raises for file contents; see the
    module docstring for what happens with missing, broken, old or new files."""
    path = Path(path).expanduser()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        _unblock(path)
        return LoadResult(settings=Settings(), path=path, first_run=True, used_defaults=True)
    except OSError as exc:
        return _whole_file_failed(
            path, None, msg("could not read the file: {reason}", reason=exc.strerror or str(exc))
        )

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return _whole_file_failed(path, line, msg("the file is not UTF-8 text"))

    try:
        data, lines = load_yaml_with_lines(text)
    except yaml.MarkedYAMLError as exc:
        line, what = describe_yaml_error(exc)
        return _whole_file_failed(path, line, msg("this is not valid YAML: {reason}", reason=what))
    except yaml.YAMLError as exc:
        return _whole_file_failed(
            path, None, msg("this is not valid YAML: {reason}", reason=str(exc))
        )

    if data is None:  # an empty file
        data = {}
    if not isinstance(data, dict):
        return _whole_file_failed(
            path,
            1,
            msg("the file must be a list of 'key: value' settings, not a single value or list"),
        )

    problems: list[SettingsProblem] = []
    used_defaults = False
    migrated = False

    raw_version = data.get("version", 0)
    file_version: int | None = None
    if isinstance(raw_version, int) and not isinstance(raw_version, bool) and raw_version >= 0:
        file_version = raw_version
    else:
        used_defaults = True
        problems.append(
            SettingsProblem(
                path,
                line_of(lines, ("version",)),
                "version",
                msg(
                    "must be a whole number of 0 or more; read as version {version}",
                    version=SETTINGS_VERSION,
                ),
            )
        )

    if file_version is not None and file_version > SETTINGS_VERSION:
        problems.append(
            SettingsProblem(
                path,
                line_of(lines, ("version",)),
                "version",
                msg(
                    "this file was made by a newer Neiri (settings version {found}, this "
                    "Neiri knows up to {known}); it will not be overwritten",
                    found=file_version,
                    known=SETTINGS_VERSION,
                ),
            )
        )
    elif file_version is not None and file_version < SETTINGS_VERSION:
        try:
            data = migrate(data, file_version)
        except Exception as exc:
            return _whole_file_failed(
                path,
                None,
                msg(
                    "could not update the file from settings version {version}: {reason}",
                    version=file_version,
                    reason=str(exc),
                ),
                from_version=file_version,
            )
        migrated = True

    data = dict(data)
    data["version"] = SETTINGS_VERSION
    settings, field_errors = _validate_leniently(data)
    field_problems = [
        SettingsProblem(path, line_of(lines, key_path), dotted(key_path) or None, message)
        for key_path, message in field_errors
    ]
    field_problems.sort(key=lambda p: p.line if p.line is not None else 1 << 30)
    problems.extend(field_problems)
    used_defaults = used_defaults or bool(field_problems)

    result = LoadResult(
        settings=settings,
        path=path,
        errors=problems,
        migrated=migrated,
        used_defaults=used_defaults,
        from_version=file_version,
    )
    if problems:
        _block(path, _block_reason(problems))
        result.save_blocked = True
        return result

    _unblock(path)
    if migrated:
        _write_migrated(result, raw)
    return result


def _whole_file_failed(
    path: Path, line: int | None, message: str, *, from_version: int | None = None
) -> LoadResult:
    problem = SettingsProblem(path, line, None, message)
    _block(path, _block_reason([problem]))
    return LoadResult(
        settings=Settings(),
        path=path,
        errors=[problem],
        used_defaults=True,
        from_version=from_version,
        save_blocked=True,
    )


def _block_reason(problems: list[SettingsProblem]) -> Message:
    first = format_problem(problems[0])
    if len(problems) > 1:
        return msg(
            "it did not load cleanly: {problem} (and {count} more). Fix the file first, or "
            "replace it on purpose",
            problem=first,
            count=len(problems) - 1,
        )
    return msg(
        "it did not load cleanly: {problem}. Fix the file first, or replace it on purpose",
        problem=first,
    )


def _write_migrated(result: LoadResult, original: bytes) -> None:
    """Back up the original bytes, then write the migrated settings over the file."""
    backup = backup_path(result.path)
    try:
        _write_atomically(backup, original)
    except OSError as exc:
        result.errors.append(
            SettingsProblem(
                result.path,
                None,
                None,
                f"could not write the backup {backup.name} ({exc.strerror or exc}), "
                "so the updated settings were not saved",
            )
        )
        return
    result.backup_file = backup
    try:
        _write_atomically(result.path, render_settings(result.settings).encode("utf-8"))
    except OSError as exc:
        result.errors.append(
            SettingsProblem(
                result.path,
                None,
                None,
                f"could not save the updated settings: {exc.strerror or exc}",
            )
        )


_MAX_REPAIR_PASSES = 10


def _validate_leniently(
    data: dict[Any, Any],
) -> tuple[Settings, list[tuple[KeyPath, Message]]]:
    """Validate; drop each invalid value (field by field) and validate again, so every
    valid value is kept. Returns the settings and ``(key path, message)`` per drop."""
    data = copy.deepcopy(data)
    found: dict[KeyPath, list[Message]] = {}
    for _ in range(_MAX_REPAIR_PASSES):
        try:
            settings = Settings.model_validate(data)
        except ValidationError as exc:
            dropped_any = False
            for error in exc.errors():
                key_path = _field_path(Settings, error["loc"])
                messages = found.setdefault(key_path, [])
                message = _error_message(error)
                if message not in messages:
                    messages.append(message)
                dropped_any |= _drop(data, key_path)
            if not dropped_any:
                break
        else:
            return settings, [(key_path, joined(msgs)) for key_path, msgs in found.items()]
    problems = [(key_path, joined(msgs)) for key_path, msgs in found.items()]
    problems.append(((), msg("the settings could not be repaired, so all defaults are used")))
    return Settings(), problems


def _field_path(model: type[BaseModel] | None, loc: tuple[Any, ...]) -> KeyPath:
    """Cut a pydantic error location down to the key that holds the bad value:
    ``("audio", "input_device", "str")`` (a union member) -> ``("audio", "input_device")``."""
    path: list[Any] = []
    for part in loc:
        path.append(part)
        info = model.model_fields.get(part) if model and isinstance(part, str) else None
        if info is None:
            break
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            model = annotation
        else:
            break
    return tuple(path)


def _error_message(error: Any) -> Message:
    if error.get("type") == "invalid_key":
        return msg("YAML reads this key as a number or yes/no value; put it in quotes")
    return explain_error(error)


def _drop(data: dict[Any, Any], key_path: KeyPath) -> bool:
    if not key_path:
        return False
    parent: Any = data
    for part in key_path[:-1]:
        if not isinstance(parent, dict) or part not in parent:
            return False
        parent = parent[part]
    if isinstance(parent, dict) and key_path[-1] in parent:
        del parent[key_path[-1]]
        return True
    return False


# --- saving ----------------------------------------------------------------------------

_HEADER = """\
# Neiri settings. Unknown keys are kept when Neiri saves this file.
# Edit it while Neiri is closed; a broken file is reported, never overwritten.
"""


def render_settings(settings: Settings) -> str:
    """The YAML text ``save_settings`` writes (secrets included as plain values)."""
    body = yaml.safe_dump(
        settings_to_data(settings),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    return _HEADER + body


def save_settings(settings: Settings, path: str | os.PathLike[str], *, force: bool = False) -> Path:
    """Write ``settings`` to ``path`` atomically (temporary file, then ``os.replace``).

    Refuses with :class:`SettingsSaveRefused` if ``path`` failed to load cleanly
    (see the save guard in the module docstring) unless ``force=True``; a forced
    save lifts the block.

    Secrets (``llm.api_key``, ``server.token``) are written into this file as plain
    values. The file is created readable and writable by its owner only (mode 0600 on
    POSIX). They are meant to move to the system keyring, leaving only a reference here.
    """
    path = Path(path).expanduser()
    reason = save_blocked_reason(path)
    if reason is not None and not force:
        raise SettingsSaveRefused(path, reason)
    _write_atomically(path, render_settings(settings).encode("utf-8"))
    _unblock(path)
    return path


def _write_atomically(path: Path, content: bytes) -> None:
    """Write ``content`` next to ``path`` and rename it into place. A symlinked
    ``path`` keeps its link: the file it points to is replaced."""
    target = path.resolve() if path.is_symlink() else path
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
