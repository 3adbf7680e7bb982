"""The HTTP API's typed request and response bodies (what /docs shows), one place for all routes.

The A1111 subset keeps its own request body beside its routes (a1111.py)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from personalq.serve.config import MAX_IMAGES_PER_REQUEST, MAX_LORA_WEIGHTS, MAX_PROMPT_CHARS


class ErrorBody(BaseModel):
    code: str
    message: str
    hint: str = ""


class ErrorResponse(BaseModel):
    error: ErrorBody


class SelectRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")
    request: str | None = Field(None, max_length=MAX_PROMPT_CHARS,
                                description="what the user typed, e.g. 'my bear on the beach'")
    prompt: str | None = Field(None, max_length=MAX_PROMPT_CHARS,
                               description="the same as `request` (the --batch file's key)")
    conversation_id: str | None = Field(None, max_length=64,
                                        description="from a clarify response, with `answer`")
    answer: str | None = Field(None, max_length=MAX_PROMPT_CHARS,
                               description="the option the user picked (an id or its words)")
    meant: str | None = Field(None, min_length=1, max_length=200,
                              description="a correction: the checkpoint id or family the request "
                                          "meant; the request's words that point at it alone "
                                          "become its name (`learned`, `meant`, `before` in the "
                                          "response); 404 naming close ids for one there is not")


class Candidate(BaseModel):
    id: str
    score: float


class Option(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    name: str = ""
    trigger: str = ""
    kind: str = ""
    description: str = ""
    version: int | None = None
    created_at: str = ""


class Decision(BaseModel):
    """DESIGN.md §4, plus conversation_id (and the options' cards) when it asks a question."""
    model_config = ConfigDict(extra="allow")
    action: Literal["select", "clarify", "none"]
    checkpoint: str | None
    checkpoints: list[str]
    options: list[str]
    question: str | None
    prompt: str
    candidates: list[Candidate]
    latency_ms: float
    conversation_id: str | None = None
    option_cards: list[Option] | None = None


class ImageRequest(BaseModel):
    """OpenAI's images/generations body; unknown OpenAI fields (model, quality, style, user) are
    accepted and ignored."""
    model_config = ConfigDict(extra="ignore")
    prompt: str = Field(..., min_length=1, max_length=MAX_PROMPT_CHARS)
    n: int = Field(1, ge=1, le=MAX_IMAGES_PER_REQUEST)
    size: str | None = Field(None, max_length=16,
                             description="WIDTHxHEIGHT or 'auto' (native); others: 400 naming "
                                         "the sizes the base draws (GET /v1/checkpoints: sizes)")
    response_format: Literal["b64_json", "url"] = "b64_json"
    checkpoint: str | None = Field(None, max_length=128,
                                   description="skip selection: this checkpoint id ('none' = base, "
                                               "'a+b' composes LoRAs)")
    quantization: str | None = Field(None, max_length=32)
    seed: int | None = Field(None, ge=0, le=2**32 - 1)
    steps: int | None = Field(None, ge=1, le=150)
    lora_weights: dict[str, float] | None = Field(
        None, max_length=MAX_LORA_WEIGHTS, description="weight per LoRA drawn, by checkpoint id (as A1111's "
        "<lora:id:weight>); LoRAs not named draw at the composition default; a name that is "
        "not a LoRA of this request: 422")
    conversation_id: str | None = Field(None, max_length=64)
    answer: str | None = Field(None, max_length=MAX_PROMPT_CHARS)
    background: bool = Field(False, description="return 202 with a job at once; poll or stream it")


class ImageData(BaseModel):
    b64_json: str | None = None
    url: str | None = None
    revised_prompt: str


class Clarification(BaseModel):
    question: str
    options: list[Option]
    conversation_id: str


class PersonalQInfo(BaseModel):
    action: str
    checkpoints: list[str]
    prompt: str
    seed: int | None = None
    steps: int | None = None
    weights: str | None = None
    adapter_weights: list[float] | None = None  # the weight of each LoRA drawn, in order
    loaded: list[str] = []  # checkpoints read from disk for this request (empty: cache hit)
    switched: bool | None = None  # the pipeline changed checkpoint for this request
    warnings: list[str] = []  # what could not be honoured (e.g. a style left out)
    quantization: str | None = None
    # the `personalq quantize` folder drawn with (null: full precision, or quantized at load)
    saved_quantized: str | None = None
    job: str | None = None
    timings: dict[str, float] = {}
    decision: Decision | None = None


class ImageResponse(BaseModel):
    created: int
    data: list[ImageData]
    clarification: Clarification | None = None
    personalq: PersonalQInfo


class JobInfo(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    kind: str
    key: str
    status: str
    progress: float
    created: float
    started: float | None
    finished: float | None
    error: dict | None


class RegisterPath(BaseModel):
    model_config = ConfigDict(extra="forbid")
    path: str = Field(..., min_length=1, max_length=4096)
    name: str | None = Field(None, max_length=200)
    trigger: str | None = Field(None, max_length=200)
    class_noun: str | None = Field(None, max_length=200)
    kind: Literal["subject", "style", "concept"] | None = None
    description: str | None = Field(None, max_length=2000)
    base_model: str | None = Field(None, max_length=100)


class CheckpointOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    name: str
    trigger: str
    kind: str
    registered: bool = False


class RegisterResponse(BaseModel):
    checkpoint: CheckpointOut
    job: JobInfo
