"""The source itself: a module that defines a function or a constant twice silently keeps the
second.

Why a test: ruff (pyflakes F811) reports a redefinition only when the first definition was
never used, so a new helper that reuses an existing helper's name further down a long module
replaces it for every caller, and the change shows up only as unexplained accuracy losses.
"""

from __future__ import annotations

import ast
from collections import Counter

import pytest

from paths import REPO

MODULES = sorted((REPO / "src" / "quotewatch").rglob("*.py"))


def _top_level_names(tree: ast.Module) -> list[str]:
    """Functions, classes and constants (upper-case names) defined at the module's top level."""
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    names = [node.name for node in tree.body if isinstance(node, kinds)]
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()]
    return names


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(REPO)))
def test_no_module_defines_a_function_class_or_constant_twice(module):
    names = _top_level_names(ast.parse(module.read_text(encoding="utf-8")))
    twice = sorted(name for name, count in Counter(names).items() if count > 1)
    assert not twice, f"{module.name} defines these more than once: {twice}"


def test_a_function_defined_twice_is_found():
    tree = ast.parse("def helper():\n    pass\n\nx = helper()\n\ndef helper():\n    pass\n")
    assert Counter(_top_level_names(tree))["helper"] == 2


def test_a_constant_defined_twice_is_found():
    tree = ast.parse("_NOUNS = {'a'}\n\nx = _NOUNS\n\n_NOUNS = {'b'}\n")
    assert Counter(_top_level_names(tree))["_NOUNS"] == 2
