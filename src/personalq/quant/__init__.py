"""quant stage of PersonalQ: TAQ (trigger-aware quantization), the baselines, packed weights.

A library on plain torch: it never imports the diffusion, world, serve or bench packages
(docs/architecture.md, "Layers"). Public interface (import from the submodules named; kept
light so `import personalq.quant` pulls in nothing heavy):

    from personalq.quant.calibrate import calibrate, default_calibration_prompts
    calib = calibrate(pipe, n_prompts=64, trigger="<bear-v4>", class_noun="teddy bear")
        # runs the float pipeline over calibration prompts; keeps UNet inputs at a few timesteps

    from personalq.quant.methods import quantize_unet, METHODS, SETTINGS
    unet = quantize_unet(pipe.unet, method="taq", wbits=8, abits=4, calib=calib)
        # in place; method in METHODS (fp32 fp16 bf16 naive qdiffusion mixdq textkv taq taq_bos
        # taq_uniform torchao_int8_wo torchao_int8_dyn); wbits/abits in {4, 8};
        # PersonalQError for an unknown method/bits or a UNet with no cross-attention

    from personalq.quant.methods import config_of
    config_of(unet) -> QuantConfig | None   # how a UNet was quantized (kept beside it)

    from personalq.quant.checkpoint import save_quantized, load_quantized_unet, read_config
    save_quantized(unet, "out/bear-taq-w8a4", trigger="<bear-v4>")
    unet = load_quantized_unet("out/bear-taq-w8a4")  # float weights never materialised
        # putting it in a pipeline (and LoRAs unmerged on top) is diffusion.pipeline's job:
        # build_pipeline(base, cards, quantized="out/bear-taq-w8a4")

    from personalq.quant.taq import set_trigger_positions, trigger_positions, prompt_trigger_positions
    pos = prompt_trigger_positions(tokenizer, prompt, trigger)  # multi-vector triggers expanded
    set_trigger_positions(unet, pos, trigger)   # call before EVERY generation; returns whether
        # TAQ protects them (no positions with a trigger-protecting method: plain quantization
        # + a warning). diffusion.pipeline.protect_trigger(pipe, prompt) does both.

    from personalq.quant.packed import QuantLinear, QuantConv2d, resident_bytes

CLI: `personalq quantize SOURCE --method taq --wbits 8 --abits 4 -o OUT`,
     `personalq bench quant [--quick] [--tiny]`.
"""
