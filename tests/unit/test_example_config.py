"""The commented example settings file is complete and loads without a problem."""

from __future__ import annotations

import dataclasses
import tomllib

from kiosk.config import Settings, load_settings
from kiosk.paths import RESOURCES

EXAMPLE = RESOURCES / "borne.example.toml"


def test_example_loads_with_zero_problems_and_the_defaults():
    loaded = load_settings(EXAMPLE)
    assert loaded.problems == ()
    assert loaded.settings == Settings()


def test_example_names_every_setting():
    raw = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    for section in dataclasses.fields(Settings):
        keys = {f.name for f in dataclasses.fields(section.type if isinstance(section.type, type)
                                                   else type(getattr(Settings(), section.name)))}
        assert set(raw[section.name]) == keys, section.name
