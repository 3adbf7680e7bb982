"""Learned names (issue 12): the owner answers a question once, and the words they used name
the chosen checkpoint from then on; taught and forgotten by hand too. Real SQLite files, invented
cards (two grandmothers, two dogs, a style)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from personalq.catalog.store import open_repository
from personalq.checkin.learned import phrase_of, phrase_words
from personalq.checkin.select import Selector
from personalq.errors import PersonalQError

CARDS = [
    {"id": "ilse-v1", "name": "Ilse", "trigger": "ilsx person", "class_noun": "woman",
     "kind": "subject", "description": "Ilse, my grandmother on my father's side.",
     "tags": ["person"]},
    {"id": "rosalind-v1", "name": "Rosalind", "trigger": "rslnd person", "class_noun": "woman",
     "kind": "subject", "description": "Rosalind, my grandmother on my mother's side.",
     "tags": ["person"]},
    {"id": "quimby-v1", "name": "Quimby", "trigger": "qmby dog", "class_noun": "dog",
     "kind": "subject", "description": "Quimby, our whippet.", "tags": ["dog", "whippet"]},
    {"id": "tolliver-v1", "name": "Tolliver", "trigger": "tlvr dog", "class_noun": "dog",
     "kind": "subject", "description": "Tolliver, our beagle.", "tags": ["dog", "beagle"]},
    {"id": "inkwash-v1", "name": "Ink Wash", "trigger": "inkwsh style", "class_noun": "style",
     "kind": "style", "description": "An ink wash painting style.", "tags": ["style", "ink"]},
]


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    path = tmp_path / "catalog.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in CARDS))
    return path


def test_phrase_normalised_without_determiners_possessives_or_checkpoint_words():
    assert phrase_words("my Nana's") == ("nana",)
    assert phrase_of("The  OMA lora") == "oma"
    for bad in ("", "   ", "the", "my our", "lora"):
        with pytest.raises(PersonalQError):
            phrase_of(bad)
    with pytest.raises(PersonalQError):
        phrase_of("one two three four")


def test_answer_teaches_the_mention_and_the_warm_selector_uses_it(repo):
    selector = Selector(open_repository(repo))
    assert selector.select("nana in the garden").action == "clarify"
    answered = selector.select("nana in the garden", answer="Ilse")
    out = answered.to_json()
    assert out["action"] == "select" and out["checkpoints"] == ["ilse-v1"]
    assert out["learned"] == "nana"
    names = selector.store.learned_names()
    assert names["nana"].family == "ilse-v1" and names["nana"].source == "answer"
    # the same words next time: selected without a question, warm and in a fresh process
    again = selector.select("nana reading by the window")
    assert again.action == "select" and again.checkpoints == ["ilse-v1"]
    assert "learned" not in again.to_json()  # no answer: the §4 keys as before
    cold = Selector(open_repository(repo))
    assert cold.select("nana reading by the window").checkpoints == ["ilse-v1"]


def test_a_word_both_options_state_is_not_learned(repo):
    """Both dogs' cards say "dog": the question stays real, nothing is learned."""
    selector = Selector(open_repository(repo))
    answered = selector.select("my dog on the beach", answer="Quimby")
    assert answered.checkpoints == ["quimby-v1"] and answered.to_json()["learned"] is None
    assert selector.store.learned_names() == {}
    assert selector.select("my dog on the beach").action == "clarify"


def test_another_word_for_the_shared_kind_is_not_learned(repo):
    """A pet word for "dog" reaches both dogs: it says what they are, not which one."""
    selector = Selector(open_repository(repo))
    assert selector.select("my doggo asleep").action == "clarify"
    answered = selector.select("my doggo asleep", answer="Tolliver")
    assert answered.checkpoints == ["tolliver-v1"] and answered.to_json()["learned"] is None
    assert selector.select("my doggo asleep").action == "clarify"


def test_nothing_learned_when_the_request_said_more_about_which_one(repo):
    """"on her dad's side" may be what the answer rests on, not the word "nana"."""
    selector = Selector(open_repository(repo))
    assert selector.select("nana on her dad's side").action == "clarify"
    answered = selector.select("nana on her dad's side", answer="Ilse")
    assert answered.checkpoints == ["ilse-v1"] and answered.to_json()["learned"] is None
    assert selector.store.learned_names() == {}


def test_learn_false_keeps_nothing(repo):
    selector = Selector(open_repository(repo))
    answered = selector.select("oma at the lake", answer="Rosalind", learn=False)
    assert answered.checkpoints == ["rosalind-v1"] and answered.to_json()["learned"] is None
    assert selector.store.learned_names() == {}
    assert selector.select("oma at the lake").action == "clarify"


