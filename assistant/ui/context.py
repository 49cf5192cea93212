"""What every part of the app shares: the Assistant, the settings, the feedback log."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.feedback import FeedbackLog
from assistant.ui.filters import filter_choices
from assistant.ui.status import llm_label


@dataclass
class UIContext:
    """The shared state of one running app (the Assistant is shared by all sessions)."""

    bot: Any
    settings: Any
    feedback: FeedbackLog
    export_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="baocao-ui-")))

    @classmethod
    def create(cls, bot: Any, settings: Any) -> UIContext:
        return cls(bot=bot, settings=settings, feedback=FeedbackLog.for_data_dir(Path(bot.data_dir)))

    @property
    def model_name(self) -> str:
        return str(self.settings.llm_model) if self.settings.llm_configured else ""

    @property
    def mode_label(self) -> str:
        return llm_label(self.settings)

    @property
    def max_upload_bytes(self) -> int:
        return int(float(self.settings.upload_max_mb) * 2**20)

    def choices(self) -> dict[str, list[tuple[str, str]]]:
        return filter_choices(self.bot.documents())
