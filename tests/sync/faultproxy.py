"""A small HTTP/1.1 proxy that breaks requests on purpose, for the sync tests.

One request per connection (the borne sends ``Connection: close``). For each
request the proxy takes the next fault from ``plan`` (a callable) and:

* ``pass``: forwards and answers normally;
* ``cut_before``: closes the connection without forwarding;
* ``cut_after``: forwards (the server commits) then closes without answering;
* ``truncate_after``: forwards, then sends half of the answer and closes;
* ``corrupt_after``: forwards, then answers with the body's last byte changed;
* ``status_before`` / ``status_after``: answers ``status`` (500/502/503/429),
  with ``Retry-After`` when ``retry_after`` is set, before or after forwarding;
* ``timeout_before`` / ``timeout_after``: says nothing for ``hold`` seconds;
* ``hang_before`` / ``hang_after``: says nothing until :meth:`release`
  (used to SIGKILL a borne during a send).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formatdate


@dataclass(frozen=True)
class Fault:
    kind: str = "pass"
    status: int = 503
    retry_after: str | None = None
    hold: float = 0.0

    @property
    def injected(self) -> bool:
        return self.kind != "pass"


PASS = Fault()


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, rest = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(rest) < length:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        rest += chunk
    return head + b"\r\n\r\n" + rest


class FaultProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.plan: Callable[[bytes], Fault] = lambda request: PASS
        self.injected = 0
        self.kinds: dict[str, int] = {}
        self.answers: list[bytes] = []
        self.request_seen = threading.Event()
        self._release = threading.Event()
        self._lock = threading.Lock()
        self._server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(64)
        self.port = self._server.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._closed = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._closed = True
        self._release.set()
        self._server.close()

    def release(self) -> None:
        self._release.set()

    def always(self, fault: Fault) -> None:
        self.plan = lambda request: fault

    def posts_only(self, fault: Fault) -> None:
        """Break every POST (batches), let GET (the clock check) through."""
        self.plan = lambda request: fault if request.startswith(b"POST") else PASS

    def sequence(self, *faults: Fault) -> None:
        """Use these faults in order, then pass everything."""
        pending = list(faults)

        def plan(request: bytes) -> Fault:
            return pending.pop(0) if pending else PASS

        self.plan = plan

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _forward(self, request: bytes) -> bytes | None:
        try:
            with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=30) as up:
                up.sendall(request)
                chunks = []
                while True:
                    chunk = up.recv(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
                return b"".join(chunks)
        except OSError:
            return None  # server down: the borne sees a cut connection

    def _synthetic(self, fault: Fault) -> bytes:
        lines = [
            f"HTTP/1.1 {fault.status} Erreur".encode(),
            b"Content-Type: text/html",
            f"Date: {formatdate(usegmt=True)}".encode(),
            b"Connection: close",
            b"Content-Length: 13",
        ]
        if fault.retry_after is not None:
            lines.append(f"Retry-After: {fault.retry_after}".encode())
        return b"\r\n".join(lines) + b"\r\n\r\n<h1>Oups</h1>"

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                request = _read_request(conn)
            except OSError:
                return
            if request is None:
                return
            with self._lock:
                fault = self.plan(request)
                if fault.injected:
                    self.injected += 1
                    self.kinds[fault.kind] = self.kinds.get(fault.kind, 0) + 1
            self.request_seen.set()
            kind = fault.kind
            try:
                if kind.endswith("_after") or kind == "pass":
                    answer = self._forward(request)
                    if answer is None:
                        return
                    if kind == "pass":
                        self.answers.append(answer)
                        conn.sendall(answer)
                    elif kind == "corrupt_after":  # one byte of the body changed
                        conn.sendall(answer[:-1] + bytes([answer[-1] ^ 0x01]))
                    elif kind == "truncate_after":
                        conn.sendall(answer[: len(answer) // 2])
                    elif kind == "status_after":
                        conn.sendall(self._synthetic(fault))
                    elif kind == "timeout_after":
                        time.sleep(fault.hold)
                    elif kind == "hang_after":
                        self._release.wait()
                    return
                if kind == "status_before":
                    conn.sendall(self._synthetic(fault))
                elif kind == "timeout_before":
                    time.sleep(fault.hold)
                elif kind == "hang_before":
                    self._release.wait()
                # cut_before: just close
            except OSError:
                return
