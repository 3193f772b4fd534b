# Two commands on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# torch first, pinned: a looser requirement pulls a multi-GB CUDA build.
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e '.[test,lint]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/patchscaler gui resources/sample.png

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(BIN)/lint-imports

lint: $(STAMP)
	$(BIN)/ruff check patchscaler_gui tests
	$(BIN)/mypy patchscaler_gui/engine patchscaler_gui/cli.py patchscaler_gui/training
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/patchscaler bench --quick

clean:
	rm -rf $(VENV) build *.egg-info
