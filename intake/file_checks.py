"""The checks made on an uploaded file before any parser process sees it.

Only the file's kind and size are looked at; a refusal says why in a reason code and a
detail that names no content.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from intake.config import Limits
from parsers.base import Unreadable

MIB = 1024 * 1024


def file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISLNK, "symlink"), (stat.S_ISDIR, "directory"),
                       (stat.S_ISFIFO, "fifo"), (stat.S_ISSOCK, "socket"),
                       (stat.S_ISCHR, "device"), (stat.S_ISBLK, "device")):
        if test(mode):
            return name
    return "special"


def check_file(path: Path, limits: Limits) -> Unreadable | None:
    """The checks made before any parser sees the file; None when it may be parsed.

    Never follows a link: lstat, then open with O_NOFOLLOW and compare inodes,
    so a file swapped for a link between the two is still caught.
    """
    try:
        st = os.lstat(path)
    except OSError as exc:
        return Unreadable("damaged", type(exc).__name__)
    if not stat.S_ISREG(st.st_mode):
        return Unreadable("unsafe_path", file_kind(st.st_mode))
    if st.st_size > limits.max_file_mib * MIB:
        return Unreadable("too_large", f"{st.st_size} bytes")
    if st.st_size == 0:
        return Unreadable("empty")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Unreadable("unsafe_path", "symlink")
        return Unreadable("damaged", type(exc).__name__)
    try:
        fst = os.fstat(fd)
    finally:
        os.close(fd)
    if (fst.st_dev, fst.st_ino) != (st.st_dev, st.st_ino) or not stat.S_ISREG(fst.st_mode):
        return Unreadable("unsafe_path", "replaced")
    return None
