"""The package's layers point one way (docs/architecture.md, "Layers").

Every module's imports of `personalq.*` are read with `ast` (top-level and inside functions) and
checked against the layer order: a module may import its own package and lower layers, never a
higher one, and no chain of imports may lead back to where it started (a module cycle). Imports
inside functions are allowed only in the `commands.py` files (and `cli.py`, the package's
`__init__.py`), where they keep `personalq --help` fast.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "personalq"

# Layer of each top-level module or subpackage; a module may import equal or lower layers.
LAYERS = {
    "errors": 0, "paths": 0, "embed": 0, "call_signature": 0,
    "catalog": 1,
    "checkin": 2,
    "quant": 2,  # a library on plain torch: no diffusion, world, serve or bench
    "diffusion": 3,
    "serve": 4,
    "world": 5, "bench": 5, "testing": 5,  # testing: tiny pipelines for tests and --tiny runs
    "api": 6, "cli": 7, "__init__": 7,
}
LAZY_ALLOWED = ("commands.py", "cli.py", "personalq/__init__.py")
# Deferred imports still in a file another change of issue 9 owns (the reasoner's request text
# as an argument rewrites Check-in's selection); remove the entry when that lands.
PENDING_LAZY: tuple[str, ...] = ()


def module_name(path: Path) -> str:
    rel = path.relative_to(SRC).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def layer_of(module: str) -> int:
    """A package's `commands.py` is the command line's (it wires the library layers together);
    every other module sits in its package's layer."""
    parts = module.split(".")
    if len(parts) == 1:
        return LAYERS["__init__"]
    return LAYERS["cli"] if parts[-1] == "commands" else LAYERS[parts[1]]


def imports_of(path: Path, known: set[str]) -> list[tuple[str, int, bool]]:
    """(imported personalq module, line, inside a function) for every import in `path`."""
    tree = ast.parse(path.read_text(), filename=str(path))
    me = module_name(path)
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    found: list[tuple[str, int, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                      ast.Lambda))
            if isinstance(child, ast.Import):
                for alias in child.names:
                    if alias.name.startswith("personalq"):
                        found.append((_resolve(alias.name, known), child.lineno, in_function))
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - child.level + 1]
                                    + ([base] if base else []))
                if not base.startswith("personalq"):
                    continue
                for alias in child.names:  # `from personalq.x import y` may name module x.y
                    target = f"{base}.{alias.name}"
                    found.append((target if target in known else _resolve(base, known),
                                  child.lineno, in_function))
            visit(child, inner)

    visit(tree, False)
    return [(m, line, lazy) for m, line, lazy in found if m != me]


def _resolve(name: str, known: set[str]) -> str:
    while name not in known and "." in name:
        name = name.rpartition(".")[0]
    return name


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def import_graph() -> dict[str, list[tuple[str, int, bool]]]:
    modules = all_modules()
    known = set(modules)
    return {name: imports_of(path, known) for name, path in modules.items()}


def upward_imports(graph) -> list[str]:
    problems = []
    for module, edges in graph.items():
        for target, line, _ in edges:
            if target == "personalq" or module.startswith(target + "."):
                continue  # a package's own __init__ (e.g. __version__)
            if layer_of(target) > layer_of(module):
                problems.append(f"{module}:{line} imports {target} "
                                f"(layer {layer_of(target)} above {layer_of(module)})")
    return problems


def lazy_imports(graph, modules) -> list[str]:
    problems = []
    for module, edges in graph.items():
        path = modules[module].as_posix()
        if path.endswith(LAZY_ALLOWED + PENDING_LAZY):
            continue
        problems += [f"{module}:{line} imports {target} inside a function"
                     for target, line, lazy in edges if lazy]
    return problems


def cycles(graph) -> list[list[str]]:
    """Module cycles, each as the path that closes it (Tarjan's strongly connected components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    edges = {m: sorted({t for t, _, _ in e if t in graph and t != "personalq"})
             for m, e in graph.items()}

    def strongconnect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            strongconnect(v)
    return found


def test_every_module_has_a_layer():
    for module in all_modules():
        layer_of(module)  # KeyError names a package missing from LAYERS


def test_no_import_points_up():
    problems = upward_imports(import_graph())
    assert not problems, "imports that point up a layer:\n" + "\n".join(problems)


def test_no_module_cycle():
    found = cycles(import_graph())
    assert not found, "module cycles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_imports_inside_functions_only_in_commands():
    problems = lazy_imports(import_graph(), all_modules())
    assert not problems, ("imports inside functions (move them to the top; only commands.py "
                          "defers imports, for --help speed):\n" + "\n".join(problems))


def test_the_checker_sees_an_inverted_import(tmp_path):
    """The checks themselves: an upward import and a cycle written to files are both found."""
    pkg = tmp_path / "personalq"
    (pkg / "quant").mkdir(parents=True)
    (pkg / "diffusion").mkdir()
    (pkg / "quant" / "a.py").write_text("from personalq.diffusion.b import x\n")
    (pkg / "diffusion" / "b.py").write_text(
        "def f():\n    from personalq.quant.a import y\n")
    modules = {"personalq.quant.a": pkg / "quant" / "a.py",
               "personalq.diffusion.b": pkg / "diffusion" / "b.py"}
    known = set(modules)
    global SRC
    old, SRC = SRC, tmp_path
    try:
        graph = {m: imports_of(p, known) for m, p in modules.items()}
    finally:
        SRC = old
    assert upward_imports(graph) == [
        "personalq.quant.a:1 imports personalq.diffusion.b (layer 3 above 2)"]
    assert cycles(graph) == [["personalq.diffusion.b", "personalq.quant.a"]]
    assert lazy_imports(graph, modules) == ["personalq.diffusion.b:2 imports personalq.quant.a "
                                            "inside a function"]
