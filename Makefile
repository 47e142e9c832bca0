# pmdesk: `make run` starts the app on the demo plan, `make test` runs the whole suite offscreen.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench bundle bundle-size package clean screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/pmdesk --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

screenshots: $(STAMP)
	for v in roadmap canvas pnl gantt resources; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/pmdesk screenshot --demo --view $$v -o docs/screenshot-$$v.png --size 1600x1000; \
	done
	QT_QPA_PLATFORM=offscreen $(BIN)/pmdesk screenshot --demo --view roadmap --mode timeline -o docs/screenshot-roadmap-timeline.png --size 1600x1000

# The bundle (dist/pmdesk) is built from build/venv, an environment with only the run-time
# dependencies and PyInstaller (made by the script, niced), then checked with --self-test.
bundle:
	$(PYTHON) packaging/build_bundle.py
	dist/pmdesk/pmdesk-cli --self-test

# Size on disk, as .tar.xz, and start-up to the window of dist/pmdesk, against the targets.
bundle-size:
	$(PYTHON) packaging/bundle_size.py

clean:
	rm -rf $(VENV) build dist *.egg-info
