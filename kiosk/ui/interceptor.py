"""Second layer: every request of a session's profile goes through UrlPolicy.

The main-frame check in :class:`kiosk.ui.browser.KioskPage` decides where a
page may go; this interceptor decides what a page may *load* (images,
scripts, frames, XHR, redirects, requests from service workers …). In
Qt 6 ``interceptRequest`` runs on the GUI thread and stalls the request
until it returns, so it only reads immutable data and calls the pure policy.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from kiosk.urlpolicy import RequestKind, UrlPolicy

log = logging.getLogger("web")

_Resource = QWebEngineUrlRequestInfo.ResourceType
KIND_OF_RESOURCE: dict[_Resource, RequestKind] = {
    _Resource.ResourceTypeMainFrame: RequestKind.NAVIGATION,
    _Resource.ResourceTypeSubFrame: RequestKind.SUBFRAME,
}


class PolicyInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks any request the policy refuses for the current tile's hosts.

    Signals:
        mainFrameBlocked(str): a main-frame request (e.g. a redirect) was
            blocked; carries the :class:`kiosk.urlpolicy.Reason` value.
    """

    mainFrameBlocked = Signal(str)

    def __init__(self, policy: UrlPolicy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._policy = policy
        self._hosts: tuple[str, ...] = ()  # nothing allowed until a tile opens

    @property
    def hosts(self) -> tuple[str, ...]:
        """Allowed hosts of the tile open in this session."""
        return self._hosts

    @hosts.setter
    def hosts(self, hosts: tuple[str, ...]) -> None:
        self._hosts = tuple(hosts)  # replaced whole, never mutated in place

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 - Qt API
        """Block the request unless the policy allows it."""
        kind = KIND_OF_RESOURCE.get(info.resourceType(), RequestKind.SUBRESOURCE)
        url = bytes(info.requestUrl().toEncoded().data()).decode("ascii", "replace")
        decision = self._policy.decide(url, self._hosts, kind)
        if decision.allowed:
            return
        info.block(True)
        if kind is RequestKind.NAVIGATION:
            log.info("main frame blocked: %s (host %s)", decision.reason.value, decision.host)
            self.mainFrameBlocked.emit(decision.reason.value)
        else:
            log.debug("request blocked: %s (host %s)", decision.reason.value, decision.host)
