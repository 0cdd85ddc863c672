"""The window's Submissions view, timed inside the real WebKit page through WebDriver.

tauri-driver (with WebKitWebDriver) opens the release window on a database; a script in
the page clicks Works, then Submissions, and measures with performance.now() from the click
to the frame after the first row of the table is in the document. Only the standard
library is used: WebDriver is JSON over HTTP.
"""

import http.client
import json
import os
import socket
import statistics
import subprocess
import time
import urllib.request
from pathlib import Path

HOME = Path(os.environ.get("HOME", "/root"))

CLICK_TO_ROWS = """
const done = arguments[arguments.length - 1];
const click = (id) => document.querySelector(`[data-testid="${id}"]`).click();
click('nav-works');
setTimeout(() => requestAnimationFrame(() => {
  const start = performance.now();
  click('nav-submissions');
  const poll = () => {
    const row = document.querySelector('[data-testid^="submission-row-"]');
    if (row) requestAnimationFrame(() => done(performance.now() - start));
    else requestAnimationFrame(poll);
  };
  poll();
}), 300);
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(port, method, path, body=None, timeout=60):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.loads(r.read())["value"]


def tool(name, fallback):
    for d in os.environ.get("PATH", "").split(":") + [str(fallback.parent)]:
        p = Path(d) / name
        if p.is_file():
            return str(p)
    raise SystemExit(f"{name} not found: scripts/setup installs it")


def submissions_view(app, databases, runs):
    port, native = free_port(), free_port()
    driver = subprocess.Popen(
        [tool("tauri-driver", HOME / ".cargo/bin/tauri-driver"), "--port", str(port), "--native-port", str(native),
         "--native-driver", tool("WebKitWebDriver", Path("/usr/bin/WebKitWebDriver"))],
        env=dict(os.environ, TAURI_WEBVIEW_AUTOMATION="true"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.time() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.1)
        results = {}
        dropped = (ConnectionError, urllib.error.URLError, http.client.HTTPException)
        for name, db in databases:
            caps = {"capabilities": {"alwaysMatch": {"browserName": "wry", "tauri:options": {"application": str(app), "args": ["--db", str(db)]}}}}

            def open_session():
                # tauri-driver listens before WebKitWebDriver does; until then a new
                # session is refused with a dropped connection.
                for attempt in range(50):
                    try:
                        session = call(port, "POST", "/session", caps)["sessionId"]
                        break
                    except dropped:
                        if attempt == 49:
                            raise
                        time.sleep(0.2)
                call(port, "POST", f"/session/{session}/timeouts", {"script": 60000})
                # Wait for the works list, then warm the Submissions view once.
                for _ in range(300):
                    if call(port, "POST", f"/session/{session}/execute/sync", {"script": "return !!document.querySelector('[data-testid=\"nav-submissions\"]')", "args": []}):
                        break
                    time.sleep(0.1)
                call(port, "POST", f"/session/{session}/execute/async", {"script": CLICK_TO_ROWS, "args": []})
                return session

            # WebKitWebDriver now and then drops a connection mid-command; the session is
            # then opened again (and warmed again) and the click measured anew.
            times, failures, session = [], 0, None
            while len(times) < runs:
                try:
                    session = session or open_session()
                    times.append(call(port, "POST", f"/session/{session}/execute/async", {"script": CLICK_TO_ROWS, "args": []}))
                except dropped:
                    failures += 1
                    if failures > 5:
                        raise
                    if session:
                        try:
                            call(port, "DELETE", f"/session/{session}")
                        except dropped:
                            pass
                    session = None
            try:
                total = call(port, "POST", f"/session/{session}/execute/sync", {"script": "return document.querySelector('[data-testid=\"submissions-count\"]').textContent", "args": []})
            finally:
                call(port, "DELETE", f"/session/{session}")
            times.sort()
            results[name] = {
                "median": statistics.median(times),
                "p95": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))],
                "min": times[0],
                "max": times[-1],
                "rows": total,
                "dropped_connections": failures,
            }
        return results
    finally:
        os.killpg(driver.pid, 15)
        driver.wait()
