# Two commands set up a fresh machine:
#   make run   — install, then serve the app on the bundled sample (http://127.0.0.1:7860)
#   make test  — install (with test and browser dependencies), then run the tests
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test install browser-deps test-services eval bench growth clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first, pinned: the CPU build these machines carry (a loose torch pulls CUDA)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/jixiao serve

# Debian's Chromium (no browser download) and a CJK font for the browser test's screenshots.
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "noto.*cjk"; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
		else \
			echo "browser test needs: sudo apt-get install chromium fonts-noto-cjk"; \
		fi; \
	fi

# Debian's PostgreSQL binaries: the facts tests also run on a throwaway cluster on loopback.
test-services:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
		else \
			echo "PostgreSQL tests need: sudo apt-get install postgresql"; \
		fi; \
	fi

# tests.services starts PostgreSQL and `chroma run` on loopback around the run, then stops them.
test: install browser-deps test-services
	$(BIN)/python -m tests.services -- $(BIN)/python -m pytest -q $(PYTEST_ARGS)

eval: install
	$(BIN)/jixiao ingest data/samples/weixian-rsj-2025-jixiao-mubiao.docx --store .jixiao/eval-store
	$(BIN)/jixiao eval eval/gold_dev.jsonl --store .jixiao/eval-store
	$(BIN)/jixiao eval eval/gold_more.jsonl --store .jixiao/eval-store

bench: install
	$(BIN)/python -m eval.bench

growth: install
	$(BIN)/pip install --quiet -e ".[growth]"
	$(BIN)/python -m eval.growth --departments 10,100 --years 3

clean:
	rm -rf $(VENV) .jixiao test-output
