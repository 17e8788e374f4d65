# Developer entry points for Recovery Hub Kiosk; `make help` lists them.

VENV ?= .venv
PY = $(VENV)/bin/python
PYTHON3 ?= python3
PYTEST_ARGS ?=
BENCH ?=
STAMP = $(VENV)/.installed
# Every package the venv gets, pinned with its hashes (README, "Dependencies", says how to refresh it).
LOCK = requirements.lock
BUNDLE_DIR = dist/recovery-hub-kiosk

.DEFAULT_GOAL := help
.PHONY: help venv system-packages run test bench screenshots translations bundle bundle-test clean

# Translation catalogues are committed; the compiled .qm files are built from them.
TS = $(wildcard assets/translations/*.ts)
QM = $(TS:.ts=.qm)

help: ## list the targets
	@awk -F':.*## ' '/^[a-z-]+:.*## / {printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

venv: $(STAMP) ## create the virtualenv from the lock file, then install the project in place

# Wheels only, each checked against the lock's hashes; the project itself is installed without
# its dependencies (the lock has them) and built with the locked setuptools, not a fresh download.
$(STAMP): $(LOCK) pyproject.toml
	test -x $(PY) || $(PYTHON3) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes --only-binary :all: -r $(LOCK)
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

system-packages: ## check (and, as root, install) the Debian packages the tests need
	bash scripts/ensure-system-packages.sh

run: venv $(QM) ## start the kiosk in a window with demo data (var/demo.sqlite)
	mkdir -p var
	$(VENV)/bin/kiosk --db var/demo.sqlite run --demo --windowed

test: system-packages venv $(QM) ## run the test suite (extra pytest options: PYTEST_ARGS=...)
	$(PY) -m pytest $(PYTEST_ARGS)

bench: venv ## run the benchmarks (just some: BENCH=central-scale or BENCH="sync ui")
	$(PY) -m benchmarks $(foreach name,$(BENCH),--only $(name))

screenshots: venv $(QM) ## render the screens to PNG files without a display
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py

translations: venv ## re-extract every visitor string (tr, QT_TR_NOOP) into the .ts catalogues, then build the .qm files
	$(PY) tools/translations.py
	$(MAKE) $(QM)

bundle: $(STAMP) $(QM) ## build the one-folder app bundle in dist/recovery-hub-kiosk (PyInstaller)
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		installers/kiosk.spec
	@du -sh $(BUNDLE_DIR)

bundle-test: bundle ## build the bundle, then run it on its own (tests/bundle, and the cage session if cage is installed)
	KIOSK_BUNDLE_DIR=$(CURDIR)/$(BUNDLE_DIR) $(PY) -m pytest tests/bundle $(PYTEST_ARGS)

%.qm: %.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

clean: ## remove caches and build output (keeps the virtualenv and var/)
	rm -rf build dist *.egg-info .pytest_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
