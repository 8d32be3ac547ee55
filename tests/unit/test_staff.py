"""Staff logic: accompaniment start/close, help calls, tile and settings edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time

import pytest

from kiosk.catalogue import load_catalogue
from kiosk.config import load_settings
from kiosk.journal import AssistedFacts
from kiosk.staff import (
    PATHWAYS,
    ROLES,
    AccompanimentStart,
    ClosingForm,
    ClosingProblem,
    HelpCalls,
    NoSync,
    StartProblem,
    assisted_facts,
    choose_outcome,
    closing_defaults,
    closing_problems,
    start_problems,
    thematique_choices,
)
from kiosk.staff_config import EditError, SettingsEditor, TileEditor, slug

ORGANISMES = {"caf": "caf", "ameli": "ameli", "aidants_connect": "aidants_connect"}
THEMES = {"caf": ("famille_scolarite", "logement"), "ameli": ("social_sante",)}


def test_roles_and_pathways_are_the_journal_codes():
    assert ROLES == (
        "accueil", "mediateur_numerique", "benevole", "ecrivain_public", "travailleur_social"
    )
    assert PATHWAYS == ("acces_aux_droits", "apprentissage")
    choices = thematique_choices()
    assert "logement" in choices["acces_aux_droits"]
    assert "email" in choices["apprentissage"]


def test_start_needs_a_role():
    assert start_problems(AccompanimentStart(role="")) == (StartProblem.NO_ROLE,)
    assert start_problems(AccompanimentStart(role="benevole", pathway="x")) == (
        StartProblem.NO_PATHWAY,
    )
    assert start_problems(AccompanimentStart(role="benevole")) == ()


def test_closing_is_prefilled_for_the_common_case():
    start = AccompanimentStart("mediateur_numerique", "acces_aux_droits")
    form = closing_defaults(start, ["caf", "ameli", "aidants_connect"], ORGANISMES, THEMES)
    assert form.demarche_aboutie == "oui"
    assert form.autonomie == "entierement_accompagne"
    assert form.aidants_connect is True  # the Aidants Connect tile was opened
    assert form.thematiques == ("social_sante",)  # CAF names two: says nothing precise
    assert form.tranche_age == "non_communique" and form.statut == "non_communique"
    assert closing_problems(form) == ()
    learning = closing_defaults(AccompanimentStart("benevole", "apprentissage", ("email",)),
                                ["ameli"], ORGANISMES, THEMES)
    assert learning.autonomie == "partiellement_autonome"
    assert learning.thematiques == ("email",)  # chosen at start wins
    assert learning.aidants_connect is False


def test_reorientation_needs_where_the_person_was_sent():
    form = choose_outcome(ClosingForm(autonomie="autonome"), "reoriente")
    assert closing_problems(form) == (ClosingProblem.NO_REDIRECTION,)
    form = replace(form, redirection="aide_sociale")
    assert closing_problems(form) == ()
    back = choose_outcome(form, "oui")
    assert back.redirection is None  # the structure belonged to the réorientation
    assert closing_problems(ClosingForm(demarche_aboutie=None)) == (
        ClosingProblem.NO_OUTCOME, ClosingProblem.NO_AUTONOMIE,
    )


def test_assisted_facts_hold_codes_only():
    start = AccompanimentStart("ecrivain_public", "acces_aux_droits", ("logement",))
    form = ClosingForm("a_revenir", "partiellement_autonome", None, "soixante_dix_plus",
                       "retraite", True, ("logement",))
    assert assisted_facts(start, form) == AssistedFacts(
        role="ecrivain_public", pathway="acces_aux_droits", thematiques=("logement",),
        demarche_aboutie="a_revenir", autonomie="partiellement_autonome", redirection=None,
        tranche_age="soixante_dix_plus", statut="retraite", aidants_connect=True,
    )


def test_help_calls_wait_until_acknowledged():
    now = datetime(2026, 11, 25, 10, 42)
    desk = HelpCalls(clock=lambda: now)
    first = desk.call("caf")
    desk.call()
    assert [c.service for c in desk.waiting] == ["caf", None]
    assert desk.acknowledge(first.number) is True
    assert desk.acknowledge(first.number) is False
    assert desk.acknowledge_all() == 1 and desk.waiting == ()


def test_placeholder_sync_source():
    assert NoSync().status().state == "non_inscrite"
    NoSync().sync_now()


# -- tiles -----------------------------------------------------------------

OVERRIDE = """\
# Fichier du centre : ne pas effacer ce commentaire
schema = 1

