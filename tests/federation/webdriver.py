"""A tiny W3C WebDriver client over httpx, driving Debian's chromedriver + chromium.

No selenium needed: the protocol is a handful of JSON calls.
"""

from __future__ import annotations

import base64
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1100,1600",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    def __init__(self, downloads: Path) -> None:
        self.profile = Path(tempfile.mkdtemp(prefix="chromium-profile-"))
        self.downloads = downloads
        port = free_port()
        self.driver = subprocess.Popen(
            ["/usr/bin/chromedriver", f"--port={port}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.http = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60)
        for _ in range(100):
            try:
                if self.http.get("/status").json()["value"]["ready"]:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        options = {
            "binary": "/usr/bin/chromium",
            "args": [*CHROMIUM_FLAGS, f"--user-data-dir={self.profile}"],
            "prefs": {
                "download.default_directory": str(downloads),
                "download.prompt_for_download": False,
            },
        }
        answer = self.http.post(
            "/session",
            json={"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}},
        )
        answer.raise_for_status()
        self.session = answer.json()["value"]["sessionId"]
        self.call("POST", "/timeouts", {"implicit": 5000, "pageLoad": 30000})
        self.call(
            "POST",
            "/chromium/send_command",
            {
                "cmd": "Page.setDownloadBehavior",
                "params": {"behavior": "allow", "downloadPath": str(downloads)},
            },
        )

    def call(self, method: str, path: str, body: dict | None = None):
        answer = self.http.request(method, f"/session/{self.session}{path}", json=body)
        data = answer.json()
        if answer.status_code >= 400:
            raise RuntimeError(f"webdriver {path}: {data}")
        return data["value"]

    def go(self, url: str) -> None:
        self.call("POST", "/url", {"url": url})

    def find(self, css: str) -> str:
        found = self.call("POST", "/element", {"using": "css selector", "value": css})
        if ELEMENT not in found:
            raise RuntimeError(f"{css}: {found} on {self.url()}")
        return found[ELEMENT]

    def type(self, css: str, text: str) -> None:
        self.call("POST", f"/element/{self.find(css)}/value", {"text": text})

    def click(self, css: str) -> None:
        self.call("POST", f"/element/{self.find(css)}/click", {})

    def text(self, css: str) -> str:
        return self.call("GET", f"/element/{self.find(css)}/text")

    def url(self) -> str:
        return self.call("GET", "/url")

    def wait_for_url(self, suffix: str, seconds: float = 15) -> str:
        """Poll until the page's URL ends with ``suffix`` (a click may return early)."""
        deadline = time.monotonic() + seconds
        while True:
            current = self.url()
            if current.endswith(suffix) or time.monotonic() > deadline:
                return current
            time.sleep(0.05)

    def source(self) -> str:
        return self.call("GET", "/source")

    def screenshot(self, path: Path) -> None:
        path.write_bytes(base64.b64decode(self.call("GET", "/screenshot")))

    def full_screenshot(self, path: Path) -> None:
        data = self.call(
            "POST",
            "/chromium/send_command_and_get_result",
            {"cmd": "Page.captureScreenshot", "params": {"captureBeyondViewport": True}},
        )
        path.write_bytes(base64.b64decode(data["data"]))

    def close(self) -> None:
        try:
            self.http.delete(f"/session/{self.session}")
        finally:
            self.driver.terminate()
            self.driver.wait(10)
            self.http.close()
            shutil.rmtree(self.profile, ignore_errors=True)
