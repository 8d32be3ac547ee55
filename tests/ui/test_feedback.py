"""The end-of-session question and the page "Ce que la borne compte", clicked like a person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.journal import NEVER_RECORDED, RECORDED_FIELDS, RETENTION_DAYS
from kiosk.ui.feedback import ANSWERS, FeedbackQuestion
from kiosk.ui.style import STYLESHEET
from kiosk.ui.what_we_count import ACCOMPANIED_ONLY, WhatWeCountPage
from kiosk.vocabulary import vocabulary


@pytest.fixture
def window(qtbot):
    window = QWidget()
    window.setStyleSheet(STYLESHEET)
    window.resize(1280, 800)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_four_answers_are_the_journal_codes():
    assert ANSWERS == ("oui", "en_partie", "non", "besoin_aide")
    assert all(vocabulary().is_valid("avis", code) for code in ANSWERS)


@pytest.mark.parametrize("code", ["oui", "en_partie", "non", "besoin_aide"])
def test_touching_an_answer_emits_its_code_and_closes(window, qtbot, code):
    question = FeedbackQuestion(window)
    question.ask()
    assert question.isVisible()
    assert question.geometry() == window.rect()  # covers the whole window
    with qtbot.waitSignal(question.answered) as signal:
        qtbot.mouseClick(question.buttons[code], Qt.MouseButton.LeftButton)
    assert signal.args == [code]
    assert not question.isVisible()


def test_passer_emits_none(window, qtbot):
    question = FeedbackQuestion(window)
    question.ask()
    with qtbot.waitSignal(question.answered) as signal:
        qtbot.mouseClick(question.skip_button, Qt.MouseButton.LeftButton)
    assert signal.args == [None]


def test_the_question_is_readable_and_the_buttons_big(window, tmp_path):
    question = FeedbackQuestion(window)
    question.ask()
    texts = [label.text() for label in question.findChildren(QLabel)]
    assert "Avez-vous pu faire votre démarche ?" in texts
    labels = [question.buttons[c].text().replace("\n", " ") for c in ANSWERS]
    assert labels == ["Oui", "En partie", "Non", "J'ai besoin d'aide"]
    for button in question.buttons.values():
        assert button.width() >= 200 and button.height() >= 200
        assert not button.icon().isNull()
    assert question.skip_button.text() == "Passer"
    picture = tmp_path / "feedback.png"
    assert window.grab().save(str(picture))
    assert picture.stat().st_size > 10_000


def test_what_we_count_lists_every_recorded_field_in_plain_french(qtbot, tmp_path):
    page = WhatWeCountPage()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    # every field the journal stores, and every "never", has a sentence (no raw code)
    assert set(RECORDED_FIELDS) <= set(page.recorded_texts())
    assert set(NEVER_RECORDED) <= set(page.never_texts())
    assert set(RECORDED_FIELDS) >= ACCOMPANIED_ONLY
    shown = "\n".join(label.text() for label in page.findChildren(QLabel))
    for code in (*RECORDED_FIELDS, *NEVER_RECORDED):
        assert code not in shown.split()  # no raw code on screen
    for line in page.recorded_lines + page.never_lines:
        assert line in shown
    assert f"{RETENTION_DAYS} jours" in shown
    assert "Les adresses des sites et des pages visités." in shown
    assert "·" not in shown  # no point médian
    assert page.grab().save(str(tmp_path / "what_we_count.png"))


def test_fermer_closes_the_page(qtbot):
    page = WhatWeCountPage()
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.closed):
        qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
