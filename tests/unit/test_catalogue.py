"""Catalogue: the shipped tiles, the centre's override, and clear errors."""

from __future__ import annotations

import json
import textwrap
import tomllib
from pathlib import Path

import pytest

from kiosk.catalogue import (
    ICONS_DIR,
    ORGANISMES,
    SHIPPED_CATALOGUE,
    Catalogue,
    catalogue_from_text,
    load_catalogue,
    parse_catalogue,
)
from kiosk.paths import VOCABULARY
from kiosk.tomlsource import TomlProblem
from kiosk.urlpolicy import Reason, UrlPolicy

FC_HOSTS = tomllib.loads(SHIPPED_CATALOGUE.read_text(encoding="utf-8"))["host_groups"][
    "franceconnect"
]


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


MINIMAL = doc(
    """
    schema = 1

    [[tile]]
    id = "caf"
    order = 10
    organisme = "caf"
    thematiques = ["famille_scolarite"]
    start_url = "https://www.caf.fr/"
    hosts = ["caf.fr", "*.caf.fr"]

    [tile.labels]
    fr = "CAF"
    en = "Family benefits"

    [[tile]]
    id = "impots"
    order = 5
    organisme = "impots"
    start_url = "https://www.impots.gouv.fr/"
    hosts = ["*.impots.gouv.fr"]
    logout_url = "https://cfspart.impots.gouv.fr/logout"

    [tile.labels]
    fr = "Impôts"
    """
)


def problems_by_key(catalogue: Catalogue) -> dict[str, TomlProblem]:
    return {p.key: p for p in catalogue.problems}


# --------------------------------------------------------------------------
# The shipped catalogue


@pytest.fixture(scope="module")
def shipped() -> Catalogue:
    return load_catalogue()


def test_shipped_catalogue_loads_without_any_problem(shipped: Catalogue) -> None:
    assert shipped.problems == ()
    ids = [t.id for t in shipped.tiles]
    assert ids == [
        "caf",
        "ameli",
        "impots",
        "ants",
        "france_travail",
        "msa",
        "retraite",
        "anef",
        "service_public",
        "aidants_connect",
    ]
    # webmail and the centre's site wait for the centre's override
    assert shipped.tile("webmail") is None
    assert shipped.tile("centre") is None


def test_shipped_tiles_are_complete(shipped: Catalogue) -> None:
    themes = set(json.loads(VOCABULARY.read_text(encoding="utf-8"))["thematique_administrative"])
    strict = UrlPolicy()
    for tile in shipped.tiles:
        assert tile.labels["fr"] and tile.labels["en"], tile.id
        assert tile.organisme in ORGANISMES
        assert tile.organisme != "autre"
        assert set(tile.thematiques) <= themes
        assert tile.icon_path().is_file(), tile.icon
        assert tile.start_url.startswith("https://")
        decision = strict.decide(tile.start_url, tile.hosts)
        assert decision.reason is Reason.ALLOWED, (tile.id, decision)


def test_every_shipped_tile_can_log_in_through_franceconnect(shipped: Catalogue) -> None:
    strict = UrlPolicy()
    for tile in shipped.tiles:
        for host in FC_HOSTS:
            assert strict.decide(f"https://{host}/api/v2/authorize", tile.hosts).allowed, (
                tile.id,
                host,
            )
    assert "oidc.franceconnect.gouv.fr" in FC_HOSTS
    assert "app.franceconnect.gouv.fr" in FC_HOSTS
    assert "fc.assure.ameli.fr" in FC_HOSTS
    assert "cfspart-idp.impots.gouv.fr" in FC_HOSTS


