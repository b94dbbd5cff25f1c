# Two commands: `make run` opens the app with the starter decks,
# `make test` runs every test headless. Both set themselves up first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test test-slow lint bench clean

run: $(VENV)/.installed
	@scripts/system-deps.sh run
	$(BIN)/workshop $(ARGS)

test: $(VENV)/.installed-test
	@scripts/system-deps.sh test
	$(BIN)/ruff check workshop tests
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The proofs at scale: kill -9 trials, two processes hammering one library, 1,000 mutated
# archives and 1,000 hostile deck files.
test-slow: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow -s

lint: $(VENV)/.installed-test
	$(BIN)/ruff check workshop tests
	$(BIN)/ruff format --check workshop tests

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
	rm -rf $(VENV) .pytest_cache .ruff_cache
