"""What a type checker sees of the generated clients: ``signature_version`` takes only
the values the protocol signs with, and an enum argument only the enum's members or its
documented values, while an answer's enum field keeps the enum class in its type (and,
at run time, a value the spec does not know yet)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from generated.cs import models as cs_models
from tests.conftest import PROJECT

SNIPPET = """\
from generated.cs import CsClient, models
from generated.vod import AsyncVodClient, VodClient

VodClient(signature_version="v4")  # line 4: refused
CsClient(signature_version="v2")  # line 5: refused
AsyncVodClient(signature_version="V3")  # line 6: refused
VodClient(signature_version="v1")
CsClient(signature_version="v3")
models.DeleteOption(delete_mode="delet")  # line 9: refused
models.DeleteOption(delete_mode="retain", resource_type="SLB")
models.DeleteOption(delete_mode=models.DeleteOptionDeleteMode.DELETE)


def answer(response: models.DescribeClusterDetailResponse) -> None:
    reveal_type(response.cluster_type)  # line 15
"""


def test_mypy_holds_callers_to_the_documented_values(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(SNIPPET, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(PROJECT / ".mypy_cache"),
            str(snippet),
        ],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        check=False,
    )
    lines = done.stdout.splitlines()
    errors = {
        int(found.group(1))
        for line in lines
        if (found := re.search(r"snippet\.py:(\d+): error:", line))
    }
    assert errors == {4, 5, 6, 9}, done.stdout
    revealed = next(line for line in lines if "snippet.py:15: note: Revealed" in line)
    # The enum survives (``TheEnum | str`` would collapse to ``str``); a value the spec
    # does not list is an ``UndocumentedStr``, a plain ``str`` at run time.
    assert "DescribeClusterDetailResponseClusterType | " in revealed
    assert "UndocumentedStr | None" in revealed


def test_an_unknown_enum_value_in_an_answer_is_kept() -> None:
    response = cs_models.DescribeClusterDetailResponse.from_wire(
        {"cluster_id": "c1", "cluster_type": "QuantumKubernetes"}
    )
    assert response.cluster_type == "QuantumKubernetes"
    known = cs_models.DescribeClusterDetailResponse.from_wire(
        {"cluster_type": "Kubernetes"}
    )
    assert (
        known.cluster_type
        is cs_models.DescribeClusterDetailResponseClusterType.KUBERNETES
    )
