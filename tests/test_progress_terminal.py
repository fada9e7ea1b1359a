"""`extract` on a terminal: stage progress on stderr while the pack is read, then an overview
that fits one 80x24 screen (issue 15). Runs the real CLI on a pseudo-terminal, as a new user's
first run; nothing about timing is asserted (the deadline only turns a hang into a failure).
"""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
import time

import pytest
from conftest import SAMPLE_PACK

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="needs a Linux pseudo-terminal")

HANG_GUARD = 600  # seconds
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
SHOW_CURSOR = "\x1b[?25h"  # rich shows the cursor again when the progress display ends


def _run_on_a_terminal(args: list[str], rows: int = 24, cols: int = 80) -> tuple[int, str]:
    """Run panelparse with stdin, stdout and stderr on one pty of `rows` x `cols`; (exit, output)."""
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    env = {key: value for key, value in os.environ.items()
           if key not in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CI")}
    env.update(COLUMNS=str(cols), LINES=str(rows), TERM="xterm-256color")
    proc = subprocess.Popen([sys.executable, "-m", "panelparse", *args],
                            stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    chunks = []
    deadline = time.monotonic() + HANG_GUARD
    try:
        while True:
            if time.monotonic() > deadline:
                raise AssertionError("panelparse never finished on the terminal")
            ready, _, _ = select.select([master], [], [], 1.0)
            if not ready:
                if proc.poll() is not None:  # exited and nothing more to read
                    break
                continue
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: every end of the terminal is closed
                break
            if not data:
                break
            chunks.append(data)
        return proc.wait(timeout=HANG_GUARD), b"".join(chunks).decode("utf-8", "replace")
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.slow
def test_extract_on_a_terminal_shows_progress_then_a_one_screen_overview():
    code, text = _run_on_a_terminal(["extract", str(SAMPLE_PACK)])
    assert code == 0, text[-2000:]
    first_box = text.find("╭")  # the overview's header panel
    assert first_box > 0, text[-2000:]
    progress = ANSI.sub("", text[:first_box])
    assert SAMPLE_PACK.name in progress and "reading pages" in progress, "stage progress before the overview"
    # What stays on the screen: everything after the progress display ended.
    final = text[text.rfind(SHOW_CURSOR) + len(SHOW_CURSOR):] if SHOW_CURSOR in text else text[first_box:]
    lines = ANSI.sub("", final).replace("\r", "").strip("\n").split("\n")
    assert "reading pages" not in "\n".join(lines), "the progress display is cleared"
    assert len(lines) <= 24 and max(map(len, lines)) <= 80, "\n".join(lines)
    assert lines[-1].startswith("Every document's tables: --view full"), lines[-1]
