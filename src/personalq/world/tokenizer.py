"""The real CLIP BPE tokenizer, built offline from the vocabulary file inside `open-clip-torch`.

Stable Diffusion conditions on CLIP's 49,408-token byte-level BPE; triggers such as `<zib-v2>` are
split into several sub-word pieces by it. We read only the vocabulary file (open_clip itself cannot
be imported here) and build a `transformers.CLIPTokenizer` exactly as OpenAI's tokenizer is defined:
256 byte symbols, the same 256 with an end-of-word marker, 48,894 merges, then the two specials.
"""

from __future__ import annotations

import gzip
import importlib.util
from pathlib import Path

from personalq.errors import PersonalQError

VOCAB_SIZE = 49408
_N_MERGES = 49152 - 256 - 2


def bpe_vocab_path() -> Path:
    """Where open-clip-torch keeps `bpe_simple_vocab_16e6.txt.gz` (found without importing it)."""
    spec = importlib.util.find_spec("open_clip")
    if spec is None or not spec.submodule_search_locations:
        raise PersonalQError(
            "the CLIP BPE vocabulary is missing",
            hint="pip install --no-deps open-clip-torch==3.3.0",
        )
    path = Path(list(spec.submodule_search_locations)[0]) / "bpe_simple_vocab_16e6.txt.gz"
    if not path.is_file():
        raise PersonalQError(f"{path} not found", hint="reinstall open-clip-torch with --no-deps")
    return path


def bytes_to_unicode() -> dict[int, str]:
    """GPT-2/CLIP's reversible map from bytes to printable unicode characters."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
    bs += list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, (chr(c) for c in cs)))


def build_clip_tokenizer(model_max_length: int = 32):
    """A CLIPTokenizer with the real 49,408-token vocabulary (BOS 49406, EOS/pad 49407)."""
    from transformers import CLIPTokenizer

    lines = gzip.open(bpe_vocab_path()).read().decode("utf-8").split("\n")
    merges = [tuple(line.split()) for line in lines[1 : _N_MERGES + 1]]
    symbols = list(bytes_to_unicode().values())
    vocab = symbols + [s + "</w>" for s in symbols] + ["".join(m) for m in merges]
    vocab += ["<|startoftext|>", "<|endoftext|>"]
    assert len(vocab) == VOCAB_SIZE, len(vocab)
    tok = CLIPTokenizer(
        vocab={t: i for i, t in enumerate(vocab)},
        merges=merges,
        model_max_length=model_max_length,
    )
    return tok