[[tile]]
id = "msa"
enabled = false
"""


@pytest.fixture
def override(tmp_path):
    path = tmp_path / "tuiles.toml"
    path.write_text(OVERRIDE, encoding="utf-8")
    return path


def shown(path):
    catalogue = load_catalogue(override=path)
    return [t.id for t in catalogue.tiles], catalogue


def test_disable_enable_and_reorder_are_saved_and_reload(override):
    editor = TileEditor(override)
    rows = {r.id: r for r in editor.rows()}
    assert rows["msa"].enabled is False and rows["caf"].enabled is True
    assert rows["webmail"].placeholder is True and rows["caf"].placeholder is False
    editor.set_enabled("caf", False)
    editor.set_enabled("msa", True)
    editor.move("impots", -1)  # jumps over nothing: ameli is shown
    editor.save()
    ids, catalogue = shown(override)
    assert "caf" not in ids and "msa" in ids
    assert ids.index("impots") < ids.index("ameli")
    assert not [p for p in catalogue.problems if p.file == str(override)]
    text = override.read_text()
    assert text.startswith("# Fichier du centre : ne pas effacer ce commentaire")
    assert [r.id for r in TileEditor(override).rows()][:3] == ["caf", "impots", "ameli"]
    again = TileEditor(override)
    again.move("impots", -1)  # caf is hidden: one tap must still change the home screen
    again.move("impots", -1)  # already first shown: nothing changes
    again.save()
    assert shown(override)[0][:2] == ["impots", "ameli"]


def test_add_local_tile_then_reload_and_remove(override):
    editor = TileEditor(override)
    tile_id = editor.add_local("Mairie de Lille", "https://www.lille.fr/Demarches",
                               ["www.lille.fr", "*.lille.fr"])
    assert tile_id == slug("Mairie de Lille") == "local-mairie-de-lille"
    editor.save()
    ids, catalogue = shown(override)
    assert ids[-2:] == ["aidants_connect", tile_id] or ids[-1] == tile_id
    tile = catalogue.tile(tile_id)
    assert tile is not None and tile.label("fr") == "Mairie de Lille"
    assert tile.hosts == ("www.lille.fr", "*.lille.fr") and tile.organisme == "autre"
    assert "msa" not in ids  # the file's other tiles are kept
    again = TileEditor(override)
    assert next(r for r in again.rows() if r.id == tile_id).local is True
    with pytest.raises(EditError) as error:
        again.add_local("Mairie de Lille", "https://www.lille.fr/", ["www.lille.fr"])
    assert error.value.code == "already_exists"
    again.remove_local(tile_id)
    again.save()
    assert tile_id not in shown(override)[0]
    with pytest.raises(EditError):
        again.remove_local("caf")  # shipped tiles can only be hidden


@pytest.mark.parametrize(
    ("label", "url", "hosts", "code"),
    [
        ("Mairie", "https://www.lille.fr/", ["www.roubaix.fr"], "start_url_refused"),
        ("Mairie", "http://www.lille.fr/", ["www.lille.fr"], "start_url_refused"),
        ("Mairie", "javascript:alert(1)", ["www.lille.fr"], "start_url_refused"),
        ("Mairie", "https://www.lille.fr/", ["https://www.lille.fr/"], "bad_hosts"),
        ("Mairie", "https://www.lille.fr/", [], "bad_hosts"),
        ("  ", "https://www.lille.fr/", ["www.lille.fr"], "no_label"),
        ("Mairie", "https://x.invalid/", ["x.invalid"], "placeholder"),
    ],
)
def test_local_tile_refused_and_file_untouched(override, label, url, hosts, code):
    editor = TileEditor(override)
    with pytest.raises(EditError) as error:
        editor.add_local(label, url, hosts)
    assert error.value.code == code
    assert override.read_text() == OVERRIDE


def test_enabling_a_tile_still_to_fill_is_refused_with_the_reason(override):
    editor = TileEditor(override)
    editor.set_enabled("webmail", True)
    with pytest.raises(EditError) as error:
        editor.save()
    assert error.value.code == "refused"
    assert any("remplir" in p.message for p in error.value.problems)
    assert override.read_text() == OVERRIDE
    editor.set_enabled("caf", False)  # the refused change was forgotten
    editor.save()
    assert "webmail" not in shown(override)[0]


def test_missing_override_file_is_created(tmp_path):
    path = tmp_path / "etc" / "tuiles.toml"
    editor = TileEditor(path)
    editor.set_enabled("ameli", False)
    editor.save()
    assert "ameli" not in shown(path)[0]
    assert path.read_text().startswith("schema = 1")


# -- settings --------------------------------------------------------------

CONFIG = """\
# Réglages de la borne (commentaire gardé)
[centre]
name = "Centre social Ancien nom"

