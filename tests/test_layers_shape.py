"""Two rules of the code's shape that the layers rely on (docs/architecture.md, "Layers"):

- no function is longer than 60 lines (def line to last line, docstring
  included): a longer one does several things and should be split;
- a diffusers pipeline is assembled or loaded (`SomethingPipeline(...)`,
  `SomethingPipeline.from_pretrained(...)`) only in `diffusion/`, the layer that owns the one
  pipeline builder (`diffusion.pipeline`: `build_pipeline`, `assemble_pipeline`, `load_base`).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "personalq"
MAX_FUNCTION_LINES = 60
LONG_ALLOWED: tuple[str, ...] = ()  # every package is held to it (checkin since round 10)
BUILDER_PACKAGE = "diffusion"
LOADERS = ("from_pretrained", "from_single_file")


def long_functions(path: Path, limit: int = MAX_FUNCTION_LINES) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    return [f"{path.name}:{node.lineno} {node.name} is {node.end_lineno - node.lineno + 1} lines"
            for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
            and node.end_lineno - node.lineno + 1 > limit]


def pipelines_made(path: Path) -> list[str]:
    """Calls that construct or load a diffusers `*Pipeline` class imported in `path`."""
    tree = ast.parse(path.read_text(), filename=str(path))
    classes = {alias.asname or alias.name for node in ast.walk(tree)
               if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("diffusers")
               for alias in node.names if alias.name.endswith("Pipeline")}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in classes:
            found.append(f"{path.name}:{node.lineno} {func.id}(...)")
        elif (isinstance(func, ast.Attribute) and func.attr in LOADERS
              and isinstance(func.value, ast.Name) and func.value.id in classes):
            found.append(f"{path.name}:{node.lineno} {func.value.id}.{func.attr}(...)")
    return found


def modules_outside(package: str) -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py"))
            if p.relative_to(PACKAGE).parts[0] != package]


def test_no_function_is_over_60_lines():
    problems = [line for path in PACKAGE.rglob("*.py")
                if path.relative_to(PACKAGE).parts[0] not in LONG_ALLOWED
                for line in long_functions(path)]
    assert not problems, "functions over 60 lines (split them):\n" + "\n".join(problems)


def test_pipelines_are_assembled_only_by_the_builder():
    problems = [line for path in modules_outside(BUILDER_PACKAGE) for line in pipelines_made(path)]
    assert not problems, ("diffusers pipelines made outside diffusion/ (use "
                          "diffusion.pipeline.assemble_pipeline / load_base):\n"
                          + "\n".join(problems))


def test_the_checks_see_a_long_function_and_a_pipeline_made_elsewhere(tmp_path):
    code = tmp_path / "made.py"
    body = "\n".join(f"    x{i} = {i}" for i in range(60))
    code.write_text("from diffusers import StableDiffusionPipeline as SDP\n"
                    f"def long():\n{body}\n"
                    "def short(d):\n    a = SDP(unet=None)\n    return SDP.from_pretrained(d)\n")
    assert long_functions(code) == ["made.py:2 long is 61 lines"]
    assert pipelines_made(code) == ["made.py:64 SDP(...)", "made.py:65 SDP.from_pretrained(...)"]
