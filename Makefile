# Two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= storyline.db

.PHONY: demo test lint typecheck unit browser-deps bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev,ray]'
	touch $@

demo: $(STAMP)
	$(BIN)/storyline ingest examples/pages examples/html examples/batch.jsonl examples/crawl.warc.gz --db $(DB)
	$(BIN)/storyline articles --db $(DB)
	$(BIN)/storyline timeline --db $(DB)
	@echo "Next: $(BIN)/storyline serve --db $(DB)   (then open http://127.0.0.1:8000)"

# Debian's Chromium for the browser test; without root or apt the browser test skips.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ; } \
		|| echo "chromium not installed: the browser test will skip"

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

test: $(STAMP) browser-deps lint typecheck unit

bench: $(STAMP)
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/annotate.py
	$(BIN)/python bench/merge.py
	$(BIN)/python bench/serve.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
