"""The writer lock of a data directory.

Chroma's embedded PersistentClient is safe for one process only, so a second process that
opens the same embedded store is refused with a clear message instead of corrupting it.
The lock is an OS file lock: it disappears with the process, even after SIGKILL.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from filelock import FileLock, Timeout

from assistant.errors import StoreLockedError

LOCK_NAME = "write.lock"
OWNER_NAME = "write.owner"


class WriterLock:
    """Exclusive lock on ``<data_dir>/write.lock``; ``acquire`` fails fast when it is held."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._lock = FileLock(str(data_dir / LOCK_NAME))

    def acquire(self, timeout: float = 0.0) -> None:
        try:
            self._lock.acquire(timeout=timeout)
        except Timeout:
            raise StoreLockedError(self._message()) from None
        (self.data_dir / OWNER_NAME).write_text(str(os.getpid()), encoding="utf-8")

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def _message(self) -> str:
        owner = ""
        with contextlib.suppress(OSError):
            owner = (self.data_dir / OWNER_NAME).read_text(encoding="utf-8").strip()
        who = f" (PID {owner})" if owner else ""
        return (
            f"Kho dữ liệu {self.data_dir} đang được một tiến trình khác sử dụng{who}. "
            "Kho nhúng chỉ cho phép một tiến trình: hãy dừng tiến trình đó (ví dụ `baocao serve`) "
            "rồi chạy lại, nạp tài liệu qua giao diện web, hoặc chạy máy chủ Chroma "
            "(`chroma run`) và đặt BAOCAO_CHROMA_URL."
        )
