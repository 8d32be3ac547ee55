"""The staff panel's settings page: centre name and logo, hours, delays, print quota.

Numbers and times change with big − / + buttons (no tiny spin arrows, no
keyboard needed); :class:`kiosk.staff_config.SettingsEditor` checks and
writes them. The borne reads its settings once, at start: the page says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.staff_config import EditError, SettingsEditor, StaffSettings
from kiosk.ui.staff_widgets import label
from kiosk.ui.style import named


class Stepper(QWidget):
    """A value between two big buttons: − value +.

    Args:
        value: Starting value.
        low: Smallest value.
        high: Largest value.
        step: Change per tap.
        show: Text of a value.
    """

    changed = Signal(int)

    def __init__(
        self, value: int, low: int, high: int, step: int, show: Callable[[int], str],
        *, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.low, self.high, self.step, self._format = low, high, step, show
        self.value = value
        self.minus = QPushButton("−")
        self.plus = QPushButton("+")
        for button in (self.minus, self.plus):
            button.setFixedWidth(84)
        self.text = label("", "staffSection", wrap=False)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setMinimumWidth(170)
        self.minus.clicked.connect(lambda: self.set_value(self.value - self.step))
        self.plus.clicked.connect(lambda: self.set_value(self.value + self.step))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.minus)
        row.addWidget(self.text)
        row.addWidget(self.plus)
        self.set_value(value)

    def set_value(self, value: int) -> None:
        """Show ``value`` (kept between the limits)."""
        self.value = max(self.low, min(self.high, value))
        self.text.setText(self._format(self.value))
        self.minus.setEnabled(self.value > self.low)
        self.plus.setEnabled(self.value < self.high)
        self.changed.emit(self.value)


def _minutes(value: time) -> int:
    return value.hour * 60 + value.minute


def _time(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


class SettingsPage(QWidget):
    """Centre name, opening hours, inactivity delays and print quota.

    Signals:
        saved(): the settings file was written.
    """

    saved = Signal()

    def __init__(self, editor: SettingsEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.values = editor.current()
        clock = lambda m: f"{m // 60:02d} h {m % 60:02d}"  # noqa: E731 - tiny formatter
        minutes = lambda s: self.tr("%1 min").replace("%1", str(s // 60)) if s >= 60 else (  # noqa: E731
            self.tr("%1 s").replace("%1", str(s)))
        pages = lambda n: self.tr("%1 pages").replace("%1", str(n))  # noqa: E731
        self.name_edit = QLineEdit(self.values.centre_name)
        self.name_edit.setMaxLength(80)
        self.name_edit.setAccessibleName(self.tr("Nom du centre"))
        self.logo_edit = QLineEdit(self.values.logo)
        self.logo_edit.setAccessibleName(self.tr("Logo du centre"))
        self.logo_edit.setPlaceholderText(self.tr("vide : pas de logo"))
        self.opens = Stepper(_minutes(self.values.opens_at), 0, 23 * 60 + 45, 15, clock)
        self.closes = Stepper(_minutes(self.values.closes_at), 0, 23 * 60 + 45, 15, clock)
        self.idle_alone = Stepper(self.values.idle_autonome_s, 30, 1800, 30, minutes)
        self.idle_with = Stepper(self.values.idle_accompagne_s, 120, 7200, 300, minutes)
        self.quota = Stepper(self.values.print_quota_pages, 0, 200, 5, pages)
        self.message = label("", "staffMessage")
        self.good = label("", "staffGood")
        self.save_button = named(QPushButton(self.tr("Enregistrer les réglages")), "primary")
        self.save_button.clicked.connect(self.save)
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(4)
        rows = [
            (self.tr("Nom du centre (en haut de l'écran)"), self.name_edit),
            (self.tr("Logo du centre : chemin complet d'une image PNG ou SVG"), self.logo_edit),
            (self.tr("Ouverture de l'accueil"), self.opens),
            (self.tr("Fermeture de l'accueil"), self.closes),
            (self.tr("Sans toucher l'écran, la borne demande « Êtes-vous toujours là ? » après"),
             self.idle_alone),
            (self.tr("… et pendant un accompagnement, après"), self.idle_with),
            (self.tr("Pages que chaque personne peut imprimer"), self.quota),
        ]
        for index, (text, widget) in enumerate(rows):
            grid.addWidget(label(text, "cardText"), index, 0)
            grid.addWidget(widget, index, 1)
        grid.setColumnStretch(0, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addLayout(grid)
        column.addWidget(label(self.tr(
            "Les réglages s'appliquent au prochain démarrage de la borne "
            "(bouton « Redémarrer » dans « La borne »).")))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.good, 1)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        column.addStretch(1)

    def chosen(self) -> StaffSettings:
        """Return the values as shown."""
        return replace(
            self.values,
            centre_name=self.name_edit.text(),
            opens_at=_time(self.opens.value),
            closes_at=_time(self.closes.value),
            idle_autonome_s=self.idle_alone.value,
            idle_accompagne_s=self.idle_with.value,
            print_quota_pages=self.quota.value,
            logo=self.logo_edit.text(),
        )

    def save(self) -> None:
        """Check and write the settings; say what is wrong otherwise."""
        self.message.setText("")
        self.good.setText("")
        try:
            self.editor.save(self.chosen())
        except EditError as error:
            self.message.setText(self.error_text(error))
            return
        self.values = self.editor.current()
        self.good.setText(self.tr("Réglages enregistrés. Ils s'appliqueront au prochain "
                                  "démarrage de la borne."))
        self.saved.emit()

    def error_text(self, error: EditError) -> str:
        """Say in plain words why the settings were not saved."""
        texts = {
            "centre_name_empty": self.tr("Écrivez le nom du centre."),
            "centre_name_too_long": self.tr("Le nom du centre est trop long."),
            "logo_unusable": self.tr(
                "Le logo doit être le chemin complet d'une image PNG ou SVG lisible sur cet "
                "ordinateur, par exemple /var/lib/borne/logo.png."),
            "hours_reversed": self.tr("L'heure de fermeture doit venir après l'ouverture."),
            "idle_accompagne_shorter": self.tr(
                "Pendant un accompagnement, le délai doit être au moins aussi long que seul."),
            "not_writable": self.tr(
                "Le fichier des réglages ne peut pas être écrit sur cet ordinateur. Prévenez la "
                "personne qui s'occupe de l'ordinateur."),
        }
        if error.code == "invalid":
            codes = error.detail.split(",")
            return " ".join(texts.get(c, self.tr("Valeur hors limites.")) for c in codes[:2])
        return texts.get(error.code, self.tr("Réglages refusés, rien n'a été changé."))
