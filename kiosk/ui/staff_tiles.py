"""The staff panel's tiles page: show or hide, move, add a tile of the centre.

Every change is checked (URL policy, catalogue rules) and saved at once to
the centre's override file by :class:`kiosk.staff_config.TileEditor`; the
home screen shows it at the next start of the borne.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.staff_config import EditError, TileEditor, TileRow
from kiosk.ui.staff_widgets import label
from kiosk.ui.style import named


class TilesPage(QWidget):
    """List of tiles with big buttons, and the form to add one.

    Args:
        editor: Reads and writes the centre's override file.

    Signals:
        saved(): a change was written (the borne shows it after a restart).
    """

    saved = Signal()

    def __init__(self, editor: TileEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.rows: dict[str, dict[str, QPushButton]] = {}
        self.message = label("", "staffMessage")
        self.good = label("", "staffGood")
        self.list_widget = named(QWidget(), "staffScreen", styled=True)
        self.grid = QGridLayout(self.list_widget)
        self.grid.setSpacing(8)
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.list_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.list_widget)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(40)
        self.name_edit.setAccessibleName(self.tr("Nom de la tuile"))
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.setAccessibleName(self.tr("Adresse de départ"))
        self.hosts_edit = QLineEdit()
        self.hosts_edit.setAccessibleName(self.tr("Sites autorisés"))
        self.add_button = named(QPushButton(self.tr("Vérifier et ajouter la tuile")), "primary")
        self.add_button.clicked.connect(self.add_tile)
        self.form_button = QPushButton(self.tr("Ajouter une tuile du centre…"))
        self.form_button.setCheckable(True)
        self.form = QWidget()
        form = QGridLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(6)
        form.addWidget(label(self.tr("Nom sur la tuile (par exemple : Mairie)"), "cardText"), 0, 0)
        form.addWidget(self.name_edit, 0, 1)
        form.addWidget(label(self.tr("Adresse de la page de départ"), "cardText"), 1, 0)
        form.addWidget(self.url_edit, 1, 1)
        form.addWidget(label(self.tr(
            "Sites permis (facultatif ; sinon seulement le site de l'adresse)"), "cardText"), 2, 0)
        form.addWidget(self.hosts_edit, 2, 1)
        form.addWidget(self.add_button, 3, 1)
        form.setColumnStretch(1, 1)
        self.form.hide()
        self.form_button.toggled.connect(self._show_form)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(label(self.tr(
            "Les changements sont enregistrés tout de suite et visibles au prochain "
            "démarrage de la borne.")))
        column.addWidget(scroll, 1)
        column.addWidget(self.form_button)
        column.addWidget(self.form)
        column.addWidget(self.message)
        column.addWidget(self.good)
        self.refresh()

    def _show_form(self, shown: bool) -> None:
        self.form.setVisible(shown)
        self.list_area.setVisible(not shown)  # one thing at a time
        self.form_button.setText(
            self.tr("Annuler l'ajout") if shown else self.tr("Ajouter une tuile du centre…"))

    def refresh(self) -> None:
        """Rebuild the list from the file."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, deleted when Qt is back in its loop
                widget.deleteLater()
        self.rows.clear()
        for index, row in enumerate(self.editor.rows()):
            self._add_row(index, row)
        self.grid.setColumnStretch(0, 1)

    def _add_row(self, index: int, row: TileRow) -> None:
        text = row.label
        if row.accompanied_only:
            text += self.tr(" (accompagnement seulement)")
        if row.placeholder:
            text += self.tr(" (adresse à remplir)")
        name = label(text, "staffSection" if row.enabled else "staffHint")
        toggle = QPushButton(self.tr("Affichée") if row.enabled else self.tr("Cachée"))
        toggle.setObjectName("chip")
        toggle.setCheckable(True)
        toggle.setChecked(row.enabled)
        toggle.setMinimumWidth(170)
        toggle.setAccessibleName(self.tr("Afficher ou cacher %1").replace("%1", row.label))
        toggle.clicked.connect(lambda _c=False, r=row: self._apply(
            lambda: self.editor.set_enabled(r.id, not r.enabled)))
        up = QPushButton("↑")
        up.setAccessibleName(self.tr("Monter %1").replace("%1", row.label))
        up.clicked.connect(lambda _c=False, r=row: self._apply(lambda: self.editor.move(r.id, -1)))
        down = QPushButton("↓")
        down.setAccessibleName(self.tr("Descendre %1").replace("%1", row.label))
        down.clicked.connect(lambda _c=False, r=row: self._apply(lambda: self.editor.move(r.id, 1)))
        for arrow in (up, down):
            arrow.setFixedWidth(80)
        buttons = {"toggle": toggle, "up": up, "down": down}
        self.grid.addWidget(name, index, 0)
        self.grid.addWidget(toggle, index, 1)
        self.grid.addWidget(up, index, 2)
        self.grid.addWidget(down, index, 3)
        if row.local:
            remove = named(QPushButton(self.tr("Retirer")), "danger")
            remove.clicked.connect(lambda _c=False, r=row: self._apply(
                lambda: self.editor.remove_local(r.id)))
            self.grid.addWidget(remove, index, 4)
            buttons["remove"] = remove
        self.rows[row.id] = buttons

    def _apply(self, change: Callable[[], object]) -> bool:
        self.message.setText("")
        self.good.setText("")
        try:
            change()
            self.editor.save()
        except EditError as error:
            self.message.setText(self.error_text(error))
            self.refresh()
            return False
        self.good.setText(self.tr("Enregistré. Visible au prochain démarrage de la borne."))
        self.refresh()
        self.saved.emit()
        return True

    def add_tile(self) -> None:
        """Check the form and add the tile; the form is cleared when it worked."""
        url = self.url_edit.text().strip()
        hosts = self.hosts_edit.text().replace(",", " ").split()
        if not hosts and url:
            host = urlsplit(url).hostname
            hosts = [host] if host else []
        added = self._apply(lambda: self.editor.add_local(self.name_edit.text(), url, hosts))
        if added:
            for edit in (self.name_edit, self.url_edit, self.hosts_edit):
                edit.clear()
            self.form_button.setChecked(False)

    def error_text(self, error: EditError) -> str:
        """Say in plain words why a change was not saved."""
        texts = {
            "no_label": self.tr("Écrivez le nom de la tuile."),
            "label_too_long": self.tr("Nom trop long (40 caractères au plus)."),
            "bad_hosts": self.tr(
                "Les sites permis sont mal écrits : seulement des noms comme www.ville.fr "
                "ou *.ville.fr, sans https:// ni /."),
            "start_url_refused": self.tr(
                "Adresse refusée : elle doit commencer par https:// et son site doit être "
                "dans les sites permis."),
            "placeholder": self.tr("Cette adresse est un exemple : mettez la vraie adresse."),
            "already_exists": self.tr("Une tuile porte déjà ce nom."),
            "not_local": self.tr("Les tuiles livrées avec la borne se cachent, elles ne se "
                                 "retirent pas."),
            "unknown_tile": self.tr("Cette tuile n'existe plus."),
            "not_writable": self.tr(
                "Le fichier des tuiles ne peut pas être écrit sur cet ordinateur. Prévenez la "
                "personne qui s'occupe de l'ordinateur."),
            "unreadable": self.tr("Le fichier des tuiles est illisible."),
            "invalid_file": self.tr("Le fichier des tuiles contient une erreur : "
                                    "rien n'a été changé."),
        }
        if error.code == "refused":
            details = "; ".join(p.message for p in error.problems[:2])
            return self.tr("Refusé, rien n'a été changé : %1").replace("%1", details)
        return texts.get(error.code, error.code)
