"""The web interface (Gradio). ``create_app`` builds it, ``launch`` serves it.

Importing this package is cheap: Gradio is imported by ``assistant.ui.app`` only.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app", "launch"]


def create_app(bot: Any, settings: Any) -> Any:
    """The Gradio Blocks of the app over ``bot`` (see ``assistant.ui.app.create_app``)."""
    from assistant.ui.app import create_app as build

    return build(bot, settings)


def launch(bot: Any, settings: Any, **options: Any) -> Any:
    """Serve the app (see ``assistant.ui.app.launch``)."""
    from assistant.ui.app import launch as serve

    return serve(bot, settings, **options)
