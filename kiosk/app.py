"""Composition root: builds every long-lived object and wires their signals.

Nothing else constructs settings, catalogue, policy, session factory or
windows. ``kiosk run`` and ``kiosk screenshot`` both go through
:func:`build`; the tests too.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.catalogue import Catalogue, catalogue_from_text, load_catalogue
from kiosk.config import KioskSettings, LoadedSettings, Settings, config_path, load_settings
from kiosk.paths import RESOURCES
from kiosk.ui.home import HomeScreen
from kiosk.ui.i18n import install_translators
from kiosk.ui.lockdown import Lockdown, lock_window
from kiosk.ui.mainwindow import MainWindow
from kiosk.ui.startup import (
    SignalBridge,
    after_first_paint,
    application,
    apply_look,
    every,
    exit_application,
    later,
    show_full_screen,
)
from kiosk.ui.webengine import BrowserSessionFactory, flush_deferred_deletes
from kiosk.urlpolicy import UrlPolicy

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

# The public face of start-up: ``application`` is kiosk.ui.startup's, re-exported.
__all__ = ["Borne", "Options", "application", "build", "debugging_problem", "quit_app", "run"]

log = logging.getLogger("init")

ICONS = RESOURCES / "icons"
TRANSLATIONS = RESOURCES / "translations"
DEMO_CENTRE = "Centre social des Tilleuls (démo)"

#: Pure Python modules of the sessions work (SQLAlchemy, Alembic, keyring, tomlkit, qrcode…),
#: imported on a worker thread once the home screen is painted (see Borne.finish_in_slices).
BACKGROUND_IMPORTS = (
    "kiosk.journal", "kiosk.pin", "kiosk.power", "kiosk.session", "kiosk.staff",
    "kiosk.staff_config", "kiosk.sync.catalogue_feed", "kiosk.sync.outbox", "kiosk.sync.worker",
    "kiosk.directory", "kiosk.qr",
)

#: Environment that would open a remote inspector on the embedded browser.
DEBUG_ENV = ("QTWEBENGINE_REMOTE_DEBUGGING",)
DEBUG_FLAGS = ("--remote-debugging", "--auto-open-devtools")


@dataclass(frozen=True)
class Options:
    """What the command line asked for."""

    demo: bool = False
    config: Path | None = None
    demo_port: int = 8765  # another free port is taken if it is busy
    data_dir: Path | None = None  # journal, PIN attempts… (demo: a temporary folder)


@dataclass
class Borne:
    """Everything :func:`build` made, to be shown, used by tests, then closed."""

    settings: Settings
    catalogue: Catalogue
    policy: UrlPolicy
    window: MainWindow
    lockdown: Lockdown
    demo: Any = None  # kiosk.demo.server.DemoServer, imported only for --demo
    translators: list[QTranslator] = field(default_factory=list)
    finished: bool = False
    options: Options = field(default_factory=Options)
    services: Any = None  # kiosk.ui.wiring.Services, built by finish()
    inclusion: Any = None  # kiosk.ui.inclusion.Inclusion, built by finish()

    importer: threading.Thread | None = None  # BACKGROUND_IMPORTS, see finish_in_slices
    closed: bool = False

    def finish(self) -> None:
        """Wire what the home screen does not need to appear (idempotent)."""
        if self.finished:
            return
        self.finished = True
        if self.importer is not None:
            self.importer.join()  # never import one module from two threads at once
        if self.services is None:
            self.services = _wire_services(self)
        if self.inclusion is None:
            self.inclusion = _wire_inclusion(self)

    def finish_in_slices(self) -> None:
        """Do :meth:`finish` without holding the GUI thread long (``kiosk run``, after the paint).

        The pure Python modules of :data:`BACKGROUND_IMPORTS` are imported on a
        worker thread (no Qt object is made there); then the services and the
        inclusion screens are built on the GUI thread, one event-loop turn
        each. :meth:`finish` called in between completes everything at once.
        """
        if self.finished or self.importer is not None:
            return
        self.importer = threading.Thread(
            target=_import_modules, args=(BACKGROUND_IMPORTS,), name="borne-imports", daemon=True
        )
        self.importer.start()
        self._next_slice()

    def _next_slice(self, step: int = 0) -> None:
        if self.finished or self.closed:
            return
        if self.importer is not None and self.importer.is_alive():
            later(10, lambda: self._next_slice(step))
            return
        slices: tuple[Callable[[], object], ...] = (
            lambda: self.window.service,  # built on first use: now, before any tile
            lambda: importlib.import_module("kiosk.ui.wiring"),  # Qt modules: GUI thread
            lambda: setattr(self, "services", _wire_services(self)),
            lambda: importlib.import_module("kiosk.ui.inclusion"),
        )
        if step == len(slices):
            self.finish()
            return
        slices[step]()
        # A frame later, not a posted call: input and paint events get their turn in between.
        later(16, lambda: self._next_slice(step + 1))

    def close(self) -> None:
        """End the session (journaled), stop the services, delete the window, stop the demo."""
        self.closed = True
        self.window.allow_close = True
        self.window.end_session()
        if self.services is not None:
            self.services.shutdown()  # sync worker, outbox, journal (flushed)
        self.window.hide()
        self.window.deleteLater()
        flush_deferred_deletes()
        if self.demo is not None:
            self.demo.stop()


def debugging_problem(environ: dict[str, str] | os._Environ[str]) -> str:
    """Return why the environment would expose devtools, or ``""``."""
    for name in DEBUG_ENV:
        if environ.get(name):
            return name
    flags = environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    return next((flag for flag in DEBUG_FLAGS if flag in flags), "")


def _settings(options: Options) -> Settings:
    loaded: LoadedSettings = load_settings(options.config)
    for problem in loaded.problems:
        log.warning("configuration: %s", problem)
    settings = loaded.settings
    kiosk = settings.kiosk
    if options.data_dir is not None:
        kiosk = dataclasses.replace(kiosk, data_dir=options.data_dir)
    elif options.demo and kiosk.data_dir == KioskSettings().data_dir:
        # The demo never touches /var/lib/borne unless a --config file asks for it.
        import tempfile

        temporary = Path(tempfile.mkdtemp(prefix="borne-demo-"))
        kiosk = dataclasses.replace(kiosk, data_dir=temporary,
                                    catalogue_override=temporary / "tuiles.toml")
    settings = dataclasses.replace(settings, kiosk=kiosk)
    if options.demo and options.config is None:
        settings = dataclasses.replace(
            settings,
            centre=dataclasses.replace(settings.centre, name=DEMO_CENTRE),
            kiosk=dataclasses.replace(kiosk, catalogue_override=kiosk.data_dir / "tuiles.toml"),
            # The demo runs at any hour: no opening hours (closes_at == opens_at).
            session=dataclasses.replace(settings.session, closes_at=settings.session.opens_at),
        )
    return settings


def build(options: Options, app: QApplication, *, defer_sessions: bool = False) -> Borne:
    """Build and wire the borne (the window is not shown yet).

    Args:
        options: What the command line asked for.
        app: The running application.
        defer_sessions: Leave the sessions work (journal, documents, idle
            countdown: heavy imports) to :meth:`Borne.finish`, which ``run``
            calls once the home screen is painted.
    """
    settings = _settings(options)
    demo = None
    if options.demo:
        from kiosk.demo.server import DemoServer

        demo = DemoServer(options.demo_port)
        demo.start()
        catalogue = catalogue_from_text(demo.catalogue_text(), "catalogue de démonstration")
    else:
        catalogue = load_catalogue(override=settings.kiosk.catalogue_override)
    for problem in catalogue.problems:
        log.warning("catalogue: %s", problem)
    language = settings.kiosk.default_language
    translators = install_translators(app, language, TRANSLATIONS)
    apply_look(app)

    policy = UrlPolicy(allow_loopback_http=options.demo)
    sessions = BrowserSessionFactory(policy)
    # Autonomous tiles; accompanied sessions (staff) come with the sessions work.
    tiles = catalogue.for_session(accompanied=False)
    logo = Path(settings.centre.logo) if settings.centre.logo else None
    window = MainWindow(
        catalogue,
        lambda parent: HomeScreen(settings.centre.name, tiles, ICONS, language, parent, logo=logo),
        _service_screen, sessions, language,
    )
    lockdown = Lockdown(window)
    lock_window(window, lockdown)
    lockdown.activity.connect(window.userActivity)
    borne = Borne(settings, catalogue, policy, window, lockdown, demo, translators,
                  options=options)
    window.before_session = borne.finish
    if not defer_sessions:
        borne.finish()
    return borne


def _service_screen() -> Any:  # noqa: ANN401 - kiosk.ui.service.ServiceScreen
    """The service screen (MainWindow builds it after the home is painted)."""
    from kiosk.ui.service import ServiceScreen

    return ServiceScreen(ICONS)


def _wire_services(borne: Borne) -> Any:  # noqa: ANN401 - kiosk.ui.wiring.Services
    """Journal, sessions, staff screens, help calls, feedback, sync (see kiosk.ui.wiring)."""
    from kiosk.ui.wiring import Places, Services  # heavy: after the home

    data_dir = borne.settings.kiosk.data_dir
    options = borne.options
    shipped = None
    if borne.demo is not None:  # the tile editor starts from the demo catalogue
        data_dir.mkdir(parents=True, exist_ok=True)
        shipped = data_dir / "catalogue-demo.toml"
        shipped.write_text(borne.demo.catalogue_text(), encoding="utf-8")
    demo_only = options.demo and options.config is None
    places = Places(
        data_dir=data_dir,
        settings_file=options.config or (data_dir / "borne.toml" if demo_only else config_path()),
        override=borne.settings.kiosk.catalogue_override,
        shipped=shipped,
    )

    def load(federation: Path | None) -> Catalogue:
        """The catalogue again, over the federation's layer (applied between sessions)."""
        if shipped is None:
            return load_catalogue(override=places.override, federation=federation)
        return load_catalogue(shipped, places.override, policy=borne.policy,
                              federation=federation)

    return Services(borne.window, borne.settings, borne.catalogue, places, policy=borne.policy,
                    quit_app=quit_app, load=load)


