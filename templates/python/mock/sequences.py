"""Answers the offline server gives one after another, so that a resource can change
state over time (a job that is ``processing``, then ``success``).

``server.sequence("GetAIImageJobs", [first, second, ...])`` queues answers (wire-shaped
data, as the documented examples are written); each successful request of that operation
takes the next one, in the format it asked for, with a fresh RequestId. When they run
out, the documented example answers again. Faults come first: a request a fault answers
does not use up an answer. Over HTTP (``control=True``), ``POST /_mock/sequence`` takes the
same names, ``{"operation": "GetAIImageJobs", "answers": [...]}``, and ``DELETE`` clears
every sequence.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from .replies import to_xml
from .service import Reply

__all__ = ["SEQUENCE_PATH", "AnswerSequences", "operation_names"]

SEQUENCE_PATH = "/_mock/sequence"
_REQUEST_ID_KEYS = ("RequestId", "requestId", "request_id")


def operation_names(service: object) -> frozenset[str]:
    """The operations a generated service table serves (RPC actions, ROA routes)."""
    names = set(getattr(service, "actions", {}) or {})
    names.update(route.action for route in getattr(service, "routes", ()) or ())
    return frozenset(names)


class AnswerSequences:
    """Queued answers per operation; thread-safe."""

    def __init__(self, known: Iterable[str] = ()) -> None:
        self._known = frozenset(known)
        self._queues: dict[str, deque[Any]] = {}
        self._lock = threading.Lock()

    def add(self, operation: str, answers: Sequence[Any]) -> None:
        """Queue ``answers`` for ``operation`` after any already queued for it."""
        if not isinstance(operation, str) or not operation:
            raise ValueError("operation must name an operation, such as its action")
        if self._known and operation not in self._known:
            raise ValueError(
                f"unknown operation {operation!r} (known: {', '.join(sorted(self._known))})"
            )
        if isinstance(answers, (str, bytes, Mapping)) or not isinstance(
            answers, Sequence
        ):
            raise ValueError("answers must be a list of answers")
        if not answers:
            raise ValueError("answers must hold at least one answer")
        for index, answer in enumerate(answers):
            try:
                json.dumps(answer)
            except (TypeError, ValueError) as error:
                raise ValueError(f"answer {index} is not JSON data: {error}") from None
        with self._lock:
            self._queues.setdefault(operation, deque()).extend(answers)

    def take(self, operation: str) -> tuple[bool, Any]:
        """``(True, answer)`` with the next answer for ``operation``, or ``(False, None)``."""
        with self._lock:
            queue = self._queues.get(operation)
            if not queue:
                return False, None
            answer = queue.popleft()
            if not queue:
                del self._queues[operation]
            return True, answer

    def clear(self) -> None:
        with self._lock:
            self._queues.clear()

    @property
    def pending(self) -> dict[str, int]:
        """How many answers are left, per operation."""
        with self._lock:
            return {name: len(queue) for name, queue in sorted(self._queues.items())}

    def answer(self, reply: Reply) -> Reply:
        """``reply`` (a success the service gave) with the operation's next queued
        answer in its place, or ``reply`` itself when none is queued."""
        if reply.action is None or not 200 <= reply.status < 300:
            return reply
        found, answer = self.take(reply.action)
        if not found:
            return reply
        try:
            body = _encoded(answer, reply)
        except ValueError as error:
            body = json.dumps({"error": f"queued answer: {error}"}).encode()
            headers = {**reply.headers, "content-type": "application/json"}
            return replace(reply, status=500, headers=headers, body=body)
        return replace(reply, body=body)

    def control(self, method: str, body: bytes) -> tuple[int, dict[str, Any]]:
        """The HTTP control's ``(status, JSON answer)``: POST queues, DELETE clears."""
        if method == "DELETE":
            self.clear()
            return 200, {"pending": {}}
        if method != "POST":
            return 405, {"error": "use POST to queue answers or DELETE to clear them"}
        try:
            spec = json.loads(body or b"{}")
            if not isinstance(spec, dict):
                raise ValueError('expected {"operation": ..., "answers": [...]}')
            unknown = sorted(set(spec) - {"operation", "answers"})
            if unknown:
                raise ValueError(
                    f"unknown field {', '.join(unknown)} (known: operation, answers)"
                )
            for name in ("operation", "answers"):
                if name not in spec:
                    raise ValueError(f"missing field {name!r}")
            self.add(spec["operation"], spec["answers"])
        except ValueError as error:
            return 400, {"error": str(error)}
        return 200, {"pending": self.pending}


def _encoded(answer: Any, reply: Reply) -> bytes:
    """``answer`` in the reply's format, carrying the reply's request id."""
    if isinstance(answer, dict):
        answer = dict(answer)
        for key in _REQUEST_ID_KEYS:
            if key in answer:
                answer[key] = reply.request_id
                break
        else:
            if "xml" in reply.headers.get("content-type", "") or b'"RequestId"' in (
                reply.body
            ):
                answer = {"RequestId": reply.request_id, **answer}
    if "xml" in reply.headers.get("content-type", ""):
        if not isinstance(answer, dict):
            raise ValueError("an XML answer must be an object")
        from .._runtime.xml_decode import parse_xml_root

        root_tag = parse_xml_root(reply.body.decode("utf-8")).tag
        return to_xml(root_tag, answer).encode()
    return json.dumps(answer, ensure_ascii=False).encode()
