"""``kiosk-federation``: run the server and administer centres and bornes.

Commands: ``serve``, ``init-admin``, ``create-account``, ``create-centre``,
``enrol-code`` (also drawn as a QR code), ``revoke``, ``rotate-token``,
``list``, ``forward-enrol`` and ``forward`` (regional → national), ``catalogue
publish`` and ``catalogue show`` (the tile catalogue sent to the bornes).
The database is SQLite under ``$FEDERATION_DATA`` (or the current folder)
unless ``--database`` or ``$FEDERATION_DATABASE`` gives another URL.
"""

from __future__ import annotations

import argparse
import getpass
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from kiosk.federation import crud, db


def _factory(args: argparse.Namespace) -> sessionmaker[Session]:
    engine = db.make_engine(args.database or db.default_url())
    db.migrate(engine)
    return db.session_factory(engine)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Mot de passe : ")
    if getpass.getpass("Encore une fois : ") != first:
        raise crud.AdminError("Les deux mots de passe sont différents.")
    return first


def qr_text(payload: str) -> str:
    """Draw ``payload`` as a QR code in terminal characters."""
    import qrcode

    code = qrcode.QRCode(border=2)
    code.add_data(payload)
    out = io.StringIO()
    code.print_ascii(out=out, invert=True)
    return out.getvalue()


def qr_svg(payload: str, path: Path) -> None:
    """Write ``payload`` as a QR code in an SVG file (no Pillow needed)."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(payload, image_factory=qrcode.image.svg.SvgPathImage)
    with path.open("wb") as handle:
        image.save(handle)


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the server with uvicorn."""
    import uvicorn

    from kiosk.federation.app import create_app
    from kiosk.federation.state import Settings
    from kiosk.federation.vocabularies import Vocabularies
    from kiosk.paths import VOCABULARY

    settings = Settings(
        database_url=args.database or db.default_url(),
        secure_cookies=args.secure_cookies,
        silent_days=args.silent_days,
    )
    # Older vocabulary files first: the shipped one stays the current one.
    vocabularies = Vocabularies([*(Path(v) for v in args.vocabulary), VOCABULARY])
    app = create_app(settings, vocabularies)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        date_header=False,
        server_header=False,
        proxy_headers=True,
        log_level="info",
        access_log=False,  # never an IP address in the logs
    )
    return 0


def cmd_init_admin(args: argparse.Namespace) -> int:
    """Create the first account that sees every federation."""
    crud.create_user(_factory(args), args.login, _password(args))
    print(f"Compte « {args.login} » créé : il voit toutes les fédérations.")
    return 0


def cmd_create_account(args: argparse.Namespace) -> int:
    """Create an account for a centre or for the admins of one federation."""
    if (args.centre is None) == (args.federation is None):
        raise crud.AdminError("Indiquez soit --centre, soit --federation.")
    crud.create_user(
        _factory(args),
        args.login,
        _password(args),
        centre_id=args.centre,
        federation_name=args.federation,
    )
    print(f"Compte « {args.login} » créé.")
    return 0


def cmd_create_centre(args: argparse.Namespace) -> int:
    """Create a centre and print its number."""
    centre = crud.create_centre(_factory(args), args.name, args.departement, args.federation)
    print(f"Centre n° {centre} créé : {args.name} ({args.departement}, {args.federation}).")
    return 0


