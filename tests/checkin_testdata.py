"""Cards for the Check-in tests: one-version cards in the manifest format, by their fields."""


def subject_card(id_: str, name: str, cls: str, tags: list[str], desc: str) -> dict:
    """A one-version subject card (family = id, dated 2025-01-01) with a `<id>` trigger."""
    return {"id": id_, "name": name, "trigger": f"<{id_}>", "class_noun": cls,
            "kind": "subject", "family": id_, "version": 1, "created_at": "2025-01-01",
            "description": desc, "tags": tags}


def lora_card(id_: str, name: str, kind: str, cls: str, tags: list[str], desc: str) -> dict:
    """A one-version style or concept card (`kind`), otherwise as `subject_card`."""
    return {**subject_card(id_, name, cls, tags, desc), "kind": kind}


def without(selector, *rules: str):
    """The same catalog and calibration with the named rules switched off (to show what a rule
    moves)."""
    from personalq.checkin.select import Selector
    return Selector(selector.store, calibration=selector.calibration,
                    disabled_rules=frozenset(rules))


def clarify_options(decision) -> set[str]:
    """The options a decision asks between; empty for anything but a question."""
    return set(decision.options) if decision.action == "clarify" else set()


def selected(selector, request: str) -> list[str]:
    """The checkpoints a request selects; empty for a question or none."""
    d = selector.select(request)
    return d.checkpoints if d.action == "select" else []
