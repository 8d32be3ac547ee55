"""What the staff panel and ``kiosk sync status`` show about the sync.

Pure data with stable codes; every sentence is plain French (the Qt side
may translate the codes instead). Having no network is a normal state for a
borne: it is reported to staff, never shown to the public.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

#: Error code → French sentence for staff (the server's own messages are used as they are).
MESSAGES: dict[str, str] = {
    "injoignable": "La borne n'arrive pas à joindre la fédération (pas de réseau ?). "
    "Elle réessaiera toute seule ; aucun chiffre n'est perdu.",
    "delai_depasse": "La fédération met trop de temps à répondre. La borne réessaiera "
    "toute seule ; aucun chiffre n'est perdu.",
    "connexion_coupee": "La connexion avec la fédération a été coupée. La borne réessaiera "
    "toute seule ; aucun chiffre n'est perdu.",
    "serveur_indisponible": "La fédération est momentanément indisponible. La borne "
    "réessaiera toute seule ; aucun chiffre n'est perdu.",
    "reponse_inattendue": "La fédération a donné une réponse inattendue (adresse erronée, "
    "ou réseau Wi-Fi qui demande une connexion ?). La borne réessaiera plus tard.",
    "coffre_indisponible": "Le coffre-fort des mots de passe de la borne est inaccessible : "
    "la synchronisation attend. Les chiffres continuent d'être comptés.",
    "journal_recommence": "Le journal des statistiques de la borne a été recommencé (l'ancien "
    "était abîmé et a été mis de côté). Pour que les nouveaux chiffres s'ajoutent aux anciens "
    "au lieu de les remplacer, inscrivez la borne de nouveau avec un nouveau code de la "
    "fédération. Les chiffres continuent d'être comptés sur la borne.",
    "jeton_change": "Le jeton d'accès de la borne venait d'être remplacé : la borne "
    "réessaie avec le nouveau ; aucun chiffre n'est perdu.",
    "lot_different": "La fédération avait déjà reçu un envoi portant le même numéro avec un "
    "autre contenu. Les chiffres ont été renvoyés sous un nouveau numéro.",
}

STOPPED_SUFFIX = (
    " La synchronisation est arrêtée : inscrivez de nouveau la borne depuis le panneau "
    "du personnel. Les chiffres continuent d'être comptés sur la borne."
)
REFUSED_SUFFIX = " Cet envoi est mis de côté et ne sera pas renvoyé tel quel."


def message_for(code: str, server_message: str | None = None, status: int | None = None) -> str:
    """Return the French sentence of an error code."""
    if code in MESSAGES:
        text = MESSAGES[code]
        if code == "serveur_indisponible" and status is not None:
            text = text.replace("indisponible.", f"indisponible (erreur {status}).", 1)
        return text
    return server_message or f"Erreur de synchronisation ({code})."


@dataclass(frozen=True)
class SyncStatus:
    """Everything the staff panel shows about the sync.

    Attributes:
        state: ``non_inscrite``, ``a_jour``, ``en_attente``, ``hors_ligne``,
            ``arretee`` (token refused: enrol again) or ``coffre_indisponible``.
        federation_host: Host of the federation (``None`` when not enrolled).
        centre: Centre name given by the federation at enrolment.
        last_success: When a batch was last acknowledged (UTC), if ever.
        pending_batches: Batches waiting to be sent.
        pending_cells: Cells in them.
        quarantined: Batches refused by the federation and set aside.
        last_error_code: Code of the last problem not yet cleared by a success.
        last_error: French sentence of that problem.
        clock_code: ``ok``, ``en_avance``, ``en_retard`` or ``inconnu`` (never checked).
        clock_message: French sentence about the clock.
        next_attempt: When the worker will try again, if it is waiting.
        running: Whether a send is going on right now.
        catalogue_version: Version of the federation's tile catalogue in use (0: none).
        catalogue_message: French sentence about the last catalogue fetch.
    """

    state: str
    federation_host: str | None = None
    centre: str = ""
    last_success: datetime | None = None
    pending_batches: int = 0
    pending_cells: int = 0
    quarantined: int = 0
    last_error_code: str | None = None
    last_error: str | None = None
    clock_code: str = "inconnu"
    clock_message: str = ""
    next_attempt: datetime | None = None
    running: bool = False
    catalogue_version: int = 0
    catalogue_message: str = ""

    @property
    def headline(self) -> str:
        """One French sentence summing up the state."""
        return {
            "non_inscrite": "Cette borne n'est pas reliée à une fédération : elle compte les "
            "passages sans les envoyer.",
            "a_jour": "Les chiffres sont à jour à la fédération.",
            "en_attente": "Des chiffres attendent d'être envoyés à la fédération.",
            "hors_ligne": "La fédération n'est pas joignable pour l'instant : les chiffres "
            "attendent sur la borne, rien n'est perdu.",
            "arretee": "La fédération refuse cette borne : la synchronisation est arrêtée.",
            "coffre_indisponible": MESSAGES["coffre_indisponible"],
        }.get(self.state, self.state)

    def lines(self) -> list[str]:
        """The status as French lines (command line, staff panel)."""
        out = [self.headline]
        if self.federation_host:
            where = f" ({self.centre})" if self.centre else ""
            out.append(f"Fédération : {self.federation_host}{where}")
        if self.state != "non_inscrite":
            when = (
                self.last_success.astimezone().strftime("%d/%m/%Y à %H:%M")
                if self.last_success
                else "jamais"
            )
            out.append(f"Dernier envoi réussi : {when}")
            out.append(
                f"Envois en attente : {self.pending_batches} ({self.pending_cells} chiffres)"
            )
        if self.quarantined:
            out.append(f"Envois refusés et mis de côté : {self.quarantined}")
        if self.last_error:
            out.append(f"Dernière erreur : {self.last_error}")
        if self.clock_code not in {"ok", "inconnu"}:
            out.append(self.clock_message)
        if self.catalogue_version:
            out.append(f"Catalogue de tuiles de la fédération : version {self.catalogue_version}")
        if self.next_attempt is not None and self.state in {"hors_ligne", "en_attente"}:
            out.append(
                "Prochain essai : " + self.next_attempt.astimezone().strftime("%H:%M:%S")
            )
        return out
