"""Headless Chromium driven over the DevTools protocol on a pipe, and a small PNG reader.

``--remote-debugging-pipe`` makes Chromium read protocol messages (JSON, each ended by a
NUL byte) on its fd 3 and answer on fd 4, so no websocket library and no port are needed.
:func:`open_page` loads a file, records every network request, console message, log
entry and uncaught exception, waits for a JavaScript condition and takes a screenshot.
"""
from __future__ import annotations

import base64
import fcntl
import json
import os
import queue
import shutil
import struct
import subprocess
import tempfile
import threading
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio",
         "--remote-debugging-pipe"]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class PageReport:
    requests: list[str] = field(default_factory=list)     # URLs the page asked for
    console: list[tuple[str, str]] = field(default_factory=list)   # (level, text)
    exceptions: list[str] = field(default_factory=list)
    value: Any = None                                      # the final evaluation
    png: bytes = b""

    @property
    def errors(self) -> list[str]:
        return self.exceptions + [t for lvl, t in self.console if lvl in ("error", "assert")]


class _Pipe:
    def __init__(self, proc: subprocess.Popen[bytes], to_browser: int, from_browser: int):
        self.proc, self.out, self.inp = proc, to_browser, from_browser
        self.next_id = 0
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self.replies: dict[int, dict[str, Any]] = {}
        self.cond = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = os.read(self.inp, 1 << 16)
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
            while b"\0" in buf:
                raw, buf = buf.split(b"\0", 1)
                msg = json.loads(raw)
                if "id" in msg:
                    with self.cond:
                        self.replies[msg["id"]] = msg
                        self.cond.notify_all()
                else:
                    self.events.put(msg)
        with self.cond:
            self.cond.notify_all()

    def call(self, method: str, params: dict[str, Any] | None = None,
             session: str | None = None, timeout: float = 30) -> dict[str, Any]:
        self.next_id += 1
        mid = self.next_id
        msg: dict[str, Any] = {"id": mid, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.out, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        with self.cond:
            while mid not in self.replies:
                left = deadline - time.monotonic()
                if left <= 0 or self.proc.poll() is not None:
                    raise TimeoutError(f"no answer to {method}")
                self.cond.wait(left)
            reply = self.replies.pop(mid)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})


def open_page(path: Path, ready: str, *, width: int = 1400, height: int = 900,
              timeout: float = 60, evaluate: str = "null") -> PageReport:
    """Load ``path``; wait until the JavaScript ``ready`` is true; screenshot it."""
    exe = chromium_path()
    if exe is None:
        raise RuntimeError("chromium is not installed")
    # the pipe ends the browser uses, kept above 9 until the child moves them to fds 3, 4
    r_in, w_in = os.pipe()      # we write, the browser reads (its fd 3)
    r_out, w_out = os.pipe()    # the browser writes (its fd 4), we read
    hi_r = fcntl.fcntl(r_in, fcntl.F_DUPFD_CLOEXEC, 10)
    hi_w = fcntl.fcntl(w_out, fcntl.F_DUPFD_CLOEXEC, 10)
    os.close(r_in)
    os.close(w_out)

    def wire() -> None:   # in the child, before exec: dup2 leaves 3 and 4 inheritable
        os.dup2(hi_r, 3)
        os.dup2(hi_w, 4)

    report = PageReport()
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        proc = subprocess.Popen(
            [exe, *FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=False, preexec_fn=wire)  # noqa: PLW1509 (no threads yet)
        os.close(hi_r)
        os.close(hi_w)
        pipe = _Pipe(proc, w_in, r_out)
        try:
            target = pipe.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            session = pipe.call("Target.attachToTarget",
                                {"targetId": target, "flatten": True})["sessionId"]
            for domain in ("Runtime", "Log", "Network", "Page"):
                pipe.call(f"{domain}.enable", session=session)
            pipe.call("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": height, "deviceScaleFactor": 1,
                       "mobile": False}, session=session)
            pipe.call("Page.navigate", {"url": path.resolve().as_uri()}, session=session)
            deadline = time.monotonic() + timeout
            while True:
                got = pipe.call("Runtime.evaluate", {"expression": f"!!({ready})",
                                                     "returnByValue": True}, session=session)
                if got.get("result", {}).get("value") is True:
                    break
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the page never became ready ({ready})")
                time.sleep(0.2)
            report.value = pipe.call("Runtime.evaluate", {
                "expression": evaluate, "returnByValue": True},
                session=session).get("result", {}).get("value")
            shot = pipe.call("Page.captureScreenshot", {"format": "png"}, session=session)
            report.png = base64.b64decode(shot["data"])
            try:
                pipe.call("Browser.close", timeout=5)
            except (RuntimeError, TimeoutError):
                pass
        finally:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            os.close(w_in)
            os.close(r_out)
        while not pipe.events.empty():
            _record(report, pipe.events.get())
    return report


def _record(report: PageReport, msg: dict[str, Any]) -> None:
    method, params = msg.get("method"), msg.get("params", {})
    if method == "Network.requestWillBeSent":
        report.requests.append(params["request"]["url"])
    elif method == "Runtime.consoleAPICalled":
        text = " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"])
        report.console.append((params["type"], text))
    elif method == "Log.entryAdded":
        entry = params["entry"]
        report.console.append((entry["level"], entry.get("text", "")))
    elif method == "Runtime.exceptionThrown":
        details = params["exceptionDetails"]
        report.exceptions.append(details.get("exception", {}).get("description")
                                 or details.get("text", ""))


# ---------------------------------------------------------------------------------------
# PNG (8-bit RGB or RGBA, not interlaced: what Chromium writes)


def read_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """(width, height, rows of RGB bytes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    width = height = channels = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            assert depth == 8 and interlace == 0 and colour in (2, 6), (depth, colour)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        elif kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        ftype, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        if channels == 4:
            rgb = bytearray(width * 3)
            rgb[0::3], rgb[1::3], rgb[2::3] = line[0::4], line[1::4], line[2::4]
            rows.append(bytes(rgb))
        else:
            rows.append(bytes(line))
    return width, height, rows


def colour_counts(rows: list[bytes], colours: dict[str, tuple[int, int, int]],
                  box: tuple[int, int, int, int] | None = None,
                  tolerance: int = 6) -> dict[str, int]:
    """How many pixels (inside ``box``: x0, y0, x1, y1) are each colour, give or take."""
    counts = dict.fromkeys(colours, 0)
    counts["other"] = 0
    counts["background"] = 0
    x0, y0, x1, y1 = box or (0, 0, len(rows[0]) // 3, len(rows))
    for row in rows[y0:y1]:
        for x in range(x0, x1):
            r, g, b = row[3 * x], row[3 * x + 1], row[3 * x + 2]
            if r > 245 and g > 245 and b > 245:
                counts["background"] += 1
                continue
            for name, (cr, cg, cb) in colours.items():
                if abs(r - cr) <= tolerance and abs(g - cg) <= tolerance and abs(b - cb) <= tolerance:
                    counts[name] += 1
                    break
            else:
                counts["other"] += 1
    return counts
