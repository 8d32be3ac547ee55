"""The catalogue page of the dashboard, over HTTP: roles, CSRF, problems, publish, rollback."""

from __future__ import annotations

import html
import re

import pytest

from kiosk.federation import catalogues, crud
from kiosk.sync.catalogue_feed import MAX_BYTES, CatalogueFeed
from kiosk.sync.client import FederationClient
from kiosk.sync.credentials import Enrolment
from tests.federation.helpers import LiveServer, enrol
from tests.federation.test_dashboard import PASSWORD, login, page_csrf

GOOD = """schema = 1

[[tile]]
id = "caf"
hosts = ["caf.fr", "*.caf.fr", "*.caf-nouveau.fr", "@franceconnect"]
"""
SECOND = GOOD.replace("caf-nouveau", "caf-autre")
# Line 5: a key the borne does not know; line 7: a host that breaks the shipped tile.
WITH_PROBLEMS = """schema = 1

[[tile]]
id = "ameli"
couleur = "bleu"
[[tile]]
id = "caf"
hosts = ["exemple.org"]
"""


@pytest.fixture
def people(client, factory, centre_id):
    """Nord (the centre's federation) and Sud; an admin of each, a global admin, a centre."""
    crud.create_centre(factory, "Centre Sud", "13", "Sud")
    crud.create_user(factory, "admin-nord", PASSWORD, federation_name="Nord")
    crud.create_user(factory, "admin-sud", PASSWORD, federation_name="Sud")
    crud.create_user(factory, "admin", PASSWORD)
    crud.create_user(factory, "centre-a", PASSWORD, centre_id=centre_id)
    client.cookies.clear()
    return centre_id


def q(name):
    """A name in French quotes, as the page writes it (no-break spaces)."""
    return f"«\u00a0{name}\u00a0»"


def textarea(page) -> str:
    found = re.search(r'<textarea id="texte"[^>]*>\n(.*?)</textarea>', page.text, re.S)
    assert found, page.text
    return html.unescape(found.group(1))


def post(client, action, text, csrf, federation=""):
    return client.post(
        "/catalogue",
        data={"csrf": csrf, "federation": federation, "texte": text, "action": action},
        follow_redirects=False,
    )


def test_only_admins_see_and_use_the_page(client, people):
    assert client.get("/catalogue", follow_redirects=False).headers["location"] == "/connexion"
    login(client, "centre-a")
    page = client.get(f"/centres/{people}")
    assert "Catalogue des tuiles" not in page.text  # no link for a centre account
    refused = client.get("/catalogue")
    assert refused.status_code == 403 and "administration" in refused.text
    answer = post(client, "publier", GOOD, page_csrf(page))
    assert answer.status_code == 403
    rollback = client.post("/catalogue/retablir", data={"csrf": page_csrf(page), "version": "1"})
    assert rollback.status_code == 403
    assert catalogues.latest(client.app.state.federation.factory) is None

    client.cookies.clear()
    login(client, "admin-nord")
    page = client.get("/catalogue")
    assert page.status_code == 200 and "pour Nord" in page.text
    assert '<a href="/catalogue">Catalogue des tuiles</a>' in page.text
    sud = client.get("/catalogue?federation=2")  # another federation's layer
    assert sud.status_code == 403


def test_problems_are_listed_with_line_and_key_and_nothing_is_published(client, factory,
                                                                        people):
    login(client, "admin-nord")
    csrf = page_csrf(client.get("/catalogue"))
    for action in ("verifier", "publier"):
        answer = post(client, action, WITH_PROBLEMS.replace("\n", "\r\n"), csrf)
        assert answer.status_code == 422
        assert "2 problèmes à corriger : rien n'a été publié" in answer.text
        assert f"Ligne 5</strong> — tuile {q('ameli')}, clé {q('couleur')}" in answer.text
        assert "clé inconnue" in answer.text
        assert f"Ligne 8</strong> — tuile {q('caf')}, clé {q('start_url')}" in answer.text
        assert "cette tuile livrée avec les bornes ne marcherait plus" in answer.text
        assert '<a href="#texte">Ligne 5' in answer.text  # summary goes to the text area
        assert 'aria-invalid="true"' in answer.text
        assert textarea(answer) == WITH_PROBLEMS  # kept as typed
    assert catalogues.history(factory, None) == []

    broken = post(client, "verifier", "schema = 1\n[[tile]\nid = 'x'\n", csrf)
    assert "Ligne 2" in broken.text and "pas écrit dans le bon format" in broken.text
    fine = post(client, "verifier", GOOD, csrf)
    assert fine.status_code == 200 and "Aucun problème" in fine.text
    assert catalogues.history(factory, None) == []  # checking never publishes


