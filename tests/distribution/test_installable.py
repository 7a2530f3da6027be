"""``generate --package NAME``: an installable project that works with this repository
nowhere on ``sys.path``.

The end-to-end test builds a clean virtual environment, ``pip install``s the generated
project into it (with pytest, to run the generated example tests there), calls the client
against its offline server and runs the tests from the installed package.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import venv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.targets.distribution import RUNTIME_DEPENDENCIES
from tests.conftest import PROJECT, SHARED

PACKAGE = "acme_clients"


def _generate(out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    # The project's formatting cache: these projects differ from one another only in
    # pyproject.toml, so black formats the package once, not once per test (formatting
    # afresh is what tests/generator/test_pipeline.py checks).
    cache = PROJECT / ".cache" / "acsgen"
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", "spec"]
        + ["--out", str(out), "--cache-dir", str(cache), *extra],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )


GENERATOR_ONLY = {"jinja2>=3.1", "pyyaml>=6.0", "jsonschema>=4.20", "black>=24.1"}


def test_the_runtime_dependencies_are_the_projects_own() -> None:
    """Everything the project needs beyond the generator's own tools is what generated
    code imports, so an installed package lacks none of it."""
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    needed = set(project["project"]["dependencies"]) - GENERATOR_ONLY
    assert set(RUNTIME_DEPENDENCIES) == needed


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("class", "is a Python keyword"),
        ("os", "would shadow the module"),
        ("1clients", "is not a Python identifier"),
        ("../escape", "is not a Python identifier"),
        ("acme-clients", "is not a Python identifier"),
    ],
)
def test_a_package_name_that_cannot_be_imported_is_refused(
    tmp_path: Path, name: str, reason: str
) -> None:
    out = tmp_path / "out"
    result = _generate(out, "--package", name)
    assert result.returncode == 2, result.stderr
    assert reason in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_the_version_comes_from_the_newest_api_version_or_is_given(
    tmp_path: Path,
) -> None:
    assert _generate(tmp_path / "a", "--package", PACKAGE).returncode == 0
    project = tomllib.loads((tmp_path / "a" / "pyproject.toml").read_text())
    assert project["project"]["name"] == "acme-clients"
    assert (
        project["project"]["version"] == "2017.3.21"
    )  # vod 2017-03-21 > cs 2015-12-15
    assert project["project"]["dependencies"] == list(RUNTIME_DEPENDENCIES)
    given = _generate(tmp_path / "b", "--package", PACKAGE, "--package-version", "1.2")
    assert given.returncode == 0
    assert (
        tomllib.loads((tmp_path / "b" / "pyproject.toml").read_text())["project"][
            "version"
        ]
        == "1.2"
    )
    bad = _generate(tmp_path / "c", "--package", PACKAGE, "--package-version", "1 2")
    assert bad.returncode == 2 and "not a PEP 440 version" in bad.stderr
    alone = _generate(tmp_path / "d", "--package-version", "1.2")
    assert alone.returncode == 2 and "--package-version needs --package" in alone.stderr


def test_a_project_is_checked_like_generated(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _generate(out, "--package", PACKAGE).returncode == 0
    check = [sys.executable, "-m", "generator", "check", "--spec", "spec"]
    same = subprocess.run(
        check + ["--out", str(out), "--package", PACKAGE],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert same.returncode == 0, same.stderr
    (out / "src" / PACKAGE / "vod" / "client.py").write_text("# edited\n")
    edited = subprocess.run(
        check + ["--out", str(out), "--package", PACKAGE],
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    assert edited.returncode == 1 and "src/acme_clients/vod/client.py" in edited.stderr


CALL = """
import sys
assert not any(entry.startswith({project!r}) for entry in sys.path), sys.path
import acme_clients.vod
assert acme_clients.vod.__file__.startswith(sys.prefix), acme_clients.vod.__file__
from acme_clients.vod import VodClient
from acme_clients.vod.mock import MockServer
with MockServer(access_key_id="id", access_key_secret="secret") as server:
    with VodClient(
        access_key_id="id", access_key_secret="secret", endpoint=server.endpoint
    ) as client:
        answer = client.get_ai_image_jobs(job_ids=["cf08a2c6e11e*****de1711b738b9067"])

# Role credentials: the package's own STS client (vod/_sts) calls the STS server, and
# the VOD server checks calls signed with what it issued.
import json, os, tempfile
from acme_clients.vod import credentials
from acme_clients.sts.mock import MockServer as StsServer
from acme_clients.sts.mock.actions import SERVICE
issued = json.loads(SERVICE.actions["AssumeRoleWithOIDC"].json_example)["Credentials"]
token_file = os.path.join(tempfile.mkdtemp(), "token")
with open(token_file, "w") as file:
    file.write("pod-oidc-token")
