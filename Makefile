# pmdesk: `make run` starts the app on the demo plan, `make test` runs the whole suite offscreen.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench bundle clean screenshots

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
	for v in roadmap canvas pnl gantt resources risk; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/pmdesk screenshot --demo --view $$v -o docs/screenshot-$$v.png --size 1600x1000; \
	done
	QT_QPA_PLATFORM=offscreen $(BIN)/pmdesk screenshot --demo --view roadmap --mode timeline -o docs/screenshot-roadmap-timeline.png --size 1600x1000

bundle: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	$(BIN)/pyinstaller --noconfirm packaging/pmdesk.spec

clean:
	rm -rf $(VENV) build dist *.egg-info