@pytest.mark.parametrize(
    ("tile_id", "url", "allowed"),
    [
        ("caf", "https://wwwd.caf.fr/wps/portal/caffr/login", True),
        ("caf", "https://caf.fr.example.org/", False),
        ("caf", "https://www.impots.gouv.fr/", False),
        ("caf", "https://www.google.com/", False),
        ("caf", "http://www.caf.fr/", False),
        ("ameli", "https://assure.ameli.fr/PortailAS/", True),
        ("impots", "https://cfspart.impots.gouv.fr/", True),
        ("ants", "https://immatriculation.ants.gouv.fr/", True),
        ("france_travail", "https://candidat.francetravail.fr/offres", True),
        ("msa", "https://monespaceprive.msa.fr/", True),
        ("retraite", "https://www.info-retraite.fr/portail-services/", True),
        ("anef", "https://sso.anef.dgef.interieur.gouv.fr/auth/", True),
        ("anef", "https://www.interieur.gouv.fr/", False),
        ("service_public", "https://www.service-public.fr/particuliers", True),
        ("aidants_connect", "https://aidantsconnect.beta.gouv.fr/accounts/login/", True),
        ("aidants_connect", "https://www.caf.fr/", False),
    ],
)
def test_shipped_hosts(shipped: Catalogue, tile_id: str, url: str, allowed: bool) -> None:
    tile = shipped.tile(tile_id)
    assert tile is not None
    assert UrlPolicy().decide(url, tile.hosts).allowed is allowed


def test_every_host_in_the_shipped_file_has_a_comment() -> None:
    lines = SHIPPED_CATALOGUE.read_text(encoding="utf-8").splitlines()
    for line in lines:
        stripped = line.strip()
        if stripped.startswith('"') and stripped.rstrip(",").endswith('"'):
            raise AssertionError(f"host without a comment: {line}")


def test_every_shipped_and_ui_icon_exists_and_is_square_svg(shipped: Catalogue) -> None:
    names = {t.icon for t in shipped.tiles} | {"webmail.svg", "centre.svg"}
    names |= {"help.svg", "home.svg", "back.svg"}
    for name in names:
        text = (ICONS_DIR / name).read_text(encoding="utf-8")
        assert 'viewBox="0 0 96 96"' in text, name
        assert "<script" not in text and "href=\"http" not in text, name


def test_aidants_connect_only_in_accompanied_sessions(shipped: Catalogue) -> None:
    alone = [t.id for t in shipped.for_session(accompanied=False)]
    helped = [t.id for t in shipped.for_session(accompanied=True)]
    assert "aidants_connect" not in alone
    assert "aidants_connect" in helped
    assert len(helped) == len(alone) + 1


def test_demo_catalogue_is_valid() -> None:
    template = Path(__file__).resolve().parents[2] / "kiosk" / "demo" / "catalogue.toml"
    text = template.read_text(encoding="utf-8").replace("{port}", "8765")
    catalogue = catalogue_from_text(text, "demo")
    assert catalogue.problems == ()
    assert [t.id for t in catalogue.tiles] == ["caf", "impots", "ameli", "aidants_connect"]
    # Aidants Connect only when someone from the accueil accompanies the person
    assert [t.id for t in catalogue.for_session(accompanied=False)] == ["caf", "impots", "ameli"]
    https = catalogue_from_text(text.replace("http://", "https://"), "demo")
    assert https.problems == ()


# --------------------------------------------------------------------------
# Reading rules


def test_minimal_catalogue() -> None:
    catalogue = catalogue_from_text(MINIMAL, "c.toml")
    assert catalogue.problems == ()
    assert [t.id for t in catalogue.tiles] == ["impots", "caf"]  # by order
    caf = catalogue.tile("caf")
    assert caf is not None
    assert caf.icon == "caf.svg"
    assert caf.hosts == ("caf.fr", "*.caf.fr")
    assert caf.thematiques == ("famille_scolarite",)
    assert caf.enabled and not caf.accompanied_only and caf.logout_url is None
    assert caf.label("en") == "Family benefits"
    assert caf.label("ar") == "CAF"  # falls back to French
    impots = catalogue.tile("impots")
    assert impots is not None and impots.thematiques == ()
    assert impots.logout_url == "https://cfspart.impots.gouv.fr/logout"


