"""Reading Qt .ts files: messages, plural forms, unfinished ones, reverse index."""

from __future__ import annotations

import pytest

from kiosk.tsfiles import read_ts, reverse_index

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="fr">
<context>
    <name>HomeScreen</name>
    <message>
        <source>Choisissez un service</source>
        <translation>Виберіть послугу</translation>
    </message>
    <message numerus="yes">
        <source>Trop court : %n chiffres au moins.</source>
        <translation>
            <numerusform>Закороткий: щонайменше %n цифра.</numerusform>
            <numerusform>Закороткий: щонайменше %n цифри.</numerusform>
            <numerusform>Закороткий: щонайменше %n цифр.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineScreen</name>
    <message>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


def test_messages_forms_and_state(tmp_path):
    path = tmp_path / "borne_uk.ts"
    path.write_text(TS, encoding="utf-8")
    language, messages = read_ts(path)
    assert language == "uk"
    by_source = {m.source: m for m in messages}
    assert by_source["Choisissez un service"].translations == ("Виберіть послугу",)
    assert by_source["Choisissez un service"].finished
    assert len(by_source["Trop court : %n chiffres au moins."].translations) == 3
    retry = by_source["Réessayer"]
    assert retry.context == "OfflineScreen" and not retry.finished and retry.translations == ()


def test_reverse_index_knows_sources_and_translations(tmp_path):
    (tmp_path / "borne_uk.ts").write_text(TS, encoding="utf-8")
    (tmp_path / "borne_xx.ts").write_text("not xml", encoding="utf-8")  # skipped
    index = reverse_index(tmp_path)
    assert index["Виберіть послугу"] == [("HomeScreen", "Choisissez un service")]
    assert index["Choisissez un service"] == [("HomeScreen", "Choisissez un service")]
    assert ("OfflineScreen", "Réessayer") in index["Réessayer"]


def test_unreadable_file_is_a_clear_error(tmp_path):
    path = tmp_path / "borne_en.ts"
    path.write_text("<html/>", encoding="utf-8")
    with pytest.raises(ValueError, match=r"pas un fichier \.ts"):
        read_ts(path)