[sync]
federation_url = "https://federation.example.org"
"""


def test_settings_edit_keeps_the_rest_and_reads_back(tmp_path):
    path = tmp_path / "borne.toml"
    path.write_text(CONFIG, encoding="utf-8")
    editor = SettingsEditor(path)
    values = editor.current()
    assert values.centre_name == "Centre social Ancien nom"
    editor.save(replace(values, centre_name="  Centre social Les Tilleuls ",
                        opens_at=time(9, 0), closes_at=time(17, 30),
                        idle_autonome_s=180, print_quota_pages=30))
    loaded = load_settings(path)
    assert loaded.problems == ()
    settings = loaded.settings
    assert settings.centre.name == "Centre social Les Tilleuls"
    assert (settings.session.opens_at, settings.session.closes_at) == (time(9), time(17, 30))
    assert settings.session.idle_autonome_s == 180
    assert settings.session.print_quota_pages == 30
    assert settings.sync.federation_url == "https://federation.example.org"
    assert path.read_text().startswith("# Réglages de la borne (commentaire gardé)")


def test_bad_settings_are_refused_and_file_untouched(tmp_path):
    path = tmp_path / "borne.toml"
    path.write_text(CONFIG, encoding="utf-8")
    editor = SettingsEditor(path)
    values = editor.current()
    bad = replace(values, centre_name=" ", opens_at=time(18), closes_at=time(9),
                  idle_autonome_s=5, idle_accompagne_s=60)
    with pytest.raises(EditError) as error:
        editor.save(bad)
    assert error.value.code == "invalid"
    assert set(error.value.detail.split(",")) == {
        "centre_name_empty", "hours_reversed", "idle_autonome_s_out_of_range",
        "idle_accompagne_s_out_of_range",
    }
    assert path.read_text() == CONFIG


# -- figures from a real journal ----------------------------------------------

def test_periods():
    from datetime import date

    from kiosk.staff_figures import Period, period_bounds

    wednesday = date(2026, 11, 25)
    assert period_bounds(Period.TODAY, wednesday) == (wednesday, wednesday)
    assert period_bounds(Period.WEEK, wednesday) == (date(2026, 11, 23), date(2026, 11, 29))
    assert period_bounds(Period.MONTH, wednesday) == (date(2026, 11, 1), date(2026, 11, 30))
    assert period_bounds(Period.MONTH, date(2026, 12, 31))[1] == date(2026, 12, 31)


def _facts(started, tile, assisted=None, duration_s=600.0):
    from kiosk.journal import SessionFacts

    return SessionFacts(
        started_at=started, duration_s=duration_s,
        mode="accompagne" if assisted else "autonome", tiles_opened=(tile,),
        organismes={tile: tile}, thematiques_by_tile={}, assisted=assisted,
    )


def test_figures_from_a_seeded_journal(tmp_path):
    from datetime import date

    from kiosk.journal import Journal
    from kiosk.staff_figures import figures

    journal = Journal(tmp_path / "journal.sqlite3", known_organismes=frozenset({"caf", "ameli"}),
                      clock=lambda: datetime(2026, 11, 25, 18))
    assert journal.open().ok
    try:
        done = assisted_facts(AccompanimentStart("accueil"), ClosingForm("oui", "autonome"))
        sent = assisted_facts(AccompanimentStart("accueil"),
                              ClosingForm("reoriente", "autonome", "aide_sociale"))
        for hour, tile, help_given in [(9, "caf", None), (9, "caf", done), (11, "ameli", None),
                                       (14, "caf", sent), (14, "caf", None)]:
            journal.record(_facts(datetime(2026, 11, 25, hour, 5), tile, help_given))
        journal.record(_facts(datetime(2026, 11, 2, 10), "ameli"))  # same month, not this week
        assert journal.flush()
        week = figures(journal.totals(date(2026, 11, 23), date(2026, 11, 29)),
                       date(2026, 11, 23), date(2026, 11, 29), service_labels={"caf": "CAF"})
        month = figures(journal.totals(date(2026, 11, 1), date(2026, 11, 30)),
                        date(2026, 11, 1), date(2026, 11, 30))
    finally:
        journal.close()
    assert (week.sessions, week.accompanied) == (5, 2)
    services = [(b.label, b.value) for b in week.by_service]
    assert services == [("CAF", 4), ("Assurance maladie (ameli)", 1)]
    assert [(b.code, b.value) for b in week.modes] == [("autonome", 3), ("accompagne", 2)]
    assert {b.code: b.value for b in week.outcomes} == {"oui": 1, "reoriente": 1}
    assert [(b.label, b.value) for b in week.hours] == [
        ("9 h", 2), ("10 h", 0), ("11 h", 1), ("12 h", 0), ("13 h", 0), ("14 h", 2)
    ]
    assert month.sessions == 6 and not month.empty


def test_federation_layer_is_seen_but_not_local(tmp_path, override):
    federation = tmp_path / "federation.toml"
    federation.write_text(
        'schema = 1\n[[tile]]\nid = "france_services"\norder = 95\norganisme = "autre"\n'
        'start_url = "https://www.france-services.gouv.fr/"\n'
        'hosts = ["www.france-services.gouv.fr"]\n[tile.labels]\nfr = "France Services"\n',
        encoding="utf-8")
    editor = TileEditor(override, federation=federation)
    row = next(r for r in editor.rows() if r.id == "france_services")
    assert row.local is False and row.enabled is True
    editor.set_enabled("france_services", False)
    editor.save()
    catalogue = load_catalogue(override=override, federation=federation)
    assert catalogue.tile("france_services") is None
    with pytest.raises(EditError):
        editor.remove_local("france_services")


def test_system_power_actions_go_through_the_injected_runners():
    from kiosk.power import EXIT_MAINTENANCE, EXIT_RESTART, POWEROFF, SystemPower

    exits, commands = [], []
    power = SystemPower(exits.append, run=lambda cmd: commands.append(tuple(cmd)) or False)
    power.restart()
    power.quit_to_maintenance()
    power.shutdown()
    assert exits == [EXIT_RESTART, EXIT_MAINTENANCE]
    assert commands == [POWEROFF] and power.failed is True
