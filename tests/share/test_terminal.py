"""`workshop share` from a terminal: the address, a QR code that decodes to it, Ctrl+C."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from tests.test_cli import ROOT, workshop

from .client import get

# print_ascii's characters: each holds two modules, the upper and the lower.
HALVES = {"\xa0": (0, 0), " ": (0, 0), "▀": (1, 0), "▄": (0, 1), "█": (1, 1)}


def decode_text_qr(lines: list[str]) -> list[str]:
    """Draw the printed code as pixels (dark blocks on white) and decode it."""
    rows: list[list[int]] = []
    for line in lines:
        top, bottom = zip(*(HALVES[ch] for ch in line), strict=True)
        rows += [list(top), list(bottom)]
    scale = 8
    image = Image.new("L", (len(rows[0]) * scale, len(rows) * scale), 255)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.paste(0, (x * scale, y * scale, (x + 1) * scale, (y + 1) * scale))
    return [result.text for result in zxingcpp.read_barcodes(image)]


@pytest.fixture
def demo_library(tmp_path: Path) -> str:
    lib = str(tmp_path / "lib.sqlite")
    assert workshop("--library", lib, "demo", "--title", "Share <b>demo</b>").returncode == 0
    return lib


def test_share_prints_the_address_and_its_qr_and_stops_on_ctrl_c(demo_library):
    command = [sys.executable, "-m", "workshop", "--library", demo_library, "share", "1",
               "--host", "127.0.0.1"]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, encoding="utf-8")  # fmt: skip
    try:
        lines = []
        while not lines or not lines[-1].startswith("Press Ctrl+C"):
            line = process.stdout.readline()
            assert line, process.stderr.read()
            lines.append(line.rstrip("\n"))
        assert lines[0] == "Sharing 'Share <b>demo</b>' (absentee edition) at"
        address = lines[1].strip()
        code = [line for line in lines if line and set(line) <= set(HALVES)]
        assert decode_text_qr(code) == [address]
        assert "Only this computer can open that address: it is its own." in lines
        port = int(address.split(":")[2].split("/")[0])
        path = "/" + address.split("/", 3)[3]
        status, _, body = get(port, path + "summary.pdf")
        assert status == 200 and body.startswith(b"%PDF")
        assert process.stdout.readline().strip() == ("Page opened 0 times, summary fetched 1 time.")
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert out.strip().endswith("Stopped sharing. Page opened 0 times, summary fetched 1 time.")
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["99"], "error: "),
        (["1", "--host", "example.org"], "is not an IPv4 address"),
        (["1", "--host", "0.0.0.0"], "pick the address of one network interface"),
        (["1", "--host", "127.0.0.1", "--port", "70000"], "Port 70000 does not exist"),
        (["1", "--host", "127.0.0.1", "--port", "-1"], "Port -1 does not exist"),
    ],
)
def test_share_refuses_in_one_line(demo_library, args, message):
    done = workshop("--library", demo_library, "share", *args)
    assert done.returncode == 1
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_share_on_a_port_in_use_says_so(demo_library):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = workshop("--library", demo_library, "share", "1", "--host", "127.0.0.1",
                        "--port", str(port))  # fmt: skip
    assert done.returncode == 1
    assert f"Cannot share on 127.0.0.1, port {port}" in done.stderr