def _wire_inclusion(borne: Borne) -> Any:  # noqa: ANN401 - kiosk.ui.inclusion.Inclusion
    """Languages, guides, local directory, offline screen, accessibility (kiosk.ui.inclusion)."""
    from kiosk.directory import EXAMPLE_DIRECTORY, load_directory
    from kiosk.ui.inclusion import Inclusion

    directory = load_directory(EXAMPLE_DIRECTORY if borne.demo is not None else None)
    for problem in directory.problems:
        log.warning("annuaire: %s", problem)
    kiosk = borne.settings.kiosk
    return Inclusion(
        application(), borne.window, borne.catalogue, directory,
        languages=kiosk.languages, default_language=kiosk.default_language,
        translators=borne.translators,
        translations_dir=TRANSLATIONS, icons_dir=ICONS,
    )


def _import_modules(names: tuple[str, ...]) -> None:
    """Import ``names`` (worker thread); a failure is raised again where the GUI imports it."""
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # the GUI thread imports it again and reports it
            log.debug("background import of %s failed", name)


def quit_app(code: int) -> None:
    """Quit with ``code`` (staff panel); a maintenance exit leaves a mark for borne-session.

    cage may not pass the exit code on: installer/borne-session.sh returns 77
    to systemd when it finds ``$RUNTIME_DIRECTORY/maintenance``.
    """
    from kiosk.power import EXIT_MAINTENANCE

    runtime = os.environ.get("RUNTIME_DIRECTORY")
    if code == EXIT_MAINTENANCE and runtime:
        try:
            (Path(runtime) / "maintenance").touch()
        except OSError:
            log.exception("maintenance mark not written")
    log.info("quit asked by staff (%d)", code)
    exit_application(code)


