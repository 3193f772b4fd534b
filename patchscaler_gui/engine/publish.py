"""Writing an output file so that nothing is lost: a temporary file, then a publish step
that never replaces an existing file unless asked.

:func:`atomic_write` writes into ``.NAME.XXXXXXXX.part`` beside the target (NAME shortened
when the whole would pass the file system's name limit), holds a lock on it while writing,
and publishes it:

- ``replace=True``: ``os.replace``, which swaps the file in one step;
- otherwise a no-replace primitive, so two writers racing for one name cannot both win:
  ``renameat2(RENAME_NOREPLACE)`` where the kernel and file system have it, else a hard link
  to the target and unlinking the temporary file, else (file systems without hard links)
  claiming the name with an exclusive create and renaming over that claim. The loser gets an
  OutputError and the file that exists is untouched.

A temporary file left behind by a writer that was killed (SIGKILL, power loss) is removed
the next time the same output is written: one whose lock nobody holds is litter. A live
writer's file is never touched.
"""

from __future__ import annotations

import ctypes
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from patchscaler_gui.engine.errors import OutputError
from patchscaler_gui.engine.texts import QT_TRANSLATE_NOOP, Text

try:
    import fcntl
except ImportError:  # not a POSIX system: no locks, so no sweeping of old temporary files
    fcntl = None  # type: ignore[assignment]

SUFFIX = ".part"
_RANDOM = 8  # characters mkstemp adds
_AT_FDCWD = -100
_RENAME_NOREPLACE = 1


def _libc_renameat2() -> Callable[..., int] | None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        function: Callable[..., int] = libc.renameat2
    except (OSError, AttributeError, TypeError):  # not glibc >= 2.28, or not Linux
        return None
    return function


_renameat2 = _libc_renameat2()


def name_max(folder: Path) -> int:
    """The longest file name (in bytes) ``folder``'s file system takes."""
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):
        return 255


def existing_folder(path: Path) -> Path:
    """The nearest folder above ``path`` that exists (where it would be created)."""
    folder = Path(path).absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def check_name(path: Path) -> None:
    """Raise OutputError when ``path``'s name is longer than its file system allows."""
    size, limit = len(os.fsencode(path.name)), name_max(existing_folder(path))
    if size > limit:
        raise OutputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: the file name is too long (%2 bytes; this file system takes at "
            "most %3); choose a shorter name."), path, size, limit))


def part_prefix(path: Path) -> str:
    """``.NAME.`` for the temporary files of ``path``, NAME cut so that the temporary name
    (prefix, random part, suffix) fits the file system's limit."""
    room = name_max(path.parent) - len(SUFFIX) - _RANDOM - 2
    name = path.name
    while len(os.fsencode(name)) > room:
        name = name[:-1]
    return f".{name}."


def is_part(path: Path) -> bool:
    """Whether ``path`` is one of our temporary files (never an input)."""
    return path.name.startswith(".") and path.name.endswith(SUFFIX)


def sweep(path: Path) -> list[Path]:
    """Remove the temporary files of ``path`` whose writer is gone; return them."""
    if fcntl is None or not path.parent.is_dir():
        return []
    prefix, removed = part_prefix(path), []
    for candidate in path.parent.iterdir():
        name = candidate.name
        if not (name.startswith(prefix) and name.endswith(SUFFIX)
                and len(name) == len(prefix) + _RANDOM + len(SUFFIX)):
            continue
        try:
            fd = os.open(candidate, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # fails while its writer lives
            if os.fstat(fd).st_ino == os.lstat(candidate).st_ino:
                os.unlink(candidate)
                removed.append(candidate)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def _rename_noreplace(src: Path, dst: Path) -> bool:
    """renameat2(RENAME_NOREPLACE); False when the kernel or file system lacks it."""
    if _renameat2 is None:
        return False
    if _renameat2(_AT_FDCWD, os.fsencode(src), _AT_FDCWD, os.fsencode(dst),
                  _RENAME_NOREPLACE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(dst))


def publish(tmp: Path, path: Path, replace: bool) -> None:
    """Move the finished ``tmp`` to ``path``; FileExistsError when ``path`` exists and
    ``replace`` is False (then ``tmp`` is left for the caller to remove)."""
    if replace:
        os.replace(tmp, path)
        return
    if _rename_noreplace(tmp, path):
        return
    try:
        os.link(tmp, path)
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise  # FileExistsError: the name is taken; anything else: a real failure
        _claim_and_replace(tmp, path)  # no hard links here
        return
    os.unlink(tmp)


# what link() says on a file system without hard links (FAT, some network shares)
_NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EMLINK}


def _claim_and_replace(tmp: Path, path: Path) -> None:
    """Claim ``path`` with an exclusive create, then rename ``tmp`` over the claim; if the
    rename fails, the (empty) claim goes again, so a failed write leaves no file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    claim = os.fstat(fd).st_ino
    os.close(fd)
    try:
        os.replace(tmp, path)
    except OSError:
        try:
            if os.lstat(path).st_ino == claim:
                os.unlink(path)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _locked_temp(path: Path) -> tuple[int, str]:
    """A new temporary file for ``path``, open and locked (the lock is held until it is
    published: it is not litter). Another writer's :func:`sweep` may take a file between
    its creation and our lock and remove it; our lock then waits for that sweep, sees the
    file gone (no links left) and makes another."""
    while True:
        fd, name = tempfile.mkstemp(prefix=part_prefix(path), suffix=SUFFIX, dir=path.parent)
        if fcntl is None:
            return fd, name
        fcntl.flock(fd, fcntl.LOCK_EX)
        if os.fstat(fd).st_nlink > 0:
            return fd, name
        os.close(fd)


def atomic_write(path: Path, write: Callable[[BinaryIO], None], replace: bool = False) -> None:
    """Run ``write`` on a temporary file beside ``path``, then publish it as ``path``.

    Any failure (disk full, permissions, an encoder's error, Ctrl-C, ``path`` appearing
    meanwhile without ``replace``) removes the temporary file and leaves ``path`` as it was;
    OS and encoder errors become an OutputError.
    """
    check_name(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        sweep(path)
        fd, name = _locked_temp(path)
    except OSError as exc:
        raise OutputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: cannot write in this folder (%2); choose another output folder."),
            path.parent, exc.strerror or exc)) from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), 0o666 & ~_umask())
            write(f)
            f.flush()
            os.fsync(f.fileno())
            publish(tmp, path, replace)
    except FileExistsError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1 already exists (it may have appeared meanwhile); nothing was "
            "replaced."), path)) from exc
    except (OSError, ValueError) as exc:
        tmp.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise OutputError(Text(QT_TRANSLATE_NOOP(
            "Engine", "%1: could not write the image (%2); nothing was written."), path,
            reason)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
