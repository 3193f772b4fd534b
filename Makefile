# Two commands on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench train gpu-train clean device-check

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

# The UI's translations (resources/i18n): lupdate, fill from the memory, lrelease.
include packaging/translations.mk

lint: $(STAMP)
	$(BIN)/ruff check patchscaler_gui tests
	$(BIN)/mypy patchscaler_gui/engine patchscaler_gui/cli patchscaler_gui/desktop.py \
	    patchscaler_gui/launch.py patchscaler_gui/training
	$(BIN)/lint-imports

# The CPU training of models/patchscaler-x4 in one go (resumable; about 3 h on 2 cores):
# the full model in runs/x4, then its GRM thinned by one block in runs/x4s and fine-tuned on
# clean (bicubic) inputs only, which gets the clean-up GRM for noisy / JPEG photos and the
# gate that blends the two, is calibrated and shipped. The shipped model got the
# same iterations in segments: its MODEL_CARD.md lists them.
GRM_ITERS ?= 12000
DEN_ITERS ?= 8000
SLIM_ITERS ?= 4000
CLEAN_GRM_ITERS ?= 14000
CLEANUP_ITERS ?= 9000
GATE_ITERS ?= 3000
CONFIDENCE_ITERS ?= 3000
train: $(STAMP)
	$(BIN)/patchscaler train prepare --data data
	$(BIN)/patchscaler train grm --run runs/x4 --iters $(GRM_ITERS) --batch 16 --realistic 0.2
	$(BIN)/patchscaler train rtm --run runs/x4
	$(BIN)/patchscaler train denoiser --run runs/x4 --iters $(DEN_ITERS) --batch 32
	$(BIN)/patchscaler train slim --run runs/x4s --from runs/x4 --iters $(SLIM_ITERS) \
	    --lr 2e-4 --realistic 0.2
	$(BIN)/patchscaler train grm --run runs/x4s --iters $(CLEAN_GRM_ITERS) --lr 2e-4 --realistic 0
	$(BIN)/patchscaler train cleanup --run runs/x4s --iters $(CLEANUP_ITERS)
	$(BIN)/patchscaler train gate --run runs/x4s --iters $(GATE_ITERS)
	$(BIN)/patchscaler train confidence --run runs/x4s --iters $(CONFIDENCE_ITERS)
	$(BIN)/patchscaler train calibrate --run runs/x4s --max-cost 0.05
	$(BIN)/patchscaler train export --run runs/x4s

# The GPU recipe: the whole model (5-block GRM, clean-up GRM, gate and deblocker, texture memory, Patch-DiT,
# calibration) from the photos packed in resources/trainpack, in about 0.9 × GPU_SECONDS +
# 140 s on an H200 (its run in the forty-first session: 284 s took 395 s), and an estimated
# 30 s more since the forty-second session's calibration holds the default look's sharpening
# on clean crops too (not yet run on a GPU): 0.9 × 270 + 170 = 413 s, 6.9 minutes. It
# needs no virtual environment: a lent GPU machine's python3 has torch, numpy, pillow and
# safetensors (platformdirs carried as a wheel: README), and nothing can be installed there.
# Writes $(GPU_RUN)/model.
GPU_PY ?= python3
GPU_RUN ?= runs/gpu
GPU_SECONDS ?= 270
gpu-train:
	PYTHONPATH=.$(if $(PYTHONPATH),:$(PYTHONPATH)) $(GPU_PY) -m patchscaler_gui.training.main recipe --run $(GPU_RUN) \
	    --data resources/trainpack --device cuda --seconds $(GPU_SECONDS)

bench: $(STAMP)
	$(BIN)/patchscaler bench --quick

# On a GPU machine, one call of at most 8 minutes: the CUDA-marked tests, the GPU benchmark,
# then the training recipe (gpu-train's command) for the time left. Needs no venv there: the
# machine's python3 with torch, numpy, pillow, safetensors and pytest, and platformdirs (on a
# lent machine, carried as a wheel: README, "The GPU check"). results.json and results.md go
# to OUT. A CPU dry run: make device-check OUT=/tmp/dc ARGS="--device cpu --quick"
OUT ?= device-check
ARGS ?=
device-check:
	PYTHONPATH=.$(if $(PYTHONPATH),:$(PYTHONPATH)) $(or $(wildcard $(BIN)/python),python3) -m patchscaler_gui.bench.device_check \
	    --out $(OUT) $(ARGS)

clean:
	rm -rf $(VENV) build *.egg-info
