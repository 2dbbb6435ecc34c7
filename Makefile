# Two commands set up a fresh machine:
#   make run   — install, then serve the app on the bundled sample (http://127.0.0.1:7860)
#   make test  — install (with test and browser dependencies), then run the tests
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed
TEST_STAMP = $(VENV)/.installed-test
PYTEST_ARGS ?=

.PHONY: run test install browser-deps format-deps test-services eval bench load-bench ocr-bench growth clean

# What running needs, nothing more: the test extras (pytest, playwright) come with `make test`.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first, pinned: the CPU build these machines carry (a loose torch pulls CUDA)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(TEST_STAMP)

install: $(STAMP)

# The server logs the store it opened, what it loaded, and its address once it is ready.
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

# LibreOffice (old .doc/.wps/.et), Tesseract with Chinese and poppler (scanned PDFs): Debian's
# packages, about 450 MB installed.
FORMAT_PACKAGES = libreoffice-writer-nogui libreoffice-calc-nogui tesseract-ocr tesseract-ocr-chi-sim poppler-utils
format-deps:
	@if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null || \
		! tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then \
		if [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(FORMAT_PACKAGES) >/dev/null; \
		else \
			echo "format tests need: sudo apt-get install $(FORMAT_PACKAGES)"; \
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
test: $(TEST_STAMP) browser-deps format-deps test-services
	$(BIN)/python -m tests.services -- $(BIN)/python -m pytest -q $(PYTEST_ARGS)

eval: install
	$(BIN)/jixiao ingest data/samples/weixian-rsj-2025-jixiao-mubiao.docx --store .jixiao/eval-store
	$(BIN)/jixiao eval eval/dev/gold_dev.jsonl --store .jixiao/eval-store
	$(BIN)/jixiao eval eval/dev/gold_more.jsonl --store .jixiao/eval-store

bench: install
	$(BIN)/python -m eval.bench

# 体检: precision and recall per rule on the planted-defect corpus (about 15 s; README «体检»)
.PHONY: check-bench
check-bench: install
	$(BIN)/python -m eval.check_bench

# 20 clients × 10 questions against `jixiao serve`, one upload through the browser halfway.
load-bench: $(TEST_STAMP) browser-deps
	$(BIN)/python -m eval.load_bench

ocr-bench: install format-deps
	$(BIN)/python -m eval.ocr_bench

growth: install
	$(BIN)/pip install --quiet -e ".[growth]"
	$(BIN)/python -m eval.growth --departments 10,100 --years 3

clean:
	rm -rf $(VENV) .jixiao test-output
