"""Fixtures shared by the quantization tests: one tiny SD1.5-shaped pipeline per test module and
its calibration around the trigger "<zib-v2>". A module that defines its own `pipe` or `calib`
uses that one instead."""

import pytest
import torch

from personalq.quant.calibrate import calibrate

CALIB_TRIGGER = "<zib-v2>"


@pytest.fixture(scope="module")
def pipe(tmp_path_factory):
    from diffusers import StableDiffusionPipeline

    from personalq.testing import make_tiny_sd15

    torch.set_num_threads(1)
    p = StableDiffusionPipeline.from_pretrained(make_tiny_sd15(tmp_path_factory.mktemp("sd15")))
    p.set_progress_bar_config(disable=True)
    return p


@pytest.fixture(scope="module")
def calib(pipe):
    c = calibrate(pipe, n_prompts=4, trigger=CALIB_TRIGGER, steps=3, timesteps=2, batch_size=4,
                  progress=False)
    c.stats_for(pipe.unet, progress=False)
    return c
