"""No network, ever (S8).

The whole suite runs with sockets blocked (pytest-socket in pyproject's addopts); the first
test proves the block is in force. The strace tests run a whole session in a process of its
own under ``strace -f -e trace=network`` and require that every socket it creates is a local
(AF_UNIX) one. CI installs strace (``.ci/run``); without it those tests skip and say why.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_the_suite_blocks_internet_sockets():
    from pytest_socket import SocketBlockedError

    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(SocketBlockedError):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)


def _sockets_under_strace(tmp_path: Path, kind: str) -> tuple[list[str], str]:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (Debian package strace); .ci/run installs it")
    trace = tmp_path / f"{kind}.strace"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=network", "-o", str(trace), sys.executable, "-m",
         "tests.harness.session", kind, str(tmp_path / kind)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0 and "ptrace" in proc.stderr.lower():
        pytest.skip("strace cannot trace here (ptrace is not permitted in this container)")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "SESSION OK" in proc.stdout
    text = trace.read_text()
    return [line for line in text.splitlines() if re.search(r"\bsocket(pair)?\(", line)], text


def _foreign(calls: list[str]) -> list[str]:
    return [c for c in calls if not re.search(r"\bsocket(pair)?\((AF_UNIX|AF_LOCAL)\b", c)]


@pytest.mark.timeout(300)
def test_a_whole_model_session_creates_no_socket_but_local_ones(tmp_path):
    calls, text = _sockets_under_strace(tmp_path, "models")
    assert _foreign(calls) == []
    assert not re.search(r"\b(connect|sendto|bind)\(\d+, \{sa_family=AF_INET6?\b", text)


# Printing is the one exception, and it is the operating system's: Qt's print support asks the
# print service (CUPS) for its printers as soon as a QPrinter exists. libcups uses its Unix
# socket when the daemon runs; without one it tries the IPP port on the loopback address.
# Anything else — another port, another address, or before printing — fails the test.
_CUPS = re.compile(r'connect\(\d+, \{sa_family=AF_INET6?, sin6?_port=htons\(631\), .*'
                   r'inet_(addr|pton)\((AF_INET6, )?"(127\.0\.0\.1|::1)"')
_MARK = re.compile(r"socketpair\(AF_UNIX, SOCK_SEQPACKET")


@pytest.mark.timeout(300)
def test_a_whole_desktop_session_creates_no_socket_but_local_ones(tmp_path):
    pytest.importorskip("PySide6.QtPdf")
    calls, text = _sockets_under_strace(tmp_path, "desktop")
    lines = text.splitlines()
    mark = next((i for i, line in enumerate(lines) if _MARK.search(line)), None)
    assert mark is not None, "the session never reached printing"
    before, printing = lines[:mark], lines[mark:]
    assert _foreign([c for c in calls if c in before]) == []
    assert not [line for line in before if re.search(r"sa_family=AF_INET", line)]
    connects = [line for line in printing
                if re.search(r"\b(connect|sendto|sendmsg|bind)\(\d+, \{sa_family=AF_INET", line)]
    assert [c for c in connects if not _CUPS.search(c)] == []
    assert all(re.search(r"socket(pair)?\((AF_UNIX|AF_LOCAL|AF_INET6?), SOCK_", c)
               for c in calls)


def test_the_checker_recognises_an_internet_socket():
    assert _foreign(['123 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 5',
                     '124 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 6',
                     '125 socketpair(AF_UNIX, SOCK_STREAM, 0, [3, 4]) = 0',
                     '126 socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 7']) == [
        '123 socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 5',
        '126 socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 7']
