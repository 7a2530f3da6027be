# The two commands a newcomer needs: `make generate` and `make test`.
# Each creates .venv and installs the project from pyproject.toml when needed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# Hand-written Python; runtime sources are copied into generated/ without reformatting.
BLACK_PATHS := generator templates/python/runtime templates/python/mock tests benchmarks

.PHONY: generate check lint-spec test test-unit typecheck format format-check bench vod-all ecs-all catalog-product catalog-check test-interop fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

## generate: regenerate generated/ from spec/ and templates/
generate: $(STAMP)
	$(PY) -m generator generate --spec spec --out generated

## check: fail if the specs have problems or generated/ is out of date
check: $(STAMP)
	$(PY) -m generator lint spec
	$(PY) -m generator check --spec spec --out generated

## typecheck: mypy --strict over the generator, the runtime sources and generated code
typecheck: $(STAMP)
	$(PY) -m mypy generator templates/python/runtime generated

## format-check: the hand-written Python is black-formatted
format-check: $(STAMP)
	$(PY) -m black --check --quiet $(BLACK_PATHS)

format: $(STAMP)
	$(PY) -m black --quiet $(BLACK_PATHS)

## vod-all / ecs-all: import every operation of the product from ../shared's api-docs
## metadata into build/<product>/spec, lint it, generate an installable project from it into
## build/<product>/project (import root acs_<product>) and build its wheel into build/dist
VOD_METADATA ?= ../shared/data/vod-2017-03-21.api-docs.json
ECS_METADATA ?= ../shared/data/ecs-2014-05-26.api-docs.json

vod-all: $(STAMP)
	$(MAKE) --no-print-directory catalog-product PRODUCT=vod METADATA=$(VOD_METADATA)

ecs-all: $(STAMP)
	$(MAKE) --no-print-directory catalog-product PRODUCT=ecs METADATA=$(ECS_METADATA)

catalog-product: $(STAMP)
	rm -rf build/$(PRODUCT)/spec
	$(PY) -m generator import-metadata $(METADATA) --out build/$(PRODUCT)/spec
	$(PY) -m generator lint build/$(PRODUCT)/spec
	$(PY) -m generator generate --spec build/$(PRODUCT)/spec --out build/$(PRODUCT)/project --package acs_$(PRODUCT)
	$(PY) -m pip wheel --quiet --disable-pip-version-check --no-deps --wheel-dir build/dist build/$(PRODUCT)/project
	@ls build/dist/acs_$(PRODUCT)-*.whl

## catalog-check: import, generate (each product its own package), mypy --strict and the
## generated example tests for every *.api-docs.json in METADATA_DIR; one line per product
METADATA_DIR ?= ../shared/data

catalog-check: $(STAMP)
	$(PY) -m generator.catalog_check $(METADATA_DIR) $(CATALOG_ARGS)

## test: everything CI runs. The static checks share no files, so they run side by side;
## pytest then spreads whole test files over every core (pytest-xdist, --dist loadfile:
## a file's module-scoped fixtures are built once, in one worker) in the order
## tests/conftest.py gives, longest files first. PYTEST_ARGS go to pytest.
PYTEST_WORKERS ?= auto
STATIC_CHECKS := check typecheck format-check

test: $(STAMP)
	$(MAKE) --no-print-directory --output-sync=target -j $(words $(STATIC_CHECKS)) $(STATIC_CHECKS)
	$(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

## bench: measure the generated client against the official SDKs, write benchmarks/RESULTS.md
## (installs the peers into its own venv, .bench-venv; BENCH_ARGS="--quick" for a smoke run)
bench:
	$(PYTHON) benchmarks/run.py $(BENCH_ARGS)

## fuzz: the hostile-input properties (tests/hostile) with many fresh cases each;
## CI runs the same properties derandomized with few cases. FUZZ_ARGS go to pytest.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest tests/hostile -p no:cacheprovider $(FUZZ_ARGS)

INTEROP_STAMP := $(VENV)/.interop-stamp

$(INTEROP_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,interop]'
	touch $(INTEROP_STAMP)

## test-interop: the offline server against Alibaba's own SDKs (installs the interop extra)
test-interop: $(INTEROP_STAMP)
	$(PY) -m pytest -m interop tests/interop

clean:
	rm -rf $(VENV) .cache build .mypy_cache .pytest_cache
