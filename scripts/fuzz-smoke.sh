#!/usr/bin/env bash
# Runs each fuzz target of fuzz/ for a few seconds (issue 7): a smoke test that the targets
# build and that the seed corpus plus a short burst of mutations find nothing.
#
#   scripts/fuzz-smoke.sh              every target, FUZZ_SECONDS (default 10) each
#   scripts/fuzz-smoke.sh analyze      only the named targets
#
# Needs a nightly toolchain (`cargo +nightly`) and cargo-fuzz (`cargo install cargo-fuzz`);
# without them it prints a note and exits 0, so CI stays green where they are absent (the
# same invariants run on stable in tests/props.rs). New corpus entries go to a scratch
# directory, never into fuzz/corpus/ (which holds only our small hand-written seeds); a
# crash is saved under fuzz/artifacts/<target>/ and fails the script.
#
# Environment: FUZZ_SECONDS (per target), CARGO_TARGET_DIR (default: fuzz/target),
# FUZZ_SANITIZER (default: none; "address" is slower but also checks unsafe code),
# FUZZ_DEBUG_ASSERTIONS (default 1: overflow checks and debug_assert! on, as cargo-fuzz does
# by default; 0 builds a plain release, e.g. to fuzz past a dependency's debug assertion).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seconds="${FUZZ_SECONDS:-10}"
sanitizer="${FUZZ_SANITIZER:-none}"
if [ "${FUZZ_DEBUG_ASSERTIONS:-1}" = 0 ]; then mode=(-O); else mode=(-a); fi

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz-smoke: no nightly toolchain (rustup toolchain install nightly); skipped"
  exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "fuzz-smoke: cargo-fuzz is not installed (cargo install cargo-fuzz); skipped"
  exit 0
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cargo +nightly fuzz list)
fi

target_dir=()
if [ -n "${CARGO_TARGET_DIR:-}" ]; then
  target_dir=(--target-dir "$CARGO_TARGET_DIR/fuzz")
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

# -s none: no sanitizer (safe Rust; panics and overflow checks are what we look for);
# -a: debug assertions and overflow checks on.
cargo +nightly fuzz build -s "$sanitizer" "${mode[@]}" "${target_dir[@]}" >/dev/null
for t in "${targets[@]}"; do
  mkdir -p "$scratch/$t"
  echo "==> fuzz $t for ${seconds}s"
  # The first corpus directory receives new inputs: the scratch one, not fuzz/corpus.
  status=0
  cargo +nightly fuzz run -s "$sanitizer" "${mode[@]}" "${target_dir[@]}" "$t" "$scratch/$t" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -dict=fuzz/html.dict -max_len=65536 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 >"$scratch/$t.log" 2>&1 || status=$?
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec)|^SUMMARY|panicked|ERROR|Test unit written' \
    "$scratch/$t.log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$scratch/$t.log" >&2
    echo "fuzz-smoke: $t failed; the input is under fuzz/artifacts/$t/" >&2
    exit 1
  fi
done
echo "fuzz-smoke: ${#targets[@]} targets, ${seconds}s each, nothing found"
