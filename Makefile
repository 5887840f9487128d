# Everything a fresh machine with Python 3.11 needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO ?= $(HOME)/.local/share/waystation/demo.wsdb

.PHONY: run test lint bench bench-quick screenshots crashtest clean dist translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/waystation demo-run

# Two processes (pytest-xdist), each test file whole in one of them: its module fixtures
# are made once. A single test file or `pytest` alone still runs in one process. A worker
# that crashes fails the run at once: replacing it once left CI waiting forever.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadfile --max-worker-restart=0

# ruff over everything; mypy over models/ and reports/ (the files and options are in
# pyproject.toml's [tool.mypy]).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# Figures, not tests. `make bench ARGS="--quick --json bench.json"`; `make bench-quick`.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/waystation bench $(ARGS)

bench-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/waystation bench --quick $(ARGS)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.devtools.screenshots docs/screenshots

crashtest: $(STAMP)
	$(BIN)/python -m tests.harness.crash --kills 200

clean:
	rm -rf $(VENV) build dist *.egg-info

# The desktop bundle for this platform (packaging/README.md): PyInstaller one-folder bundle
# from packaging/waystation.spec, an archive of it, then a smoke test from a temporary folder
# that prints the unpacked size. Windows and macOS: .github/workflows/dist.yml.
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/version.py)
DIST_NAME := waystation-$(VERSION)-linux-$(shell uname -m)
DIST_STAMP := $(VENV)/.dist-installed

$(DIST_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	rm -rf dist/waystation dist/$(DIST_NAME).tar.gz
	QT_QPA_PLATFORM=offscreen $(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/waystation.spec
	mkdir -p dist/waystation/share
	cp packaging/linux/org.waystation.Waystation.* packaging/linux/install.sh \
		resources/icons/waystation-256.png dist/waystation/share/
	cp LICENSE dist/waystation/
	tar -C dist -czf dist/$(DIST_NAME).tar.gz waystation
	$(BIN)/python packaging/smoke.py dist/waystation/waystation dist/$(DIST_NAME).tar.gz

# Coverage-guided fuzzing of the file and answer readers (atheris; not a test dependency).
# Each target runs FUZZ_SECONDS; pass libFuzzer options in FUZZ_ARGS (e.g. -atheris_runs=N).
FUZZ_SECONDS ?= 60
.PHONY: fuzz
fuzz: $(STAMP)
	$(BIN)/python -c "import atheris" 2>/dev/null || $(BIN)/python -m pip install --quiet atheris
	for t in fuzz/fuzz_*.py; do \
		TMPDIR=$$(mktemp -d) $(BIN)/python $$t -max_total_time=$(FUZZ_SECONDS) -max_len=4096 \
			$(FUZZ_ARGS) || exit 1; \
	done

# The interface translations (issue 17, /work/briefs/i18n.md → CONTRIBUTING.md): lupdate
# extracts each area's strings into resources/translations/<area>_{fr,es,en}.ts (English:
# plural forms only), then lrelease compiles every area of a language into
# resources/translations/waystation_<lang>.qm, which is committed (tests/translations/test_translations.py
# checks it matches the .ts files).
TR := resources/translations
TR_AREAS := core clientfile records
TR_SRC_core := $(filter-out desktop/reports_page.py,$(wildcard desktop/*.py)) \
	desktop/settings desktop/widgets
TR_SRC_clientfile := desktop/clientfile desktop/clients desktop/today
TR_SRC_records := desktop/sponsorships desktop/partners desktop/referrals desktop/importing \
	desktop/reports_page.py
LUPDATE := $(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none -source-language en

translations:  # needs only the venv (pyside6-lupdate, pyside6-lrelease)
	@for area in $(TR_AREAS); do \
		case $$area in core) src="$(TR_SRC_core)";; clientfile) src="$(TR_SRC_clientfile)";; \
			records) src="$(TR_SRC_records)";; esac; \
		$(LUPDATE) $$src -target-language fr_CA -ts $(TR)/$${area}_fr.ts || exit 1; \
		$(LUPDATE) $$src -target-language es -ts $(TR)/$${area}_es.ts || exit 1; \
		$(LUPDATE) $$src -pluralonly -target-language en -ts $(TR)/$${area}_en.ts || exit 1; \
	done
	for lang in fr es en; do \
		$(BIN)/pyside6-lrelease -silent $(TR)/*_$$lang.ts -qm $(TR)/waystation_$$lang.qm || exit 1; \
	done
