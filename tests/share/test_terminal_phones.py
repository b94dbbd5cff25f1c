"""`workshop share --input` from a terminal, phones posting from outside: committed, counted."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from urllib.parse import urlencode

from tests.test_cli import ROOT, workshop

from .client import get, raw_request
from .test_terminal import demo_library  # noqa: F401 - the fixture


def test_share_with_input_commits_what_phones_send_until_ctrl_c(demo_library):  # noqa: F811
    command = [sys.executable, "-m", "workshop", "--library", demo_library, "share", "1",
               "--host", "127.0.0.1", "--input", "tips", "--moderation", "wall"]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, encoding="utf-8")  # fmt: skip
    try:
        lines: list[str] = []
        while not lines or not lines[-1].startswith("Press Ctrl+C"):
            line = process.stdout.readline()
            assert line, process.stderr.read()
            lines.append(line.rstrip("\n"))
        assert "Phones may send tips; their entries go straight in." in lines
        address = lines[1].strip()
        port = int(address.split(":")[2].split("/")[0])
        token = address.split("/")[3]
        _, _, page = get(port, f"/{token}/")
        form = re.search(rb'name="form" value="([0-9a-f]+)"', page)
        assert form, page
        data = urlencode({"form": form.group(1).decode(), "text": "From outside"}).encode()
        request = (
            f"POST /{token}/send HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(data)}\r\n\r\n"
        ).encode() + data
        status, _, body = raw_request(port, request)
        assert status == 200 and b"on the wall" in body
        assert process.stdout.readline().strip() == "Phones: 1 entry saved, 0 refused."
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert out.strip().endswith("Phones: 1 entry saved, 0 refused.")
    listed = workshop("--library", demo_library, "session", "queue", "1")
    assert "1 received, 1 approved, 0 rejected, 0 waiting." in listed.stdout
