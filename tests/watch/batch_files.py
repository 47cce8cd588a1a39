"""A batch of distinct inbox files built from the shared sample forms.

Each copy is made byte-unique (a PDF comment after %%EOF, a zip comment on a
Word file, a line on anything else) so every input must get its own decision,
and a reprocessed file would show up as a second decision for the same sha256.
Names are neutral (f0001.pdf): sample file names can carry a child's name.
"""
from __future__ import annotations

import hashlib
import io
import itertools
import zipfile
from pathlib import Path

SAMPLES = Path("/work/shared/samples")
LITTER = {"thumbs.db", "desktop.ini"}


def sample_files() -> list[Path]:
    if not SAMPLES.is_dir():
        return []
    return sorted(p for p in SAMPLES.rglob("*") if p.is_file() and "litter" not in p.parts
                  and not p.name.startswith(("~$", ".")) and p.name.lower() not in LITTER
                  and p.suffix.lower() in (".pdf", ".docx", ".txt"))


def unique_copy(src: Path, serial: int) -> bytes:
    data = src.read_bytes()
    if src.suffix.lower() == ".docx" and data[:2] == b"PK":
        try:
            out = io.BytesIO()
            with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
                for info in zin.infolist():
                    zout.writestr(info, zin.read(info.filename))
                zout.comment = f"copy {serial}".encode()
            return out.getvalue()
        except zipfile.BadZipFile:
            pass
    return data + f"\n%copy {serial}\n".encode()


def make_batch(inbox: Path, count: int) -> dict[str, str]:
    """Write `count` files into inbox (a third directly, the rest in URN folders);
    returns sha256 -> path relative to the inbox."""
    sources = sample_files()
    made: dict[str, str] = {}
    for serial, src in zip(range(count), itertools.cycle(sources)):
        folder = "" if serial % 3 == 0 else f"{100900 + serial % 4}/"
        rel = f"{folder}f{serial:04d}{src.suffix.lower()}"
        data = unique_copy(src, serial)
        (inbox / rel).parent.mkdir(parents=True, exist_ok=True)
        (inbox / rel).write_bytes(data)
        made[hashlib.sha256(data).hexdigest()] = rel
    assert len(made) == count, "copies are not byte-unique"
    return made
