"""Imports point one way (DESIGN.md): no module of the package imports itself back.

Imports inside functions count too: they hide a cycle from Python, not from the reader
who has to change one module without breaking the other.
"""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "esslingen_lab"


def _modules() -> dict:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _import_graph(modules: dict) -> dict:
    def owner(name):  # the module a dotted name lives in (a function's module, a package)
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    graph = {}
    for name, path in modules.items():
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets |= {owner(a.name) for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                targets |= {owner(f"{node.module}.{a.name}") for a in node.names}
        graph[name] = {t for t in targets if t and t != name and t.startswith("esslingen_lab")}
    return graph


def _cycles(graph: dict) -> list:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
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
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_in_the_package():
    graph = _import_graph(_modules())
    assert len(graph) > 50 and graph["esslingen_lab.reports.html"]  # the walk found the package
    # a package's __init__ re-exports its modules; a module importing its own package's
    # public names is the usual way in, not a design cycle
    design = {v: {w for w in ws if not v.startswith(w + ".")} for v, ws in graph.items()}
    assert _cycles(design) == []
