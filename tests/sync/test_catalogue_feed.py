"""The federation's tile catalogue: published, fetched, checked, applied atomically."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kiosk.catalogue import load_catalogue
from kiosk.federation import catalogues
from kiosk.sync.catalogue_feed import CatalogueFeed
from kiosk.sync.client import FederationClient
from kiosk.sync.worker import Outcome
from tests.sync.conftest import ROOT, child_env
from tests.sync.faultproxy import PASS, Fault

NEW_CAF_HOST = """schema = 1

[[tile]]
id = "caf"
hosts = ["caf.fr", "*.caf.fr", "*.caf-nouveau.fr", "@franceconnect"]
"""
BROKEN = """schema = 1

[[tile]]
id = "caf"
hosts = ["exemple.org"]
"""


def caf_hosts(feed, override=None):
    catalogue = load_catalogue(override=override, federation=feed.layer())
    return catalogue.tile("caf").hosts, catalogue


def test_published_catalogue_reaches_the_borne_and_override_still_wins(
    borne, sqlite_server, tmp_path
):
    enrolment = borne.enrol(sqlite_server.url, sqlite_server.code())
    feed = CatalogueFeed(tmp_path / "data")
    borne.sync.catalogue = feed
    client = FederationClient(sqlite_server.url)
    assert feed.fetch(client, enrolment).code == "aucun"
    assert feed.layer() is None

    source = tmp_path / "tuiles-federation.toml"
    source.write_text(NEW_CAF_HOST, encoding="utf-8")
    published = subprocess.run(
        [sys.executable, "-m", "kiosk.federation.catalogues", "--database",
         sqlite_server.database_url, "publish", str(source)],
        cwd=ROOT, env=child_env(), capture_output=True, text=True, check=False,
    )
    assert published.returncode == 0, published.stderr
    assert "version 1" in published.stdout

    borne.sessions(3)
    assert borne.sync.run_once().outcome is Outcome.DONE  # the round fetches it
    hosts, catalogue = caf_hosts(feed)
    assert "*.caf-nouveau.fr" in hosts
    assert catalogue.problems == ()
    status = borne.sync.status()
    assert status.catalogue_version == 1
    assert "version 1" in "\n".join(status.lines())
    assert feed.fetch(client, enrolment).code == "inchange"  # If-None-Match: 304

    override = tmp_path / "tuiles.toml"
    override.write_text('schema = 1\n\n[[tile]]\nid = "caf"\n'
                        'hosts = ["caf.fr", "*.caf.fr", "@franceconnect"]\n', encoding="utf-8")
    hosts, _ = caf_hosts(feed, override)
    assert "*.caf-nouveau.fr" not in hosts  # the centre's override wins


def test_a_catalogue_the_borne_would_refuse_is_never_published(sqlite_server):
    with pytest.raises(catalogues.CatalogueRefused) as refused:
        catalogues.publish(sqlite_server.factory, BROKEN)
    assert "start_url" in str(refused.value)
    assert catalogues.latest_for(sqlite_server.factory, sqlite_server.centre) is None


def test_damaged_or_older_catalogue_never_replaces_the_last_good_one(
    borne, sqlite_server, proxy, tmp_path
):
    enrolment = borne.enrol(proxy.url, sqlite_server.code())
    feed = CatalogueFeed(tmp_path / "data")
    client = FederationClient(proxy.url, timeout=2)
    catalogues.publish(sqlite_server.factory, NEW_CAF_HOST)
    assert feed.fetch(client, enrolment).code == "applique"
    good = feed.layer().read_bytes()

    catalogues.publish(sqlite_server.factory, NEW_CAF_HOST.replace("caf-nouveau", "caf-v3"))
    for fault, code in (
        (Fault("corrupt_after"), {"integrite"}),
        (Fault("truncate_after"), {"integrite", "connexion_coupee"}),
        (Fault("cut_before"), {"connexion_coupee"}),
        (Fault("status_before", 503), {"erreur"}),
    ):
        proxy.sequence(fault)
        result = feed.fetch(client, enrolment)
        assert result.code in code
        assert result.version == 1 and "garde son catalogue" in result.message
        assert feed.layer().read_bytes() == good
    sqlite_server.stop()
    assert feed.fetch(client, enrolment).version == 1  # offline: the last good one stays
    assert "*.caf-nouveau.fr" in caf_hosts(feed)[0]
    sqlite_server.start()

    proxy.always(PASS)
    result = feed.fetch(client, enrolment)
    assert (result.code, result.version) == ("applique", 2)
    assert "*.caf-v3.fr" in caf_hosts(feed)[0]
    assert sorted(p.name for p in feed.folder.iterdir()) == [
        "catalogue-federation-v2.toml", "catalogue-federation.json"]


def test_interrupted_write_keeps_the_previous_version(tmp_path, borne, sqlite_server):
    enrolment = borne.enrol(sqlite_server.url, sqlite_server.code())
    feed = CatalogueFeed(tmp_path / "data")
    catalogues.publish(sqlite_server.factory, NEW_CAF_HOST)
    assert feed.fetch(FederationClient(sqlite_server.url), enrolment).code == "applique"
    # a crash after writing the next version's file, before the pointer switched
    (feed.folder / "catalogue-federation-v2.toml").write_text("à moitié", encoding="utf-8")
    (feed.folder / ".catalogue-federation.json.tmp").write_text("{", encoding="utf-8")
    assert feed.current()[0] == 1
    assert "*.caf-nouveau.fr" in caf_hosts(feed)[0]
    # a file damaged on disk is not used (the shipped catalogue stays)
    meta = json.loads(feed.meta_path.read_text())
    (feed.folder / f"catalogue-federation-v{meta['version']}.toml").write_text(
        BROKEN, encoding="utf-8")
    assert feed.layer() is None
    assert "*.caf-nouveau.fr" not in caf_hosts(feed)[0]
