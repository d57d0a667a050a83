#!/usr/bin/env bash
# Every test, in the order that fails fastest (README's second command; CI runs exactly this).
#
#   lint     cargo fmt --check, clippy -D warnings (native and the wasm32 library)
#   native   cargo test --release: unit tests, fixtures, the eval contract on ../shared/eval,
#            link-finder eval, property tests, pathological inputs
#   wasm     npm test: ./build.sh, then node --test tests/wasm (the same fixtures through the
#            WASM build, native/WASM agreement, size budget) and tests/e2e (the real extension in
#            headless Chromium against a local test site)
#   firefox  web-ext lint on dist/firefox
#   fuzz     a few seconds per fuzz target when cargo +nightly and cargo-fuzz are present
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy -D warnings (native, all targets)"
cargo clippy --locked --all-targets -- -D warnings

step "cargo clippy -D warnings (wasm32 library)"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
cargo clippy --locked --target wasm32-unknown-unknown --lib --no-default-features -- -D warnings

step "cargo test --release (unit, fixtures, eval contract, properties)"
cargo test --locked --release

step "the CLI the WASM agreement test compares against"
cargo build --locked --release --bin fineprint

step "npm test (build, WASM tests in Node, end-to-end in headless Chromium)"
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
npm test

step "web-ext lint (Firefox build)"
npm run --silent lint:firefox

if [ -x scripts/fuzz-smoke.sh ]; then
  step "fuzz smoke run"
  # Release-mode targets, what ships: the `idna` crate (1.1, behind our ASCII-only IDNA back end,
  # chosen for the WASM size) has a debug_assert! that a punycode host label decoding to a
  # bidi control reaches (BENCHMARKS.md F3). Our own invariants also run with assertions in
  # tests/props.rs and tests/pathological.rs.
  FUZZ_DEBUG_ASSERTIONS="${FUZZ_DEBUG_ASSERTIONS:-0}" scripts/fuzz-smoke.sh
fi

step "all tests passed"
