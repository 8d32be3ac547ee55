"""UrlPolicy cost: the request interceptor calls it for every request of a page."""

from __future__ import annotations

import time

from kiosk.catalogue import load_catalogue
from kiosk.urlpolicy import RequestKind, UrlPolicy

URLS = [
    "https://wwwd.caf.fr/wps/portal/caffr/login?x=1",
    "https://www.caf.fr/sites/default/files/logo.svg",
    "https://oidc.franceconnect.gouv.fr/api/v2/authorize?client_id=abc",
    "https://tracker.example.com/pixel.gif",
    "https://caf.fr.example.org/",
    "data:image/png;base64,iVBORw0KGgo=",
    "https://xn--caf-dma.fr/",
    "https://2130706433/",
]


def main() -> None:
    start = time.perf_counter()
    catalogue = load_catalogue()
    loaded = time.perf_counter() - start
    tiles = len(catalogue.tiles)
    print(f"shipped catalogue loaded and checked: {loaded * 1000:.1f} ms, {tiles} tiles")
    tile = catalogue.tile("caf")
    assert tile is not None
    policy = UrlPolicy()
    rounds = 20_000
    start = time.perf_counter()
    for _ in range(rounds):
        for url in URLS:
            policy.decide(url, tile.hosts, RequestKind.SUBRESOURCE)
    elapsed = time.perf_counter() - start
    count = rounds * len(URLS)
    print(f"UrlPolicy.decide: {elapsed / count * 1e6:.2f} µs per URL ({count} mixed URLs)")


if __name__ == "__main__":
    main()
