"""Text from a spec reaches generated files only as data, never as code.

Hostile descriptions, titles and examples (quotes, triple quotes, backslashes, Jinja
delimiters, newlines, pipes, non-ASCII, NUL) go through the whole pipeline; every generated
Python file must still compile and format, importing it must run nothing from the text,
and the text must come back intact from the places that hold it.
"""

from __future__ import annotations

import ast
import importlib
import shutil
import sys
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.formatting import Formatter
from generator.outputs import write_files
from generator.pipeline import load_services, render_services
from generator.render import Renderer
from tests.conftest import SPEC

NASTY = [
    '"""',
    "'''",
    "\\",
    "\\x00",
    "{{ 7*7 }}",
    "{% raw %}",
    "{# c #}",
    "\n",
    "|",
    "`",
    "</script>",
    "__import__('os').system('echo pwned')",
    '"); raise SystemExit("injected"); ("',
    "\x00",
    "\r",
    "中文",
    "~~186924~~",
    "\u2028",
]

hostile_text = st.lists(
    st.one_of(st.sampled_from(NASTY), st.text(max_size=8)), min_size=1, max_size=6
).map("".join)


def _normal(text: str) -> str:
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _hostile_spec(target: Path, description: str, title: str, example: str) -> None:
    # Only the service whose text is made hostile: the others would add nothing but time.
    shutil.copytree(SPEC / "vod", target / "vod")
    path = target / "vod/2017-03-21/operations/GetAIImageJobs.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    operation = document["operation"]
    operation["title"] = {"zh": title, "en": title}
    operation["summary"] = {"en": description}
    job = operation["shapes"]["AIImageJob"]
    job["description"] = {"zh": description, "en": description}
    job["members"]["JobId"]["description"] = {"en": description}
    job["members"]["JobId"]["example"] = example
    job["members"]["Status"]["enum_descriptions"]["fail"] = {"en": description}
    operation["input"]["members"]["JobIds"]["description"] = {"zh": description}
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")


@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(description=hostile_text, title=hostile_text, example=hostile_text)
def test_hostile_text_stays_data(
    tmp_path_factory: object, description: str, title: str, example: str
) -> None:
    base = tmp_path_factory.mktemp("hostile")  # type: ignore[attr-defined]
    spec_dir, out_dir = base / "spec", base / "out" / "hostile_pkg"
    _hostile_spec(spec_dir, description, title, example)
    services = load_services(spec_dir)
    # Files that hold no spec text (runtime, offline server) format once, from the cache.
    cache = base.parent / "format-cache"
    files = render_services(
        services, Renderer(root_package="hostile_pkg"), Formatter(cache, 1)
    )
    for item in files:
        if item.path.endswith(".py"):
            ast.parse(item.text, filename=item.path)  # compiles (and black accepted it)
    write_files(out_dir, files)
    sys.path.insert(0, str(out_dir.parent))
    try:
        for name in [
            m for m in sys.modules if m == "hostile_pkg" or m.startswith("hostile_pkg.")
        ]:
            del sys.modules[name]
        module = importlib.import_module("hostile_pkg.vod.models.get_ai_image_jobs")
        # The docstring holds the text: control characters blanked, nothing executed.
        assert _normal(description) in _normal(module.AIImageJob.__doc__ or "")
        assert _normal(title) in _normal(module.__doc__ or "")
    finally:
        sys.path.remove(str(out_dir.parent))
        for name in [
            m for m in sys.modules if m == "hostile_pkg" or m.startswith("hostile_pkg.")
        ]:
            del sys.modules[name]
