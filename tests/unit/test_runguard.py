"""The borne refuses root unless it is the demo or the tests."""

from __future__ import annotations

import os
import subprocess
import sys

from kiosk.runguard import ENV_ALLOW_ROOT, RunCode, check_user


def test_unprivileged_user_runs_silently():
    decision = check_user(1000, environ={})
    assert decision.allowed
    assert decision.code is RunCode.NOT_ROOT
    assert decision.message == ""


def test_root_is_refused_with_a_french_explanation():
    decision = check_user(0, environ={})
    assert not decision.allowed
    assert decision.code is RunCode.ROOT_REFUSED
    assert "ne doit pas tourner en tant que root" in decision.message
    assert "kiosk run --demo" in decision.message


def test_root_allowed_for_demo_and_tests_with_a_warning():
    demo = check_user(0, demo=True, environ={})
    assert demo.allowed and demo.code is RunCode.ROOT_DEMO and demo.message
    env = check_user(0, environ={ENV_ALLOW_ROOT: "1"})
    assert env.allowed and env.code is RunCode.ROOT_ALLOWED and env.message
    # only the exact value opens the door
    assert not check_user(0, environ={ENV_ALLOW_ROOT: "yes"}).allowed
    assert not check_user(0, environ={ENV_ALLOW_ROOT: "0"}).allowed


def test_defaults_read_the_real_process():
    code = (
        "from kiosk.runguard import check_user; import sys; "
        "sys.exit(0 if check_user().allowed else 3)"
    )
    env = {k: v for k, v in os.environ.items() if k != ENV_ALLOW_ROOT}
    result = subprocess.run([sys.executable, "-c", code], env=env, check=False)
    assert result.returncode == (3 if os.geteuid() == 0 else 0)
    env[ENV_ALLOW_ROOT] = "1"
    assert subprocess.run([sys.executable, "-c", code], env=env, check=False).returncode == 0
