"""Plain decision "no network / service unreachable / service down"."""

from __future__ import annotations

from kiosk.connectivity import LoadFailure, Outage, diagnose


def test_no_network():
    assert diagnose(LoadFailure("connection", -106)) is Outage.PAS_DE_RESEAU
    assert diagnose(LoadFailure("connection", -109)) is Outage.PAS_DE_RESEAU


def test_service_unreachable_when_the_network_works():
    for code in (-102, -105, -118, -7, -324):
        assert diagnose(LoadFailure("connection", code), True) is Outage.SERVICE_INJOIGNABLE
    assert diagnose(LoadFailure("dns", -9999)) is Outage.SERVICE_INJOIGNABLE


def test_unreachable_with_the_network_down_is_no_network():
    assert diagnose(LoadFailure("connection", -105), False) is Outage.PAS_DE_RESEAU
    assert diagnose(LoadFailure("connection", -102), False) is Outage.PAS_DE_RESEAU


def test_service_down_on_5xx_only():
    assert diagnose(LoadFailure("http_status", 503)) is Outage.SERVICE_EN_PANNE
    assert diagnose(LoadFailure("http_status", 502)) is Outage.SERVICE_EN_PANNE
    assert diagnose(LoadFailure("http_status", 404)) is None


def test_stops_on_purpose_and_certificates_are_not_outages():
    assert diagnose(LoadFailure("connection", -3)) is None  # aborted: went elsewhere
    assert diagnose(LoadFailure("connection", -20)) is None  # our interceptor
    assert diagnose(LoadFailure("certificate", -202)) is None
    assert diagnose(LoadFailure("none", 0)) is None


def test_codes_are_plain_french():
    assert {o.value for o in Outage} == {
        "pas_de_reseau", "service_injoignable", "service_en_panne"}
