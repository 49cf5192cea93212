"""The writer lock of a data directory.

Chroma's embedded PersistentClient is safe for one process only, so a second process that
opens the same embedded store is refused with a clear message instead of corrupting it: the
embedded store holds the lock for the life of the process (``acquire``).

With a Chroma server several processes share one data directory (catalog, lexical index,
uploads): each takes the same lock for the duration of one write (``writing``), waiting for
another writer to finish, and readers never take it (``try_acquire`` lets a reader repair
the store when no writer holds it).

The lock is an OS file lock (flock): it disappears with the process, even after SIGKILL, and
it is per process (not per thread); callers serialize their own threads.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from filelock import FileLock, Timeout

from assistant.errors import StoreLockedError

if TYPE_CHECKING:
    from vectorstore.lexical import LexicalIndex

log = logging.getLogger(__name__)

LOCK_NAME = "write.lock"
OWNER_NAME = "write.owner"
WRITE_WAIT_S = 300.0  # shared mode: how long a write waits for another process's write


class WriterLock:
    """Exclusive lock on ``<data_dir>/write.lock``; ``acquire`` fails fast when it is held."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        # thread_local=False: the lock belongs to the process, whichever thread releases it.
        self._lock = FileLock(str(data_dir / LOCK_NAME), thread_local=False)

    def acquire(self, timeout: float = 0.0) -> None:
        """Take the lock for the embedded store, or raise StoreLockedError at once."""
        if not self._take(timeout):
            raise StoreLockedError(self._message())

    def try_acquire(self) -> bool:
        """Take the lock if nobody holds it, without waiting."""
        return self._take(0.0)

    @contextlib.contextmanager
    def writing(self, timeout: float) -> Iterator[None]:
        """Hold the lock for one write, waiting up to ``timeout`` seconds for another writer."""
        if not self._take(timeout):
            raise StoreLockedError(self._busy_message(timeout))
        try:
            yield
        finally:
            self.release()

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def _take(self, timeout: float) -> bool:
        try:
            self._lock.acquire(timeout=timeout)
        except Timeout:
            return False
        with contextlib.suppress(OSError):  # diagnostics only
            (self.data_dir / OWNER_NAME).write_text(str(os.getpid()), encoding="utf-8")
        return True

    def _owner(self) -> str:
        owner = ""
        with contextlib.suppress(OSError):
            owner = (self.data_dir / OWNER_NAME).read_text(encoding="utf-8").strip()
        return f" (PID {owner})" if owner else ""

    def _message(self) -> str:
        return (
            f"Kho dữ liệu {self.data_dir} đang được một tiến trình khác sử dụng{self._owner()}. "
            "Kho nhúng chỉ cho phép một tiến trình: hãy dừng tiến trình đó (ví dụ `baocao serve`) "
            "rồi chạy lại, nạp tài liệu qua giao diện web, hoặc chạy máy chủ Chroma "
            "(`chroma run`) và đặt BAOCAO_CHROMA_URL."
        )

    def _busy_message(self, timeout: float) -> str:
        return (
            f"Kho dữ liệu {self.data_dir} đang được một tiến trình khác ghi (nạp hoặc xóa tài liệu)"
            f"{self._owner()}; đã chờ {timeout:g} giây mà chưa xong. Mỗi lúc chỉ một tiến trình "
            "được ghi: hãy thử lại sau khi việc nạp đó hoàn tất."
        )


class StoreAccess:
    """How one process reaches a data directory: alone (embedded store: the lock for life) or
    shared with other processes (Chroma server: the lock for each write).

    ``repair`` brings the store in step with the catalog; it is only ever called under the
    lock. In shared mode every write starts with it (the last writer may have died mid-way).
    """

    def __init__(self, data_dir: Path, *, shared: bool, repair: Callable[[], None]) -> None:
        self.shared = shared
        self.wait = WRITE_WAIT_S
        self.lock = WriterLock(data_dir)
        self._repair = repair
        self._threads = threading.RLock()  # this process's threads, one write at a time
        if not shared:
            self.lock.acquire()

    def repair_on_open(self) -> None:
        """Repair now; in shared mode only if nobody is writing (that writer keeps the store
        in step, and the next write or search checks again)."""
        if not self.shared:
            self._repair()
        elif not self._repair_if_free():
            log.info("another process is writing to %s; it keeps the store in step", self.lock.data_dir)

    @contextlib.contextmanager
    def writing(self, *, repair: bool = True) -> Iterator[None]:
        """One write: one thread at a time; in shared mode also one process at a time (waiting
        up to ``wait`` seconds), starting from the store as the last writer left it."""
        with self._threads:
            if not self.shared:
                yield
                return
            with self.lock.writing(self.wait):
                if repair:
                    self._repair()
                yield

    def follow(self, lexical: LexicalIndex, generation: int) -> None:
        """Shared mode, before a search: take up the lexical index of catalog ``generation``
        once its writer has written it. Never waits, never builds it while a writer works."""
        if not self.shared or generation == lexical.generation:
            return
        if (lexical.reload() and lexical.generation == generation) or lexical.busy:
            return
        # The index on disk is behind the catalog: a writer is at work and holds the lock, or
        # one died mid-way and left it free; then repair now (the search goes on regardless).
        try:
            self._repair_if_free()
        except Exception as exc:
            log.warning("repair before a search failed; searching the index as it is: %s", exc)

    def _repair_if_free(self) -> bool:
        if not self._threads.acquire(blocking=False):
            return False
        try:
            if not self.lock.try_acquire():
                return False
            try:
                self._repair()
            finally:
                self.lock.release()
            return True
        finally:
            self._threads.release()

    def close(self) -> None:
        self.lock.release()
