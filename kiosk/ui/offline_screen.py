"""Network or service unreachable: plain words and "Réessayer".

:class:`OutageWatcher` listens to a page's ``loadingChanged``, turns a failed
main-frame load into plain data, asks the pure
:func:`kiosk.connectivity.diagnose`, and emits the outage code. The
:class:`OfflineScreen` then covers Chromium's error page with a calm card:
what happened, "Réessayer", the tile's offline guide, the accueil.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.connectivity import LoadFailure, Outage, diagnose
from kiosk.ui.accessibility import touch_button
from kiosk.ui.style import named

log = logging.getLogger("web")

_DOMAINS = {
    QWebEngineLoadingInfo.ErrorDomain.NoErrorDomain: "none",
    QWebEngineLoadingInfo.ErrorDomain.InternalErrorDomain: "internal",
    QWebEngineLoadingInfo.ErrorDomain.ConnectionErrorDomain: "connection",
    QWebEngineLoadingInfo.ErrorDomain.CertificateErrorDomain: "certificate",
    QWebEngineLoadingInfo.ErrorDomain.HttpErrorDomain: "http",
    QWebEngineLoadingInfo.ErrorDomain.FtpErrorDomain: "ftp",
    QWebEngineLoadingInfo.ErrorDomain.DnsErrorDomain: "dns",
    QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain: "http_status",
}


def failure_of(info: QWebEngineLoadingInfo) -> LoadFailure:
    """Convert Qt's loading info to plain data."""
    return LoadFailure(_DOMAINS.get(info.errorDomain(), "none"), info.errorCode())


def network_online() -> bool | None:
    """What the system says about the network (``None`` when it cannot tell)."""
    info = QNetworkInformation.instance()
    if info is None and not QNetworkInformation.loadDefaultBackend():
        return None
    info = QNetworkInformation.instance()
    if info is None:
        return None
    reach = info.reachability()
    if reach == QNetworkInformation.Reachability.Unknown:
        return None
    return reach != QNetworkInformation.Reachability.Disconnected


class OutageWatcher(QObject):
    """Watches one page; emits ``outage(code)`` when its main frame fails.

    Signals:
        outage(str): an :class:`Outage` value.
    """

    outage = Signal(str)

    def __init__(self, page: QWebEnginePage) -> None:
        super().__init__(page)
        page.loadingChanged.connect(self._on_loading)

    def _on_loading(self, info: QWebEngineLoadingInfo) -> None:
        status = info.status()
        is_http_error = (info.errorDomain()
                         == QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain)
        if status != QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus and not (
            status == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus and is_http_error
        ):
            return
        failure = failure_of(info)
        outage = diagnose(failure, network_online())
        if outage is not None:
            log.info("load failed: %s (%s %d)", outage.value, failure.domain, failure.code)
            self.outage.emit(outage.value)


class OfflineScreen(QWidget):
    """A calm card instead of the browser's error page.

    Signals:
        retryRequested(): "Réessayer".
        guideRequested(): "Lire le guide de ce service".
        homeRequested(): "Revenir à l'accueil".
    """

    retryRequested = Signal()
    guideRequested = Signal()
    homeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offline")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.outage: Outage | None = None
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = named(QWidget(), "card")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        card.setMaximumWidth(820)
        column = QVBoxLayout(card)
        column.setContentsMargins(48, 40, 48, 40)
        column.setSpacing(22)
        self.title = named(QLabel(), "cardTitle")
        self.text = named(QLabel(), "cardText")
        self.note = named(QLabel(
            self.tr("Ce n'est pas de votre faute. Vous pouvez aussi demander "
                    "de l'aide à l'accueil.")), "cardNote")
        for label in (self.title, self.text, self.note):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        self.retry_button = touch_button(self.tr("Réessayer"), "primary")
        self.retry_button.clicked.connect(self.retryRequested)
        self.guide_button = touch_button(self.tr("Lire le guide de ce service"))
        self.guide_button.clicked.connect(self.guideRequested)
        self.home_button = touch_button(self.tr("Revenir à l'accueil"))
        self.home_button.clicked.connect(self.homeRequested)
        for button in (self.retry_button, self.guide_button, self.home_button):
            column.addWidget(button)
        outer.addWidget(card)

    def show_outage(self, outage: Outage) -> None:
        """Word ``outage`` for the person."""
        self.outage = outage
        if outage is Outage.PAS_DE_RESEAU:
            self.title.setText(self.tr("La borne n'est pas connectée à Internet"))
            self.text.setText(self.tr("Internet ne marche pas en ce moment sur la borne. "
                                      "Réessayez dans un instant."))
        elif outage is Outage.SERVICE_EN_PANNE:
            self.title.setText(self.tr("Ce service a un problème en ce moment"))
            self.text.setText(self.tr("Le site du service est en panne ou trop chargé. "
                                      "Réessayez plus tard."))
        else:
            self.title.setText(self.tr("Ce service ne répond pas"))
            self.text.setText(self.tr("Internet marche, mais le site du service ne répond "
                                      "pas. Réessayez dans un instant."))
        self.retry_button.setFocus()
