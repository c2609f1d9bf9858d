"""Settings model, paths, and the settings store (load / migrate / save / guard)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
import yaml
from pydantic import SecretStr, ValidationError

from app.config.paths import Paths
from app.config.settings import SETTINGS_VERSION, Settings
from app.config.store import (
    MIGRATIONS,
    SettingsProblem,
    SettingsSaveRefused,
    backup_path,
    format_problems,
    load_settings,
    save_blocked_reason,
    save_settings,
)


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.yaml"


def write(path: Path, text: str) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    path.write_bytes(data)
    return data


# --- the model ---------------------------------------------------------------------


def test_defaults_match_the_documented_values() -> None:
    s = Settings()
    assert s.version == SETTINGS_VERSION == 1
    assert (s.ui_language, s.character) == ("en", "neiri")
    assert s.audio.block_ms == 20 and s.audio.mode == "headphones"
    assert s.audio.input_device is None and s.audio.output_device is None
    assert s.vad.threshold == 0.5 and s.vad.speakers_margin_db == 6.0
    assert s.asr.model == "tiny.en" and s.asr.language is None and s.asr.beam_size == 1
    assert s.llm.provider == "ollama" and s.llm.base_url == "http://127.0.0.1:11434"
    assert s.llm.model == "llama3.2:3b" and s.llm.api_key is None
    assert s.tts.engine == "piper" and s.tts.speed == 1.0 and s.tts.cache_size == 256
    assert s.conversation.history_turns == 12
    assert s.logging.level == "INFO" and s.logging.backups == 5
    assert s.server.host == "127.0.0.1" and s.server.port == 8765
    assert s.server.allow_remote is False and s.server.token is None


def test_every_field_has_a_description_for_the_settings_ui() -> None:
    missing = []
    for section_name, section_info in Settings.model_fields.items():
        if not section_info.description:
            missing.append(section_name)
        model = section_info.annotation
        if isinstance(model, type) and hasattr(model, "model_fields"):
            missing += [
                f"{section_name}.{name}"
                for name, info in model.model_fields.items()
                if not info.description
            ]
    assert missing == []


def test_ranges_are_enforced_on_assignment() -> None:
    # a settings UI assigns values one by one; out-of-range ones must be refused
    s = Settings()
    with pytest.raises(ValidationError):
        s.audio.block_ms = 50
    with pytest.raises(ValidationError):
        s.tts.speed = 3.0
    s.llm.temperature = 1.5
    assert s.llm.temperature == 1.5


def test_log_level_is_case_insensitive() -> None:
    assert Settings.model_validate({"logging": {"level": "debug"}}).logging.level == "DEBUG"


# --- round trips -------------------------------------------------------------------


def test_defaults_round_trip(settings_file: Path) -> None:
    save_settings(Settings(), settings_file)
    result = load_settings(settings_file)
    assert result.ok and not result.first_run and not result.migrated
    assert not result.used_defaults
    assert result.settings == Settings()


def test_missing_file_is_a_first_run_with_defaults(settings_file: Path) -> None:
    result = load_settings(settings_file)
    assert result.first_run and result.used_defaults
    assert result.errors == []
    assert result.settings == Settings()
    assert not settings_file.exists()  # loading alone creates nothing
    assert not result.save_blocked
    save_settings(result.settings, settings_file)
    assert settings_file.exists()


def test_unknown_keys_survive_load_and_save(settings_file: Path) -> None:
    write(
        settings_file,
        "version: 1\n"
        "my_plugin:\n  enabled: true\n  colors: [red, blue]\n"
        "llm:\n  model: qwen2.5:7b\n  future_option: 42\n"
        "server:\n  port: 9000\n",
    )
    loaded = load_settings(settings_file)
    assert loaded.ok
    save_settings(loaded.settings, settings_file)

    reloaded = load_settings(settings_file)
    assert reloaded.ok
    # the user's values, a top-level unknown section and an unknown key inside a
    # known section must all survive the load/save round trip
    assert reloaded.settings.llm.model == "qwen2.5:7b"
    assert reloaded.settings.server.port == 9000
    assert reloaded.settings.model_extra == {
        "my_plugin": {"enabled": True, "colors": ["red", "blue"]}
    }
    assert reloaded.settings.llm.model_extra == {"future_option": 42}
    on_disk = yaml.safe_load(settings_file.read_text(encoding="utf-8"))
    assert on_disk["my_plugin"]["colors"] == ["red", "blue"]
    assert on_disk["llm"]["future_option"] == 42


def test_secrets_are_saved_as_plain_values_in_a_private_file(settings_file: Path) -> None:
    settings = Settings()
    settings.llm.api_key = SecretStr("sk-test-abcdef")
    settings.server.token = SecretStr("letmein-123")
    save_settings(settings, settings_file)

    on_disk = yaml.safe_load(settings_file.read_text(encoding="utf-8"))
    assert on_disk["llm"]["api_key"] == "sk-test-abcdef"  # not "**********"
    assert on_disk["server"]["token"] == "letmein-123"
    reloaded = load_settings(settings_file).settings
    assert reloaded.llm.api_key is not None
    assert reloaded.llm.api_key.get_secret_value() == "sk-test-abcdef"
    if sys.platform != "win32":
        assert stat.S_IMODE(settings_file.stat().st_mode) == 0o600


def test_save_is_atomic_and_leaves_no_temp_files(settings_file: Path) -> None:
    save_settings(Settings(), settings_file)
    save_settings(Settings(character="other"), settings_file)
    assert sorted(p.name for p in settings_file.parent.iterdir()) == ["settings.yaml"]
    assert load_settings(settings_file).settings.character == "other"


# --- broken files ------------------------------------------------------------------

BROKEN_YAML = (
    "version: 1\n"
    "ui_language: en\n"
    "llm:\n"
    "  model: llama3.2:3b\n"
    "  base_url: http://x: y: z\n"  # line 5: a second ': ' in a plain value
    "  temperature: 0.5\n"
)


def test_broken_yaml_reports_the_line_uses_defaults_and_keeps_the_file(
    settings_file: Path,
) -> None:
    original = write(settings_file, BROKEN_YAML)
    result = load_settings(settings_file)

    assert len(result.errors) == 1
    assert result.problems is result.errors  # the alias callers may use
    problem = result.errors[0]
    assert problem.file == settings_file
    assert problem.line == 5
    assert problem.field is None
    assert "not valid YAML" in problem.message
    assert result.settings == Settings() and result.used_defaults
    assert result.save_blocked
    # the user's file must survive byte for byte, even when the app tries to save
    assert settings_file.read_bytes() == original
    with pytest.raises(SettingsSaveRefused) as refused:
        save_settings(result.settings, settings_file)
    assert refused.value.path == settings_file
    assert settings_file.read_bytes() == original
    assert save_blocked_reason(settings_file) is not None


def test_forced_save_overwrites_a_broken_file_and_lifts_the_block(settings_file: Path) -> None:
    write(settings_file, BROKEN_YAML)
    load_settings(settings_file)
    save_settings(Settings(character="forced"), settings_file, force=True)
    assert save_blocked_reason(settings_file) is None
    result = load_settings(settings_file)
    assert result.ok and result.settings.character == "forced"


def test_fixing_the_file_and_reloading_lifts_the_block(settings_file: Path) -> None:
    write(settings_file, BROKEN_YAML)
    assert load_settings(settings_file).save_blocked
    write(settings_file, "version: 1\ncharacter: fixed\n")
    result = load_settings(settings_file)
    assert result.ok and not result.save_blocked
    save_settings(result.settings, settings_file)  # allowed again
    assert load_settings(settings_file).settings.character == "fixed"


def test_the_guard_matches_other_spellings_of_the_same_path(
    settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(settings_file, BROKEN_YAML)
    load_settings(settings_file)
    monkeypatch.chdir(settings_file.parent)
    with pytest.raises(SettingsSaveRefused):
        save_settings(Settings(), Path("settings.yaml"))


def test_unterminated_quote_names_where_it_started(settings_file: Path) -> None:
    write(settings_file, 'version: 1\nllm:\n  model: "llama3.2:3b\n  temperature: 0.5\n')
    problem = load_settings(settings_file).errors[0]
    assert "on line 3" in problem.message  # where the open quote is


def test_a_file_that_is_not_a_mapping_is_reported(settings_file: Path) -> None:
    original = write(settings_file, "- just\n- a list\n")
    result = load_settings(settings_file)
    assert len(result.errors) == 1 and result.errors[0].line == 1
    assert result.settings == Settings() and result.save_blocked
    assert settings_file.read_bytes() == original


def test_invalid_field_is_reported_and_everything_else_is_kept(settings_file: Path) -> None:
    original = write(
        settings_file,
        "version: 1\n"
        "character: aiko\n"
        "llm:\n"
        "  model: mistral:7b\n"
        "  temperature: 5\n"  # line 5: out of range
        "  max_tokens: 120\n"
        "tts:\n"
        "  speed: 1.25\n"
        "  mood: sunny\n",
    )
    result = load_settings(settings_file)

    assert result.errors == [
        SettingsProblem(
            file=settings_file,
            line=5,
            field="llm.temperature",
            message="Must be at most 2.",
        )
    ]
    assert format_problems(result.errors) == (
        "settings.yaml line 5: llm.temperature: Must be at most 2."
    )
    s = result.settings
    # only the bad value falls back to its default; its siblings, the other
    # sections and the unknown key must all survive
    assert s.llm.temperature == 0.7
    assert s.llm.model == "mistral:7b" and s.llm.max_tokens == 120
    assert s.character == "aiko"
    assert s.tts.speed == 1.25 and s.tts.model_extra == {"mood": "sunny"}
    assert result.used_defaults and result.save_blocked
    assert settings_file.read_bytes() == original
    with pytest.raises(SettingsSaveRefused):
        save_settings(s, settings_file)
    assert settings_file.read_bytes() == original


def test_each_invalid_value_is_reported_once_with_its_line(settings_file: Path) -> None:
    write(
        settings_file,
        "version: 1\n"
        "audio:\n"
        "  input_device: [1, 2]\n"  # line 3: neither a name nor an index
        "  block_ms: 30\n"
        "vad: 3\n"  # line 5: a section that is not a mapping
        "server:\n"
        "  port: http\n"  # line 7
        "  mode: x\n",
    )
    result = load_settings(settings_file)
    assert [(p.line, p.field) for p in result.errors] == [
        (3, "audio.input_device"),
        (5, "vad"),
        (7, "server.port"),
    ]
    assert result.settings.audio.block_ms == 30  # the valid neighbour is kept
    assert result.settings.audio.input_device is None
    assert result.settings.vad == Settings().vad
    assert result.settings.server.model_extra == {"mode": "x"}


def test_a_yes_key_is_explained(settings_file: Path) -> None:
    # YAML 1.1 reads an unquoted `yes:` key as the boolean True
    write(settings_file, "version: 1\nyes: 1\ncharacter: neiri\n")
    result = load_settings(settings_file)
    assert len(result.errors) == 1
    assert result.errors[0].line == 2
    assert "quotes" in result.errors[0].message


def test_a_bad_version_is_reported(settings_file: Path) -> None:
    write(settings_file, "version: two\ncharacter: aiko\n")
    result = load_settings(settings_file)
    assert [(p.line, p.field) for p in result.errors] == [(1, "version")]
    assert result.settings.character == "aiko" and result.save_blocked


# --- versions ----------------------------------------------------------------------


def test_every_older_version_has_a_migration() -> None:
    assert set(MIGRATIONS) == set(range(SETTINGS_VERSION))


OLD_FILE = (
    "# my old settings\n"
    "ollama_url: http://192.168.1.20:11434\n"
    "ollama_model: gemma2:2b\n"
    "whisper_model: base.en\n"
    "character: aiko\n"
    "my_hotkey: F9\n"
    "tts:\n"
    "  speed: 1.1\n"
)


def test_migration_0_to_1_moves_flat_keys_and_backs_up_the_original(
    settings_file: Path,
) -> None:
    original = write(settings_file, OLD_FILE)
    result = load_settings(settings_file)

    assert result.ok, format_problems(result.errors)
    assert result.migrated and result.from_version == 0
    s = result.settings
    assert s.version == 1
    assert s.llm.base_url == "http://192.168.1.20:11434"
    assert s.llm.model == "gemma2:2b"
    assert s.asr.model == "base.en"
    assert s.character == "aiko" and s.tts.speed == 1.1
    # the original must survive byte for byte in settings.yaml.bak
    assert (
        result.backup_file
        == backup_path(settings_file)
        == settings_file.with_name("settings.yaml.bak")
    )
    assert result.backup_file.read_bytes() == original
    # the migrated file is written, and the unknown key survives in it
    on_disk = yaml.safe_load(settings_file.read_text(encoding="utf-8"))
    assert on_disk["version"] == 1
    assert on_disk["my_hotkey"] == "F9"
    assert on_disk["llm"]["model"] == "gemma2:2b"
    assert "ollama_url" not in on_disk
    again = load_settings(settings_file)
    assert again.ok and not again.migrated and again.settings == s


def test_migration_keeps_a_value_already_in_the_section(settings_file: Path) -> None:
    write(settings_file, "ollama_model: old:1b\nllm:\n  model: new:3b\n")
    result = load_settings(settings_file)
    assert result.migrated and result.settings.llm.model == "new:3b"


def test_migration_with_an_invalid_value_writes_nothing(settings_file: Path) -> None:
    original = write(settings_file, "ollama_model: gemma2:2b\nllm:\n  temperature: 9\n")
    result = load_settings(settings_file)
    assert result.migrated
    assert [(p.line, p.field) for p in result.errors] == [(3, "llm.temperature")]
    assert result.settings.llm.model == "gemma2:2b"  # the migrated value is still used
    # neither the file nor a backup may be written while the file has problems
    assert settings_file.read_bytes() == original
    assert not backup_path(settings_file).exists()
    assert result.save_blocked


def test_a_newer_version_is_loaded_but_never_overwritten(settings_file: Path) -> None:
    original = write(
        settings_file,
        "version: 7\ncharacter: aiko\nllm:\n  model: future:9b\n  brain_mode: turbo\n",
    )
    result = load_settings(settings_file)

    assert len(result.errors) == 1
    assert result.errors[0].field == "version" and result.errors[0].line == 1
    assert "newer Neiri" in result.errors[0].message
    assert not result.migrated and result.from_version == 7
    # what this Neiri understands is used, the rest is kept in memory
    assert result.settings.character == "aiko"
    assert result.settings.llm.model == "future:9b"
    assert result.settings.llm.model_extra == {"brain_mode": "turbo"}
    with pytest.raises(SettingsSaveRefused):
        save_settings(result.settings, settings_file)
    assert settings_file.read_bytes() == original
    assert not backup_path(settings_file).exists()


def test_format_problems_without_line_or_field(tmp_path: Path) -> None:
    problems = [
        SettingsProblem(tmp_path / "settings.yaml", None, None, "could not read the file"),
        SettingsProblem(tmp_path / "settings.yaml", 3, "vad", "bad"),
    ]
    assert format_problems(problems) == (
        "settings.yaml: could not read the file\nsettings.yaml line 3: vad: bad"
    )
    assert format_problems(problems[:1], full_path=True).startswith(str(tmp_path))


# --- paths -------------------------------------------------------------------------


def test_neiri_home_puts_everything_under_one_folder(tmp_path: Path) -> None:
    home = tmp_path / "portable"
    paths = Paths.resolve(env={"NEIRI_HOME": str(home)})
    assert paths.config_dir == home / "config"
    assert paths.data_dir == home / "data"
    assert paths.log_dir == home / "logs"
    assert paths.cache_dir == home / "cache"
    assert paths.models_dir == home / "data" / "models"
    assert paths.characters_dir == home / "data" / "characters"
    assert paths.settings_file == home / "config" / "settings.yaml"
    assert paths.db_file == home / "data" / "neiri.db"
    assert not home.exists()  # resolving creates nothing

    paths.ensure()
    for folder in (
        paths.config_dir,
        paths.data_dir,
        paths.log_dir,
        paths.cache_dir,
        paths.models_dir,
        paths.characters_dir,
    ):
        assert folder.is_dir()


def test_neiri_home_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEIRI_HOME", str(tmp_path))
    assert Paths.resolve().log_dir == tmp_path / "logs"


def test_explicit_config_file_overrides_only_the_settings_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    custom = tmp_path / "elsewhere" / "test.yaml"
    paths = Paths.resolve(custom, env={"NEIRI_HOME": str(home)})
    assert paths.settings_file == custom
    assert paths.config_dir == home / "config" and paths.data_dir == home / "data"
    paths.ensure()
    assert custom.parent.is_dir()


def test_platform_folders_are_used_without_neiri_home() -> None:
    paths = Paths.resolve(env={})
    assert "neiri" in str(paths.config_dir).lower()
    assert "neiri" in str(paths.data_dir).lower()
    assert paths.settings_file.name == "settings.yaml"
    assert paths.settings_file.parent == paths.config_dir
    assert all(
        p.is_absolute() for p in (paths.config_dir, paths.data_dir, paths.log_dir, paths.cache_dir)
    )


def test_relative_neiri_home_is_made_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    paths = Paths.resolve(env={"NEIRI_HOME": "rel"})
    assert paths.config_dir == Path.cwd() / "rel" / "config"
    assert os.path.isabs(paths.db_file)
