"""The clarification answer over real HTTP (a uvicorn server on localhost) teaches the owner's
words: ask -> answer (typed, or an option's id as the page's buttons send) -> the same words
next time select without a question, and the response says what was learned; and a correction
(`meant`: the checkpoint a "none" should have been) the same way (invented cards)."""

from __future__ import annotations

import json

import httpx
import pytest

from personalq.serve.live import LiveServer

CARDS = [
    {"id": "wendeline-v1", "name": "Wendeline", "trigger": "wndl person", "class_noun": "woman",
     "kind": "subject", "description": "Wendeline, my grandmother on my father's side.",
     "tags": ["person"]},
    {"id": "agathe-v1", "name": "Agathe", "trigger": "agth person", "class_noun": "woman",
     "kind": "subject", "description": "Agathe, my grandmother on my mother's side.",
     "tags": ["person"]},
    {"id": "brisk-v1", "name": "Brisk", "trigger": "brsk dog", "class_noun": "dog",
     "kind": "subject", "description": "Brisk, our collie.", "tags": ["dog", "collie"]},
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from personalq.serve.api import create_app
    from personalq.serve.config import ServeConfig

    root = tmp_path_factory.mktemp("serve-learned")
    mp = pytest.MonkeyPatch()
    mp.setenv("PERSONALQ_HOME", str(root / "home"))
    repo = root / "catalog.jsonl"
    repo.write_text("".join(json.dumps(c) + "\n" for c in CARDS))
    config = ServeConfig(repo=repo, upload_dir=root / "uploads", api_key="",
                         pipeline_factory=lambda: pytest.fail("no drawing in this test"))
    with LiveServer(create_app(config)) as live:
        yield live
    mp.undo()


def select(server, **body) -> dict:
    r = httpx.post(server.url + "/v1/select", json=body, timeout=120)
    assert r.status_code == 200, r.text
    return r.json()


def test_typed_answer_teaches_the_words(server):
    asked = select(server, request="nana on a park bench")
    assert asked["action"] == "clarify" and "learned" not in asked
    answered = select(server, conversation_id=asked["conversation_id"], answer="Wendeline")
    assert answered["action"] == "select" and answered["checkpoints"] == ["wendeline-v1"]
    assert answered["learned"] == "nana"
    again = select(server, request="nana baking bread")
    assert again["action"] == "select" and again["checkpoints"] == ["wendeline-v1"]


def test_option_button_teaches_the_words(server):
    asked = select(server, request="oma by the sea")
    assert asked["action"] == "clarify", asked
    answered = select(server, conversation_id=asked["conversation_id"], answer="agathe-v1")
    assert answered["checkpoints"] == ["agathe-v1"] and answered["learned"] == "oma"
    again = select(server, request="oma in the snow")
    assert again["action"] == "select" and again["checkpoints"] == ["agathe-v1"]


def test_meant_corrects_a_none_and_the_word_then_selects(server):
    """A correction over HTTP: the request's unknown word becomes the meant family's name."""
    first = select(server, request="grumsby chasing leaves")
    assert first["action"] == "none", first
    fixed = select(server, request="grumsby chasing leaves", meant="brisk-v1")
    assert fixed["meant"] == "brisk-v1" and fixed["learned"] == "grumsby"
    assert fixed["before"]["action"] == "none"
    assert fixed["action"] == "select" and fixed["checkpoints"] == ["brisk-v1"]
    again = select(server, request="grumsby on a gondola")
    assert again["action"] == "select" and again["checkpoints"] == ["brisk-v1"]


def test_meant_with_a_bad_id_is_a_404_naming_close_ids_and_stores_nothing(server):
    r = httpx.post(server.url + "/v1/select", json={"request": "plimsy near a mill",
                                                    "meant": "brisk-v9"}, timeout=120)
    assert r.status_code == 404, r.text
    err = r.json()["error"]
    assert "brisk-v9" in err["message"] and "brisk-v1" in err["hint"]
    assert select(server, request="plimsy near a mill")["action"] == "none"
    both = httpx.post(server.url + "/v1/select", json={"request": "plimsy near a mill",
                                                       "meant": "brisk-v1", "answer": "x"},
                      timeout=120)
    assert both.status_code == 422 and "meant" in both.json()["error"]["message"]
    empty = httpx.post(server.url + "/v1/select", json={"request": "plimsy", "meant": ""},
                       timeout=120)
    assert empty.status_code in (400, 422)
