"""Which entries of `inbox/` are inputs, and which are litter to leave alone.

Contract section 1: every input is archived or quarantined; system litter
(hidden files, Office `~$` lock files, partial uploads, `Thumbs.db`,
`desktop.ini`) is left exactly where it is. Both `process` and `watch` use
`list_candidates`, so the two commands can never disagree about what is an
input.

Symlinks, FIFOs, sockets and devices are returned as candidates on purpose:
they are never opened or followed, but they must be quarantined rather than
silently skipped (a link could point at another school's data).
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

# Suffixes browsers and transfer clients give a file while it is still
# arriving: Firefox .part, Chrome .crdownload, Safari .download, old Edge
# .partial, many tools .tmp, WinSCP (common for SFTP drops) .filepart.
PARTIAL_SUFFIXES = frozenset({".part", ".tmp", ".crdownload", ".partial", ".download", ".filepart"})

# Files the operating system or a file manager drops beside real uploads.
LITTER_NAMES = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db", ".ds_store"})


def is_litter(path: Path | str) -> bool:
    """Hidden files, Office owner/lock files and OS metadata files (case-insensitive)."""
    name = os.path.basename(os.fspath(path))
    return name.startswith(".") or name.startswith("~$") or name.lower() in LITTER_NAMES


def is_partial(path: Path | str) -> bool:
    """An upload still being written, judged by the suffix its client gives it."""
    name = os.path.basename(os.fspath(path)).lower()
    return any(name.endswith(suffix) for suffix in PARTIAL_SUFFIXES)


def is_ignored(path: Path | str) -> bool:
    return is_litter(path) or is_partial(path)


def is_candidate(inbox: Path, path: Path) -> bool:
    """Whether `path` (an event's path) is an input: inside `inbox`, not litter,
    not partial, and not below a hidden folder (sync tools keep state there)."""
    try:
        rel = Path(os.path.abspath(path)).relative_to(os.path.abspath(inbox))
    except ValueError:
        return False
    parts = rel.parts
    if not parts:
        return False
    if any(part.startswith(".") for part in parts[:-1]):
        return False
    return not is_ignored(parts[-1])


def list_candidates(inbox: Path) -> list[Path]:
    """Every input now in `inbox` and its sub-folders, oldest first.

    Directories are walked without following symlinks; a symlink (to a file or
    a folder) or special file is returned as an entry, never entered. A folder
    that cannot be read is skipped; the next scan tries again.
    """
    found: list[tuple[int, str, Path]] = []
    stack = [Path(inbox)]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        st = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue  # vanished between listing and stat
                    if stat.S_ISDIR(st.st_mode):
                        if not entry.name.startswith("."):
                            stack.append(Path(entry.path))
                    elif not is_ignored(entry.name):
                        found.append((st.st_mtime_ns, entry.path, Path(entry.path)))
        except (FileNotFoundError, NotADirectoryError, PermissionError):
            continue
    found.sort(key=lambda item: (item[0], item[1]))
    return [path for _, _, path in found]
