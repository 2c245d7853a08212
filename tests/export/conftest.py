"""Builds the example site once for the export tests (tests/export/run.sh)."""

import pathlib
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
NOW = "2026-11-22"
OUT = REPO / "target" / "export-site"


@pytest.fixture(scope="session")
def site() -> pathlib.Path:
    """The example site built with `nassij build --now 2026-11-22`."""
    subprocess.run(
        ["cargo", "run", "--quiet", "--", "build", "--now", NOW, "--out", str(OUT)],
        cwd=REPO,
        check=True,
    )
    return OUT


@pytest.fixture(scope="session")
def languages(site) -> list[str]:
    import json

    return json.loads((site / "data" / "associations.json").read_text("utf-8"))["languages"]


@pytest.fixture(scope="session")
def giving_schemas() -> pathlib.Path:
    """The 360Giving 1.4.3 schemas, vendored in tests/export/360giving
    (source and licence in its README.md)."""
    path = REPO / "tests" / "export" / "360giving"
    for name in ("360-giving-package-schema.json", "360-giving-schema.json"):
        assert (path / name).is_file(), f"{name} is missing from {path}"
    return path