with StsServer(access_key_id="id", access_key_secret="secret") as sts, MockServer(
    access_key_id=issued["AccessKeyId"], access_key_secret=issued["AccessKeySecret"]
) as vod:
    role = credentials.OidcRoleCredentials(
        "acs:ram::1:role/r", "acs:ram::1:oidc-provider/p", token_file,
        sts_endpoint=sts.endpoint,
    )
    with VodClient(credentials_provider=role, endpoint=vod.endpoint) as client:
        client.get_ai_image_jobs(job_ids=["cf08a2c6e11e*****de1711b738b9067"])
    assert [r.action for r in sts.requests] == ["AssumeRoleWithOIDC"], sts.requests
    assert [r.status for r in vod.requests] == [200], vod.requests
    assert "x-acs-security-token" in vod.requests[0].signed_headers
import acme_clients.vod._sts.client
assert acme_clients.vod._sts.client.__file__.startswith(sys.prefix)
print(answer.ai_image_job_list[0].status)
"""


ECS_METADATA = SHARED / "data" / "ecs-2014-05-26.api-docs.json"
ECS_PACKAGE = "acs_ecs"

# ECS, Alibaba's largest product here (347 operations), generated from its metadata as
# `make ecs-all` does, both answer formats through the installed client.
ECS_CALL = """
import sys
assert not any(entry.startswith({project!r}) for entry in sys.path), sys.path
import acs_ecs.ecs
assert acs_ecs.ecs.__file__.startswith(sys.prefix), acs_ecs.ecs.__file__
from acs_ecs.ecs import EcsClient
from acs_ecs.ecs.mock import MockServer
with MockServer(access_key_id="id", access_key_secret="secret") as server:
    for response_format in ("json", "xml"):
        with EcsClient(
            access_key_id="id", access_key_secret="secret", endpoint=server.endpoint,
            response_format=response_format,
        ) as client:
            answer = client.describe_instances(region_id="cn-hangzhou", page_size=10)
            print(answer.instances[0].status)
assert [r.action for r in server.requests] == ["DescribeInstances"] * 2, server.requests
"""


@dataclass(frozen=True)
class Installable:
    """A project generated by ``generate --package`` and what its client prints."""

    package: str
    call: str
    printed: str


def _this_projects_spec(tmp_path: Path) -> Installable:
    assert _generate(tmp_path / "project", "--package", PACKAGE).returncode == 0
    return Installable(PACKAGE, CALL, "success")


def _ecs(tmp_path: Path) -> Installable:
    command = [sys.executable, "-m", "generator"]
    imported = subprocess.run(
        command + ["import-metadata", str(ECS_METADATA), "--out", "spec"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert imported.returncode == 0, imported.stderr[-3000:]
    # A relative spec path keeps the generated text the same from run to run, so the
    # project's formatting cache spares black's minutes after the first run.
    generated = subprocess.run(
        command
        + ["generate", "--spec", "spec", "--out", "project"]
        + ["--package", ECS_PACKAGE, "--cache-dir", str(PROJECT / ".cache" / "acsgen")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert generated.returncode == 0, generated.stderr[-3000:]
    return Installable(ECS_PACKAGE, ECS_CALL, "Running\nRunning")


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(_this_projects_spec, id="spec"),
        pytest.param(
            _ecs,
            id="ecs",
            marks=[
                pytest.mark.skipif(
                    os.environ.get("INSTALLABLE_ECS") != "1",
                    reason="ECS costs about 30 s more with a warm formatting cache and"
                    " some 150 s of CPU with a cold one; INSTALLABLE_ECS=1 runs it",
                ),
                pytest.mark.skipif(
                    not ECS_METADATA.is_file(), reason=f"{ECS_METADATA} is absent"
                ),
            ],
        ),
    ],
)
def test_the_project_installs_into_a_clean_venv_and_works_there(
    tmp_path: Path, make: Callable[[Path], Installable]
) -> None:
    installable = make(tmp_path)
    out = tmp_path / "project"
    environment = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(environment)
    python = str(environment / "bin" / "python")
    clean = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONPATH", "VIRTUAL_ENV")
    }
    pip = [python, "-m", "pip", "--disable-pip-version-check"]
    wheel = subprocess.run(
        pip + ["wheel", "--quiet", "--no-deps", "--wheel-dir", "dist", str(out)],
        capture_output=True,
        text=True,
        env=clean,
        cwd=tmp_path,
    )
    assert wheel.returncode == 0, wheel.stderr[-3000:]
    (built,) = (tmp_path / "dist").glob(f"{installable.package}-*.whl")
    install = subprocess.run(
        pip
        + ["install", "--quiet"]
        + [str(built), "pytest>=8", "pytest-asyncio>=0.23"],
        capture_output=True,
        text=True,
        env=clean,
        cwd=tmp_path,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    called = subprocess.run(
        [python, "-c", installable.call.format(project=str(PROJECT))],
        capture_output=True,
        text=True,
        env=clean,
        cwd=tmp_path,
    )
    assert called.returncode == 0, called.stderr
    assert called.stdout.strip() == installable.printed
    tests = subprocess.run(
        [python, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        capture_output=True,
        text=True,
        env=clean,
        cwd=out,
    )
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-3000:]
    assert " passed" in tests.stdout and "failed" not in tests.stdout
    # The tests ran against the installed package, not the sources in src/.
    assert not (out / "src" / installable.package / "__pycache__").exists()
