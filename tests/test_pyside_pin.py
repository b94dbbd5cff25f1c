"""The PySide6 cap applies where 6.12.0 aborts (Python 3.11) and nowhere else."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).parents[1]


def _pyside(python: str) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    env = {"python_version": python}
    return [
        r for r in reqs
        if r.name == "PySide6-Essentials" and (r.marker is None or r.marker.evaluate(env))
    ]  # fmt: skip


def test_python_311_never_gets_6_12():
    (req,) = _pyside("3.11")
    assert not req.specifier.contains("6.12.0") and req.specifier.contains("6.11.3")


def test_python_312_and_later_may_have_6_12():
    for python in ("3.12", "3.13"):
        (req,) = _pyside(python)
        assert req.specifier.contains("6.12.0") and not req.specifier.contains("6.7.0")
