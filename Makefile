# cot: the two set-up commands of the README are `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint schema basisdocument wheel-check mutatie clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

# The main job: a functieprofiel for tasks 1, 3 and 6 with the example organisation.
demo: $(STAMP)
	$(BIN)/cot catalogus check
	$(BIN)/cot catalogus toon taken --rol informeel
	mkdir -p uitvoer
	$(BIN)/cot profiel bouw --taken 1,3,6 --organisatie examples/organisatie.yaml \
		--naam "Informeel cliëntondersteuner" -o uitvoer/profiel.md --bewaar uitvoer/profiel.yaml --force
	$(BIN)/cot profiel bouw --taken 1,3,6 --organisatie examples/organisatie.yaml \
		--naam "Informeel cliëntondersteuner" -o uitvoer/profiel.docx --force
	@if command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1; then \
		$(BIN)/cot profiel render uitvoer/profiel.yaml -o uitvoer/profiel.pdf --force; \
	else \
		echo "LibreOffice ontbreekt: geen uitvoer/profiel.pdf (installeer libreoffice-writer-nogui voor PDF)."; \
	fi
	@echo
	@echo "Het functieprofiel staat in uitvoer/profiel.md, uitvoer/profiel.docx en uitvoer/profiel.pdf"
	@echo "(de keuze in uitvoer/profiel.yaml; opnieuw maken: .venv/bin/cot profiel render uitvoer/profiel.yaml)."
	$(BIN)/cot site uitvoer/site --force

test: $(STAMP)
	$(BIN)/python -m pytest
	$(BIN)/ruff check src tests bench
	$(BIN)/cot catalogus check

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

bench: $(STAMP)
	$(BIN)/python bench/bench.py

# Mutation testing of the core modules (slow: minutes per module on 2 cores; not part of make test).
# make mutatie MODULE=keuze  runs one module; without MODULE all of [tool.mutmut] only_mutate.
mutatie: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[test,mutatie]'
	rm -rf mutants
	$(BIN)/mutmut run $(if $(MODULE),"clientondersteuning.$(MODULE).*",)
	$(BIN)/mutmut results

# Regenerate the JSON Schemas that the catalogue files point at.
schema: $(STAMP)
	$(BIN)/cot catalogus schema catalogus/schema --force

# Make the stored house-style base of the Word documents again (after a change to weergave/huisstijl.py
# or a new python-docx; a test says when): see weergave/basisdocument.py.
basisdocument: $(STAMP)
	$(BIN)/python -m clientondersteuning.weergave.basisdocument

# Build the wheel, install it in a clean venv and run cot from another folder.
wheel-check: $(STAMP)
	rm -rf build/wheel-check && mkdir -p build/wheel-check
	$(BIN)/python -m pip wheel -q --no-deps -w build/wheel-check .
	$(PY) -m venv build/wheel-check/venv
	build/wheel-check/venv/bin/python -m pip install -q build/wheel-check/*.whl
	cd /tmp && $(CURDIR)/build/wheel-check/venv/bin/cot --version
	cd /tmp && $(CURDIR)/build/wheel-check/venv/bin/cot catalogus check
	cd /tmp && $(CURDIR)/build/wheel-check/venv/bin/cot profiel bouw --taken 1,3,6 | grep -q "Taak 6"
	cd /tmp && $(CURDIR)/build/wheel-check/venv/bin/cot werving oproep --taken alle | grep -q "cliëntondersteuner"
	cd /tmp && $(CURDIR)/build/wheel-check/venv/bin/cot catalogus export | grep -q '"caseVersion": "1.1"'
	cd /tmp && $(CURDIR)/build/wheel-check/venv/bin/cot site $(CURDIR)/build/wheel-check/site
	grep -q 'id="inf-alert-observeert"' build/wheel-check/site/items/inf-alert.html
	@echo "Het wiel werkt vanuit een andere map: catalogus en sjablonen zitten erin."

clean:
	rm -rf $(VENV) build dist uitvoer mutants .pytest_cache .ruff_cache
