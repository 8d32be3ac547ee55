"""Borne d'accueil: a locked public-service kiosk for French centres sociaux."""

__version__ = "0.1.0"
