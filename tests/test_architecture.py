"""Structure of the package (ARCHITECTURE.md), checked statically over py/finn_vivado.

- Layers import downwards only: core -> layers -> frontend -> transforms -> backends ->
  flow -> explore -> app -> public facades. Imports inside functions count.
- No import cycle between modules, at module level or inside functions.
- Every ``step_*`` / ``verify_*`` function lives in the flow layer, and only flow and app
  take a build config (no parameter named ``cfg`` below them).
- Modules stay under 500 lines, functions under 50.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "py" / "finn_vivado"

#: top-level package -> rank; a module may import modules of its own or a lower rank
RANKS = {"core": 0, "layers": 1, "frontend": 2, "transforms": 3, "backends": 4,
         "flow": 5, "explore": 6, "app": 7}
#: the public facades at the package root (rank above everything)
FACADE_RANK = 8
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 50


def _modules(root: Path = PACKAGE) -> dict[str, Path]:
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def import_graph(root: Path = PACKAGE) -> dict[str, dict[str, int]]:
    """module -> {imported module of this package: line}, imports inside functions included."""
    modules = _modules(root)
    graph: dict[str, dict[str, int]] = {}
    for name, path in modules.items():
        edges: dict[str, int] = {}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = _absolute(name, path.name == "__init__.py", node)
                subs = [f"{base}.{alias.name}" for alias in node.names]
                targets = [t for t in subs if t in modules] or [base]
            for target in targets:
                if target in modules and target != name:
                    edges.setdefault(target, node.lineno)
        graph[name] = edges
    return graph


def find_cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                visit(w)
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
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return cycles


def rank(module: str) -> int:
    parts = module.split(".")
    if len(parts) == 1 or parts[1] not in RANKS:
        return FACADE_RANK
    return RANKS[parts[1]]


def wrong_way_imports(graph: dict[str, dict[str, int]]) -> list[str]:
    return [f"{m}:{line} imports {t}" for m, edges in sorted(graph.items())
            for t, line in edges.items() if rank(t) > rank(m)]


# ----------------------------------------------------------------------------- the checks
def test_the_checker_sees_cycles_and_wrong_way_imports(tmp_path):
    """The graph builder and both rules catch what they are meant to (imports inside a
    function, relative imports, a backend importing the flow layer)."""
    pkg = tmp_path / "finn_vivado"
    for sub in ("core", "flow", "backends"):
        (pkg / sub).mkdir(parents=True)
        (pkg / sub / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text("")
    (pkg / "core" / "a.py").write_text("from . import b\n")
    (pkg / "core" / "b.py").write_text("def f():\n    from finn_vivado.core import a\n")
    (pkg / "backends" / "x.py").write_text("def g():\n    import finn_vivado.flow.runner\n")
    (pkg / "flow" / "runner.py").write_text("from ..backends import x\n")
    graph = import_graph(pkg)
    assert find_cycles(graph) == [["finn_vivado.backends.x", "finn_vivado.flow.runner"],
                                  ["finn_vivado.core.a", "finn_vivado.core.b"]]
    assert wrong_way_imports(graph) == ["finn_vivado.backends.x:2 imports finn_vivado.flow.runner"]


def test_every_module_belongs_to_a_layer():
    unknown = [m for m in _modules() if m.count(".") >= 1 and m.split(".")[1] not in RANKS
               and rank(m) == FACADE_RANK and m not in {"finn_vivado.build", "finn_vivado.config",
                                                        "finn_vivado.custom_op"}]
    assert unknown == [], "modules outside the layers of ARCHITECTURE.md"


def test_no_import_cycles():
    assert find_cycles(import_graph()) == []


def test_imports_go_downwards_only():
    assert wrong_way_imports(import_graph()) == []


def _functions(tree: ast.AST):
    return [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def test_steps_and_verifications_live_in_the_flow_layer():
    misplaced = []
    for name, path in _modules().items():
        if rank(name) == RANKS["flow"]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in tree.body:
            if isinstance(fn, ast.FunctionDef) and fn.name.startswith(("step_", "verify_")):
                misplaced.append(f"{name}.{fn.name}")
    assert misplaced == []


def test_only_flow_and_app_take_a_build_config():
    readers = []
    for name, path in _modules().items():
        if rank(name) >= RANKS["flow"]:
            continue
        for fn in _functions(ast.parse(path.read_text(encoding="utf-8"))):
            args = fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs
            if any(a.arg == "cfg" for a in args):
                readers.append(f"{name}:{fn.lineno} {fn.name}")
    assert readers == []


@pytest.mark.parametrize("name,path", sorted(_modules().items()))
def test_module_and_function_sizes(name, path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_MODULE_LINES
    long = [f"{fn.name} ({fn.end_lineno - fn.lineno + 1} lines)"
            for fn in _functions(ast.parse(text))
            if fn.end_lineno - fn.lineno + 1 > MAX_FUNCTION_LINES]
    assert long == []


#: modules that write directly: into private scratch or cache directories renamed or
#: discarded as a whole, a streamed log, or the traceback file of an internal error
DIRECT_WRITERS = {
    "finn_vivado.core.fsio", "finn_vivado.core.errors", "finn_vivado.flow.verify",
    "finn_vivado.backends.driver.make", "finn_vivado.backends.sim.yosys",
    "finn_vivado.backends.sim.verilator", "finn_vivado.backends.ipxact.install",
    "finn_vivado.explore.tasks", "finn_vivado.backends.deploy",
}
_WRITE_CALLS = {"write_text", "write_bytes", "save", "dump", "copyfile", "copy2"}


def _direct_writes(path: Path) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        shutil_copy = (isinstance(func, ast.Attribute) and func.attr == "copy"
                       and isinstance(func.value, ast.Name) and func.value.id == "shutil")
        if shutil_copy:
            lines.append(node.lineno)
        elif isinstance(func, ast.Attribute) and func.attr in _WRITE_CALLS:
            if func.attr != "save" or node.args:  # obj.save(): one of ours, atomic itself
                lines.append(node.lineno)
        elif isinstance(func, ast.Name) and func.id == "open" and len(node.args) > 1:
            mode = node.args[1]
            if isinstance(mode, ast.Constant) and set(str(mode.value)) & set("wax"):
                lines.append(node.lineno)
    return lines


def test_build_outputs_are_written_atomically():
    """Every other module writes through finn_vivado.core.fsio (temp file, fsync, rename),
    so an interrupted build never leaves a truncated output."""
    found = {name: _direct_writes(path) for name, path in _modules().items()
             if name not in DIRECT_WRITERS}
    assert {name: lines for name, lines in found.items() if lines} == {}
