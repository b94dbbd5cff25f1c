# Two commands: `make run` opens the app with the starter decks,
# `make test` runs every test headless. Both set themselves up first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

BUNDLE_VENV ?= .venv-bundle

.PHONY: run test test-wheel test-slow bundle test-bundle lint bench clean

run: $(VENV)/.installed
	@scripts/system-deps.sh run
	$(BIN)/workshop $(ARGS)

test: $(VENV)/.installed-test
	@scripts/system-deps.sh test
	$(BIN)/ruff check workshop tests
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(MAKE) test-wheel

# The wheel, installed in a fresh venv outside the checkout, runs the CLI and the window.
test-wheel: $(VENV)/.installed
	packaging/test-wheel.sh $(BIN)/python

# A one-folder app in dist/workshop (PyInstaller; packaging/workshop.spec).
bundle: $(BUNDLE_VENV)/.installed
	$(BUNDLE_VENV)/bin/pyinstaller --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/workshop.spec
	@du -sh dist/workshop

test-bundle: bundle
	packaging/test-bundle.sh dist/workshop

$(BUNDLE_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_VENV)/bin/python -m pip install -q --upgrade pip
	$(BUNDLE_VENV)/bin/python -m pip install -q -e '.[bundle]'
	touch $@

# The proofs at scale: kill -9 trials, two processes hammering one library, 1,000 mutated
# archives and 1,000 hostile deck files; the bundle.
test-slow: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow -s

lint: $(VENV)/.installed-test
	$(BIN)/ruff check workshop tests
	$(BIN)/ruff format --check workshop tests
	$(BIN)/mypy

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/bench -q -p no:cacheprovider

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) $(BUNDLE_VENV) .pytest_cache .ruff_cache dist build
