"""quant stage of PersonalQ: TAQ (trigger-aware quantization), the baselines, packed weights.

Public interface (import from the submodules named; kept light so `import personalq.quant`
pulls in nothing heavy):

    from personalq.quant.calibrate import calibrate, default_calibration_prompts
    calib = calibrate(pipe, n_prompts=64, trigger="<bear-v4>", class_noun="teddy bear")
        # runs the float pipeline over calibration prompts; keeps UNet inputs at a few timesteps

    from personalq.quant.methods import quantize_unet, METHODS, SETTINGS
    unet = quantize_unet(pipe.unet, method="taq", wbits=8, abits=4, calib=calib)
        # in place; method in METHODS (fp32 fp16 bf16 naive qdiffusion mixdq textkv taq taq_bos
        # taq_uniform torchao_int8_wo torchao_int8_dyn); wbits/abits in {4, 8};
        # PersonalQError for an unknown method/bits or a UNet with no cross-attention

    from personalq.quant.checkpoint import save_quantized, load_quantized, load_quantized_unet
    save_quantized(unet, "out/bear-taq-w8a4", trigger="<bear-v4>")
    load_quantized(pipe, "out/bear-taq-w8a4") -> pipe
        # replaces pipe.unet with the stored quantized UNet (float weights never materialised);
        # the checkpoint's trigger is on `pipe.unet.taq_trigger`. LoRA adapters load on top,
        # unmerged, with diffusers' usual `load_lora_adapter` / `load_lora_weights`.

    from personalq.quant.taq import prepare_prompt, set_trigger_positions, trigger_positions
    info = prepare_prompt(pipe, prompt, trigger=None)   # call before EVERY generation
        # finds the trigger's token positions in the rewritten prompt (trigger=None: use
        # pipe.unet.taq_trigger) and protects them; returns {"trigger_positions", "taq_active",
        # "taq_fallback"}; a trigger absent from the prompt -> plain quantization + a warning.
        # A no-op for UNets that are not TAQ-quantized.
    set_trigger_positions(unet, positions)  # the same, from positions you computed yourself
    trigger_positions(tokenizer, prompt, trigger) -> list[int]

    from personalq.quant.packed import QuantLinear, QuantConv2d, resident_bytes

CLI: `personalq quantize SOURCE --method taq --wbits 8 --abits 4 -o OUT`,
     `personalq bench quant [--quick] [--tiny]`.
"""
