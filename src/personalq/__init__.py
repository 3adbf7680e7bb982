"""PersonalQ: select, quantize and serve personalized text-to-image checkpoints.

    from personalq import Selector, load_pipeline, open_repository
    repo = open_repository("models/repo")
    decision = Selector(repo).select("my star toy in the snow", answer="the one with purple checks")
    pipeline = load_pipeline(decision.checkpoints, repo=repo)
    pipeline.draw(decision.prompt, seed=0).save("star.png")

(see personalq/api.py; the names load on first use, so `import personalq` stays light)"""

import logging as _logging

__version__ = "0.1.0"

# transformers imports torchao when it is installed; torchao then logs about CUDA-only kernels and
# deprecated pytree registrations that mean nothing on a CPU machine. Keep user output clean.
for _name in ("torchao", "torch.utils._pytree"):
    _logging.getLogger(_name).setLevel(_logging.ERROR)

_API = ("CatalogStore", "Pipeline", "Selector", "load_pipeline", "open_repository")


def __getattr__(name: str):
    if name in _API:
        from personalq import api

        return getattr(api, name)
    raise AttributeError(f"module 'personalq' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])
