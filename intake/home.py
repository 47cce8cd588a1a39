"""The home folder of a deployment (contract section 1) and safe writes inside it."""
from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Home:
    root: Path

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def decisions(self) -> Path:
        return self.root / "outbox" / "decisions"

    @property
    def letters(self) -> Path:
        return self.root / "outbox" / "letters"

    @property
    def archive(self) -> Path:
        return self.root / "archive"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def db_path(self) -> Path:
        return self.root / "cme.db"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    def ensure(self) -> None:
        """Create the folders readable by their owner only (the inbox stays as the admin set it up)."""
        self.root.mkdir(parents=True, exist_ok=True)
        if not self.inbox.exists():
            self.inbox.mkdir(mode=0o700)
        for folder in (self.root / "outbox", self.decisions, self.letters, self.archive, self.quarantine):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    def relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write under a temporary name in the same folder, fsync, then rename into place.

    A crash leaves either the old file or the new one, never half of one; the
    temporary name starts with '.' so nothing else mistakes it for an output.
    """
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def remove_stale_temporaries(home: Home) -> int:
    """After a crash, temporary outputs are left behind; nothing refers to them."""
    removed = 0
    for folder in (home.decisions, home.letters, home.archive, home.quarantine):
        if folder.exists():
            for p in folder.glob(".tmp-*"):
                p.unlink(missing_ok=True)
                removed += 1
    return removed


_SAFE_EXT = re.compile(r"^\.[A-Za-z0-9]{1,8}$")


def stored_name(reference: str, original: str) -> str:
    """Archive/quarantine name: the reference plus the original extension.

    Original names often carry the child's name ("Exit form - Jane Smith.pdf"),
    so the service never reuses them; the decision keeps the original name.
    """
    ext = Path(original).suffix
    return reference + (ext.lower() if _SAFE_EXT.match(ext) else "")
