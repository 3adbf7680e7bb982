"""bench scale: the SD1.5/SDXL configs build the real architectures (parameter counts), the
quantize and forward workers run end to end at toy size (packed bytes, int8 paths, a kohya LoRA
loaded unmerged on the quantized UNet), and the CUDA script runs on the CPU at toy size."""

import json

import pytest
import torch

from personalq.bench import scale


@pytest.mark.parametrize("model,params_m", [("sd15", 859.5), ("sdxl", 2567.5)])
def test_configs_build_the_real_architectures(model, params_m):
    from accelerate import init_empty_weights
    from diffusers import UNet2DConditionModel

    cfg = scale.arch_config(model)
    with init_empty_weights():
        unet = UNet2DConditionModel.from_config(cfg)
    n = sum(p.numel() for p in unet.parameters()) / 1e6
    assert abs(n - params_m) < 1.0, n
    if model == "sd15":
        assert cfg["block_out_channels"] == [320, 640, 1280, 1280]
        assert cfg["cross_attention_dim"] == 768 and cfg["attention_head_dim"] == 8
    else:
        assert cfg["transformer_layers_per_block"] == [1, 2, 10]
        assert cfg["addition_embed_type"] == "text_time" and cfg["use_linear_projection"]


def test_toy_workers_quantize_and_run_int8_with_an_unmerged_lora(tmp_path):
    torch.set_num_threads(1)
    kw = dict(toy=True, latent=16, prompts=1, timesteps=2)
    q8 = scale.worker_quantize("sd15", 8, tmp_path / "w8", rounding="gptq", **kw)
    q4 = scale.worker_quantize("sd15", 4, tmp_path / "w4", rounding="rtn", **kw)
    assert (tmp_path / "w8" / "quant_config.json").is_file()
    assert q8["bytes_fp32"] / q8["bytes_w8"] > 3.0 and q4["bytes_w4"] < q8["bytes_w8"]
    assert q8["peak_rss_gb"] > 0
    fwd = scale.worker_forward("sd15", {"w8": tmp_path / "w8", "w4": tmp_path / "w4"}, toy=True,
                               latent=16, repeats=1, lora=True, fake=True)
    rows = fwd["forward"]
    assert set(rows["w8a8"]["paths"]) == {"int8"}
    assert set(rows["w8a8_fake_quant"]["paths"]) == {"fake_quant"}
    assert set(rows["w4a16"]["paths"]) == {"weight_only"}
    assert rows["w4a8_int8_resident"]["bytes"] > rows["w4a8"]["bytes"]
    assert 0 < rows["w8a8"]["rel_err_vs_fp32"] < 0.1
    lora = rows["w8a8_lora"]
    assert lora["unmerged"] and lora["lora_layers"] > 10 and lora["changed_output_rel"] > 1e-4
    assert set(lora["base_layer_types"]) <= {"QuantLinear", "QuantConv2d"}
    summary = scale.summarize("sd15", q8, q4, fwd, type("A", (), {"toy": True})())
    for key in ("bytes_ratio_w8_vs_fp32", "bytes_ratio_w4_vs_fp32", "speedup_w8a8_vs_fp32",
                "quantize_peak_rss_gb"):
        assert key in summary
    text = scale.format_model("sd15", summary)
    assert scale.RANDOM_NOTE in text
    scale.write_results({"sd15": summary}, tmp_path / "out", "scale_cpu_toy")
    assert json.loads((tmp_path / "out" / "scale_cpu_toy.json").read_text())["sd15"]["toy"]


def test_cuda_script_runs_on_cpu_at_toy_size(tmp_path):
    import importlib.util

    from personalq import paths

    spec = importlib.util.spec_from_file_location(
        "scale_cuda", paths.PROJECT_ROOT / "benchmarks" / "scale_cuda.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--device", "cpu", "--toy", "--models", "sd15", "--iters", "1",
                     "--warmup", "1", "--world-calib", "1", "--world-steps", "2",
                     "--out", str(tmp_path)]) == 0
    res = json.loads((tmp_path / "scale_cuda_toy.json").read_text())
    rows = res["sd15"]["rows"]
    assert set(rows) == {"bf16", "w8a8_int8", "w8a8_fp8"}
    assert set(rows["w8a8_int8"]["paths"]) == {"int8"}
    assert set(rows["w8a8_fp8"]["paths"]) == {"fp8_emulated"}
    assert res["world"]["w8a8_psnr_vs_bf16"] > 15


def test_earlier_results_keep_models_this_run_does_not_measure(tmp_path):
    import argparse
    import json

    from personalq.bench.scale import earlier_results

    path = tmp_path / "scale_cpu.json"
    path.write_text(json.dumps({"sd15": {"speedup_w8a8_vs_fp32": 1.8},
                                "sdxl": {"speedup_w8a8_vs_fp32": 2.5}, "world": {"x": 1}}))
    args = argparse.Namespace(models="sd15", no_world=False)
    kept = earlier_results(path, args)
    assert kept == {"sdxl": {"speedup_w8a8_vs_fp32": 2.5, "earlier_run": True}}
    assert earlier_results(tmp_path / "missing.json", args) == {}


def test_time_interleaved_reports_wall_and_cpu_time_per_model():
    import torch

    from personalq.bench.scale import time_interleaved

    class Net(torch.nn.Module):
        def __init__(self, n):
            super().__init__()
            self.lin = torch.nn.Linear(n, n)

        def forward(self, sample):
            return self.lin(sample)

    rows = time_interleaved({"a": Net(16), "b": Net(16)}, {"sample": torch.randn(4, 16)}, 3)
    assert set(rows) == {"a", "b"}
    for r in rows.values():
        assert 0 < r["min_s"] <= r["median_s"] and 0 <= r["cpu_min_s"] <= r["cpu_median_s"]
