"""The tile catalogue published by the federation, borne side.

When CAF or FranceConnect change a host, the federation's admins publish a
new catalogue version and every borne gets it at its next sync. The
federation's file is a *layer*: read over the shipped catalogue, under the
centre's own override (which still wins). It is:

* fetched over the authenticated channel (the borne's bearer token),
  ``If-None-Match`` making an unchanged catalogue cost one empty answer;
* checked for integrity: the SHA-256 sent in ``Catalogue-Sha256`` must match
  the exact bytes received; the version must not go backwards;
* validated with the borne's own schema and :class:`~kiosk.urlpolicy.UrlPolicy`
  (:func:`federation_problems`, the same function the server runs when an
  admin publishes);
* applied atomically (temporary file, ``fsync``, ``rename``, folder
  ``fsync``): a broken, partial or refused catalogue never replaces the last
  good one, which stays in use offline.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk.catalogue import SHIPPED_CATALOGUE, catalogue_from_text
from kiosk.sync.client import FederationClient, NetworkError
from kiosk.sync.credentials import Enrolment
from kiosk.tomlsource import TomlProblem
from kiosk.urlpolicy import UrlPolicy

log = logging.getLogger("sync")

#: Name the federation's layer has in problems.
SOURCE = "catalogue de la fédération"
META_NAME = "catalogue-federation.json"
#: Largest catalogue accepted, in bytes.
MAX_BYTES = 256_000


def federation_problems(text: str, shipped: Path = SHIPPED_CATALOGUE) -> list[TomlProblem]:
    """Check a federation catalogue as a layer over the shipped one.

    Returns:
        The problems found in the federation's text (empty: it may be used).
    """
    if len(text.encode("utf-8")) > MAX_BYTES:
        return [TomlProblem(SOURCE, 0, "", f"catalogue trop gros (plus de {MAX_BYTES} octets)")]
    base = shipped.read_text(encoding="utf-8")
    policy = UrlPolicy(allow_loopback_http=False)
    alone = catalogue_from_text(base, str(shipped), policy=policy)
    layered = catalogue_from_text(base, str(shipped), text, SOURCE, policy=policy)
    # Problems the layer brings, wherever they point (a new host list may
    # make a shipped start_url refused: the problem names the shipped line).
    known = {(problem.key, problem.message) for problem in alone.problems}
    return [p for p in layered.problems if (p.key, p.message) not in known]


def digest(data: bytes) -> str:
    """SHA-256 (hex) of the exact bytes of a catalogue."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class FeedResult:
    """What a fetch did.

    Attributes:
        code: ``applique`` (new version in place), ``inchange``, ``aucun``
            (nothing published), ``injoignable``, ``integrite`` (hash or
            size mismatch), ``ancienne_version``, ``invalide`` (refused by
            the schema or the URL policy), ``ecriture`` (disk) or ``erreur``.
        version: Version now in use (0: none).
        message: French sentence for staff.
    """

    code: str
    version: int
    message: str


class CatalogueFeed:
    """The federation's catalogue kept in ``folder`` (the borne's data folder).

    Args:
        folder: Where the last good catalogue and its version are kept.
        shipped: The shipped catalogue it is validated over.
    """

    def __init__(self, folder: Path, shipped: Path = SHIPPED_CATALOGUE) -> None:
        self.folder = folder
        self.shipped = shipped
        self.meta_path = folder / META_NAME

    def _file(self, version: int) -> Path:
        return self.folder / f"catalogue-federation-v{version}.toml"

    def current(self) -> tuple[int, str]:
        """Return (version, sha256) of the catalogue in use ((0, "") when none)."""
        try:
            meta = json.loads(self.meta_path.read_text(encoding="utf-8"))
            version, sha = int(meta["version"]), str(meta["sha256"])
            if digest(self._file(version).read_bytes()) != sha:
                log.error("federation catalogue file does not match its hash: not used")
                return 0, ""
        except (OSError, ValueError, KeyError, TypeError):
            return 0, ""
        return version, sha

    def layer(self) -> Path | None:
        """The file to read between the shipped catalogue and the override, if any."""
        version = self.current()[0]
        return self._file(version) if version else None

    def fetch(self, client: FederationClient, enrolment: Enrolment) -> FeedResult:
        """Ask the federation for its catalogue; apply it when new, valid and intact."""
        version, sha = self.current()
        try:
            answer = client.request(
                "GET",
                f"/devices/{enrolment.device_id}/catalogue",
                token=enrolment.token,
                headers={"If-None-Match": f'"{sha}"'} if sha else {},
            )
        except NetworkError as error:
            return FeedResult(error.code, version, "La fédération n'a pas pu être jointe ; "
                              "la borne garde son catalogue actuel.")
        if answer.status == 304:
            return FeedResult("inchange", version, "Le catalogue de la fédération est à jour.")
        if answer.status == 404:
            return FeedResult("aucun", version, "La fédération n'a pas publié de catalogue.")
        if answer.status != 200:
            return FeedResult("erreur", version, f"{answer.error()[1]} La borne garde son "
                              "catalogue actuel.")
        return self._receive(answer.body, answer.headers, version)

    def _receive(self, body: bytes, headers: Mapping[str, str], version: int) -> FeedResult:
        claimed = headers.get("catalogue-sha256", "")
        try:
            offered = int(headers.get("catalogue-version", ""))
        except ValueError:
            offered = -1
        keep = "La borne garde son catalogue actuel."
        if len(body) > MAX_BYTES or digest(body) != claimed:
            log.error("federation catalogue failed its integrity check: not applied")
            return FeedResult("integrite", version,
                              f"Le catalogue reçu est incomplet ou abîmé. {keep}")
        if offered <= version:
            return FeedResult("ancienne_version", version,
                              f"Le catalogue reçu n'est pas plus récent. {keep}")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return FeedResult("invalide", version, f"Le catalogue reçu est illisible. {keep}")
        problems = federation_problems(text, self.shipped)
        if problems:
            log.error("federation catalogue refused: %d problems", len(problems))
            return FeedResult("invalide", version,
                              f"Le catalogue reçu a des erreurs ({problems[0].message}). {keep}")
        try:
            self._write(body, offered, claimed)
        except OSError as error:
            log.error("federation catalogue not written: %s", error.strerror)
            return FeedResult("ecriture", version,
                              f"Le catalogue reçu n'a pas pu être enregistré. {keep}")
        log.info("federation catalogue version %d applied", offered)
        return FeedResult("applique", offered,
                          f"Nouveau catalogue de la fédération (version {offered}) en place.")

    def _write(self, body: bytes, version: int, sha: str) -> None:
        """Write the new version's own file, then switch the pointer to it.

        Both writes are atomic (temporary file, fsync, rename); the switch is
        the rename of the small JSON pointer, so a crash at any moment
        leaves either the old good catalogue or the new one in use.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        previous = self.current()[0]
        _atomic_write(self._file(version), body)
        meta = json.dumps({"version": version, "sha256": sha}).encode("utf-8")
        _atomic_write(self.meta_path, meta)
        if previous and previous != version:
            self._file(previous).unlink(missing_ok=True)


def _atomic_write(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
