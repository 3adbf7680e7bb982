"""Cards for the Check-in tests: one subject card in the manifest format, by its fields."""


def subject_card(id_: str, name: str, cls: str, tags: list[str], desc: str) -> dict:
    """A one-version subject card (family = id, dated 2025-01-01) with a `<id>` trigger."""
    return {"id": id_, "name": name, "trigger": f"<{id_}>", "class_noun": cls,
            "kind": "subject", "family": id_, "version": 1, "created_at": "2025-01-01",
            "description": desc, "tags": tags}