def test_parse_catalogue_gives_the_checked_values() -> None:
    blocks, problems = parse_catalogue(MINIMAL, "c.toml")
    assert problems == []
    assert [b["id"] for b in blocks] == ["caf", "impots"]
    assert blocks[0]["labels"] == {"fr": "CAF", "en": "Family benefits"}


def test_wrong_values_are_reported_with_file_line_and_key() -> None:
    text = MINIMAL.replace('order = 10', 'order = "dix"').replace(
        'thematiques = ["famille_scolarite"]',
        'thematiques = ["famille_scolarite", "cuisine"]\ncouleur = "bleu"',
    )
    catalogue = catalogue_from_text(text, "c.toml")
    found = problems_by_key(catalogue)
    lines = text.splitlines()
    order = found["tile[caf].order"]
    assert order.file == "c.toml"
    assert lines[order.line - 1].startswith("order =")
    assert "nombre entier" in order.message
    theme = found["tile[caf].thematiques"]
    assert "cuisine" in theme.message
    assert lines[theme.line - 1].startswith("thematiques")
    unknown = found["tile[caf].couleur"]
    assert lines[unknown.line - 1].startswith("couleur")
    # order is required: the CAF tile is skipped, the other one still shows
    assert "order" in found["tile[caf]"].message
    assert [t.id for t in catalogue.tiles] == ["impots"]
    assert str(order).startswith(f"c.toml:{order.line} [tile[caf].order] : ")


def test_lines_point_inside_the_right_block() -> None:
    text = MINIMAL.replace(
        'hosts = ["*.impots.gouv.fr"]', 'hosts = ["*.impots.gouv.fr"]\norganisme_x = 1'
    ).replace('organisme = "impots"', 'organisme = "dgfip"')
    catalogue = catalogue_from_text(text, "c.toml")
    found = problems_by_key(catalogue)
    lines = text.splitlines()
    second_block = [n for n, line in enumerate(lines, 1) if line == "[[tile]]"][1]
    problem = found["tile[impots].organisme"]
    assert problem.line > second_block
    assert lines[problem.line - 1] == 'organisme = "dgfip"'
    assert "autre" in problem.message
    impots = catalogue.tile("impots")
    assert impots is not None and impots.organisme == "autre"


def test_start_url_must_be_allowed_by_its_own_hosts() -> None:
    cases = {
        "https://www.caf.fr.example.org/": Reason.HOST_NOT_LISTED,
        "http://www.caf.fr/": Reason.NOT_HTTPS,
        "https://caf.fr@evil.example/": Reason.USERINFO,
        "javascript:alert(1)": Reason.SCHEME_FORBIDDEN,
    }
    for url, reason in cases.items():
        text = MINIMAL.replace('start_url = "https://www.caf.fr/"', f'start_url = "{url}"')
        catalogue = catalogue_from_text(text, "c.toml")
        problem = problems_by_key(catalogue)["tile[caf].start_url"]
        assert reason.value in problem.message
        assert text.splitlines()[problem.line - 1].startswith("start_url")
        assert catalogue.tile("caf") is None


def test_logout_url_elsewhere_is_dropped_but_the_tile_stays() -> None:
    text = MINIMAL.replace("https://cfspart.impots.gouv.fr/logout", "https://evil.example/")
    catalogue = catalogue_from_text(text, "c.toml")
    assert "tile[impots].logout_url" in problems_by_key(catalogue)
    impots = catalogue.tile("impots")
    assert impots is not None and impots.logout_url is None


def test_bad_hosts_are_dropped_one_by_one() -> None:
    text = MINIMAL.replace(
        'hosts = ["caf.fr", "*.caf.fr"]',
        'hosts = ["caf.fr", "*.caf.fr", "*.fr", "https://x.fr", "10.0.0.1"]',
    )
    catalogue = catalogue_from_text(text, "c.toml")
    messages = [p.message for p in catalogue.problems if p.key == "tile[caf].hosts"]
    assert len(messages) == 3
    caf = catalogue.tile("caf")
    assert caf is not None and caf.hosts == ("caf.fr", "*.caf.fr")


