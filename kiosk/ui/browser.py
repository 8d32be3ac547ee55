"""The embedded browser, held to one tile's hosts.

:class:`KioskPage` turns every Qt question into a call to the pure
:class:`kiosk.urlpolicy.UrlPolicy` or a refusal: navigation, new windows
(folded into the same view), permissions, full screen, certificate errors,
file system access, protocol handlers, client certificates. It never shows
an address to the person; it logs hosts only.

Hooks left for the sessions work (see ``BrowserSession`` for the profile):

- ``KioskPage.file_chooser``: callable replacing the file dialog
  (``chooseFiles``); ``None`` means "no file can be chosen".
- ``QWebEnginePage.printRequested`` / ``renderProcessTerminated``: plain Qt
  signals of the page, connected by whoever needs them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineCertificateError,
    QWebEngineClientCertificateSelection,
    QWebEngineDesktopMediaRequest,
    QWebEngineFileSystemAccessRequest,
    QWebEngineFullScreenRequest,
    QWebEngineNewWindowRequest,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
    QWebEngineRegisterProtocolHandlerRequest,
    QWebEngineWebAuthUxRequest,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from kiosk.ui.lockdown import refuse_drops
from kiosk.ui.refused import RefusalKind
from kiosk.urlpolicy import Decision, Reason, RequestKind, UrlPolicy

log = logging.getLogger("web")

#: chooseFiles replacement: (mode, old files, accepted MIME types) → paths.
FileChooser = Callable[[QWebEnginePage.FileSelectionMode, list[str], list[str]], list[str]]


def refusal_for(decision: Decision) -> RefusalKind:
    """Map a refusing decision to the screen the person sees."""
    return RefusalKind.HANDOFF if decision.reason is Reason.HANDOFF else RefusalKind.OFF_LIST


def encoded(url: QUrl) -> str:
    """Return ``url`` fully encoded (punycode host) for the policy."""
    return bytes(url.toEncoded().data()).decode("ascii", "replace")


class KioskPage(QWebEnginePage):
    """A web page that only goes where its tile allows.

    Signals:
        refused(str, str): a main-frame load was refused; carries the
            :class:`RefusalKind` value and, for a hand-off, the ``mailto:``/
            ``tel:`` target to show as a QR code (never logged).
    """

    refused = Signal(str, str)

    def __init__(
        self,
        profile: QWebEngineProfile,
        policy: UrlPolicy,
        hosts: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(profile, parent)
        self._policy = policy
        self.hosts: tuple[str, ...] = tuple(hosts)
        self.file_chooser: FileChooser | None = None
        self._last_allowed = QUrl("about:blank")
        self.permissionRequested.connect(self._deny_permission)
        self.fullScreenRequested.connect(self._refuse_full_screen)
        self.fileSystemAccessRequested.connect(self._refuse_file_system)
        self.certificateError.connect(self._refuse_certificate)
        self.newWindowRequested.connect(self._fold_new_window)
        self.registerProtocolHandlerRequested.connect(self._refuse_protocol_handler)
        self.selectClientCertificate.connect(self._no_client_certificate)
        self.webAuthUxRequested.connect(self._cancel_web_auth)
        self.desktopMediaRequested.connect(self._refuse_screen_capture)
        self.urlChanged.connect(self._check_committed_url)

    # -- navigation ---------------------------------------------------------

    def decide(self, url: QUrl, kind: RequestKind) -> Decision:
        """Ask the policy about ``url`` for this page's hosts."""
        return self._policy.decide(encoded(url), self.hosts, kind)

    def acceptNavigationRequest(  # noqa: N802 - Qt API
        self, url: QUrl | str, type: QWebEnginePage.NavigationType, isMainFrame: bool  # noqa: N803
    ) -> bool:
        """Let the policy decide; a refused main frame shows the refused screen."""
        url = QUrl(url)
        kind = RequestKind.NAVIGATION if isMainFrame else RequestKind.SUBFRAME
        decision = self.decide(url, kind)
        if decision.allowed:
            return True
        log.info("navigation refused: %s (host %s)", decision.reason.value, decision.host)
        if isMainFrame:
            self._emit_refused(decision, url)
        return False

    def _check_committed_url(self, url: QUrl) -> None:
        """Last net: a page that got shown anyway (``view-source:`` …) is left."""
        if url.isEmpty() or url.toString() == "about:blank":
            return
        decision = self.decide(url, RequestKind.NAVIGATION)
        if decision.allowed:
            self._last_allowed = QUrl(url)
            return
        log.warning("shown page refused: %s (host %s)", decision.reason.value, decision.host)
        QTimer.singleShot(0, self._leave_refused_page)
        self._emit_refused(decision, url)

    def _leave_refused_page(self) -> None:
        self.triggerAction(QWebEnginePage.WebAction.Stop)
        self.load(self._last_allowed)

    def _emit_refused(self, decision: Decision, url: QUrl) -> None:
        kind = refusal_for(decision)
        target = url.toString() if kind is RefusalKind.HANDOFF else ""
        self.refused.emit(kind.value, target)

    def _fold_new_window(self, request: QWebEngineNewWindowRequest) -> None:
        """Popups, ``target=_blank`` and ``window.open`` load in this page."""
        url = request.requestedUrl()
        decision = self.decide(url, RequestKind.NAVIGATION)
        if not decision.allowed:
            log.info("new window refused: %s (host %s)", decision.reason.value, decision.host)
            self._emit_refused(decision, url)
            return
        log.info("new window folded into the view (host %s)", decision.host)
        self.load(url)

    # -- everything else is refused -----------------------------------------

    def _deny_permission(self, permission: QWebEnginePermission) -> None:
        log.info("permission denied: %s", permission.permissionType().name)
        permission.deny()

    def _refuse_full_screen(self, request: QWebEngineFullScreenRequest) -> None:
        request.reject()

    def _refuse_file_system(self, request: QWebEngineFileSystemAccessRequest) -> None:
        log.info("file system access refused")
        request.reject()

    def _refuse_certificate(self, error: QWebEngineCertificateError) -> None:
        log.warning("certificate error refused: %s", error.type().name)
        error.rejectCertificate()
        if error.isMainFrame():
            self.refused.emit(RefusalKind.CERTIFICATE.value, "")

    def _refuse_protocol_handler(self, request: QWebEngineRegisterProtocolHandlerRequest) -> None:
        request.reject()

    def _no_client_certificate(self, selection: QWebEngineClientCertificateSelection) -> None:
        selection.selectNone()

    def _refuse_screen_capture(self, request: QWebEngineDesktopMediaRequest) -> None:
        log.info("screen capture refused")
        request.cancel()

    def _cancel_web_auth(self, request: QWebEngineWebAuthUxRequest) -> None:
        request.cancel()

    def chooseFiles(  # noqa: N802 - Qt API
        self,
        mode: QWebEnginePage.FileSelectionMode,
        oldFiles: Sequence[str],  # noqa: N803
        acceptedMimeTypes: Sequence[str],  # noqa: N803
    ) -> list[str]:
        """Never the system file dialog: the sessions' picker, or nothing."""
        if self.file_chooser is None:
            return []
        return self.file_chooser(mode, list(oldFiles), list(acceptedMimeTypes))

    def javaScriptConsoleMessage(  # noqa: N802 - Qt API
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        lineNumber: int,  # noqa: N803
        sourceID: str,  # noqa: N803
    ) -> None:
        """Drop console messages: they may carry personal data."""

    def javaScriptAlert(self, securityOrigin: QUrl | str, msg: str) -> None:  # noqa: N802, N803
        """Show the site's message without its address in the title."""
        QMessageBox.information(QWebEngineView.forPage(self), self.tr("Message du site"), msg)

    def javaScriptConfirm(self, securityOrigin: QUrl | str, msg: str) -> bool:  # noqa: N802, N803
        """Ask the site's question without its address in the title."""
        view = QWebEngineView.forPage(self)
        answer = QMessageBox.question(view, self.tr("Question du site"), msg)
        return answer == QMessageBox.StandardButton.Yes

    def javaScriptPrompt(  # noqa: N802 - Qt API
        self, securityOrigin: QUrl | str, msg: str, defaultValue: str  # noqa: N803
    ) -> tuple[bool, str]:
        """Ask the site's question (free answer) without its address in the title."""
        view = QWebEngineView.forPage(self)
        text, ok = QInputDialog.getText(view, self.tr("Question du site"), msg, text=defaultValue)
        return ok, text


class KioskView(QWebEngineView):
    """The web view: no context menu, no drops, no inspector."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContextMenuPolicy(self.contextMenuPolicy().NoContextMenu)
        refuse_drops(self)

    def setPage(self, page: QWebEnginePage) -> None:  # noqa: N802 - Qt API
        """Show ``page``; the view's inner widgets refuse drops too."""
        super().setPage(page)
        refuse_drops(self)
