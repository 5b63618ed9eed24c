# make demo : build the example accelerator (examples/tfc_digits)
# make test : run the test suite
# Both create .venv/ and install finn-vivado into it (editable) on first use.

PYTHON ?= python3
VENV   := .venv
STAMP  := $(VENV)/.installed

.PHONY: demo test install clean

demo: $(STAMP)
	$(VENV)/bin/finn-vivado build examples/tfc_digits
	$(VENV)/bin/python examples/tfc_digits/evaluate.py

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q tests

install: $(STAMP)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/python -m pip install -qq --disable-pip-version-check -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) py/*.egg-info
