"""A randomized run of at least 1,000 injected faults ends with exact totals.

Faults are drawn at random for each request (cuts before and after the
server's commit, truncated answers, 500/502/503/429 with and without
Retry-After, timeouts); the server is restarted, the borne "rebooted"
(new outbox and synchroniser on the same file) and its clock put a day
ahead for a while, as sessions keep being journaled on several days. At
the end the federation's totals must equal the borne's, cell for cell.
"""

from __future__ import annotations

import random
from datetime import timedelta

from kiosk.sync.worker import Outcome
from tests.sync.faultproxy import PASS, Fault

TARGET = 1000
CHOICES = [
    (Fault("cut_before"), 5),
    (Fault("cut_after"), 5),
    (Fault("truncate_after"), 3),
    (Fault("status_before", 500), 2),
    (Fault("status_before", 502), 2),
    (Fault("status_before", 503), 2),
    (Fault("status_before", 503, retry_after="1"), 2),
    (Fault("status_before", 429, retry_after="0"), 1),
    (Fault("status_after", 500), 3),
    (Fault("status_after", 502, retry_after="1"), 1),
    (Fault("timeout_before", hold=0.4), 0.5),
    (Fault("timeout_after", hold=0.4), 0.5),
]


def test_randomized_run_of_a_thousand_faults(borne, server, proxy, capsys):
    faults = random.Random(20261125)
    events = random.Random(11)
    borne.timeout = 0.25
    enrolment = borne.enrol(proxy.url, server.code())
    kinds, weights = zip(*CHOICES, strict=True)
    proxy.plan = lambda request: (
        faults.choices(kinds, weights)[0] if faults.random() < 0.7 else PASS
    )
    rounds = restarts = reboots = clock_jumps = 0
    while proxy.injected < TARGET:
        borne.sessions(events.randint(0, 3), days_back=events.choice((0, 0, 1, 3, 12)))
        borne.sync.run_once()
        rounds += 1
        if rounds % 100 == 60:  # now and then the borne's clock jumps a day ahead …
            borne.shift = timedelta(days=1)
            clock_jumps += 1
        elif rounds % 100 == 80:  # … and is put right twenty rounds later
            borne.shift = timedelta(0)
        if rounds % 200 == 0:
            server.restart()
            restarts += 1
        if rounds % 50 == 0:
            borne.restart()
            reboots += 1
    proxy.plan = lambda request: PASS
    for _ in range(5):
        if borne.sync.run_once().outcome is Outcome.DONE:
            break
    assert borne.outbox.summary().pending == 0
    assert borne.outbox.summary().quarantined == 0
    totals = borne.totals()
    assert server.totals(enrolment.device_id) == totals
    with capsys.disabled():
        print(
            f"\n{proxy.injected} faults survived ({dict(sorted(proxy.kinds.items()))}), "
            f"{rounds} rounds, {restarts} server restarts, {reboots} borne restarts, "
            f"{clock_jumps} clock jumps of a day, "
            f"{totals[('sessions', 'total', 'all')]} sessions: totals equal"
        )
