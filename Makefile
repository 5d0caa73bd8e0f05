# Loket PMI developer commands. `make test` is what CI runs (.ci/run).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install run demo test test-fast lint typecheck contracts pytest bench translations clean bundle bundle-smoke

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e '.[central,dev]'

# The window on the user's display (Qt picks it: X11 or Wayland). Tests and benchmarks alone run
# offscreen. `make run ARGS="--lang en --data-dir /tmp/x"` passes options to `loket`.
run: install
	$(BIN)/loket $(ARGS) gui

# A local central service, a demo data folder full of sample records, the window signed in as a
# demo clerk (docs/demo.md). Never touches the real data folder.
demo: install
	$(BIN)/loket $(ARGS) demo

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

contracts: install
	$(BIN)/lint-imports

pytest test-fast bench: export QT_QPA_PLATFORM ?= offscreen
# Python's bytecode cache even where the environment turns it off (PYTHONDONTWRITEBYTECODE=1):
# otherwise pytest rewrites the asserts of ~380 modules in every process (~2 s each) and each
# `loket` or `loket-central` a test starts compiles our changed modules again.
pytest test-fast: export PYTHONDONTWRITEBYTECODE =

pytest: install
	$(BIN)/pytest $(PYTEST_ARGS)

test: lint typecheck contracts pytest

# The inner loop: every test not marked slow (kill and fault runs, the real command run many
# times), on FAST_WORKERS pytest-xdist processes (FAST_WORKERS=0: one process). Under a minute
# here (docs/code-health.md); `make test` (everything, one process) is what CI runs.
FAST_WORKERS ?= 2
test-fast: $(VENV)/.installed
	$(BIN)/pytest -m "not slow" -n $(FAST_WORKERS) --dist worksteal $(PYTEST_ARGS)

# Installs again only when the dependencies change, so the inner loop does not wait for pip.
$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e '.[central,dev]'
	touch $@

bench: install
	$(BIN)/python -m bench.run_all

# The PyInstaller one-folder bundle in dist/loket (build.spec, docs/packaging.md), and its
# smoke test: the frozen executable runs the commands and opens the window offscreen.
bundle: install
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

bundle-smoke: bundle
	$(BIN)/python scripts/smoke_bundle.py dist/loket

# Qt catalogues: lupdate from the sources, English filled as the identity, Indonesian kept (and
# merged from another catalogue with ARGS="--from other.ts"), both compiled. Fails on a missing text.
translations: install
	$(BIN)/python scripts/translations.py $(ARGS)

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