def test_csrf_and_expired_session_keep_the_text(client, factory, people):
    login(client, "admin-nord")
    page = client.get("/catalogue")
    refused = post(client, "publier", GOOD, "pas-le-bon-jeton")
    assert refused.status_code == 403
    assert "Le formulaire avait expiré" in refused.text
    assert textarea(refused) == GOOD
    missing = client.post("/catalogue", data={"texte": GOOD, "action": "publier"})
    assert missing.status_code == 403 and textarea(missing) == GOOD
    assert catalogues.history(factory, None) == []

    client.post("/deconnexion", data={"csrf": page_csrf(page)})
    expired = post(client, "publier", GOOD, page_csrf(page))
    assert expired.status_code == 401
    assert "Votre session a pris fin" in expired.text and textarea(expired) == GOOD
    assert catalogues.history(factory, None) == []
    rollback = client.post(
        "/catalogue/retablir",
        data={"csrf": page_csrf(page), "version": "1"},
        follow_redirects=False,
    )
    assert rollback.status_code == 303 and rollback.headers["location"] == "/connexion"

    def again(page, password):
        return client.post(
            "/catalogue",
            data={"csrf": page_csrf(page), "federation": "", "texte": textarea(page),
                  "action": "verifier", "identifiant": "admin-nord", "mot_de_passe": password},
        )

    wrong = again(expired, "pas le bon mot de passe")
    assert wrong.status_code == 401 and "Identifiant ou mot de passe incorrect" in wrong.text
    assert textarea(wrong) == GOOD
    back = again(wrong, PASSWORD)  # logged in from the page itself: checked, not published
    assert back.status_code == 200 and "de nouveau connecté ou connectée" in back.text
    assert "Aucun problème" in back.text and textarea(back) == GOOD
    assert catalogues.history(factory, None) == []
    assert post(client, "publier", textarea(back), page_csrf(back)).status_code == 303
    assert [line.published_by for line in catalogues.history(factory, 1)] == ["admin-nord"]


def test_publish_reaches_a_borne_then_rollback(app, client, factory, people, tmp_path):
    device_id, headers = enrol(client, factory, people)
    token = headers["Authorization"].split(" ", 1)[1]
    login(client, "admin-nord")
    csrf = page_csrf(client.get("/catalogue"))
    done = post(client, "publier", GOOD.replace("\n", "\r\n"), csrf)
    assert done.status_code == 303
    assert done.headers["location"] == "/catalogue?federation=1&publie=1"
    page = client.get(done.headers["location"])
    assert "Version 1 publiée" in page.text
    assert "Version <strong>1</strong>" in page.text and "par admin-nord" in page.text
    assert textarea(page) == GOOD  # line ends as the bornes receive them

    feed = CatalogueFeed(tmp_path / "borne")
    with LiveServer(app) as live:
        borne = FederationClient(live.base, timeout=10)
        enrolment = Enrolment(live.base, device_id, token)
        assert feed.fetch(borne, enrolment).code == "applique"
        assert feed.current()[0] == 1
        assert feed.layer().read_text(encoding="utf-8") == GOOD

        assert post(client, "publier", SECOND, csrf).status_code == 303
        assert feed.fetch(borne, enrolment).version == 2
        page = client.get("/catalogue")
        assert textarea(page) == SECOND
        assert re.search(r"Revenir à cette version<span[^>]*> \(1\)", page.text)

        back = client.post(
            "/catalogue/retablir",
            data={"csrf": csrf, "version": "1", "federation": ""},
            follow_redirects=False,
        )
        assert back.status_code == 303
        assert back.headers["location"] == "/catalogue?federation=1&publie=3"
        assert feed.fetch(borne, enrolment).code == "applique"
        assert feed.current()[0] == 3
        assert feed.layer().read_text(encoding="utf-8") == GOOD

    catalogues.publish(factory, SECOND, "Nord")  # what `catalogue publish` runs
    assert "par la ligne de commande" in client.get("/catalogue").text
    lines = catalogues.history(factory, 1)[1:]
    assert [line.version for line in lines] == [3, 2, 1]
    assert {line.published_by for line in lines} == {"admin-nord"}
    assert lines[0].sha256 == lines[2].sha256 != lines[1].sha256
    assert all(line.federation_id == 1 for line in lines)
    old = client.get("/catalogue?version=2")
    assert textarea(old) == SECOND and "Texte de la version 2" in old.text
    assert client.post(
        "/catalogue/retablir", data={"csrf": "faux", "version": "2"}
    ).status_code == 403


def test_global_admin_publishes_for_every_federation_and_sud_cannot_roll_back_nord(
    client, factory, people
):
    login(client, "admin")
    page = client.get("/catalogue")
    assert "pour toutes les fédérations" in page.text
    assert '<a href="/catalogue?federation=1">Nord</a>' in page.text
    assert post(client, "publier", GOOD, page_csrf(page)).status_code == 303
    nord = client.get("/catalogue?federation=1")
    assert post(client, "publier", SECOND, page_csrf(nord), "1").headers["location"] == (
        "/catalogue?federation=1&publie=2"
    )
    assert catalogues.latest(factory, "Sud").version == 1
    assert catalogues.latest(factory, "Nord").version == 2

    client.cookies.clear()
    login(client, "admin-sud")
    page = client.get("/catalogue")
    assert "toutes les fédérations" in page.text and "Version <strong>1</strong>" in page.text
    refused = client.post(
        "/catalogue/retablir", data={"csrf": page_csrf(page), "version": "2"}
    )
    assert refused.status_code == 403  # Nord's version is not Sud's to republish
    assert catalogues.latest(factory, "Sud").version == 1


def test_size_limit(client, factory, people):
    login(client, "admin-nord")
    csrf = page_csrf(client.get("/catalogue"))
    big = GOOD + "# " + "x" * MAX_BYTES + "\n"
    answer = post(client, "publier", big, csrf)
    assert answer.status_code == 422
    assert "le texte est trop long : 256 000 octets au plus" in answer.text
    assert textarea(answer) == big
    huge = post(client, "verifier", "é" * (2 * MAX_BYTES), csrf)
    assert huge.status_code == 413 and "beaucoup trop long" in huge.text
    assert catalogues.history(factory, None) == []
