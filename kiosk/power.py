"""What the staff panel's "Redémarrer", "Éteindre" and "Quitter en maintenance" do.

* restart: the application quits with :data:`EXIT_RESTART`; systemd
  (``Restart=always``) starts it again a few seconds later, which also reads
  the settings and tiles changed in the panel;
* shut down: ``systemctl poweroff`` (the installer's polkit rule lets the
  ``borne`` user power off and reboot, nothing else);
* maintenance: the application quits with :data:`EXIT_MAINTENANCE`; the unit
  must list it in ``RestartPreventExitStatus=`` so that the borne stays
  stopped for whoever administers the PC.

The quit and command runners are injected: tests never stop anything.
"""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Callable, Sequence

log = logging.getLogger("init")

EXIT_RESTART = 0
EXIT_MAINTENANCE = 77
POWEROFF = ("systemctl", "poweroff")


def _run(command: Sequence[str]) -> bool:
    try:
        return subprocess.run(list(command), check=False, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


class SystemPower:
    """Power actions of an installed borne.

    Args:
        quit_app: Ends the application with an exit code (``QApplication.exit``).
        run: Runs a command, returns whether it worked.
    """

    def __init__(
        self, quit_app: Callable[[int], None], run: Callable[[Sequence[str]], bool] = _run
    ) -> None:
        self._quit = quit_app
        self._run = run
        self.failed = False

    def restart(self) -> None:
        """Quit; systemd starts the borne again."""
        log.warning("restart asked by staff")
        self._quit(EXIT_RESTART)

    def shutdown(self) -> None:
        """Power the PC off (``failed`` tells when the system refused)."""
        log.warning("power off asked by staff")
        self.failed = not self._run(POWEROFF)
        if self.failed:
            log.error("power off refused by the system")

    def quit_to_maintenance(self) -> None:
        """Quit with the exit code that keeps systemd from restarting the borne."""
        log.warning("maintenance exit asked by staff")
        self._quit(EXIT_MAINTENANCE)
