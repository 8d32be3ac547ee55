"""Sub-commands of ``kiosk``; each module exposes ``register(subparsers)``."""
