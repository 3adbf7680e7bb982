"""Fixtures shared by several test modules (a module that defines a fixture of the same name
uses its own):
- `sd15_dir`, `pipe`, `calib`: one tiny SD1.5-shaped diffusers folder per test module, its
  pipeline and its calibration around the trigger "<zib-v2>" (the quantization tests);
- `tiny_checkpoints`: a tiny base with real LoRA and DreamBooth checkpoint files as cards (the
  builder's composition and the serve cache);
- `packed_linear`, `int_and_fake`: a Linear and its packed QuantLinear; a packed layer's output
  on the integer kernel and on the fake-quant path (the packed-layer and kernel tests);
- `selector_on`: opens a Check-in Selector on a catalog file with its own PERSONALQ_HOME (and any
  other environment), restored when the module ends (the Check-in tests on small catalogs)."""

import json

import pytest
import torch
from torch import nn

from personalq.catalog.card import Card
from personalq.catalog.store import open_repository
from personalq.checkin.select import Selector
from personalq.quant import packed
from personalq.quant.calibrate import calibrate
from personalq.quant.packed import QuantLinear
from personalq.quant.quantizers import quantize_weight_rtn

CALIB_TRIGGER = "<zib-v2>"


@pytest.fixture(scope="module")
def selector_on(tmp_path_factory):
    """`selector_on(catalog, **env)`: a Selector on `catalog` (a catalog file, or a list of card
    dicts written to one), its database under a fresh PERSONALQ_HOME; the environment is restored
    when the module's tests are done."""
    mp = pytest.MonkeyPatch()

    def open_selector(catalog, **env: str) -> Selector:
        if isinstance(catalog, list):
            path = tmp_path_factory.mktemp("catalog") / "catalog.jsonl"
            path.write_text("".join(json.dumps(card) + "\n" for card in catalog))
            catalog = path
        mp.setenv("PERSONALQ_HOME", str(tmp_path_factory.mktemp("home")))
        for name, value in env.items():
            mp.setenv(name, value)
        return Selector(open_repository(catalog))

    yield open_selector
    mp.undo()


@pytest.fixture(scope="module")
def sd15_dir(tmp_path_factory):
    """A tiny SD1.5-shaped diffusers folder with random weights (torch on one thread)."""
    from personalq.testing import make_tiny_sd15

    torch.set_num_threads(1)
    return make_tiny_sd15(tmp_path_factory.mktemp("sd15"))


@pytest.fixture(scope="module")
def pipe(sd15_dir):
    from diffusers import StableDiffusionPipeline

    p = StableDiffusionPipeline.from_pretrained(sd15_dir)
    p.set_progress_bar_config(disable=True)
    return p


@pytest.fixture(scope="module")
def calib(pipe):
    c = calibrate(pipe, n_prompts=4, trigger=CALIB_TRIGGER, steps=3, timesteps=2, batch_size=4,
                  progress=False)
    c.stats_for(pipe.unet, progress=False)
    return c


@pytest.fixture(scope="module")
def tiny_checkpoints(tmp_path_factory):
    """(base_dir, [three LoRA cards l0..l2], a DreamBooth card db) on a tiny SD1.5-shaped base."""
    from personalq.testing import make_tiny_dreambooth, make_tiny_lora, make_tiny_sd15

    root = tmp_path_factory.mktemp("checkpoints")
    base = make_tiny_sd15(root / "base")
    loras = [Card(id=f"l{i}", name=f"L{i}", trigger=f"<l{i}>", format="lora", base_model="sd15",
                  path=str(make_tiny_lora(base, root / f"l{i}.safetensors", seed=i + 1)))
             for i in range(3)]
    db = Card(id="db", name="DB", trigger="<db>", format="dreambooth", base_model="sd15",
              path=str(make_tiny_dreambooth(base, root / "db", seed=4)))
    return base, loras, db


def _packed_linear(wbits: int, act, in_f: int = 64, out_f: int = 48):
    torch.manual_seed(0)
    lin = nn.Linear(in_f, out_f)
    codes, scale, _ = quantize_weight_rtn(lin.weight, wbits)
    return lin, QuantLinear.from_codes(lin, codes, scale, None, wbits, act)


@pytest.fixture
def packed_linear():
    """`packed_linear(wbits, act, in_f=64, out_f=48)` -> (nn.Linear with seeded weights, its
    QuantLinear: weights rounded to `wbits`, input quantizer `act`)."""
    return _packed_linear


def _int_and_fake(q, x):
    with torch.no_grad():
        y = q(x)
        assert q.last_path == "int8"
        packed.USE_INT_MM = False
        try:
            y_fake = q(x)
            assert q.last_path == "fake_quant"
        finally:
            packed.USE_INT_MM = True
    return y, y_fake


@pytest.fixture
def int_and_fake():
    """`int_and_fake(q, x)` -> the packed layer's output on the integer kernel (asserted to have
    run there), then on the fake-quant path (same codes)."""
    return _int_and_fake
