"""PySide6 is imported only under kiosk/ui/ and in the composition root."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "kiosk"
QT_ALLOWED = {PACKAGE / "app.py"}


def _imports_pyside(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in names):
            return True
    return False


def test_pyside_only_in_ui_and_composition_root() -> None:
    offenders = [
        str(path.relative_to(PACKAGE.parent))
        for path in PACKAGE.rglob("*.py")
        if _imports_pyside(path)
        and path not in QT_ALLOWED
        and PACKAGE / "ui" not in path.parents
    ]
    assert offenders == []


def test_the_check_sees_a_pyside_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\n")
    assert _imports_pyside(sample)
    sample.write_text("import json\n")
    assert not _imports_pyside(sample)
