"""One person's browser: an off-the-record profile, its page, view and folder.

A :class:`BrowserSession` is made when a person first touches a tile and
closed when their session ends. Nothing it holds outlives :meth:`close`:
the view and page are deleted before the profile (Qt keeps a profile alive
while a page uses it), deferred deletions are flushed, the session's temp
folder is removed and the clipboard cleared.

Hooks for the sessions work:

- ``session.profile.downloadRequested``: downloads (unconnected = cancelled);
  ``session.folder`` is where they may go.
- ``session.pageCreated(KioskPage)``: each new page, to connect
  ``printRequested`` or set ``page.file_chooser``.
- ``session.renderProcessCrashed``: the page's renderer died.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile, QWebEngineSettings

from kiosk.catalogue import Tile
from kiosk.sessionfiles import BROWSER_FOLDER_PREFIX
from kiosk.ui.browser import KioskPage, KioskView
from kiosk.ui.interceptor import PolicyInterceptor
from kiosk.ui.webengine import flush_deferred_deletes
from kiosk.urlpolicy import UrlPolicy

log = logging.getLogger("web")

_Attr = QWebEngineSettings.WebAttribute

#: Page settings of every session: nothing that leads out of the page.
SETTINGS: dict[QWebEngineSettings.WebAttribute, bool] = {
    _Attr.JavascriptCanAccessClipboard: False,
    _Attr.JavascriptCanPaste: False,
    _Attr.JavascriptCanOpenWindows: True,  # window.open reaches us, then is folded
    _Attr.LocalContentCanAccessFileUrls: False,
    _Attr.LocalContentCanAccessRemoteUrls: False,
    _Attr.AllowRunningInsecureContent: False,
    _Attr.AllowGeolocationOnInsecureOrigins: False,
    _Attr.AllowWindowActivationFromJavaScript: False,
    _Attr.FullScreenSupportEnabled: False,
    _Attr.ScreenCaptureEnabled: False,
    _Attr.PluginsEnabled: False,
    _Attr.PdfViewerEnabled: False,  # PDFs become downloads: our own PDF screen
    _Attr.NavigateOnDropEnabled: False,
    _Attr.ErrorPageEnabled: False,  # Chromium's error pages show the address
    _Attr.DnsPrefetchEnabled: False,
    _Attr.HyperlinkAuditingEnabled: False,
    _Attr.WebRTCPublicInterfacesOnly: True,
    _Attr.TouchIconsEnabled: False,
}


class BrowserSession(QObject):
    """Profile, page, view and temp folder of one person's visit.

    Signals:
        pageCreated(object): a :class:`KioskPage` was made for a tile.
        renderProcessCrashed(): the page's renderer process died.
        closed(): everything was deleted.
    """

    pageCreated = Signal(object)
    renderProcessCrashed = Signal()
    closed = Signal()

    def __init__(
        self, policy: UrlPolicy, temp_root: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._policy = policy
        self.folder = Path(tempfile.mkdtemp(prefix=BROWSER_FOLDER_PREFIX, dir=temp_root))
        self.folder.chmod(0o700)
        self.profile = QWebEngineProfile(self)  # no storage name: off the record
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self.profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        self.profile.setPersistentPermissionsPolicy(
            QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime
        )
        self.profile.setSpellCheckEnabled(False)
        self.profile.setDownloadPath(str(self.folder))
        settings = self.profile.settings()
        for attribute, value in SETTINGS.items():
            settings.setAttribute(attribute, value)
        self.interceptor = PolicyInterceptor(policy, self)
        self.profile.setUrlRequestInterceptor(self.interceptor)
        self.view: KioskView | None = None
        self.page: KioskPage | None = None
        self.tile: Tile | None = None
        self.is_closed = False
        log.info("session profile created")

    def open(self, tile: Tile) -> KioskPage:
        """Open ``tile`` in a fresh page (the previous one is deleted).

        Cookies and storage of the session stay (the person is still logged
        in when they come back to a service); history starts again, so
        "Retour" never leads to another service.
        """
        if self.is_closed:
            raise RuntimeError("session closed")
        self.drop_page()
        self.tile = tile
        self.interceptor.hosts = tile.hosts
        page = KioskPage(self.profile, self._policy, tile.hosts)
        page.renderProcessTerminated.connect(self._on_render_terminated)
        view = KioskView()
        view.setPage(page)
        self.page, self.view = page, view
        self.pageCreated.emit(page)
        log.info("tile opened: %s", tile.id)
        page.load(QUrl(tile.start_url))
        return page

    def drop_page(self) -> None:
        """Delete the current view and page (going home): nothing runs behind."""
        page, view = self.page, self.view
        self.page, self.view = None, None
        self.interceptor.hosts = ()
        if view is not None:
            view.hide()
            view.setParent(None)
            view.deleteLater()
        if page is not None:
            page.renderProcessTerminated.disconnect(self._on_render_terminated)
            page.deleteLater()
        flush_deferred_deletes()

    def _on_render_terminated(
        self, status: QWebEnginePage.RenderProcessTerminationStatus, _code: int
    ) -> None:
        if status != QWebEnginePage.RenderProcessTerminationStatus.NormalTerminationStatus:
            log.warning("render process ended: %s", status.name)
            self.renderProcessCrashed.emit()

    def close(self) -> None:
        """Delete view and pages, then the profile, then the folder. Idempotent."""
        if self.is_closed:
            return
        self.is_closed = True
        self.drop_page()
        self.profile.setUrlRequestInterceptor(None)  # type: ignore[arg-type]
        self.profile.deleteLater()
        flush_deferred_deletes()
        shutil.rmtree(self.folder, ignore_errors=True)
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        log.info("session profile deleted")
        self.closed.emit()
        self.deleteLater()
