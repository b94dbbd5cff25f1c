"""The install carries what the app needs: packages, resources, a version, a loud check."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

import workshop
from workshop import cli, paths
from workshop.core.errors import WorkshopError

ROOT = Path(__file__).parents[1]


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_package_folder_is_listed_for_the_wheel():
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "workshop").rglob("__init__.py")
    }
    assert found - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - found == {"workshop.resources"}


def test_the_resources_mapping_ships_every_required_file():
    tool = _pyproject()["tool"]["setuptools"]
    assert tool["package-dir"]["workshop.resources"] == "resources"
    patterns = tool["package-data"]["workshop.resources"]
    shipped = {p.relative_to(ROOT / "resources").as_posix() for pat in patterns
               for p in (ROOT / "resources").glob(pat)}  # fmt: skip
    for files in paths.REQUIRED_RESOURCES.values():
        assert set(files) <= shipped


def test_the_checkout_has_every_required_resource():
    assert paths.missing_resources() == {}
    paths.check_resources()


def test_a_missing_font_and_schema_are_named_in_words(tmp_path):
    copy = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), copy)
    (copy / "fonts" / "Symbola.ttf").unlink()
    (copy / "schemas" / "session-archive.schema.json").unlink()
    assert paths.missing_resources(copy) == {
        "schemas": ["schemas/session-archive.schema.json"],
        "fonts": ["fonts/Symbola.ttf"],
    }
    with pytest.raises(WorkshopError) as raised:
        paths.check_resources(copy)
    message = str(raised.value)
    assert "incomplete" in message
    assert "fonts: fonts/Symbola.ttf" in message
    assert "schemas: schemas/session-archive.schema.json" in message
    assert "decks" not in message


def test_a_command_refuses_to_run_on_an_incomplete_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path)
    assert cli.main(["--library", str(tmp_path / "l.sqlite"), "deck", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: This installation of Workshop is incomplete")
    assert "starter decks" in err and "translations" in err
    assert not (tmp_path / "l.sqlite").exists()


def test_a_frozen_bundle_reads_its_own_copy(tmp_path, monkeypatch):
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "workshop" / "resources"


def test_version(capsys):
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"workshop {workshop.__version__}\n"


def test_the_distribution_name_is_not_the_taken_one():
    # "workshop" is taken on the package index; the command keeps the short name.
    project = _pyproject()["project"]
    assert project["name"] == "workshop-facilitator"
    assert project["scripts"] == {"workshop": "workshop.cli:main"}
