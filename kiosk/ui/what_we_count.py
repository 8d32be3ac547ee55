"""The page "Ce que la borne compte": exactly what is recorded, and what never is.

Generated from the journal's own constants (:data:`kiosk.journal.RECORDED_FIELDS`,
:data:`kiosk.journal.NEVER_RECORDED`, :data:`kiosk.journal.RETENTION_DAYS`):
a field added to the journal without a sentence here shows its raw code,
and a test fails, so the page cannot silently drift from what is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.journal import NEVER_RECORDED, RECORDED_FIELDS, RETENTION_DAYS
from kiosk.ui.style import named

#: Journal fields filled only for accompanied sessions (shown in their own section).
ACCOMPANIED_ONLY = frozenset(
    {
        "role",
        "parcours",
        "demarche_aboutie",
        "autonomie",
        "redirection",
        "tranche_age",
        "statut",
        "aidants_connect",
    }
)

_LOCAL_STYLE = """
#whatWeCount { background: #f5f3ee; }
#wwcTitle { font-size: 38px; font-weight: 700; }
#wwcIntro { font-size: 22px; color: #4a5366; }
#wwcSection { font-size: 28px; font-weight: 700; margin-top: 18px; }
#wwcItem { font-size: 22px; }
#wwcNever { font-size: 22px; }
"""


class WhatWeCountPage(QWidget):
    """Plain French list of what the journal keeps and what it never keeps.

    Signals:
        closed(): the person touched "Fermer".
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "whatWeCount", styled=True)
        self.setStyleSheet(_LOCAL_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 24)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # a finger drags the page (touch screens have no wheel)
        drag = QScroller.ScrollerGestureType.LeftMouseButtonGesture
        QScroller.grabGesture(scroll.viewport(), drag)
        body = QWidget()
        body.setObjectName("tileGrid")  # transparent background from the main style
        self.column = QVBoxLayout(body)
        self.column.setSpacing(10)
        scroll.setWidget(body)
        outer.addWidget(scroll)

        self._label(self.tr("Ce que la borne compte"), "wwcTitle")
        self._label(
            self.tr(
                "La borne compte ses passages pour que le centre et sa fédération sachent "
                "à quoi elle sert. Personne ne peut savoir qui vous êtes ni ce que vous "
                "avez fait."
            ),
            "wwcIntro",
        )
        self._label(self.tr("Ce qui n'est jamais enregistré"), "wwcSection")
        self.never_lines = self._list(self.never_texts(), NEVER_RECORDED, "✗")
        texts = self.recorded_texts()
        self._label(self.tr("Ce qui est compté, pour chaque passage"), "wwcSection")
        everyone = tuple(f for f in RECORDED_FIELDS if f not in ACCOMPANIED_ONLY)
        self.recorded_lines = self._list(texts, everyone, "✓")
        self._label(
            self.tr("En plus, quand une personne de l'équipe vous accompagne"), "wwcSection"
        )
        accompanied = tuple(f for f in RECORDED_FIELDS if f in ACCOMPANIED_ONLY)
        self.recorded_lines += self._list(texts, accompanied, "✓")
        self._label(self.tr("Combien de temps"), "wwcSection")
        self._label(
            self.tr(
                "Le détail de chaque passage reste sur cette borne {days} jours, puis il "
                "est effacé."
            ).format(days=RETENTION_DAYS),
            "wwcItem",
        )
        self._label(
            self.tr(
                "Seuls des totaux par jour (par exemple « 12 passages, dont 3 pour la Caf ») "
                "sont gardés plus longtemps et envoyés à la fédération des centres sociaux."
            ),
            "wwcItem",
        )
        self.column.addStretch(1)
        self.close_button = named(QPushButton(self.tr("Fermer")), "primary")
        self.close_button.clicked.connect(self.closed)
        outer.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)

    def recorded_texts(self) -> dict[str, str]:
        """Sentence for each field the journal keeps (journal field name → text)."""
        return {
            "day": self.tr("Le jour du passage."),
            "hour": self.tr("L'heure, arrondie (par exemple « entre 9 h et 10 h »)."),
            "mode": self.tr("Si la personne était seule ou accompagnée par l'équipe."),
            "duree_tranche": self.tr(
                "La durée, par tranche (moins de 5 minutes, 5 à 15 minutes… "
                "2 heures et plus)."
            ),
            "duree_detail": self.tr(
                "La durée, par tranche (moins de 5 minutes, 5 à 15 minutes… "
                "2 heures et plus)."
            ),
            "organismes": self.tr(
                "Les services ouverts (Caf, Assurance maladie, impôts…), sans les pages visitées."
            ),
            "thematiques": self.tr("Le thème de la démarche (logement, santé, papiers…)."),
            "pages_printed": self.tr("Le nombre de pages imprimées."),
            "documents_scanned": self.tr("Le nombre de documents numérisés."),
            "documents_uploaded": self.tr("Le nombre de documents envoyés sur un site."),
            "help_requested": self.tr("Si de l'aide a été demandée."),
            "feedback": self.tr(
                "La réponse à « Avez-vous pu faire votre démarche ? », si vous répondez."
            ),
            "end_reason": self.tr(
                "Comment le passage s'est terminé (bouton « Terminer », plus personne devant "
                "l'écran…)."
            ),
            "role": self.tr(
                "Le rôle de la personne de l'équipe (accueil, bénévole…), jamais son nom."
            ),
            "parcours": self.tr("Accès aux droits ou apprentissage du numérique."),
            "demarche_aboutie": self.tr("Si la démarche a abouti."),
            "autonomie": self.tr("Si la personne a pu faire seule, un peu, ou pas."),
            "redirection": self.tr("Vers quel type de structure la personne a été orientée."),
            "tranche_age": self.tr(
                "La tranche d'âge, seulement si la personne veut bien la donner."
            ),
            "statut": self.tr(
                "La situation (en emploi, à la retraite…), seulement si la personne veut "
                "bien la donner."
            ),
            "aidants_connect": self.tr("Si Aidants Connect a été utilisé."),
            "vocabulary_version": self.tr(
                "La version de la liste nationale des thèmes utilisée pour les compter."
            ),
        }

    def never_texts(self) -> dict[str, str]:
        """Sentence for each thing the journal never keeps (code → text)."""
        return {
            "adresses_web": self.tr("Les adresses des sites et des pages visités."),
            "titres_des_pages": self.tr("Les titres des pages."),
            "saisies": self.tr(
                "Ce que vous tapez : identifiants, mots de passe, formulaires."
            ),
            "noms_de_fichiers": self.tr("Vos documents, ni leur nom, ni leur contenu."),
            "heure_exacte": self.tr("L'heure exacte de votre passage."),
            "duree_exacte": self.tr("La durée exacte de votre passage."),
            "identite": self.tr(
                "Votre nom, votre adresse, votre numéro de sécurité sociale, ni rien qui "
                "permette de vous reconnaître."
            ),
            "personnel": self.tr("Le nom de la personne de l'équipe qui vous a aidé ou aidée."),
            "adresse_ip": self.tr("Les adresses de connexion à internet (adresses IP)."),
            "texte_libre": self.tr("Les commentaires écrits à la main : il n'y en a pas."),
        }

    def _label(self, text: str, role: str) -> QLabel:
        label = named(QLabel(text), role)
        label.setWordWrap(True)
        self.column.addWidget(label)
        return label

    def _list(self, texts: dict[str, str], codes: tuple[str, ...], mark: str) -> list[str]:
        """Add one line per code (same sentence once); return the lines shown."""
        lines: list[str] = []
        for code in codes:
            line = texts.get(code, code)  # an unknown field shows up, visibly
            if line not in lines:
                lines.append(line)
                self._label(f"{mark}  {line}", "wwcItem" if mark == "✓" else "wwcNever")
        return lines
