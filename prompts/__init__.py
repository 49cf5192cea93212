"""Prompt templates shipped as package data (see ``prompts.load``).

Each ``<name>.yaml`` holds ``system`` and ``user`` Jinja2 templates, the ``variables`` the
caller must pass, and ``defaults`` (fixed strings such as the refusal sentence) that the
templates and the code share. Rendering is strict: a missing or undeclared variable is an
error, never an empty string.

Every value interpolated with ``{{ ... }}`` has "<" and ">" (and their look-alikes)
neutralised (replaced by "‹" and "›"), so text from documents or users cannot close a
``<nguon>`` tag or open a new one; only the tags written in the template itself are real.
The ``attr`` filter also neutralises '"' for values placed inside tag attributes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

__all__ = ["PromptError", "PromptTemplate", "available", "load", "neutralize"]

# ASCII angle brackets and their look-alikes (fullwidth, small, CJK, math), which a model may
# read as the same delimiters.
_NEUTRAL = str.maketrans(
    dict.fromkeys("<\uff1c\ufe64\u2329\u3008\u27e8", "‹")
    | dict.fromkeys(">\uff1e\ufe65\u232a\u3009\u27e9", "›")
)
_REQUIRED_KEYS = ("system", "user", "variables")


class PromptError(ValueError):
    """A prompt file is missing or malformed, or was rendered with wrong variables."""


def neutralize(text: str) -> str:
    """Make ``text`` unable to open or close a tag: "<" -> "‹", ">" -> "›"."""
    return text.translate(_NEUTRAL)


def _finalize(value: Any) -> Any:
    return neutralize(value) if isinstance(value, str) else value


def _attr(value: Any) -> str:
    return neutralize(str(value)).replace('"', "'").replace("\n", " ")


@functools.cache
def _environment() -> Any:
    import jinja2

    env = jinja2.Environment(
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        autoescape=False,  # the output is a chat message, not HTML; _finalize neutralises tags
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["attr"] = _attr
    return env


@dataclass(frozen=True)
class PromptTemplate:
    """A system + user message pair rendered with Jinja2 (strict, tag-safe)."""

    name: str
    system: str
    user: str
    variables: tuple[str, ...]
    defaults: dict[str, str] = field(default_factory=dict)
    description: str = ""

    def render(self, **values: Any) -> tuple[str, str]:
        """Return ``(system_text, user_text)``; every declared variable must be given."""
        missing = [v for v in self.variables if v not in values]
        unknown = sorted(set(values) - set(self.variables))
        if missing or unknown:
            raise PromptError(
                f"Prompt {self.name!r}: missing variables {missing}, unknown variables {unknown}."
            )
        import jinja2

        context = {**self.defaults, **values}
        env = _environment()
        try:
            system = env.from_string(self.system).render(context)
            user = env.from_string(self.user).render(context)
        except jinja2.TemplateError as exc:
            raise PromptError(f"Prompt {self.name!r} cannot be rendered: {exc}") from exc
        return system.strip(), user.strip()

    def messages(self, **values: Any) -> list[Any]:
        """The rendered prompt as LangChain messages ``[SystemMessage, HumanMessage]``."""
        from langchain_core.messages import HumanMessage, SystemMessage

        system, user = self.render(**values)
        return [SystemMessage(content=system), HumanMessage(content=user)]


def available() -> list[str]:
    """Names of the prompt files shipped in this package."""
    files = resources.files(__name__).iterdir()
    return sorted(f.name.removesuffix(".yaml") for f in files if f.name.endswith(".yaml"))


@functools.cache
def load(name: str) -> PromptTemplate:
    """Load ``prompts/<name>.yaml`` (cached); raise PromptError when absent or malformed."""
    resource = resources.files(__name__).joinpath(f"{name}.yaml")
    try:
        data = yaml.safe_load(resource.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PromptError(f"Cannot read prompt {name!r}: {exc}") from exc
    if not isinstance(data, dict) or any(k not in data for k in _REQUIRED_KEYS):
        raise PromptError(f"Prompt {name!r} must define {', '.join(_REQUIRED_KEYS)}.")
    return PromptTemplate(
        name=name,
        system=str(data["system"]),
        user=str(data["user"]),
        variables=tuple(str(v) for v in data["variables"]),
        defaults={str(k): str(v) for k, v in (data.get("defaults") or {}).items()},
        description=str(data.get("description", "")),
    )
