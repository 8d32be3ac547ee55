"""Accompanied sessions: the start screen and the closing screen.

Start: who is accompanying (a role, never a name), which pathway, and
optionally the thématiques. Closing: démarche aboutie, autonomie,
réorientation, and optionally age band and statut, with everything
pre-filled by :func:`kiosk.staff.closing_defaults` so the common case is one
tap on "Enregistrer". Codes come from :mod:`kiosk.staff`; the words are here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.staff import (
    PATHWAYS,
    REORIENTED,
    ROLES,
    AccompanimentStart,
    ClosingForm,
    assisted_facts,
    closing_defaults,
    closing_problems,
    start_problems,
    thematique_choices,
)
from kiosk.ui.staff_widgets import ChipGroup, label, screen, vocabulary_text
from kiosk.ui.style import named
from kiosk.vocabulary import Vocabulary, vocabulary


def _scrolled(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    named(content, "staffScreen", styled=True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(content)
    return area


def _vocab_choices(vocab: Vocabulary, name: str, codes: Sequence[str] = ()) -> list[
    tuple[str, str]
]:
    return [(c, vocabulary_text(vocab.label(name, c))) for c in (codes or vocab.lists[name])]


class StartAccompaniment(QWidget):
    """"Démarrer un accompagnement": role, pathway, optional thématiques.

    Signals:
        started(object): an :class:`~kiosk.staff.AccompanimentStart`.
        cancelled(): "Annuler" touched.
    """

    started = Signal(object)
    cancelled = Signal()

    def __init__(self, vocab: Vocabulary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        screen(self)
        self.vocab = vocab or vocabulary()
        role_words = {
            "accueil": self.tr("Accueil"),
            "mediateur_numerique": self.tr("Médiateur ou conseiller numérique"),
            "benevole": self.tr("Bénévole"),
            "ecrivain_public": self.tr("Écrivain public"),
            "travailleur_social": self.tr("Travailleur social"),
        }
        self.roles = ChipGroup([(c, role_words[c]) for c in ROLES], columns=3)
        pathway_words = {
            "acces_aux_droits": self.tr("Une démarche (accès aux droits)"),
            "apprentissage": self.tr("Apprendre le numérique"),
        }
        self.pathways = ChipGroup([(c, pathway_words[c]) for c in PATHWAYS], columns=2)
        choices = thematique_choices(self.vocab)
        self.themes = {
            pathway: ChipGroup(
                [(c, vocabulary_text(self.vocab.thematique_label(c))) for c in codes],
                exclusive=False, columns=3,
            )
            for pathway, codes in choices.items()
        }
        self.message = label("", "staffMessage")
        self.start_button = named(QPushButton(self.tr("Commencer l'accompagnement")), "primary")
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.start_button.clicked.connect(self._start)
        self.cancel_button.clicked.connect(self.cancelled)
        self.pathways.changed.connect(self._show_themes)
        self.roles.changed.connect(lambda: self.message.setText(""))

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(40, 24, 40, 12)
        column.setSpacing(12)
        column.addWidget(label(self.tr("Démarrer un accompagnement"), "staffTitle"))
        column.addWidget(label(self.tr(
            "La session dure plus longtemps sans toucher l'écran, et vous pourrez la mettre "
            "en pause. Aucun nom n'est enregistré.")))
        column.addWidget(label(self.tr("Vous êtes"), "staffSection"))
        column.addWidget(self.roles)
        column.addWidget(label(self.tr("Pour"), "staffSection"))
        column.addWidget(self.pathways)
        column.addWidget(label(self.tr("Thèmes (facultatif, plusieurs possibles)"),
                               "staffSection"))
        for group in self.themes.values():
            column.addWidget(group)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scrolled(body), 1)
        outer.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(40, 8, 40, 20)
        row.setSpacing(20)
        row.addWidget(self.message, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.start_button)
        return row

    def prepare(self, last_role: str | None = None) -> None:
        """Clear the choices; pre-select the role used last on this borne."""
        self.roles.select([last_role])
        self.pathways.select(["acces_aux_droits"])
        for group in self.themes.values():
            group.select([])
        self.message.setText("")
        self._show_themes()

    def _show_themes(self) -> None:
        pathway = self.pathways.current() or "acces_aux_droits"
        for code, group in self.themes.items():
            group.setVisible(code == pathway)

    def choice(self) -> AccompanimentStart:
        """Return what is ticked now."""
        pathway = self.pathways.current() or ""
        themes = self.themes[pathway].selected() if pathway in self.themes else ()
        return AccompanimentStart(self.roles.current() or "", pathway, themes)

    def _start(self) -> None:
        start = self.choice()
        if start_problems(start):
            self.message.setText(self.tr("Touchez d'abord ce que vous êtes (accueil, bénévole…)."))
            return
        self.started.emit(start)


class ClosingScreen(QWidget):
    """"Fin de l'accompagnement": pre-filled answers, one tap to save.

    Signals:
        finished(object): the :class:`~kiosk.journal.AssistedFacts` to journal.
        backRequested(): "Revenir à la session" (the session goes on).
    """

    finished = Signal(object)
    backRequested = Signal()

    def __init__(self, vocab: Vocabulary | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        screen(self)
        self.vocab = vocab or vocabulary()
        self.start: AccompanimentStart | None = None
        self._themes: tuple[str, ...] = ()
        outcome_words = {
            "oui": self.tr("Oui, c'est fait"),
            "a_finir_seul": self.tr("À finir seule"),
            "a_revenir": self.tr("Doit revenir"),
            REORIENTED: self.tr("Envoyée ailleurs"),
        }
        self.outcome = ChipGroup(list(outcome_words.items()), columns=4)
        redirection_words = {
            "administration": self.tr("Administration (mairie, préfecture…)"),
            "operateur_ou_organisme_en_charge": self.tr("L'organisme de la démarche (CAF…)"),
            "aide_sociale": self.tr("Aide sociale (CCAS, maison des solidarités…)"),
            "insertion_professionnelle": self.tr("Emploi (France Travail, mission locale…)"),
            "aide_aux_demarches_administratives": self.tr("France Services, aide aux démarches"),
            "mediation_numerique": self.tr("Un autre lieu de médiation numérique"),
            "autre": self.tr("Autre"),
        }
        self.redirection = ChipGroup(
            [(c, redirection_words.get(c) or vocabulary_text(self.vocab.label(
                "structure_de_redirection", c)))
             for c in self.vocab.lists["structure_de_redirection"]], columns=2)
        autonomy_words = {
            "entierement_accompagne": self.tr("J'ai tout fait avec elle"),
            "partiellement_autonome": self.tr("Elle a fait, avec un peu d'aide"),
            "autonome": self.tr("Elle a tout fait seule"),
        }
        self.autonomie = ChipGroup(list(autonomy_words.items()), columns=3)
        self.aidants = ChipGroup([("oui", self.tr("Fait via Aidants Connect"))], exclusive=False,
                                 columns=3)
        self.more_button = QPushButton(self.tr("Ajouter l'âge ou la situation (facultatif)"))
        self.more_button.setCheckable(True)
        self.age = ChipGroup(_vocab_choices(self.vocab, "tranche_age"), columns=4)
        self.statut = ChipGroup(_vocab_choices(self.vocab, "statut_social"), columns=3)
        self.more = QWidget()
        more_column = QVBoxLayout(self.more)
        more_column.setContentsMargins(0, 0, 0, 0)
        more_column.addWidget(label(self.tr("Âge"), "staffSection"))
        more_column.addWidget(self.age)
        more_column.addWidget(label(self.tr("Situation"), "staffSection"))
        more_column.addWidget(self.statut)
        self.message = label("", "staffMessage")
        self.save_button = named(QPushButton(self.tr("Enregistrer et terminer")), "primary")
        self.back_button = QPushButton(self.tr("Revenir à la session"))
        self.save_button.clicked.connect(self._save)
        self.back_button.clicked.connect(self.backRequested)
        self.outcome.changed.connect(self._outcome_changed)
        self.more_button.toggled.connect(self.more.setVisible)
        self.redirection_title = label(self.tr("Vers quelle structure ?"), "staffSection")
        self._layout()

    def _layout(self) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(40, 24, 40, 12)
        column.setSpacing(12)
        column.addWidget(label(self.tr("Fin de l'accompagnement"), "staffTitle"))
        column.addWidget(label(self.tr(
            "Vérifiez les réponses déjà cochées, puis touchez « Enregistrer et terminer ». "
            "Tout ce que la personne a fait sera ensuite effacé.")))
        column.addWidget(label(self.tr("La démarche est-elle faite ?"), "staffSection"))
        column.addWidget(self.outcome)
        column.addWidget(self.redirection_title)
        column.addWidget(self.redirection)
        column.addWidget(label(self.tr("Qui a fait la démarche ?"), "staffSection"))
        column.addWidget(self.autonomie)
        column.addWidget(self.aidants)
        column.addWidget(self.more_button)
        column.addWidget(self.more)
        column.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scrolled(body), 1)
        row = QHBoxLayout()
        row.setContentsMargins(40, 8, 40, 20)
        row.setSpacing(20)
        row.addWidget(self.message, 1)
        row.addWidget(self.back_button)
        row.addWidget(self.save_button)
        outer.addLayout(row)

    def prepare(
        self,
        start: AccompanimentStart,
        tiles_opened: Sequence[str],
        organismes: Mapping[str, str],
        thematiques_by_tile: Mapping[str, Sequence[str]],
    ) -> None:
        """Fill the screen for this accompaniment (pre-filled answers)."""
        self.start = start
        form = closing_defaults(start, tiles_opened, organismes, thematiques_by_tile)
        self._themes = form.thematiques
        self.outcome.select([form.demarche_aboutie])
        self.autonomie.select([form.autonomie])
        self.redirection.select([form.redirection])
        self.aidants.select(["oui"] if form.aidants_connect else [])
        self.age.select([form.tranche_age])
        self.statut.select([form.statut])
        self.more_button.setChecked(False)
        self.more.setVisible(False)
        self.message.setText("")
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        reoriented = self.outcome.current() == REORIENTED
        self.redirection_title.setVisible(reoriented)
        self.redirection.setVisible(reoriented)
        self.message.setText("")

    def form(self) -> ClosingForm:
        """Return the answers as ticked now."""
        outcome = self.outcome.current()
        return ClosingForm(
            demarche_aboutie=outcome,
            autonomie=self.autonomie.current(),
            redirection=self.redirection.current() if outcome == REORIENTED else None,
            tranche_age=self.age.current() or "non_communique",
            statut=self.statut.current() or "non_communique",
            aidants_connect=bool(self.aidants.selected()),
            thematiques=self._themes,
        )

    def _save(self) -> None:
        if self.start is None:
            return
        form = self.form()
        problems = closing_problems(form)
        if problems:
            texts = {
                "no_outcome": self.tr("Touchez si la démarche est faite ou non."),
                "no_autonomie": self.tr("Touchez qui a fait la démarche."),
                "no_redirection": self.tr("Touchez vers quelle structure la personne est envoyée."),
            }
            self.message.setText(texts[problems[0].value])
            return
        self.finished.emit(assisted_facts(self.start, form))
