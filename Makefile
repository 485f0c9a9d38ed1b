# govgate — two commands for a new user: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)

.PHONY: run test install demo clean help

help:
	@echo "make run    create .venv, install, prepare the embedded demo, start the gateway on :$${GOVGATE_PORT:-8000}"
	@echo "make test   install with test extras and run the whole test suite"
	@echo "make clean  remove .venv and the demo state in var/"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@rm -f $(VENV)/.installed-*
	@touch $@

install: $(STAMP)

demo: install
	$(BIN)/govgate demo init

run: demo
	$(BIN)/govgate serve

# two workers (pytest-xdist): the suite is CPU-bound and these machines have two cores; more
# workers would also run more of the policy's Rego test children at once (≈ 6.5 GB each, docs/policy.md)
test: install
	$(BIN)/python -m pytest -q -n 2

clean:
	rm -rf $(VENV) var
