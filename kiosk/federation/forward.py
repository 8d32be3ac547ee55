"""Forwarding a federation's figures upstream (regional → national).

Each département of a federation is enrolled upstream as a pseudo-borne;
its cells are the sums of its centres' cells, sent with the ordinary
protocol. Only days with at least :data:`MIN_CENTRES` contributing centres
leave. Each batch is written to ``forward_outbox`` before its first send and
re-sent identical until acknowledged; the revision of a cell is the
moment of the run (seconds), so a later correction always wins upstream.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.federation.crud import AdminError, federation, now
from kiosk.federation.models import Cell, Centre, Device, Forwarded, ForwardOutbox, UpstreamLink
from kiosk.federation.secrecy import MIN_CENTRES
from kiosk.sync import protocol

log = logging.getLogger("sync")
TIMEOUT_S = 30


@dataclass
class Report:
    """What one forwarding run did, per département."""

    sent_batches: int = 0
    sent_cells: int = 0
    withheld_days: int = 0
    errors: list[str] = field(default_factory=list)


def _post(url: str, body: bytes, token: str | None = None) -> tuple[int, dict[str, object]]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as error:
        try:
            return error.code, json.loads(error.read() or b"{}")
        except json.JSONDecodeError:
            return error.code, {}


def enrol_upstream(
    factory: sessionmaker[Session], federation_name: str, departement: str, url: str, code: str
) -> str:
    """Enrol one département upstream and keep its token; return the device id.

    Raises:
        AdminError: when the upstream server refuses or cannot be reached.
    """
    base = url.rstrip("/")
    label = f"Département {departement} ({federation_name})"
    try:
        status, data = _post(
            f"{base}/api/v1/enrol", json.dumps({"code": code, "label": label[:100]}).encode()
        )
    except (urllib.error.URLError, OSError) as error:
        raise AdminError(f"Serveur amont injoignable : {error}") from error
    if status != 201:
        raise AdminError(f"Inscription refusée par le serveur amont : {data.get('message')}")
    with factory.begin() as session:
        fed = federation(session, federation_name)
        session.add(
            UpstreamLink(
                federation_id=fed.id,
                departement=departement.upper(),
                url=base,
                device_id=str(data["device_id"]),
                token=str(data["token"]),
                sequence=0,
                created_at=now(),
            )
        )
    return str(data["device_id"])


Key = tuple[str, str, str, str]


def aggregates(session: Session, link: UpstreamLink) -> tuple[dict[Key, int], int]:
    """Sum the département's cells per key, on days with enough centres.

    Returns:
        The publishable sums, and the number of days withheld.
    """
    scope = (
        select(Cell.day, Cell.metric, Cell.dimension, Cell.code, Cell.value, Centre.id)
        .join(Device, Device.id == Cell.device_id)
        .join(Centre, Centre.id == Device.centre_id)
        .where(Centre.federation_id == link.federation_id, Centre.departement == link.departement)
        .subquery()
    )
    per_day = session.execute(
        select(scope.c.day, func.count(func.distinct(scope.c.id))).group_by(scope.c.day)
    ).all()
    days = {day for day, centres in per_day if centres >= MIN_CENTRES}
    sums = session.execute(
        select(
            scope.c.day, scope.c.metric, scope.c.dimension, scope.c.code, func.sum(scope.c.value)
        ).group_by(scope.c.day, scope.c.metric, scope.c.dimension, scope.c.code)
    )
    found = {(d, m, dim, c): int(v) for d, m, dim, c, v in sums if d in days}
    return found, len(per_day) - len(days)


def _queue(session: Session, link: UpstreamLink, moment: datetime, vocabulary: str) -> int:
    current, withheld = aggregates(session, link)
    sent = {
        (f.day, f.metric, f.dimension, f.code): f.value
        for f in session.scalars(select(Forwarded).where(Forwarded.link_id == link.id))
    }
    changed = sorted(k for k, v in current.items() if sent.get(k) != v)
    revision = int(moment.timestamp())
    for start in range(0, len(changed), protocol.MAX_CELLS):
        link.sequence += 1
        cells = tuple(
            protocol.Cell(*k, value=min(current[k], protocol.MAX_VALUE), revision=revision)
            for k in changed[start : start + protocol.MAX_CELLS]
        )
        batch = protocol.Batch(
            str(uuid.uuid4()), link.sequence, protocol.SCHEMA_VERSION, vocabulary, cells
        )
        session.add(
            ForwardOutbox(
                batch_id=batch.batch_id,
                link_id=link.id,
                body=json.dumps(batch.to_json()),
                created_at=moment,
            )
        )
    return withheld


def _send(factory: sessionmaker[Session], link: UpstreamLink, report: Report) -> None:
    with factory() as session:
        pending = list(
            session.scalars(
                select(ForwardOutbox)
                .where(ForwardOutbox.link_id == link.id)
                .order_by(ForwardOutbox.created_at, ForwardOutbox.batch_id)
            )
        )
    url = f"{link.url}/api/v1/devices/{link.device_id}/batches"
    for row in pending:
        try:
            status, data = _post(url, row.body.encode(), link.token)
        except (urllib.error.URLError, OSError) as error:
            report.errors.append(f"{link.departement} : serveur amont injoignable")
            log.warning("upstream unreachable: %s", type(error).__name__)
            return
        if status != 200:
            message = str(data.get("message", status))
            report.errors.append(f"{link.departement} : {message}")
            return
        body = json.loads(row.body)
        with factory.begin() as session:
            for cell in body["cells"]:
                key = (link.id, cell["day"], cell["metric"], cell["dimension"], cell["code"])
                stored = session.get(Forwarded, key)
                if stored is None:
                    session.add(
                        Forwarded(
                            link_id=link.id,
                            day=cell["day"],
                            metric=cell["metric"],
                            dimension=cell["dimension"],
                            code=cell["code"],
                            value=cell["value"],
                        )
                    )
                else:
                    stored.value = cell["value"]
            session.execute(delete(ForwardOutbox).where(ForwardOutbox.batch_id == row.batch_id))
        report.sent_batches += 1
        report.sent_cells += len(body["cells"])


def forward(
    factory: sessionmaker[Session], vocabulary: str, moment: datetime | None = None
) -> Report:
    """Queue what changed since the last run, then send every pending batch."""
    report = Report()
    moment = moment or now()
    with factory() as session:
        links = list(session.scalars(select(UpstreamLink)))
    for link in links:
        with factory.begin() as session:
            attached = session.get(UpstreamLink, link.id)
            assert attached is not None
            if (
                session.scalar(
                    select(func.count())
                    .select_from(ForwardOutbox)
                    .where(ForwardOutbox.link_id == link.id)
                )
                == 0
            ):
                report.withheld_days += _queue(session, attached, moment, vocabulary)
        _send(factory, link, report)
    return report
