# Two commands on a fresh machine: `make demo` and `make test`.
# Setup creates .venv/ in the repo root, installs the pinned CPU torch first (so no dependency
# can pull a CUDA build), then the project with its pinned dependencies.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PQ := $(VENV)/bin/personalq
STAMP := $(VENV)/.installed
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: setup demo test clean

setup: $(STAMP)

$(STAMP): pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[serve,llm,dev]"
	$(PY) -m pip install -q --no-deps open-clip-torch==3.3.0
	$(PY) -c "import torch; assert torch.__version__.startswith('2.13.0'), torch.__version__"
	# The browser test drives Debian's chromium (never `playwright install`): install it once.
	test -x /usr/bin/chromium || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium)
	touch $(STAMP)

demo: $(STAMP)
	$(PQ) demo

test: $(STAMP)
	$(PY) -m pytest -q

clean:
	rm -rf $(VENV)
