"""The bookkeeping every training loop of the world shares (world/train_base.StepBudget): the
step plan, each optimizer group's learning rate from its own peak, the time limit; and a few
real steps of the base's VAE and UNet training through it."""

from __future__ import annotations

import io
import math
import time

import torch
from tqdm import tqdm

from personalq.world.data import tokenize
from personalq.world.models import _lr_at
from personalq.world.tokenizer import build_clip_tokenizer
from personalq.world.train_base import StepBudget, train_diffusion, train_vae


def _opt() -> torch.optim.Optimizer:
    a, b = torch.nn.Parameter(torch.zeros(2)), torch.nn.Parameter(torch.zeros(2))
    return torch.optim.AdamW([{"params": [a], "peak": 1e-3}, {"params": [b], "peak": 4e-2}])


def test_begin_sets_each_groups_rate_from_its_peak_and_shows_the_plan():
    opt, bar = _opt(), tqdm(total=1, disable=True)
    assert StepBudget(40, None).begin(3, opt, bar, warmup=10) == 40
    assert bar.total == 40
    assert [g["lr"] for g in opt.param_groups] == [_lr_at(3, 40, 1e-3, 10), _lr_at(3, 40, 4e-2, 10)]
    assert math.isclose(opt.param_groups[1]["lr"], 4e-2 * 4 / 10)  # warm-up: (step + 1) / warmup


def test_end_stops_a_run_well_past_its_time_limit_only():
    bar = tqdm(total=10, file=io.StringIO())
    assert not StepBudget(10, None).end(1, bar, [1.0], window=5)
    late = StepBudget(10, 1.0)
    late.t0 = time.time() - 2.0  # 2 s into a 1 s budget
    assert late.end(2, bar, [1.0, 0.5], window=5)
    assert not StepBudget(10, 60.0).end(3, bar, [1.0], window=5)
    assert bar.n == 3


def test_a_few_real_steps_of_vae_and_unet_training():
    torch.manual_seed(0)
    images = (torch.rand(4, 64, 64, 3) * 255).to(torch.uint8)
    vae, info = train_vae(images, steps=2, batch=2, device="cpu", seed=0, time_limit_s=None)
    assert info["steps"] == 2 and math.isfinite(info["final_loss"]) and not vae.training
    tok = build_clip_tokenizer()
    ids = tokenize(tok, ["a red ball", "a blue star"])
    te, unet, info = train_diffusion(torch.randn(2, 4, 16, 16), ids, tok, steps=2, batch=2,
                                     device="cpu", seed=0)
    assert info["steps"] == 2 and math.isfinite(info["final_loss"])
    assert not unet.training and not te.training  # the EMA copies, ready to save
