# `make translations` (issue 18): include this from the Makefile, after BIN and STAMP:
#     include packaging/translations.mk
# translations-check is the CI gate: it fails on any string without a translation and on
# translations that lost a %1 marker, a shortcut text or the & mnemonic.
.PHONY: translations translations-check

translations: $(STAMP)
	BIN=$(BIN) packaging/translations.sh

translations-check: $(STAMP)
	BIN=$(BIN) packaging/translations.sh --check
