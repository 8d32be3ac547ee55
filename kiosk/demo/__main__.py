"""Run the demo sites standalone: ``python -m kiosk.demo [--port N] [--tls]``."""

from __future__ import annotations

import argparse
import threading
from collections.abc import Sequence

from kiosk.demo.server import DEFAULT_PORT, DemoServer, DemoTlsServer
from kiosk.demo.sites import SITES


def main(argv: Sequence[str] | None = None) -> int:
    """Start the demo server, print the address of each site, serve until Ctrl+C.

    Returns:
        The process exit code.
    """
    parser = argparse.ArgumentParser(
        prog="python -m kiosk.demo", description="Sites fictifs de démonstration."
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (0 : au hasard)")
    parser.add_argument(
        "--tls", action="store_true", help="https avec un certificat auto-signé (refusé)"
    )
    args = parser.parse_args(argv)
    server = DemoTlsServer(args.port) if args.tls else DemoServer(args.port)
    server.start()
    print("Sites de démonstration (fictifs) :")
    for site in SITES:
        print(f"  {site:10} {server.url(site)}")
    print("Ctrl+C pour arrêter.", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
