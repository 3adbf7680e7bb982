"""Where things live: the shipped model world, the sample repository, the local cache."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent.parent  # src/personalq -> repo root (editable install)

# The embedded model world (trained and committed by `personalq world ...`).
WORLD_DIR = PROJECT_ROOT / "models"
WORLD_BASE_DIR = WORLD_DIR / "base"  # diffusers layout, loadable like SD1.5
WORLD_REPO_DIR = WORLD_DIR / "repo"  # a checkpoint folder, ingested like any user's folder
WORLD_JUDGE_PATH = WORLD_DIR / "judge.safetensors"

# A small manifest repository used until (and besides) the model world.
SAMPLE_REPO = PROJECT_ROOT / "examples" / "sample_repo.jsonl"


def home_dir() -> Path:
    """The per-user state folder (catalog databases); override with PERSONALQ_HOME."""
    root = Path(os.environ.get("PERSONALQ_HOME", Path.home() / ".cache" / "personalq"))
    root.mkdir(parents=True, exist_ok=True)
    return root


def default_repo() -> Path:
    """The repository every command uses when --repo is not given."""
    if (WORLD_REPO_DIR).is_dir() and any(WORLD_REPO_DIR.iterdir()):
        return WORLD_REPO_DIR
    return SAMPLE_REPO


def catalog_db_for(repo: Path) -> Path:
    """The SQLite catalog for a repository lives in the user's state folder, keyed by its path,
    so read-only repositories (a shared folder, a mounted volume) work too."""
    key = hashlib.sha1(str(Path(repo).resolve()).encode()).hexdigest()[:16]
    return home_dir() / f"catalog-{Path(repo).name}-{key}.sqlite"