def test_missing_required_keys_and_french_label() -> None:
    text = MINIMAL.replace('fr = "Impôts"', 'de = "Steuern"').replace(
        'hosts = ["caf.fr", "*.caf.fr"]\n', ""
    )
    catalogue = catalogue_from_text(text, "c.toml")
    found = problems_by_key(catalogue)
    assert "hosts" in found["tile[caf]"].message
    assert "labels.fr" in found["tile[impots]"].message
    assert catalogue.tiles == ()
    lines = text.splitlines()
    assert lines[found["tile[caf]"].line - 1] == "[[tile]]"


def test_bad_ids_and_duplicates() -> None:
    text = MINIMAL.replace('id = "impots"', 'id = "caf"')
    catalogue = catalogue_from_text(text, "c.toml")
    assert "déjà" in problems_by_key(catalogue)["tile[caf]"].message
    assert [t.id for t in catalogue.tiles] == ["caf"]
    text = MINIMAL.replace('id = "caf"', 'id = "CAF famille"')
    catalogue = catalogue_from_text(text, "c.toml")
    assert "tile.id" in problems_by_key(catalogue)
    assert [t.id for t in catalogue.tiles] == ["impots"]


def test_missing_icon_keeps_the_default() -> None:
    text = MINIMAL.replace('order = 10', 'order = 10\nicon = "nope.svg"')
    catalogue = catalogue_from_text(text, "c.toml")
    assert "introuvable" in problems_by_key(catalogue)["tile[caf].icon"].message
    caf = catalogue.tile("caf")
    assert caf is not None and caf.icon == "caf.svg"
    text = MINIMAL.replace('order = 10', 'order = 10\nicon = "../../etc/passwd"')
    assert "tile[caf].icon" in problems_by_key(catalogue_from_text(text, "c.toml"))


def test_schema_and_toml_errors() -> None:
    catalogue = catalogue_from_text(MINIMAL.replace("schema = 1\n", ""), "c.toml")
    assert "schema" in problems_by_key(catalogue)
    assert len(catalogue.tiles) == 2  # still read
    broken = MINIMAL.replace('order = 5', 'order = ')
    catalogue = catalogue_from_text(broken, "c.toml")
    assert catalogue.tiles == ()
    (problem,) = catalogue.problems
    assert problem.line == broken.splitlines().index("order = ") + 1
    assert "TOML invalide" in problem.message


def test_host_groups() -> None:
    text = MINIMAL.replace("schema = 1\n", 'schema = 1\n[host_groups]\nfc = ["app.fc.example"]\n')
    text = text.replace('hosts = ["caf.fr", "*.caf.fr"]', 'hosts = ["*.caf.fr", "@fc", "@nope"]')
    catalogue = catalogue_from_text(text, "c.toml")
    caf = catalogue.tile("caf")
    assert caf is not None and caf.hosts == ("*.caf.fr", "app.fc.example")
    assert "@nope" in problems_by_key(catalogue)["tile[caf].hosts"].message


# --------------------------------------------------------------------------
# The centre's override


def test_override_hides_moves_relabels_and_adds() -> None:
    override = doc(
        """
        schema = 1

        [[tile]]
        id = "impots"
        enabled = false

        [[tile]]
        id = "caf"
        order = 1
        [tile.labels]
        en = "CAF (family)"

        [[tile]]
        id = "mairie"
        order = 2
        organisme = "autre"
        start_url = "https://www.ville-exemple.fr/demarches"
        hosts = ["ville-exemple.fr", "*.ville-exemple.fr"]
        [tile.labels]
        fr = "Ma mairie"
        """
    )
    catalogue = catalogue_from_text(MINIMAL, "c.toml", override, "tuiles.toml")
    assert catalogue.problems == ()
    assert [t.id for t in catalogue.tiles] == ["caf", "mairie"]
    caf = catalogue.tile("caf")
    assert caf is not None
    assert caf.labels == {"fr": "CAF", "en": "CAF (family)"}  # fr kept from the shipped file
    assert caf.hosts == ("caf.fr", "*.caf.fr")


