# blocwatch: the two commands of the README.
#   make run    install, build the knowledge base, ingest the example articles, answer example
#               queries, then serve the web pages and HTTP API on http://127.0.0.1:8000
#   make test   install (with test tools, Chromium and PostgreSQL from Debian) and run the tests
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= $(HOME)/.local/share/blocwatch/kb.sqlite
HOST   ?= 127.0.0.1
PORT   ?= 8000
export BLOCWATCH_DB ?= $(DB)

.PHONY: install run demo serve test system-deps bench clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "make: $(PYTHON) not found; set PYTHON=path/to/python3.11" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

install: $(VENV)/.installed

demo: install
	@echo "== knowledge base ($(BLOCWATCH_DB)) =="
	$(BIN)/blocwatch info
	@echo "== ingest the example articles (our own writing, in examples/articles) =="
	$(BIN)/blocwatch ingest examples/articles
	@echo "== who is in the CIS but not the CSTO on 2018-11-21 =="
	$(BIN)/blocwatch members 'CIS - CSTO' --at 2018-11-21
	@echo "== former Soviet republics in neither =="
	$(BIN)/blocwatch members 'former-soviet - (CIS | CSTO)' --at 2018-11-21
	@echo "== CSTO Secretary General on 2018-11-21 =="
	$(BIN)/blocwatch holders CSTO --office 'Secretary General' --at 2018-11-21
	@echo "== meetings learned from the example articles =="
	$(BIN)/blocwatch meetings --from 2022-01-01
	@echo "== chair of the CSTO, and Azerbaijan's accession =="
	$(BIN)/blocwatch chair CSTO --at 2014-06-01
	$(BIN)/blocwatch accession AZ CSTO --at 2018-11-23

serve: install
	$(BIN)/blocwatch serve --host $(HOST) --port $(PORT)

run: demo serve

system-deps:
	bash scripts/install-system-deps.sh

test: install system-deps
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: install
	$(BIN)/python bench/members_latency.py
	$(BIN)/python bench/extract_speed.py --quick
	$(BIN)/blocwatch info >/dev/null
	$(BIN)/python bench/load_members.py --spawn --db $(BLOCWATCH_DB) --requests 3000 --concurrency 50 --time-limit 60

clean:
	rm -rf $(VENV) test-output build *.egg-info src/*.egg-info
