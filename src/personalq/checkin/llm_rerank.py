"""LLM reranker: ask an OpenAI-compatible chat server which shortlisted checkpoint is meant.

Works with any server speaking `POST /v1/chat/completions` (llama.cpp / llama-cpp-python,
vLLM, Ollama). The caller (the Selector) gives it the shortlist retrieval produced; the model
can only answer with aliases of that shortlist, and every answer is validated here. Anything
wrong (timeout, connection refused, HTTP error, non-JSON, a schema violation, an id that was not
offered) raises `LLMUnavailable`, and the caller falls back to the local reasoner. A broken server
thus costs only the fallback; a valid but wrong answer is taken as given, so this backend is only
as good as its model (SmolLM2-135M, the one installable here, cannot rank: plumbing only).

Usage:
    reranker = LLMReranker("http://127.0.0.1:8080", "smollm2", timeout_s=5)
    judgement = reranker.judge("my teddy bear on the beach", shortlist_cards)
"""

from __future__ import annotations

import json
import os
import re
import time
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from personalq.catalog.card import Card
from personalq.checkin.llm_prompt import (MAX_QUESTION_CHARS, MAX_SELECTED, answer_schema,
                                          build_messages, clean_text)
from personalq.errors import PersonalQError

Action = Literal["select", "clarify", "none"]
MAX_CANDIDATES = 16  # at most; build_messages also stops at a size budget
MAX_RESPONSE_BYTES = 64_000


class LLMUnavailable(PersonalQError):
    """The LLM gave no usable answer; the caller should use the local reasoner instead."""

    def __init__(self, message: str):
        super().__init__(f"LLM reranker unavailable: {message}",
                         "check --llm-url/--llm-model, or use the default local backend", status=503)


@dataclass
class LLMJudgement:
    action: Action
    ids: list[str]  # real card ids, in the model's order; [] for "none"
    question: str | None  # only for "clarify"; names what distinguishes the options