def _purge_leftovers() -> None:
    """Delete what a crash or a power cut left of a person's session (``run`` only).

    Only the running borne (it holds the single-instance lock) may do it: a
    ``kiosk screenshot`` next to it must not touch its live session.
    Installed, the service's private /tmp already starts empty.
    """
    import tempfile

    from kiosk.sessionfiles import BROWSER_FOLDER_PREFIX, purge_stale

    purged = purge_stale(Path(tempfile.gettempdir()), BROWSER_FOLDER_PREFIX)
    if purged:
        log.warning("%d session folder(s) left by a crash deleted", purged)


def run(
    options: Options,
    *,
    windowed: bool = False,
    on_started: Callable[[Borne], None] | None = None,
) -> int:
    """Run the borne until SIGTERM/SIGINT. Returns the exit code.

    ``on_started`` is called once the window is shown (tests drive the borne with it).
    """
    problem = debugging_problem(os.environ)
    if problem:
        print(f"La borne refuse de démarrer avec {problem} : il ouvrirait les outils "
              "de développement du navigateur.", file=sys.stderr)
        return 2
    _purge_leftovers()
    app = application()
    borne = build(options, app, defer_sessions=True)
    window = borne.window
    after_first_paint(window.home, borne.finish_in_slices)
    if windowed:
        window.resize(1280, 800)
        window.show()
    else:
        show_full_screen(window, app)
    from kiosk import watchdog  # sockets: imported once the window is shown

    def quit_cleanly() -> None:
        log.info("stop requested")
        watchdog.stopping()
        window.allow_close = True
        app.quit()

    bridge = SignalBridge(app)
    bridge.received.connect(quit_cleanly)
    interval = watchdog.ping_interval_ms()
    if interval is not None:
        every(interval, watchdog.ping, app)
    watchdog.ready()
    # QtWebEngine's modules load while nobody waits; profiles wait for a tile.
    later(1500, BrowserSessionFactory.preload)
    log.info("borne started with %d tiles", len(borne.catalogue.tiles))
    if on_started is not None:
        on_started(borne)
    code = app.exec()
    borne.close()
    return code
