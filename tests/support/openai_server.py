"""A real, scripted OpenAI-compatible HTTP server for tests.

It listens on 127.0.0.1 (a free port), answers ``POST .../chat/completions`` (plain JSON or
SSE streaming) and ``GET .../models``, and plays a queue of scripted behaviours, one per
request: a reply text, an HTTP error (429 with ``Retry-After``, 500...), a reply slower than
the client's timeout, or a malformed body. Every request is recorded (path, headers, JSON
body) so tests can inspect exactly what the model was sent.

    with ScriptedOpenAIServer() as server:
        server.script(Reply("Có 12 chi bộ [1]."), Status(500))
        ...  # point a client at server.base_url
        server.requests[0].messages  # what the model got
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """Answer with ``text``; when streamed, in ``chunks`` (default: word by word)."""

    text: str
    chunks: list[str] | None = None
    chunk_delay: float = 0.0  # seconds between streamed chunks
    delay: float = 0.0  # seconds before the response starts

    def pieces(self) -> list[str]:
        if self.chunks is not None:
            return self.chunks
        words = self.text.split(" ")
        return [w if i == 0 else " " + w for i, w in enumerate(words)]


@dataclass
class Status:
    """Fail with HTTP ``code`` (and ``retry_after`` seconds as a ``Retry-After`` header)."""

    code: int
    retry_after: float | None = None
    message: str = "scripted failure"


@dataclass
class Malformed:
    """Return HTTP 200 with a body that is not a chat completion (default: broken JSON)."""

    body: str = '{"id": "x", "choices": [ {"message": '
    content_type: str = "application/json"


@dataclass
class Hang:
    """Wait ``seconds`` (longer than the client timeout) before sending ``then``."""

    seconds: float
    then: Reply | Status | Malformed = field(default_factory=lambda: Reply("quá muộn"))


Behaviour = Reply | Status | Malformed | Hang


@dataclass
class RecordedRequest:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    received_at: float
    sent_at: list[float] = field(default_factory=list)  # when each streamed chunk left

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", []))

    @property
    def stream(self) -> bool:
        return bool(self.body.get("stream"))

    def header(self, name: str) -> str | None:
        """A request header, case-insensitively."""
        wanted = name.lower()
        return next((v for k, v in self.headers.items() if k.lower() == wanted), None)

    def text_of(self, role: str) -> str:
        """All the contents of the messages with ``role``, joined."""
        return "\n".join(str(m.get("content", "")) for m in self.messages if m.get("role") == role)


class ScriptedOpenAIServer:
    """The server; ``script(...)`` queues behaviours, ``requests`` records what came in."""

    def __init__(self, default: Behaviour | None = None) -> None:
        self.default = default  # used when the queue is empty; None -> HTTP 500 "exhausted"
        self.requests: list[RecordedRequest] = []
        self._queue: deque[Behaviour] = deque()
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._httpd.scripted = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, *behaviours: Behaviour) -> ScriptedOpenAIServer:
        with self._lock:
            self._queue.extend(behaviours)
        return self

    def next_behaviour(self) -> Behaviour:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        return self.default or Status(500, message="script exhausted: no reply queued")

    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def start(self) -> ScriptedOpenAIServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()  # wakes handlers that are "hanging"
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class _Handler(BaseHTTPRequestHandler):
    server_version = "ScriptedOpenAI/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
        pass

    @property
    def scripted(self) -> ScriptedOpenAIServer:
        return self.server.scripted  # type: ignore[attr-defined]

    def do_GET(self) -> None:
        if self.path.rstrip("/").endswith("/models"):
            self._json(200, {"object": "list", "data": [{"id": "scripted", "object": "model"}]})
        else:
            self._json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8", "replace")
        try:
            body = json.loads(raw) if raw else {}
        except json.JSONDecodeError:
            body = {"_raw": raw}
        request = RecordedRequest("POST", self.path, dict(self.headers.items()), body, time.monotonic())
        self.scripted.record(request)
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._json(404, {"error": {"message": "not found", "type": "invalid_request_error"}})
            return
        # BrokenPipe / reset: the client gave up (timeout); nothing to do.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._play(self.scripted.next_behaviour(), request)

    def _play(self, behaviour: Behaviour, request: RecordedRequest) -> None:
        if isinstance(behaviour, Hang):
            if self.scripted.stopping.wait(behaviour.seconds):
                return
            behaviour = behaviour.then
        if isinstance(behaviour, Status):
            headers = {}
            if behaviour.retry_after is not None:
                headers["Retry-After"] = f"{behaviour.retry_after:g}"
            error = {"message": behaviour.message, "type": "server_error", "code": behaviour.code}
            self._json(behaviour.code, {"error": error}, headers)
        elif isinstance(behaviour, Malformed):
            self._send(200, behaviour.body.encode(), behaviour.content_type)
        elif request.stream:
            self._stream(behaviour, request)
        else:
            if behaviour.delay and self.scripted.stopping.wait(behaviour.delay):
                return
            self._json(200, _completion(request.body, behaviour.text))

    def _json(self, code: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self._send(code, json.dumps(payload, ensure_ascii=False).encode(), "application/json", headers)

    def _send(self, code: int, data: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _stream(self, reply: Reply, request: RecordedRequest) -> None:
        if reply.delay and self.scripted.stopping.wait(reply.delay):
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()  # HTTP/1.0: the body ends when the connection closes
        model = request.body.get("model", "scripted")
        first = {"role": "assistant", "content": ""}
        self._event(_chunk(model, first, None))
        for piece in reply.pieces():
            if reply.chunk_delay and self.scripted.stopping.wait(reply.chunk_delay):
                return
            self._event(_chunk(model, {"content": piece}, None))
            request.sent_at.append(time.monotonic())
        self._event(_chunk(model, {}, "stop"))
        if (request.body.get("stream_options") or {}).get("include_usage"):
            usage = _chunk(model, {}, None)
            usage.update(choices=[], usage=_usage(request.body, reply.text))
            self._event(usage)
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()

    def _event(self, payload: dict[str, Any]) -> None:
        self.wfile.write(b"data: " + json.dumps(payload, ensure_ascii=False).encode() + b"\n\n")
        self.wfile.flush()


def _usage(body: dict[str, Any], text: str) -> dict[str, int]:
    prompt = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
    completion = len(text.split())
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _completion(body: dict[str, Any], text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "scripted"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": _usage(body, text),
    }


def _chunk(model: str, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-scripted",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def refused_port() -> int:
    """A port on 127.0.0.1 with nothing listening (connecting to it is refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
