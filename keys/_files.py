"""Private files: ownership and mode checks, atomic writes (temp + fsync + rename + fsync dir)."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from keys.errors import KeyFileError


def check_private(path: Path, st: os.stat_result) -> None:
    # Like ssh: a key readable by others is already compromised; refuse to use it.
    if st.st_uid != os.geteuid():
        raise KeyFileError(f"{path} is not owned by the current user")
    if stat.S_IMODE(st.st_mode) & 0o077:
        raise KeyFileError(f"{path} is accessible by group/others (mode {stat.S_IMODE(st.st_mode):o})")


def fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_private_file(directory: Path, filename: str, data: bytes, *, replace: bool = False) -> None:
    """Write ``directory/filename`` (0600) so that it exists whole or not at all."""
    final = directory / filename
    if final.exists() and not replace:
        raise KeyFileError(f"{final} already exists")
    tmp = directory / f".{filename}.{secrets.token_hex(6)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        os.fchmod(fd, 0o600)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.replace(tmp, final)
    fsync_dir(directory)


def make_private_dir(directory: Path) -> None:
    directory.mkdir(mode=0o700, parents=True)
    os.chmod(directory, 0o700)  # mkdir's mode is filtered by the umask


def read_private_file(path: Path) -> bytes:
    st = path.lstat()
    if not stat.S_ISREG(st.st_mode):
        raise KeyFileError(f"{path} is not a regular file")
    check_private(path, st)
    return path.read_bytes()
