# transcript-cards: the dev commands. CI runs `make test` (see .ci/run).
#   make build   the CLI (target/release/transcript-cards), the wasm page (www/pkg) and dist/
#   make dist    dist/: the page in one HTML file, the element in one module (ESM and classic), from www/ by esbuild
#   make serve   build, then serve www/ on http://127.0.0.1:8000/ with the sample loaded
#   make test    install what is missing, then every check and test
#   make score   the scorer's line for each corpus folder: China MFA (gold), White House (silver); needs ../shared
#   make bench   criterion over the corpus, the pathological table (≈3 min, 3 GB), then the browser benchmarks (the page, the wasm parser)
#   make fuzz    each cargo-fuzz target for FUZZ_SECONDS (default 60)
SHELL := /bin/bash
.ONESHELL:
.SHELLFLAGS := -euo pipefail -c
CORPUS_SCORE := ../shared/tools/score.py

.PHONY: build cli wasm dist serve test test-rust test-browser lint setup score bench fuzz

build: cli wasm dist
	scripts/build-sample.sh

cli:
	cargo build --release

setup:
	scripts/setup-browser.sh

wasm: setup
	scripts/build-wasm.sh

dist: wasm
	node scripts/dist/build.mjs

serve: build
	url="http://127.0.0.1:$${PORT:-8000}/"
	if [ -z "$${CI:-}" ] && command -v xdg-open >/dev/null && [ -n "$${DISPLAY:-}" ]; then (sleep 1; xdg-open "$$url") & fi
	scripts/serve.sh

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings

test-rust: lint
	cargo test --release

# scripts/test-browser.sh builds www/pkg, dist/, the CLI and the sample's parse itself.
test-browser: setup
	cargo clippy --features wasm --target wasm32-unknown-unknown --lib -- -D warnings
	scripts/test-browser.sh

test: test-rust score test-browser

# One line per folder: the China MFA corpus (exact gold) apart from the White
# House briefings of each page era (silver gold, ../shared/silver). The scorer
# counts only the files that have gold (the others for crashes and kept).
SCORE_FOLDERS := ../shared/corpus/cn-mfa-en ../shared/corpus/cn-mfa-zh ../shared/silver/us-wh-en ../shared/silver/us-wh-obama-en
score: cli
	if [ ! -f $(CORPUS_SCORE) ]; then echo "score: ../shared is not beside the repository; skipped"; exit 0; fi
	for d in $(SCORE_FOLDERS); do
	  if [ -d "$$d" ]; then printf '%-34s ' "$${d#../shared/}:"; python3 $(CORPUS_SCORE) --corpus "$$d" --cmd 'target/release/transcript-cards parse --format json {}' | tail -1; fi
	done

FUZZ_SECONDS ?= 60
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

# The browser benchmarks read www/pkg, dist/ and the sample's parse: built first.
bench: build
	cargo bench --bench parse
	cargo bench --bench pathological
	node scripts/bench-page.mjs
	node scripts/bench-wasm.mjs
