"""The staff panel, behind the PIN: figures, tiles, settings, help calls, the borne.

The left column lists the pages with big buttons; "Démarrer un
accompagnement" stays at the top of every page. Power actions (restart,
shut down, quit to maintenance) go through an injected
:class:`PowerActions`, so nothing here ever stops the machine by itself;
"Quitter en maintenance" asks the PIN again first (through ``ask_pin``,
given by :class:`kiosk.ui.staff_flow.StaffFlow`). Staff actions are logged
by code, never by name.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.staff import HelpCalls, SyncStatusSource, staff_event
from kiosk.staff_config import SettingsEditor, TileEditor
from kiosk.ui.staff_figures import FiguresPage, TotalsSource
from kiosk.ui.staff_settings import SettingsPage
from kiosk.ui.staff_tiles import TilesPage
from kiosk.ui.staff_widgets import label, screen
from kiosk.ui.style import named


class PowerActions(Protocol):
    """What the panel may ask of the machine (built by the composition root)."""

    def restart(self) -> None:
        """Restart the borne application."""
        ...

    def shutdown(self) -> None:
        """Shut the PC down."""
        ...

    def quit_to_maintenance(self) -> None:
        """Leave the kiosk for maintenance (the administrator's session)."""
        ...


class HelpPage(QWidget):
    """Help calls waiting, each with "C'est fait"."""

    changed = Signal()

    def __init__(self, desk: HelpCalls, service_name: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.service_name = service_name
        self.buttons: dict[int, QPushButton] = {}
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(10)
        self.list = QGridLayout()
        self.empty = label(self.tr("Personne n'attend d'aide."), "cardText")
        self.all_button = QPushButton(self.tr("Tout est fait"))
        self.all_button.clicked.connect(self._all_done)
        self.column.addWidget(self.empty)
        self.column.addLayout(self.list)
        self.column.addWidget(self.all_button)
        self.column.addStretch(1)

    def refresh(self) -> None:
        """Show the calls waiting now."""
        while self.list.count():
            item = self.list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, deleted when Qt is back in its loop
                widget.deleteLater()
        self.buttons.clear()
        calls = self.desk.waiting
        self.empty.setVisible(not calls)
        self.all_button.setVisible(len(calls) > 1)
        for index, call in enumerate(calls):
            where = self.service_name(call.service) if call.service else self.tr("l'accueil")
            text = self.tr("Aide demandée à %1 (écran : %2)").replace(
                "%1", call.at.strftime("%H:%M")).replace("%2", where)
            done = named(QPushButton(self.tr("C'est fait")), "primary")
            done.clicked.connect(lambda _c=False, n=call.number: self._done(n))
            self.buttons[call.number] = done
            self.list.addWidget(label(text, "cardText"), index, 0)
            self.list.addWidget(done, index, 1)
        self.list.setColumnStretch(0, 1)

    def _done(self, number: int) -> None:
        self.desk.acknowledge(number)
        self.refresh()
        self.changed.emit()

    def _all_done(self) -> None:
        self.desk.acknowledge_all()
        self.refresh()
        self.changed.emit()


class BornePage(QWidget):
    """Sync status, journal status, and the power buttons (each confirmed)."""

    def __init__(
        self,
        sync: SyncStatusSource,
        power: PowerActions,
        journal_message: Callable[[], str],
        ask_pin: Callable[[Callable[[], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ask_pin = ask_pin  # asks the PIN again, then calls the function given
        self.sync = sync
        self.power = power
        self.journal_message = journal_message
        self.sync_label = label("", "cardText")
        self.journal_label = label("", "staffHint")
        self.sync_details = label("", "staffHint")
        self.sync_button = QPushButton(self.tr("Envoyer maintenant"))
        self.sync_button.clicked.connect(self._sync_now)
        self.pending: str | None = None
        self.question = label("", "staffSection")
        self.yes = named(QPushButton(self.tr("Oui")), "primary")
        self.yes.setMinimumWidth(220)
        self.no = QPushButton(self.tr("Non, annuler"))
        self.yes.clicked.connect(self._confirmed)
        self.no.clicked.connect(self._cancel)
        self.maintenance = QPushButton(self.tr("Quitter en maintenance"))
        self.restart = QPushButton(self.tr("Redémarrer la borne"))
        self.shutdown = named(QPushButton(self.tr("Éteindre la borne")), "danger")
        self.maintenance.clicked.connect(lambda: self._ask("maintenance"))
        self.restart.clicked.connect(lambda: self._ask("restart"))
        self.shutdown.clicked.connect(lambda: self._ask("shutdown"))
        confirm = QHBoxLayout()
        confirm.addWidget(self.question, 1)
        confirm.addWidget(self.no)
        confirm.addWidget(self.yes)
        self.confirm_box = named(QWidget(), "staffCard", styled=True)
        self.confirm_box.setLayout(confirm)
        self.confirm_box.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(label(self.tr("Envoi des chiffres à la fédération"), "staffSection"))
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_label, 1)
        sync_row.addWidget(self.sync_button)
        column.addLayout(sync_row)
        column.addWidget(self.sync_details)
        column.addWidget(self.journal_label)
        column.addWidget(label(self.tr("Arrêter ou relancer"), "staffSection"))
        buttons = QHBoxLayout()
        for button in (self.restart, self.shutdown, self.maintenance):
            buttons.addWidget(button)
        column.addLayout(buttons)
        column.addWidget(self.confirm_box)
        column.addStretch(1)

    def refresh(self) -> None:
        """Read the sync and journal status again."""
        status = self.sync.status()
        headlines = {
            "non_inscrite": self.tr(
                "Cette borne n'envoie pas ses chiffres (elle n'est pas reliée à une "
                "fédération). Elle compte quand même ses passages."),
            "a_jour": self.tr("Les chiffres sont à jour à la fédération."),
            "en_attente": self.tr("Des chiffres attendent d'être envoyés à la fédération."),
            "hors_ligne": self.tr(
                "La fédération n'est pas joignable pour l'instant (réseau ?). La borne "
                "réessaiera seule ; rien n'est perdu."),
            "arretee": self.tr(
                "La fédération refuse cette borne : l'envoi est arrêté. Prévenez la personne "
                "qui s'occupe de l'ordinateur (la borne doit être inscrite de nouveau)."),
            "coffre_indisponible": self.tr(
                "Le trousseau de la borne est inaccessible : l'envoi attend. Les chiffres "
                "continuent d'être comptés."),
        }
        self.sync_label.setText(headlines.get(status.state, status.headline))
        details = status.lines()[1:]  # the sync's own details (dates, counts, last error)
        self.sync_details.setText("\n".join(details))
        self.sync_details.setVisible(bool(details))
        self.sync_button.setVisible(status.state not in {"non_inscrite", "a_jour"})
        self.journal_label.setText(self.journal_message())

    def _sync_now(self) -> None:
        staff_event("sync_now")
        self.sync.sync_now()
        self.sync_button.setText(self.tr("Envoi demandé"))

    def _ask(self, action: str) -> None:
        self.pending = action
        self.question.setText({
            "maintenance": self.tr("Quitter la borne pour la maintenance ? Le code sera demandé."),
            "restart": self.tr("Redémarrer la borne maintenant ?"),
            "shutdown": self.tr("Éteindre la borne maintenant ?"),
        }[action])
        self.yes.setText({
            "maintenance": self.tr("Oui, quitter"),
            "restart": self.tr("Oui, redémarrer"),
            "shutdown": self.tr("Oui, éteindre"),
        }[action])
        self.confirm_box.show()

    def _cancel(self) -> None:
        self.pending = None
        self.confirm_box.hide()

    def _confirmed(self) -> None:
        action, self.pending = self.pending, None
        self.confirm_box.hide()
        if action == "restart":
            staff_event("restart")
            self.power.restart()
        elif action == "shutdown":
            staff_event("shutdown")
            self.power.shutdown()
            if getattr(self.power, "failed", False):
                self.journal_label.setText(self.tr(
                    "L'ordinateur a refusé de s'éteindre. Utilisez le bouton de l'ordinateur "
                    "et prévenez la personne qui s'en occupe."))
        elif action == "maintenance":
            self.ask_pin(self._maintenance)

    def _maintenance(self) -> None:
        staff_event("maintenance_exit")
        self.power.quit_to_maintenance()


class StaffPanel(QWidget):
    """The panel: header, page buttons on the left, the page on the right.

    Signals:
        accompanimentRequested(): "Démarrer un accompagnement" touched.
        closeRequested(): "Fermer le panneau" touched.
    """

    accompanimentRequested = Signal()
    closeRequested = Signal()

    def __init__(
        self,
        *,
        totals: TotalsSource,
        tiles: TileEditor,
        settings: SettingsEditor,
        help_calls: HelpCalls,
        sync: SyncStatusSource,
        power: PowerActions,
        service_labels: dict[str, str] | None = None,
        journal_message: Callable[[], str] = str,
        ask_pin: Callable[[Callable[[], None]], None],
        today: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        screen(self)
        labels = service_labels or {}
        self.figures = FiguresPage(totals, lambda: today().date(), labels)
        self.tiles = TilesPage(tiles)
        self.settings = SettingsPage(settings)
        self.help = HelpPage(help_calls, lambda code: labels.get(code, code))
        self.borne = BornePage(sync, power, journal_message, ask_pin)
        self.help.changed.connect(self.update_help_count)
        self.pages = QStackedWidget()
        self.nav: dict[str, QPushButton] = {}
        self._nav_group = QButtonGroup(self)
        nav_column = QVBoxLayout()
        nav_column.setSpacing(8)
        titles = {
            "figures": self.tr("Chiffres"),
            "help": self.tr("Demandes d'aide"),
            "tiles": self.tr("Tuiles"),
            "settings": self.tr("Réglages"),
            "borne": self.tr("La borne"),
        }
        for name, title in titles.items():
            button = named(QPushButton(title), "navButton")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, n=name: self.show_page(n))
            self._nav_group.addButton(button)
            self.nav[name] = button
            nav_column.addWidget(button)
            self.pages.addWidget(getattr(self, name))
        nav_column.addStretch(1)
        self.start_button = named(QPushButton(self.tr("Démarrer un accompagnement")), "primary")
        self.start_button.clicked.connect(self.accompanimentRequested)
        self.close_button = QPushButton(self.tr("Fermer le panneau"))
        self.close_button.clicked.connect(self.closeRequested)
        header = QHBoxLayout()
        header.addWidget(label(self.tr("Panneau de l'accueil"), "staffTitle"), 1)
        header.addWidget(self.start_button)
        header.addWidget(self.close_button)
        body = QHBoxLayout()
        body.setSpacing(24)
        nav_widget = QWidget()
        nav_widget.setLayout(nav_column)
        nav_widget.setFixedWidth(260)
        body.addWidget(nav_widget)
        body.addWidget(self.pages, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(16)
        column.addLayout(header)
        column.addLayout(body, 1)

    def open(self) -> None:
        """Show the panel fresh: waiting help calls first, else today's figures."""
        self.help.refresh()
        self.update_help_count()
        self.show_page("help" if self.help.desk.waiting else "figures")

    def show_page(self, name: str) -> None:
        """Show one page (and refresh what it reads)."""
        page = getattr(self, name)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        self.nav[name].setChecked(True)
        self.pages.setCurrentWidget(page)

    def update_help_count(self) -> None:
        """Show how many help calls wait, on the page button."""
        count = len(self.help.desk.waiting)
        text = self.tr("Demandes d'aide")
        self.nav["help"].setText(f"{text} ({count})" if count else text)