def test_override_problems_name_the_override_file() -> None:
    override = doc(
        """
        schema = 1

        [[tile]]
        id = "caf"
        start_url = "https://www.caf.fr.example.org/"

        [[tile]]
        id = "nouveau"
        order = 3
        """
    )
    catalogue = catalogue_from_text(MINIMAL, "c.toml", override, "tuiles.toml")
    found = problems_by_key(catalogue)
    assert found["tile[caf].start_url"].file == "tuiles.toml"
    assert found["tile[caf].start_url"].line == 5
    assert found["tile[nouveau]"].file == "tuiles.toml"
    assert found["tile[nouveau]"].line == 7
    assert [t.id for t in catalogue.tiles] == ["impots"]


def test_webmail_is_filled_by_the_override(tmp_path: Path) -> None:
    override = tmp_path / "tuiles.toml"
    override.write_text(
        doc(
            """
            schema = 1
            [[tile]]
            id = "webmail"
            enabled = true
            start_url = "https://webmail.exemple-fai.fr/"
            hosts = ["webmail.exemple-fai.fr"]
            """
        ),
        encoding="utf-8",
    )
    catalogue = load_catalogue(override=override)
    assert catalogue.problems == ()
    webmail = catalogue.tile("webmail")
    assert webmail is not None
    assert webmail.hosts == ("webmail.exemple-fai.fr",)
    assert webmail.organisme == "webmail"
    assert [t.id for t in catalogue.tiles][-2:] == ["webmail", "aidants_connect"]


def test_enabling_the_webmail_without_its_address_is_explained(tmp_path: Path) -> None:
    override = tmp_path / "tuiles.toml"
    override.write_text('schema = 1\n[[tile]]\nid = "webmail"\nenabled = true\n', "utf-8")
    catalogue = load_catalogue(override=override)
    (problem,) = catalogue.problems
    assert problem.key == "tile[webmail].start_url"
    assert "remplir" in problem.message
    assert catalogue.tile("webmail") is None


def test_missing_override_is_normal(tmp_path: Path) -> None:
    catalogue = load_catalogue(override=tmp_path / "absent.toml")
    assert catalogue.problems == ()
    assert len(catalogue.tiles) == 10


@pytest.mark.parametrize("content", [b"\xff\xfe not utf-8", None, b"[[tile]\nid="])
def test_broken_override_is_reported_and_ignored(tmp_path: Path, content: bytes | None) -> None:
    override = tmp_path / "tuiles.toml"
    if content is None:
        override.mkdir()  # cannot be read as a file
    else:
        override.write_bytes(content)
    catalogue = load_catalogue(override=override)
    (problem,) = catalogue.problems
    assert problem.file == str(override)
    assert len(catalogue.tiles) == 10


def test_missing_shipped_file_is_reported(tmp_path: Path) -> None:
    catalogue = load_catalogue(tmp_path / "absent.toml")
    assert catalogue.tiles == ()
    (problem,) = catalogue.problems
    assert "introuvable" in problem.message


def test_strict_policy_can_be_asked_for() -> None:
    demo = MINIMAL.replace("https://www.caf.fr/", "http://caf.demo.localhost:8765/").replace(
        '"caf.fr", "*.caf.fr"', '"caf.demo.localhost"'
    )
    assert catalogue_from_text(demo, "d").tile("caf") is not None
    strict = catalogue_from_text(demo, "d", policy=UrlPolicy())
    assert strict.tile("caf") is None
