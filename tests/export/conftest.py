"""Builds the example site once for the export tests (tests/export/run.sh)."""

import os
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
    """The 360Giving 1.4.3 schemas, kept beside the clone in
    ../shared/reference/360giving (NASSIJ_360GIVING_DIR overrides)."""
    env = os.environ.get("NASSIJ_360GIVING_DIR")
    path = pathlib.Path(env) if env else REPO.parent / "shared" / "reference" / "360giving"
    for name in ("360-giving-package-schema.json", "360-giving-schema.json"):
        if not (path / name).is_file():
            pytest.fail(
                f"the 360Giving schema {name} is missing from {path}: the export tests "
                "expect the shared reference folder beside the clone "
                "(../shared/reference/360giving), or NASSIJ_360GIVING_DIR pointing at it",
                pytrace=False,
            )
    return path