def test_taught_by_hand_replaced_and_forgotten_while_warm(repo):
    store = open_repository(repo)
    selector = Selector(store)
    assert store.learn_name("mads", "quimby-v1", "taught") is None
    assert selector.select("mads chasing a ball").checkpoints == ["quimby-v1"]
    old = store.learn_name("mads", "tolliver-v1", "taught")
    assert old is not None and old.family == "quimby-v1"
    assert selector.select("mads chasing a ball").checkpoints == ["tolliver-v1"]
    assert store.forget_name("mads").family == "tolliver-v1"
    assert selector.select("mads chasing a ball").checkpoints == []
    with pytest.raises(PersonalQError):
        store.learn_name("mads", "no-such-family", "taught")
    assert store.learned_names() == {}


def test_taught_from_another_process_is_seen_without_a_restart(repo):
    selector = Selector(open_repository(repo))
    assert selector.select("mads chasing a ball").checkpoints == []
    with open_repository(repo, refresh=False) as other:  # another connection, as the CLI has
        other.learn_name("mads", "quimby-v1", "taught")
    assert selector.select("mads chasing a ball").checkpoints == ["quimby-v1"]


def test_a_name_of_a_removed_card_is_ignored(repo):
    with open_repository(repo) as store:
        store.learn_name("mads", "quimby-v1", "taught")
    repo.write_text("".join(json.dumps(c) + "\n" for c in CARDS if c["id"] != "quimby-v1"))
    selector = Selector(open_repository(repo))
    decision = selector.select("mads chasing a ball")
    assert "quimby-v1" not in decision.checkpoints + decision.options
    assert "mads" in selector.store.learned_names()  # kept: the card may come back


def test_old_format_database_opens_and_learns_without_losing_data(tmp_path, monkeypatch):
    """A database written by PersonalQ before learned names existed (tests/data)."""
    from personalq import paths

    data = Path(__file__).parent / "data" / "learned_old_format"
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    repo = tmp_path / "catalog.jsonl"
    repo.write_bytes((data / "catalog.jsonl").read_bytes())
    db = paths.catalog_db_for(repo)
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes((data / "catalog.sqlite").read_bytes())
    with open_repository(repo, refresh=False) as store:
        ids = [c.id for c in store.cards()]
        vectors = store.embeddings()[1].copy()
        assert ids == ["ilse-v1", "rosalind-v1"] and store.learned_names() == {}
        store.learn_name("nana", "ilse-v1", "taught")
    with open_repository(repo) as store:  # refreshed: the cards, vectors and the name all kept
        assert [c.id for c in store.cards()] == ids
        assert (store.embeddings()[1] == vectors).all()
        assert store.learned_names()["nana"].family == "ilse-v1"
        assert store.report.embedded == 0


def _decide(selector: Selector, prompts: list[str]) -> list[tuple]:
    out = []
    for p in prompts:
        d = selector.select(p).to_json()
        out.append((d["action"], d["checkpoints"], d["options"], d["question"], d["prompt"]))
    return out


def test_a_learned_name_changes_only_the_requests_that_contain_it(tmp_path, monkeypatch):
    """A whole set decided before and after one name is taught: every request without the
    phrase is decided exactly as before (the name never reaches beyond its own words)."""
    data = Path(__file__).parent / "data" / "checkin_heldout"
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    repo = tmp_path / "catalog.jsonl"
    repo.write_bytes((data / "catalog.jsonl").read_bytes())
    prompts = [json.loads(line)["prompt"] for line in (data / "cases.jsonl").read_text().splitlines()
               if line.strip()]
    store = open_repository(repo)
    selector = Selector(store)
    before = _decide(selector, prompts)
    counts: dict[str, int] = {}
    card_text = repo.read_text().lower()
    for p in prompts:  # a word some requests use that no card says (chosen from the set itself)
        for w in set(phrase_words(p)):
            if w.isalpha() and len(w) >= 4 and w not in card_text:
                counts[w] = counts.get(w, 0) + 1
    word = max(sorted(counts), key=counts.get)
    family = store.cards()[-1].family
    store.learn_name(word, family, "taught")
    after = _decide(selector, prompts)
    changed = [p for p, b, a in zip(prompts, before, after) if b != a]
    assert all(word in phrase_words(p) for p in changed), (word, changed)
    with_word = [a for p, a in zip(prompts, after) if word in phrase_words(p)]
    assert with_word
    assert any(store.get(i).family == family for a in with_word for i in a[1]), (word, with_word)
