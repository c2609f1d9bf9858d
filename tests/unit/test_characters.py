"""Characters: the bundled Neiri, user overrides, and clear errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.config.characters import (
    BUNDLED_CHARACTERS_DIR,
    DEFAULT_EMOTIONS,
    DEFAULT_MOTIONS,
    Character,
    CharacterError,
    list_characters,
    load_character,
)

MINIMAL = "persona: You are a test character.\n"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_folder_is_found_from_the_package() -> None:
    assert (BUNDLED_CHARACTERS_DIR / "neiri.yaml").is_file()


def test_bundled_neiri_loads_with_the_expected_tags() -> None:
    neiri = load_character("neiri", None)
    assert neiri.name == "neiri" and neiri.display_name == "Neiri"
    assert neiri.language == "en" and neiri.voice == "en_US-joe-medium"
    assert set(neiri.emotions) == set(DEFAULT_EMOTIONS)
    assert set(neiri.motions) == set(DEFAULT_MOTIONS)
    assert neiri.default_emotion == "neutral"
    assert neiri.greeting and neiri.error_line
    assert "Ollama" in neiri.unreachable_line


def test_neiri_persona_teaches_every_tag_and_the_spoken_style() -> None:
    persona = load_character("neiri", None).system_prompt()
    # the model can only use tags the prompt tells it about: every emotion and
    # motion the avatar understands must be named in the prompt
    for tag in (*DEFAULT_EMOTIONS, *DEFAULT_MOTIONS):
        assert tag in persona, tag
    assert "[emotion:" in persona and "[motion:" in persona
    lowered = persona.lower()
    for rule in ("three short sentences", "lists", "markdown", "emojis"):
        assert rule in lowered, rule


def test_missing_fields_take_defaults(tmp_path: Path) -> None:
    write(tmp_path, "mini", MINIMAL)
    mini = load_character("mini", tmp_path)
    assert mini.name == "mini" and mini.display_name == "mini"  # the file name fills in
    assert mini.language == "en" and mini.voice == "en_US-joe-medium"
    assert set(mini.emotions) == set(DEFAULT_EMOTIONS) and mini.default_emotion == "neutral"
    assert mini.temperature is None


def test_user_character_overrides_the_bundled_one(tmp_path: Path) -> None:
    write(tmp_path, "neiri", "display_name: My Neiri\npersona: Custom persona.\n")
    loaded = load_character("neiri", tmp_path)
    assert loaded.display_name == "My Neiri" and loaded.persona == "Custom persona."


def test_bundled_character_is_the_fallback(tmp_path: Path) -> None:
    write(tmp_path, "someone_else", MINIMAL)
    assert load_character("neiri", tmp_path) == load_character("neiri", None)
    # a user folder that does not exist yet is fine too
    assert load_character("neiri", tmp_path / "missing").display_name == "Neiri"


def test_list_characters_merges_user_and_bundled(tmp_path: Path) -> None:
    write(tmp_path, "zoe", MINIMAL)
    write(tmp_path, "neiri", MINIMAL)  # overrides, listed once
    (tmp_path / "notes.txt").write_text("not a character", encoding="utf-8")
    assert list_characters(tmp_path) == ["neiri", "zoe"]
    assert list_characters(tmp_path / "missing") == ["neiri"]


def test_unknown_character_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CharacterError) as error:
        load_character("nobody", tmp_path)
    assert "nobody" in str(error.value) and str(tmp_path) in str(error.value)


@pytest.mark.parametrize("name", ["../neiri", "a/b", ".hidden", ""])
def test_names_cannot_escape_the_folders(name: str) -> None:
    with pytest.raises(CharacterError, match="not a valid character name"):
        load_character(name, None)


def test_invalid_value_names_file_field_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "hot", "persona: Hi.\ngreeting: Hello\ntemperature: 5\n")
    with pytest.raises(CharacterError) as error:
        load_character("hot", tmp_path)
    err = error.value
    assert err.file == path and err.field == "temperature" and err.line == 3
    assert err.message == "Must be at most 2."
    assert str(err).startswith(f"{path} line 3: temperature: ")


def test_invalid_user_file_is_not_silently_replaced_by_the_bundled_one(tmp_path: Path) -> None:
    # the user meant to override neiri; falling back would hide their mistake
    write(tmp_path, "neiri", "persona: ''\n")
    with pytest.raises(CharacterError) as error:
        load_character("neiri", tmp_path)
    assert error.value.field == "persona"


def test_a_misspelt_key_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "typo", "persona: Hi.\ngreting: Hello\n")
    with pytest.raises(CharacterError) as error:
        load_character("typo", tmp_path)
    assert error.value.field == "greting" and error.value.line == 2


def test_default_emotion_must_be_one_of_the_emotions(tmp_path: Path) -> None:
    write(
        tmp_path,
        "moody",
        "persona: Hi.\nemotions:\n  calm: relaxed\n  glad: happy\ndefault_emotion: grumpy\n",
    )
    with pytest.raises(CharacterError) as error:
        load_character("moody", tmp_path)
    assert error.value.field == "default_emotion" and error.value.line == 5
    assert "calm" in error.value.message


def test_name_inside_the_file_must_match_the_file_name(tmp_path: Path) -> None:
    write(tmp_path, "alpha", "name: beta\npersona: Hi.\n")
    with pytest.raises(CharacterError) as error:
        load_character("alpha", tmp_path)
    assert error.value.field == "name" and error.value.line == 1


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "broken", "persona: Hi.\ngreeting: a: b\n")
    with pytest.raises(CharacterError) as error:
        load_character("broken", tmp_path)
    assert error.value.file == path and error.value.line == 2


def test_tags_are_normalised() -> None:
    character = Character.model_validate(
        {
            "name": "x",
            "persona": "p",
            "emotions": {" Happy ": "joy", "neutral": "neutral"},
            "motions": ["Wave", "wave", "nod"],
        }
    )
    assert character.emotions == {"happy": "joy", "neutral": "neutral"}
    assert character.motions == ["wave", "nod"]


def test_system_prompt_adds_style_rules_stream_mode_and_family_rules(tmp_path: Path) -> None:
    write(
        tmp_path,
        "streamer",
        MINIMAL + "style_rules: ['Keep it short.', '  ']\nstream_mode: true\n",
    )
    streamer = load_character("streamer", tmp_path)
    prompt = streamer.system_prompt()
    assert prompt.startswith("You are a test character.")
    assert "- Keep it short." in prompt and "live on stream" in prompt
    assert "family-friendly" in prompt  # spicy_mode is off unless asked for
    write(tmp_path, "spicy", MINIMAL + "spicy_mode: true\n")
    assert "family-friendly" not in load_character("spicy", tmp_path).system_prompt()
    assert load_character("neiri", None).spicy_mode is False


def test_sampling_and_the_old_temperature_key(tmp_path: Path) -> None:
    write(tmp_path, "old", MINIMAL + "temperature: 0.3\n")
    assert load_character("old", tmp_path).effective_temperature == 0.3
    write(tmp_path, "new", MINIMAL + "temperature: 0.3\nsampling: {temperature: 0.9, top_k: 40}\n")
    new = load_character("new", tmp_path)
    assert new.effective_temperature == 0.9 and new.sampling.options() == {"top_k": 40}
    write(tmp_path, "bad", MINIMAL + "sampling: {top_p: 3}\n")
    with pytest.raises(CharacterError) as err:
        load_character("bad", tmp_path)
    assert err.value.field == "sampling.top_p"


def test_reaction_templates_fill_in_and_are_checked(tmp_path: Path) -> None:
    import random

    neiri = load_character("neiri", None)
    for event in ("follow", "subscription", "raid", "cheer", "donation"):
        line = neiri.react(
            event,
            random.Random(1),
            user="Sora",
            months=3,
            viewers=12,
            bits=100,
            amount=5,
            currency="EUR",
        )
        assert line and "{" not in line
    assert "Sora" in neiri.react("follow", user="Sora")
    assert neiri.react("follow") and "someone" in " ".join(
        neiri.react("follow", random.Random(i)) for i in range(10)
    )
    write(tmp_path, "typo", MINIMAL + "reactions: {follow: ['Thanks {usr}!']}\n")
    with pytest.raises(CharacterError, match="usr"):
        load_character("typo", tmp_path)
    write(tmp_path, "event", MINIMAL + "reactions: {hug: ['hi']}\n")
    with pytest.raises(CharacterError, match="hug"):
        load_character("event", tmp_path)


def test_blocked_replies_are_in_character(tmp_path: Path) -> None:
    write(tmp_path, "shy", MINIMAL + "moderation: {blocked_replies: ['Eep, no thank you!']}\n")
    assert load_character("shy", tmp_path).blocked_reply() == "Eep, no thank you!"
    write(tmp_path, "empty", MINIMAL + "moderation: {blocked_replies: []}\n")
    with pytest.raises(CharacterError):
        load_character("empty", tmp_path)
