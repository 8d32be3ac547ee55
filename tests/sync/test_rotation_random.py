"""Token rotations under random faults end with exact totals and one valid token.

The faults of ``test_random_faults`` (cuts before and after the server's
commit, truncated answers, 5xx, 429, timeouts) hit every request, token
requests included; the borne asks for a new token every few rounds, is
"rebooted" and the server restarted now and then. At the end the borne
sends everything, the federation's totals equal the borne's, and of all the
tokens the borne ever held only the one in its keyring still works.
"""

from __future__ import annotations

import random

from kiosk.sync import credentials, rotation
from tests.sync.faultproxy import PASS
from tests.sync.test_random_faults import CHOICES
from tests.sync.test_rotation import assert_totals_equal, refusal

TARGET = 300


def test_rotations_under_random_faults(borne, sqlite_server, proxy, capsys):
    faults = random.Random(20261126)
    events = random.Random(12)
    borne.timeout = 0.25
    enrolment = borne.enrol(proxy.url, sqlite_server.code())
    kinds, weights = zip(*CHOICES, strict=True)
    proxy.plan = lambda request: (
        faults.choices(kinds, weights)[0] if faults.random() < 0.6 else PASS
    )
    seen = {enrolment.token}
    rounds = rotations = restarts = reboots = 0
    codes: dict[str, int] = {}
    while proxy.injected < TARGET:
        borne.sessions(events.randint(0, 3), days_back=events.choice((0, 0, 1, 4)))
        borne.sync.run_once()
        rounds += 1
        if rounds % 3 == 0:
            result = borne.sync.rotate_token()
            codes[result.code] = codes.get(result.code, 0) + 1
            rotations += result.code == rotation.DONE
        held = credentials.load()
        seen |= {held.token} | ({held.pending_token} if held.pending_token else set())
        if rounds % 40 == 0:
            sqlite_server.restart()
            restarts += 1
        if rounds % 15 == 0:
            borne.restart()
            reboots += 1
    proxy.always(PASS)
    assert_totals_equal(borne, sqlite_server, enrolment.device_id)
    now = credentials.load()
    assert not now.pending_token
    assert refusal(sqlite_server, enrolment.device_id, now.token) is None
    for token in seen - {now.token}:
        assert refusal(sqlite_server, enrolment.device_id, token) == "jeton_invalide"
    assert rotations >= 10
    with capsys.disabled():
        print(
            f"\n{proxy.injected} faults, {rounds} rounds, {rotations} rotations done "
            f"({dict(sorted(codes.items()))}), {len(seen)} tokens held, {restarts} server "
            f"restarts, {reboots} borne restarts: totals equal, only the last token works"
        )
