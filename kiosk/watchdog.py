"""Tell systemd how the borne is doing: the sd_notify protocol, no dependency.

systemd starts the borne with ``Type=notify`` and ``WatchdogSec=``: it passes
``$NOTIFY_SOCKET`` (an AF_UNIX datagram socket, ``@`` meaning the abstract
namespace) and ``$WATCHDOG_USEC``. The app sends ``READY=1`` once its window
is up, ``WATCHDOG=1`` from a GUI-thread timer (so a frozen event loop stops
the pings and systemd restarts the borne), and ``STOPPING=1`` when it leaves.

The app runs under the compositor (cage), not as the unit's main process, so
``$WATCHDOG_PID`` is deliberately ignored: the unit says ``NotifyAccess=all``.
Outside systemd (tests, demo, a developer's shell) every call is a no-op.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

ENV_SOCKET = "NOTIFY_SOCKET"
ENV_WATCHDOG_USEC = "WATCHDOG_USEC"

READY = "READY=1"
WATCHDOG = "WATCHDOG=1"
STOPPING = "STOPPING=1"

#: Never ping less often than this, whatever the unit says (milliseconds).
MIN_INTERVAL_MS = 100

_log = logging.getLogger("init")


def socket_address(environ: Mapping[str, str] | None = None) -> str | bytes | None:
    """Return the notification socket address, or ``None`` outside systemd.

    Args:
        environ: Environment to read; ``None`` reads :data:`os.environ`.

    Returns:
        A filesystem path, the abstract-namespace name as bytes (leading NUL),
        or ``None`` when ``$NOTIFY_SOCKET`` is unset or not a usable address.
    """
    env = os.environ if environ is None else environ
    value = env.get(ENV_SOCKET, "")
    if value.startswith("@") and len(value) > 1:
        return b"\0" + value[1:].encode()
    if value.startswith("/"):
        return value
    return None


def notify(state: str, environ: Mapping[str, str] | None = None) -> bool:
    """Send one sd_notify message (for example ``"READY=1"``).

    Failures are logged, never raised: a borne must not stop because systemd
    could not be told something.

    Args:
        state: Newline-separated ``KEY=VALUE`` assignments.
        environ: Environment to read; ``None`` reads :data:`os.environ`.

    Returns:
        ``True`` when the datagram was sent, ``False`` outside systemd or on error.
    """
    address = socket_address(environ)
    if address is None:
        return False
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(state.encode())
    except OSError as error:
        _log.warning("systemd notification failed: %s", error.strerror or error)
        return False
    return True


def ready(environ: Mapping[str, str] | None = None) -> bool:
    """Tell systemd the borne is up (``READY=1``)."""
    return notify(READY, environ)


def ping(environ: Mapping[str, str] | None = None) -> bool:
    """Reset systemd's watchdog timer (``WATCHDOG=1``)."""
    return notify(WATCHDOG, environ)


def stopping(environ: Mapping[str, str] | None = None) -> bool:
    """Tell systemd the borne is shutting down on purpose (``STOPPING=1``)."""
    return notify(STOPPING, environ)


def ping_interval_ms(environ: Mapping[str, str] | None = None) -> int | None:
    """Return how often to ping, in milliseconds, or ``None`` if no watchdog.

    Half of ``$WATCHDOG_USEC``, as systemd recommends, so one late tick of the
    event loop does not cost a restart.

    Args:
        environ: Environment to read; ``None`` reads :data:`os.environ`.

    Returns:
        The timer interval, at least :data:`MIN_INTERVAL_MS`; ``None`` when
        there is no notification socket or no valid ``$WATCHDOG_USEC``.
    """
    env = os.environ if environ is None else environ
    if socket_address(env) is None:
        return None
    raw = env.get(ENV_WATCHDOG_USEC, "")
    try:
        usec = int(raw)
    except ValueError:
        return None
    if usec <= 0:
        return None
    return max(MIN_INTERVAL_MS, usec // 2000)