def cmd_enrol_code(args: argparse.Namespace) -> int:
    """Make a single-use enrolment code for a centre, with its QR code."""
    code = crud.make_enrol_code(_factory(args), args.centre, args.hours)
    payload = f"{args.url.rstrip('/')}#code={code}" if args.url else code
    print(f"Code d'inscription (usage unique, valable {args.hours:g} h) : {code}")
    if not args.no_qr:
        print(qr_text(payload))
    if args.svg:
        qr_svg(payload, Path(args.svg))
        print(f"QR code enregistré dans {args.svg}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """Print the centres and their bornes (ids needed by revoke and rotate-token)."""
    for line in crud.describe(_factory(args)):
        print(line)
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    """Withdraw a borne."""
    crud.revoke(_factory(args), args.device)
    print(f"Borne {args.device} retirée : son jeton ne fonctionne plus.")
    return 0


def cmd_rotate_token(args: argparse.Namespace) -> int:
    """Give a borne a new token and print it once."""
    token = crud.rotate_token(_factory(args), args.device)
    print(f"Nouveau jeton (affiché une seule fois) : {token}")
    return 0


def cmd_forward_enrol(args: argparse.Namespace) -> int:
    """Enrol one département of this federation at the upstream server."""
    from kiosk.federation.forward import enrol_upstream

    device = enrol_upstream(_factory(args), args.federation, args.departement, args.url, args.code)
    print(f"Département {args.departement} inscrit en amont (borne {device}).")
    return 0


def cmd_forward(args: argparse.Namespace) -> int:
    """Send what changed to the upstream server."""
    from kiosk.federation.forward import forward
    from kiosk.federation.vocabularies import Vocabularies

    report = forward(_factory(args), Vocabularies().current_version)
    print(
        f"Envoyé en amont : {report.sent_batches} lot(s), {report.sent_cells} cellule(s) ; "
        f"{report.withheld_days} jour(s) retenu(s) (moins de 3 centres)."
    )
    for error in report.errors:
        print(f"Erreur : {error}", file=sys.stderr)
    return 1 if report.errors else 0


def cmd_catalogue_publish(args: argparse.Namespace) -> int:
    """Validate and publish a tile catalogue (a new version)."""
    from kiosk.federation import catalogues

    text = catalogues.read_source(Path(args.file))
    version = catalogues.publish(_factory(args), text, args.federation)
    print(
        f"Catalogue publié : version {version}. Les bornes le prendront à leur prochaine "
        "synchronisation."
    )
    return 0


def cmd_catalogue_show(args: argparse.Namespace) -> int:
    """Print the catalogue a federation's bornes receive, with its version and SHA-256."""
    from kiosk.federation import catalogues

    found = catalogues.latest(_factory(args), args.federation)
    if found is None:
        print("Aucun catalogue publié : les bornes gardent celui qu'elles ont.")
        return 1
    print(f"# Catalogue version {found.version}, SHA-256 {found.sha256}")
    print(found.body.decode("utf-8"), end="")
    return 0


def _catalogue_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    catalogue = sub.add_parser("catalogue", help="catalogue de tuiles envoyé aux bornes")
    actions = catalogue.add_subparsers(dest="action", required=True)
    publish = actions.add_parser("publish", help="vérifier et publier un catalogue (TOML)")
    publish.add_argument("file")
    publish.set_defaults(handler=cmd_catalogue_publish)
    show = actions.add_parser("show", help="afficher le catalogue que reçoivent les bornes")
    show.set_defaults(handler=cmd_catalogue_show)
    for action in (publish, show):
        action.add_argument("--federation", help="pour une seule fédération (sinon : toutes)")


def build_parser() -> argparse.ArgumentParser:
    """Build the parser of every command."""
    parser = argparse.ArgumentParser(
        prog="kiosk-federation", description="Serveur de fédération des bornes d'accueil."
    )
    parser.add_argument("--database", help="URL SQLAlchemy (défaut : SQLite local)")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="lancer le serveur")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--secure-cookies", action="store_true", help="derrière un proxy https")
    serve.add_argument("--silent-days", type=int, default=7)
    serve.add_argument(
        "--vocabulary",
        action="append",
        default=[],
        help="fichier de vocabulaire d'une autre version à accepter aussi (répétable)",
    )
    serve.set_defaults(handler=cmd_serve)

    for name, handler, text in (
        ("init-admin", cmd_init_admin, "créer le premier compte (toutes fédérations)"),
        ("create-account", cmd_create_account, "créer un compte de centre ou de fédération"),
    ):
        account = sub.add_parser(name, help=text)
        account.add_argument("login")
        account.add_argument("--password-stdin", action="store_true")
        if name == "create-account":
            account.add_argument("--centre", type=int)
            account.add_argument("--federation")
        account.set_defaults(handler=handler)

    centre = sub.add_parser("create-centre", help="créer un centre")
    centre.add_argument("name")
    centre.add_argument("--departement", required=True)
    centre.add_argument("--federation", required=True)
    centre.set_defaults(handler=cmd_create_centre)

    code = sub.add_parser("enrol-code", help="code d'inscription d'une borne (avec QR code)")
    code.add_argument("centre", type=int)
    code.add_argument("--hours", type=float, default=72)
    code.add_argument("--url", help="adresse du serveur, ajoutée au QR code")
    code.add_argument("--svg", help="enregistrer aussi le QR code dans ce fichier SVG")
    code.add_argument("--no-qr", action="store_true")
    code.set_defaults(handler=cmd_enrol_code)

    listing = sub.add_parser("list", help="lister les centres et leurs bornes")
    listing.set_defaults(handler=cmd_list)

    for name, handler, text in (
        ("revoke", cmd_revoke, "retirer une borne"),
        ("rotate-token", cmd_rotate_token, "donner un nouveau jeton à une borne"),
    ):
        device = sub.add_parser(name, help=text)
        device.add_argument("device")
        device.set_defaults(handler=handler)

    upstream = sub.add_parser("forward-enrol", help="inscrire un département en amont")
    upstream.add_argument("--federation", required=True)
    upstream.add_argument("--departement", required=True)
    upstream.add_argument("--url", required=True, help="adresse du serveur national")
    upstream.add_argument("--code", required=True, help="code donné par le serveur national")
    upstream.set_defaults(handler=cmd_forward_enrol)
    send = sub.add_parser("forward", help="envoyer les chiffres par département en amont")
    send.set_defaults(handler=cmd_forward)
    _catalogue_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; errors are printed in French with exit code 2."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except crud.AdminError as error:
        print(f"Erreur : {error}", file=sys.stderr)
        return 2
