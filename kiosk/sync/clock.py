"""The borne's clock compared with the federation's ``Date`` header.

Decision (see also docs/synchronisation.md): the journal files each
session under the borne's local day. A day whose figures changed while the
borne's clock was found more than :data:`TOLERANCE` away from the server's
is *suspect*: it can no longer be trusted to be the day it says. Its cells
are sent as 0 under their own date and their sum goes to the protocol's
unknown period (``inconnu``), so the federation's totals stay exact and no
figure is ever filed under a false day. Re-dating is not attempted: the
borne cannot know since when its clock was wrong.

A day is marked suspect when one of its cells changed after the last check
that found the clock right (every sync round starts with such a check,
before any batch is sent).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

#: A clock further than this from the server's is wrong.
TOLERANCE = timedelta(minutes=5)


def server_time(header: str | None) -> datetime | None:
    """Read an HTTP ``Date`` header (``None`` when missing or unreadable)."""
    if not header:
        return None
    try:
        moment = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


@dataclass(frozen=True)
class ClockCheck:
    """One comparison of the borne's clock with the server's.

    Attributes:
        offset: Borne time minus server time (positive: the borne is ahead).
        checked_at: Borne time of the check (aware, UTC).
    """

    offset: timedelta
    checked_at: datetime

    @property
    def wrong(self) -> bool:
        """Tell whether the borne's clock is off by more than :data:`TOLERANCE`."""
        return abs(self.offset) > TOLERANCE

    @property
    def code(self) -> str:
        """Stable code: ``ok``, ``en_avance`` or ``en_retard``."""
        if not self.wrong:
            return "ok"
        return "en_avance" if self.offset > timedelta(0) else "en_retard"

    def message(self) -> str:
        """Plain French sentence for the staff panel."""
        if not self.wrong:
            return "L'heure de la borne est juste."
        seconds = abs(int(self.offset.total_seconds()))
        amount = describe_duration(seconds)
        way = "en avance" if self.offset > timedelta(0) else "en retard"
        return (
            f"L'horloge de la borne est {way} de {amount}. Les passages de ces jours-là "
            "sont envoyés sans date (« période inconnue »). Demandez à la personne qui "
            "s'occupe de l'ordinateur de remettre la borne à l'heure."
        )


def describe_duration(seconds: int) -> str:
    """Say a duration in plain French, rounded to its largest unit."""
    if seconds >= 22 * 3600:
        days = round(seconds / 86400)
        return "1 jour" if days == 1 else f"{days} jours"
    if seconds >= 90 * 60:
        return f"{round(seconds / 3600)} heures"
    if seconds >= 55 * 60:
        return "1 heure"
    return f"{max(round(seconds / 60), 1)} minutes"


def compare(local: datetime, header: str | None) -> ClockCheck | None:
    """Compare the borne's time with a ``Date`` header received at ``local``.

    Args:
        local: The borne's own time when the answer arrived (naive: local time).
        header: The ``Date`` header of the answer.

    Returns:
        The check, or ``None`` when the header is missing or unreadable.
    """
    server = server_time(header)
    if server is None:
        return None
    aware = local.astimezone(UTC)  # a naive time is the system's local time
    return ClockCheck(aware - server, aware)
