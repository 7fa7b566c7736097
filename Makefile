# esslingen-lab: the two commands are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CLI := $(VENV)/bin/esslingen-lab
STAMP := $(VENV)/.installed
PYTEST_ARGS ?= -n auto

.PHONY: install demo test bench lint clean-outputs help

help:
	@echo "make demo   - install (first time), run the pipeline on the demo survey, serve the workshop apps"
	@echo "make test   - install (first time) and run the test suite"
	@echo "make bench  - run the benchmarks (prints figures)"
	@echo "make lint   - ruff"

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(CLI) demo

test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

lint: $(STAMP)
	$(VENV)/bin/ruff check esslingen_lab tests benchmarks

clean-outputs:
	find outputs -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
