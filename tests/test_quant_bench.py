"""`personalq bench quant --tiny`: runs end to end, writes its section of results.md and a PNG."""

import json

import pytest

from personalq.cli import main


@pytest.mark.slow
def test_bench_quant_tiny_writes_table_and_plot(tmp_path, capsys):
    (tmp_path / "results.md").write_text("# Results\n\nother sections stay\n")
    rc = main(["bench", "quant", "--tiny", "--methods", "fp32,naive", "--settings", "W8A8",
               "--samples", "2", "--steps", "2", "--calib-prompts", "2", "--out", str(tmp_path)])
    assert rc == 0
    text = (tmp_path / "results.md").read_text()
    assert "other sections stay" in text and "| naive | W8A8 |" in text
    assert (tmp_path / "quant_tradeoff.png").stat().st_size > 1000
    data = json.loads((tmp_path / "quant_bench.json").read_text())
    rows = {r["method"]: r for r in data["rows"]}
    assert rows["fp32"]["unet_bytes"] / rows["naive"]["unet_bytes"] >= 3.5
    assert rows["naive"]["peak_rss_mb"] > 0
    assert data["kernels"] and data["kernels"][0]["int_mm_ms"] > 0
    # a second run replaces the section instead of appending another
    main(["bench", "quant", "--tiny", "--methods", "fp32", "--samples", "2", "--steps", "2",
          "--calib-prompts", "2", "--out", str(tmp_path)])
    assert (tmp_path / "results.md").read_text().count("quant-bench:begin") == 1


def test_settings_filter_keeps_the_reference_and_weight_only_rows():
    from personalq.bench.quant_bench import _configs

    rows = _configs(None, ["W8A4"])
    names = {(m, w, a) for m, w, a in rows}
    assert ("fp32", 32, 32) in names and ("torchao_int8_wo", 8, 16) in names
    assert ("taq", 8, 4) in names and not any(a == 8 and w == 8 for _, w, a in rows)
    assert not any(m == "torchao_int8_wo" for m, _, _ in _configs(None, ["W4A8"]))
