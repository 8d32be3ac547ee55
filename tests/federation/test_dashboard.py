"""The dashboard through HTTP: login, roles, secrecy, exports, CSRF."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import pytest

from kiosk.federation import crud
from tests.federation.helpers import batch, cell, day_cells, enrol

PASSWORD = "un mot de passe assez long"


def login(client, user, password=PASSWORD):
    form = client.get("/connexion")
    token = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    return client.post(
        "/connexion",
        data={"identifiant": user, "mot_de_passe": password, "csrf": token},
        follow_redirects=False,
    )


def page_csrf(page):
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


@pytest.fixture
def world(client, factory):
    """Federation Nord: four centres in 59, one in 62; accounts for admin and two centres."""
    centres = {
        name: crud.create_centre(factory, name, dep, "Nord")
        for name, dep in (
            ("Centre A", "59"),
            ("Centre B", "59"),
            ("Centre C", "59"),
            ("Centre D", "59"),
            ("Centre E", "62"),
        )
    }
    other = crud.create_centre(factory, "Centre Sud", "13", "Sud")
    days = ["2026-10-05", "2026-10-06", "2026-11-03"]
    for i, centre in enumerate(centres.values()):
        borne = enrol(client, factory, centre)
        device_id, headers = borne
        cells = [c for day in days for c in day_cells(day, 20 + 5 * i, seed=i)]
        answer = client.post(
            f"/api/v1/devices/{device_id}/batches", json=batch(cells), headers=headers
        )
        assert answer.status_code == 200, answer.text
    small = enrol(client, factory, centres["Centre A"])
    client.post(
        f"/api/v1/devices/{small[0]}/batches",
        json=batch(
            [
                cell("autonome", 4, 1, "2026-11-20", dimension="mode"),
                cell("all", 4, 1, "2026-11-20"),
            ]
        ),
        headers=small[1],
    )
    crud.create_user(factory, "admin-nord", PASSWORD, federation_name="Nord")
    crud.create_user(factory, "centre-a", PASSWORD, centre_id=centres["Centre A"])
    crud.create_user(factory, "centre-b", PASSWORD, centre_id=centres["Centre B"])
    client.cookies.clear()
    return {"centres": centres, "other": other}


def test_pages_need_a_login(client, world):
    answer = client.get(f"/centres/{world['centres']['Centre A']}", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/connexion"
    export = client.get(
        f"/centres/{world['centres']['Centre A']}/export.csv", follow_redirects=False
    )
    assert export.status_code == 303


def test_wrong_password_is_refused_in_plain_french(client, world):
    answer = login(client, "admin-nord", "pas le bon mot de passe")
    assert answer.headers["location"] == "/connexion?erreur=1"
    page = client.get("/connexion?erreur=1")
    assert "Identifiant ou mot de passe incorrect" in page.text
    assert "federation_session" not in client.cookies


def test_the_session_cookie_is_httponly_and_strict(client, world):
    answer = login(client, "admin-nord")
    cookie = answer.headers["set-cookie"]
    assert "federation_session=" in cookie
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")


def test_login_without_the_form_token_is_refused(client, world):
    client.get("/connexion")
    answer = client.post(
        "/connexion", data={"identifiant": "admin-nord", "mot_de_passe": PASSWORD, "csrf": "faux"}
    )
    assert answer.status_code == 403
    assert "Le formulaire a expiré" in answer.text


def test_logout_needs_the_csrf_token(client, world):
    login(client, "admin-nord")
    refused = client.post("/deconnexion", data={}, follow_redirects=False)
    assert refused.status_code == 403
    assert client.get("/tableau").status_code == 200
    page = client.get("/tableau")
    done = client.post("/deconnexion", data={"csrf": page_csrf(page)}, follow_redirects=False)
    assert done.status_code == 303
    assert client.get("/tableau", follow_redirects=False).status_code == 303


def test_admin_sees_its_federation_and_silent_bornes(client, world, clock):
    login(client, "admin-nord")
    page = client.get("/tableau")
    assert page.status_code == 200
    for name in ("Centre A", "Centre B", "Centre E"):
        assert name in page.text
    assert "Centre Sud" not in page.text
    assert "Département 59" in page.text and "Département 62" in page.text
    assert 'class="signal"' not in page.text
    from datetime import timedelta

    clock.now += timedelta(days=10)
    assert "Connexion" in client.get("/tableau").text  # the session lasted 8 hours
    login(client, "admin-nord")
    assert "2 silencieuses" in client.get("/tableau").text
    assert client.get(f"/centres/{world['other']}").status_code == 403


def test_centre_view_hides_small_cells_with_secondary_suppression(client, world):
    login(client, "centre-a")
    a = world["centres"]["Centre A"]
    page = client.get(f"/centres/{a}?annee=2026")
    assert page.status_code == 200
    assert "<svg" in page.text
    # November: 20 sessions on the 3rd plus 4 on the 20th; October 40.
    assert re.search(r'id="total-sessions">64<', page.text)
    months = re.findall(
        r"<th scope=\"row\">(\w+\.?)</th><td class=\"nombre\">([^<]+)</td>", page.text
    )
    assert ("oct.", "40") in months and ("nov.", "24") in months
    assert "&lt; 11" in page.text
    assert page.text.count("à jour") == 2  # the centre's two bornes, listed
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-store"


def test_centre_account_cannot_see_another_centre(client, world):
    login(client, "centre-a")
    b = world["centres"]["Centre B"]
    for url in (
        f"/centres/{b}",
        f"/centres/{b}/export.csv",
        f"/centres/{b}/export.ods",
        "/federations/1",
        "/federations/1/departements/59",
        "/federations/1/export.csv",
    ):
        answer = client.get(url)
        assert answer.status_code == 403, url
        assert "Centre B" not in answer.text
    assert (
        client.get("/tableau", follow_redirects=False).headers["location"]
        == f"/centres/{world['centres']['Centre A']}"
    )


def test_group_views_need_three_centres(client, world):
    login(client, "admin-nord")
    dep62 = client.get("/federations/1/departements/62?annee=2026")
    assert "Moins de 3 centres" in dep62.text
    assert "export.csv" not in dep62.text
    dep59 = client.get("/federations/1/departements/59?annee=2026")
    assert "Moins de 3 centres" not in dep59.text
    assert "4 centres ont envoyé des chiffres" in dep59.text
    total = re.search(r'id="total-sessions">([^<]+)<', dep59.text).group(1)
    assert total.replace("\u202f", "") == str(3 * (20 + 25 + 30 + 35) + 4)


def test_csv_and_ods_exports_use_codes_labels_and_the_same_secrecy(client, world):
    login(client, "centre-a")
    a = world["centres"]["Centre A"]
    answer = client.get(f"/centres/{a}/export.csv?annee=2026")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/csv")
    assert "attachment" in answer.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["niveau", "perimetre", "annee", "mesure"]
    by_key = {(r[3], r[5], r[7]): r for r in rows[1:]}
    assert by_key[("sessions", "mode", "autonome")][8] == "En autonomie"
    assert by_key[("sessions", "total", "all")][9] == "64"
    assert by_key[("pages_imprimees", "total", "all")][9] == "120"
    assert any(r[9] == "< 11" for r in rows[1:])
    ods = client.get(f"/centres/{a}/export.ods?annee=2026")
    archive = zipfile.ZipFile(io.BytesIO(ods.content))
    assert archive.namelist()[0] == "mimetype"
    assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
    content = archive.read("content.xml").decode()
    assert "En autonomie" in content and "&lt; 11" in content
    assert client.get(f"/centres/{a}/export.xls").status_code == 403


def test_every_post_form_carries_a_csrf_token(client, world):
    pages = [client.get("/connexion").text]
    login(client, "admin-nord")
    for url in (
        "/tableau",
        f"/centres/{world['centres']['Centre A']}",
        "/federations/1",
        "/federations/1/departements/59",
    ):
        pages.append(client.get(url).text)
    forms = [f for page in pages for f in re.findall(r"<form[^>]*>.*?</form>", page, re.S)]
    posts = [f for f in forms if 'method="post"' in f]
    assert len(posts) >= 5
    assert all('name="csrf"' in f for f in posts)
    assert all('name="csrf"' not in f for f in forms if f not in posts)
