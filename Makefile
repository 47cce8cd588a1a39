# Two commands do all set-up on a fresh machine:
#   make demo   - virtual environment, install, a demo home from bundled made-up data, process, summary
#   make test   - virtual environment, install, the test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
CME    := $(VENV)/bin/cme-intake
DEMO   ?= demo-home

.PHONY: demo test install clean forms bench

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(PY) demo/build_home.py $(DEMO)
	$(CME) --home $(DEMO) --calendar $(DEMO)/calendar.toml register import $(DEMO)/register.csv
	$(CME) --home $(DEMO) --calendar $(DEMO)/calendar.toml --today 2026-11-27 enquiries import $(DEMO)/enquiries.csv
	$(CME) --home $(DEMO) --calendar $(DEMO)/calendar.toml --today 2026-11-27 process
	@echo
	@echo "Decisions: $(DEMO)/outbox/decisions   Letters: $(DEMO)/outbox/letters"
	@echo "Originals: $(DEMO)/archive            Unreadable: $(DEMO)/quarantine"

test: install
	$(PY) -m pytest

forms: install
	$(PY) -m forms build

clean:
	rm -rf $(DEMO) .pytest_cache