class LLMReranker:
    """One client per server; reuses its HTTP connection across `judge` calls."""

    def __init__(self, base_url: str, model: str, timeout_s: float = 10.0,
                 api_key: str | None = None, cooldown_s: float = 30.0):
        """`cooldown_s`: after a timeout or a connection error, skip the server for this long
        (raise LLMUnavailable at once) instead of making every request of a batch wait
        `timeout_s`; a llama.cpp server keeps working on an abandoned request anyway.
        `api_key`: sent as a Bearer token (vLLM --api-key, hosted APIs); None reads the
        environment variable PERSONALQ_LLM_API_KEY, so the CLI needs no key on its command line."""
        if not base_url.startswith(("http://", "https://")):
            raise PersonalQError(f"LLM url {base_url!r} is not an http(s) URL",
                                 "e.g. --llm-url http://127.0.0.1:8080")
        if timeout_s <= 0:
            raise PersonalQError("the LLM timeout must be positive")
        root = base_url.rstrip("/")
        self.url = root + ("/chat/completions" if root.endswith("/v1") else "/v1/chat/completions")
        self.model = model
        self.timeout_s = float(timeout_s)
        api_key = api_key or os.environ.get("PERSONALQ_LLM_API_KEY") or None
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(headers=headers, timeout=httpx.Timeout(self.timeout_s))
        # OpenAI's structured output form first; llama-cpp-python only knows json_object+schema.
        self._format_style = "json_schema"
        self.cooldown_s = float(cooldown_s)
        self._skip_until = 0.0  # monotonic time until which the server counts as down

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "LLMReranker":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def judge(self, request: str, candidates: list[Card]) -> LLMJudgement:
        """Ask the model to select, clarify or answer none among `candidates` (the shortlist)."""
        if not candidates:
            return LLMJudgement("none", [], None)
        wait = self._skip_until - time.monotonic()
        if wait > 0:
            raise LLMUnavailable(f"skipped: {self.url} failed recently, next try in {wait:.0f} s")
        messages, aliases = build_messages(request, candidates[:MAX_CANDIDATES])
        content = self._chat(messages, answer_schema(list(aliases)))
        names = {alias: candidates[i].name for i, alias in enumerate(aliases)}
        return parse_judgement(content, aliases, names)

    # --- HTTP ---------------------------------------------------------------------------------

    def _payload(self, messages: list[dict[str, str]], schema: dict[str, Any]) -> dict[str, Any]:
        if self._format_style == "json_schema":
            response_format = {"type": "json_schema",
                               "json_schema": {"name": "judgement", "schema": schema, "strict": True}}
        else:
            response_format = {"type": "json_object", "schema": schema}
        return {"model": self.model, "messages": messages, "temperature": 0.0, "seed": 0,
                "max_tokens": 160, "stream": False, "response_format": response_format}

    def _chat(self, messages: list[dict[str, str]], schema: dict[str, Any]) -> str:
        deadline = time.monotonic() + self.timeout_s
        status, body = self._post(self._payload(messages, schema), deadline)
        if (status != 200 and self._format_style == "json_schema"
                and ("json_schema" in body or "response_format" in body)):
            # The server rejected the OpenAI json_schema form (llama-cpp-python answers 500 with a
            # validation error naming it): use json_object + schema from now on.
            self._format_style = "json_object"
            status, body = self._post(self._payload(messages, schema), deadline)
        if status != 200:
            raise LLMUnavailable(f"HTTP {status} from {self.url}: {body[:200]!r}")
        try:
            data = json.loads(body)
            content = data["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise LLMUnavailable(f"not an OpenAI chat completion: {body[:200]!r}") from None
        if not isinstance(content, str):
            raise LLMUnavailable("the completion has no text content")
        return content

    def _post(self, payload: dict[str, Any], deadline: float) -> tuple[int, str]:
        """POST and read the body, never past `deadline` (httpx bounds each wait; we bound the sum)."""
        late = f"no answer within {self.timeout_s:g} s from {self.url}"
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise self._server_down(late)
        try:
            with self._client.stream("POST", self.url, json=payload,
                                     timeout=httpx.Timeout(remaining)) as response:
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > MAX_RESPONSE_BYTES:
                        raise LLMUnavailable(f"response larger than {MAX_RESPONSE_BYTES} bytes")
                    if time.monotonic() > deadline:
                        raise self._server_down(late)
                return response.status_code, b"".join(chunks).decode("utf-8", "replace")
        except httpx.TimeoutException:
            raise self._server_down(late) from None
        except httpx.HTTPError as exc:
            raise self._server_down(f"cannot reach {self.url}: {exc.__class__.__name__}: {exc}") from None

    def _server_down(self, message: str) -> LLMUnavailable:
        """Too slow or unreachable: skip the server for `cooldown_s` (a wrong answer does not)."""
        self._skip_until = time.monotonic() + self.cooldown_s
        return LLMUnavailable(message)


# --- answer validation --------------------------------------------------------------------------

_FENCE_RE = re.compile(r"^```(?:json)?\s*(.*?)\s*```$", re.DOTALL)


def parse_judgement(content: str, aliases: dict[str, str], names: dict[str, str]) -> LLMJudgement:
    """Validate the model's JSON strictly and map aliases back to card ids.

    `aliases` maps "c1" -> card id for the shortlist that was shown; `names` maps alias -> card
    name, used to replace aliases a question may still mention. Raises LLMUnavailable.
    """
    text = content.strip()
    fenced = _FENCE_RE.match(text)  # servers without constrained decoding often fence their JSON
    if fenced:
        text = fenced.group(1)
    try:
        answer = json.loads(text)
    except ValueError:
        raise LLMUnavailable(f"answer is not JSON: {content[:120]!r}") from None
    if not isinstance(answer, dict):
        raise LLMUnavailable("answer is not a JSON object")
    extra = set(answer) - {"action", "ids", "question"}
    if extra:
        raise LLMUnavailable(f"answer has unexpected keys {sorted(extra)}")
    action, ids, question = answer.get("action"), answer.get("ids"), answer.get("question")
    if action not in ("select", "clarify", "none"):
        raise LLMUnavailable(f"action {action!r} is not select, clarify or none")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise LLMUnavailable("ids is not a list of strings")
    unknown = [i for i in ids if i not in aliases]
    if unknown:
        raise LLMUnavailable(f"ids {unknown[:3]} were not among the candidates")
    ids = list(dict.fromkeys(ids))  # a repeated alias means the same card once
    if question is not None and not isinstance(question, str):
        raise LLMUnavailable("question is neither a string nor null")

    if action == "select":
        if not 1 <= len(ids) <= MAX_SELECTED:
            raise LLMUnavailable(f"select needs 1 to {MAX_SELECTED} ids, got {len(ids)}")
        return LLMJudgement("select", [aliases[i] for i in ids], None)
    if action == "none":
        if ids:
            raise LLMUnavailable("none must come with no ids")
        return LLMJudgement("none", [], None)
    if len(ids) < 2:
        raise LLMUnavailable("clarify needs at least 2 options")
    question = _readable_question(question or "", names)
    if not question:
        raise LLMUnavailable("clarify came without a question")
    return LLMJudgement("clarify", [aliases[i] for i in ids], question)


def _readable_question(question: str, names: dict[str, str]) -> str:
    """Users never see aliases or raw ids: replace any alias left in the question by its name."""
    question = re.sub(r"\bc(\d{1,2})\b",
                      lambda m: names.get(m.group(0), m.group(0)), question)
    return clean_text(question, MAX_QUESTION_CHARS)
