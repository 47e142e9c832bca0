# pmdesk: `make run` starts the app on the demo plan, `make test` runs the whole suite offscreen.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: translations lupdate run test lint bench bundle bundle-venv bundle-size package package-tools package-check clean screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	@# Optional (31 MB, works offline once installed): .mpp/.xer/.mpx through MPXJ and the
	@# MPXJ differential test; their tests skip with the reason when this did not install.
	-$(BIN)/python -m pip install --quiet -e '.[formats,differential]' || echo "formats extra not installed: the MPXJ tests (tests/unit/io/test_mpxj_*.py, test_mpxj_differential.py) will skip"
	@# Server plans (psycopg, keyring): the PostgreSQL tests skip with their reason without it.
	-$(BIN)/python -m pip install --quiet -e '.[server]' || echo "server extra not installed: tests/unit/store/server will skip"
	touch $(STAMP)

# The interface translations: resources/translations/*.ts (sources, committed) -> .qm (built).
TS_FILES := $(wildcard resources/translations/*.ts)
translations: $(TS_FILES:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After adding or changing tr()/translate() strings: refresh pmdesk's .ts files (then
# translate the new entries, e.g. with pyside6-linguist). No line numbers, so that merges stay
# quiet. qtbase_LANG.ts (Qt's own strings, where the wheel ships no catalogue) is kept by hand.
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(find pmdesk -name '*.py' | sort) \
		-ts $(wildcard resources/translations/pmdesk_*.ts)

run: $(STAMP) translations
	$(BIN)/pmdesk --demo

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests

# Formatting, lint, types and the layer rules (pyproject.toml: [tool.ruff], [tool.mypy],
# [tool.importlinter]); CI runs it before the tests. `ruff format` and `ruff check --fix`
# repair most of what the first two report.
lint: $(STAMP)
	$(BIN)/ruff check pmdesk tests benchmarks packaging
	$(BIN)/ruff format --check pmdesk tests benchmarks packaging
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/run_all.py

screenshots: $(STAMP) translations
	for v in roadmap canvas pnl gantt resources risk; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/pmdesk screenshot --demo --view $$v -o docs/screenshot-$$v.png --size 1600x1000; \
	done
	QT_QPA_PLATFORM=offscreen $(BIN)/pmdesk screenshot --demo --view roadmap --mode timeline -o docs/screenshot-roadmap-timeline.png --size 1600x1000
	QT_QPA_PLATFORM=offscreen $(BIN)/pmdesk --lang id screenshot --demo --view gantt -o docs/screenshot-gantt-id.png --size 1600x1000
	for v in roadmap canvas pnl gantt resources executive risk; do \
		QT_QPA_PLATFORM=offscreen $(BIN)/pmdesk screenshot --demo --view $$v --palette dark -o docs/screenshot-$$v-dark.png --size 1600x1000; \
	done
	QT_QPA_PLATFORM=offscreen $(BIN)/pmdesk screenshot --demo --view roadmap --mode timeline --palette dark -o docs/screenshot-roadmap-timeline-dark.png --size 1600x1000

# The bundle (dist/pmdesk) is built from build/venv, an environment with only the run-time
# dependencies and PyInstaller (made by the script, niced), then checked with --self-test.
bundle:
	$(PYTHON) packaging/build_bundle.py
	dist/pmdesk/pmdesk-cli --self-test

# Only (re)make build/venv, the bundle's build environment, when pyproject.toml's
# dependencies changed.
bundle-venv:
	$(PYTHON) packaging/build_bundle.py --venv-only

dist/pmdesk/pmdesk dist/pmdesk/pmdesk.exe:
	$(MAKE) bundle

# The installer of this platform, from the bundle (built first when there is none):
# Linux dist/pmdesk_VERSION_amd64.deb, macOS dist/pmdesk-VERSION.dmg, Windows the Inno Setup
# installer in dist/ (needs iscc on PATH).
ifeq ($(OS),Windows_NT)
package: dist/pmdesk/pmdesk.exe
	iscc /DVersion=$$($(PYTHON) -c "import pmdesk; print(pmdesk.__version__)") packaging/windows/pmdesk.iss
else ifeq ($(shell uname -s),Darwin)
package: dist/pmdesk/pmdesk
	sh packaging/macos/build_dmg.sh
else
package: package-tools dist/pmdesk/pmdesk
	$(PYTHON) packaging/linux/build_deb.py
endif

# What building and checking the .deb needs on Debian/Ubuntu: dpkg-deb, readelf and strip
# (binutils), and the desktop databases check_deb.sh asks (installed when missing; root).
package-tools:
	@command -v dpkg-deb >/dev/null && command -v readelf >/dev/null || \
		{ apt-get update -qq && apt-get install -y -qq dpkg binutils; }
	@command -v xdg-mime >/dev/null && command -v update-mime-database >/dev/null && \
		command -v update-desktop-database >/dev/null && command -v mimetype >/dev/null || \
		{ apt-get update -qq && apt-get install -y -qq --no-install-recommends xdg-utils \
			shared-mime-info desktop-file-utils libfile-mimeinfo-perl; }

# Installs the .deb with dpkg -i, checks the MIME type, the menu entry and --self-test,
# removes it and checks that nothing is left (changes this system: root, Debian/Ubuntu).
package-check: package-tools
	sh packaging/linux/check_deb.sh

# Size on disk, as .tar.xz, and start-up to the window of dist/pmdesk, against the targets.
bundle-size:
	$(PYTHON) packaging/bundle_size.py

clean:
	rm -rf $(VENV) build dist *.egg-info
