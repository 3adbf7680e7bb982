"""What a base draws: native sizes read from real base folders, allowed sizes and cost cap."""

from __future__ import annotations

import pytest

from personalq import paths
from personalq.errors import PersonalQError
from personalq.serve.sizes import SizeLimits, native_side_of_folder


def test_native_side_of_the_shipped_world():
    if not (paths.WORLD_BASE_DIR / "unet" / "config.json").is_file():
        pytest.skip("the model world is not present")
    assert native_side_of_folder(paths.WORLD_BASE_DIR) == 64


def test_sd15_and_sdxl_sizes():
    sd15 = SizeLimits.for_native(512)
    assert sd15.sides == (256, 384, 512, 640, 768, 1024)
    assert sd15.check("512x512") == (512, 512) and sd15.check("768x512") == (512, 768)
    assert sd15.check("1024x1024") == (1024, 1024)  # cost 4: at the cap
    assert sd15.check(None) == (None, None) and sd15.check("auto") == (None, None)
    with pytest.raises(PersonalQError) as too_big:
        sd15.check("2048x2048")
    assert "draws 512x512 natively" in too_big.value.message
    assert "1024x1024" in too_big.value.hint and "2048" not in too_big.value.hint
    sdxl = SizeLimits.for_native(1024)
    assert sdxl.check("1024x1024") == (1024, 1024) and sdxl.cost(2048, 2048) == 4.0


def test_odd_and_malformed_sizes_are_refused_with_the_list():
    world = SizeLimits.for_native(64)
    assert world.square() == ["32x32", "48x48", "64x64", "80x80", "96x96", "128x128"]
    for bad in ("1024x1024", "13x7", "64", "64xabc", "72x64"):
        with pytest.raises(PersonalQError) as err:
            world.check(bad)
        assert err.value.status == 400 and "sizes that work: 32x32" in err.value.hint
    assert world.cost(128, 64) == 2.0 and "128x64" in world.supported()
