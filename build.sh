#!/usr/bin/env bash
# Builds the WebAssembly core, the extension for Chrome and Firefox, and the www demo.
#
#   ./build.sh          build everything (installs missing tools: wasm32 target,
#                       wasm-bindgen-cli matching Cargo.lock, node_modules)
#   ./build.sh demo     build everything, then analyse the bundled example policies and say how
#                       to load the extension and serve the demo (README's first command)
#   ./build.sh serve    build if needed, then serve www/ on http://127.0.0.1:${PORT:-8080}/
#
# Outputs (all generated, none committed):
#   dist/chrome/, dist/firefox/            unpacked extensions (load with --load-extension)
#   dist/fineprint-{chrome,firefox}.zip    the same, zipped (fixed timestamps, sorted)
#   www/pkg/, www/lib/                     the core and the shared renderer for the demo
#
# Environment: CARGO_TARGET_DIR (default: target), FINEPRINT_TOOLS (default:
# ~/.cache/fineprint-tools, where wasm-bindgen-cli is installed), PORT (serve).
# Same input, same output: every step rewrites its output from scratch.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

target_dir="${CARGO_TARGET_DIR:-target}"
tools="${FINEPRINT_TOOLS:-$HOME/.cache/fineprint-tools}"
wasm_target=wasm32-unknown-unknown
pkg="$target_dir/fineprint-pkg"
size_budget=300000 # gzipped bytes: the 300 KB goal of issue 6; tests/wasm/size.test.mjs checks the same figure

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

ensure_rust_target() {
  if ! rustup target list --installed 2>/dev/null | grep -qx "$wasm_target"; then
    say "installing the $wasm_target target"
    rustup target add "$wasm_target"
  fi
}

# wasm-bindgen-cli must be exactly the version of the wasm-bindgen crate in Cargo.lock.
ensure_wasm_bindgen() {
  local want have
  want="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3}' Cargo.lock)"
  [ -n "$want" ] || die "no wasm-bindgen entry in Cargo.lock"
  wasm_bindgen="$tools/bin/wasm-bindgen"
  have="$("$wasm_bindgen" --version 2>/dev/null | awk '{print $2}' || true)"
  if [ "$have" != "$want" ]; then
    say "installing wasm-bindgen-cli $want into $tools (found: ${have:-none}; takes ~2 min)"
    # No --locked: the CLI's own lock file pins a webpki-roots that no longer resolves.
    cargo install wasm-bindgen-cli --version "$want" --root "$tools" --force
  fi
}

ensure_node_modules() {
  if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ]; then
    say "installing node_modules"
    if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
  fi
}

build_wasm() {
  say "cargo build ($wasm_target, release) into $target_dir"
  CARGO_PROFILE_RELEASE_OPT_LEVEL=z cargo build --locked --release --target "$wasm_target" --lib --no-default-features
  rm -rf "$pkg"
  "$wasm_bindgen" --target web --out-dir "$pkg" --out-name fineprint \
    "$target_dir/$wasm_target/release/fineprint.wasm"
  # npm binaryen, never Debian's (108 emits modules that fail at run time). `--converge`
  # repeats -Oz until it stops shrinking: 1.2 KB gzipped for ~12 s more; the producers
  # section (toolchain names, ~0.1 KB gzipped) is dropped. wasm-opt takes ~25 s, so its output
  # is kept per hash of its input and flags: an unchanged core is not optimised again.
  local sum cached flags="-Oz --converge --strip-producers --strip-debug"
  sum="$( (sha256sum "$pkg/fineprint_bg.wasm"; echo "$flags") | sha256sum | cut -c1-16)"
  cached="$target_dir/fineprint-opt/$sum.wasm"
  if [ ! -f "$cached" ]; then
    rm -rf "$target_dir/fineprint-opt"
    mkdir -p "$target_dir/fineprint-opt"
    # shellcheck disable=SC2086 # the flags are separate words
    node_modules/.bin/wasm-opt $flags "$pkg/fineprint_bg.wasm" -o "$cached.tmp"
    mv "$cached.tmp" "$cached"
  fi
  cp "$cached" "$pkg/fineprint_bg.wasm"
}

# Writes the browser's manifest from the one source manifest (extension/manifest.json).
write_manifest() { # browser out_file
  node --input-type=module - "$1" "$2" <<'JS'
import fs from "node:fs";
const [browser, out] = process.argv.slice(2);
const m = JSON.parse(fs.readFileSync("extension/manifest.json", "utf8"));
const worker = m.background.service_worker;
if (browser === "chrome") {
  m.background = { service_worker: worker, type: "module" };
  delete m.browser_specific_settings;
} else {
  // Firefox has no MV3 service worker: the same module runs as an event page.
  m.background = { scripts: [worker], type: "module" };
}
fs.writeFileSync(out, JSON.stringify(m, null, 2) + "\n");
JS
}

# The content script cannot load the core, so the words of its candidate filter are written
# into it from the core's own table (`fineprint links --keywords-json`, src/links/candidate.rs):
# one source, no list to keep in step by hand, and no bytes added to the WASM.
write_link_keywords() {
  say "cargo build --release (the fineprint CLI, for the link filter's words)"
  cargo build --locked --release --bin fineprint
  "$target_dir/release/fineprint" links --keywords-json >"$pkg/link-keywords.json"
}

# dist/<browser>/content.js with the filter (its regexes, built from the words by
# extension/link-filter.mjs) in place of its placeholder.
inline_link_keywords() { # file
  node --input-type=module - "$1" "$pkg/link-keywords.json" <<'JS'
import fs from "node:fs";
import { linkFilterSource } from "./extension/link-filter.mjs";
const [file, json] = process.argv.slice(2);
const marker = "/*@link-keywords@*/ null";
const src = fs.readFileSync(file, "utf8");
if (src.split(marker).length !== 2) throw new Error(`${file}: expected the marker ${marker} once`);
fs.writeFileSync(file, src.replace(marker, () => linkFilterSource(JSON.parse(fs.readFileSync(json, "utf8")))));
JS
}

# Copies the extension sources (minus build-only files) and the core into dist/<browser>.
assemble() { # browser
  local out="dist/$1"
  rm -rf "$out"
  mkdir -p "$out/pkg"
  (cd extension && find . -type f ! -name manifest.json ! -name '*.mjs' ! -name '*.md' -print0) |
    while IFS= read -r -d '' f; do
      mkdir -p "$out/$(dirname "$f")"
      cp "extension/$f" "$out/$f"
    done
  cp "$pkg/fineprint.js" "$pkg/fineprint_bg.wasm" "$out/pkg/"
  inline_link_keywords "$out/content.js"
  write_manifest "$1" "$out/manifest.json"
}

# Zips dist/<browser> with sorted entries and fixed timestamps, so equal input gives equal zips.
zip_dist() { # browser
  local zip_file="$root/dist/fineprint-$1.zip"
  rm -f "$zip_file"
  find "dist/$1" -exec touch -h -d '2000-01-01T00:00:00Z' {} +
  (cd "dist/$1" && find . -type f | LC_ALL=C sort | zip -q -X -@ "$zip_file")
}

assemble_www() {
  rm -rf www/pkg www/lib
  mkdir -p www/pkg www/lib
  cp "$pkg/fineprint.js" "$pkg/fineprint_bg.wasm" www/pkg/
  cp extension/lib/render.js extension/lib/report.css www/lib/
}

report_size() {
  local wasm="$pkg/fineprint_bg.wasm" raw gz
  raw=$(wc -c <"$wasm")
  # zlib level 9, as tests/wasm/size.test.mjs measures it
  gz=$(node -e 'process.stdout.write(String(require("zlib").gzipSync(require("fs").readFileSync(process.argv[1]), { level: 9 }).length))' "$wasm")
  printf 'WASM size: %d bytes raw, %d bytes gzipped (budget %d bytes gzipped)\n' "$raw" "$gz" "$size_budget"
  [ "$gz" -le "$size_budget" ] || say "warning: gzipped WASM is over the budget"
}

build() {
  ensure_rust_target
  ensure_wasm_bindgen
  ensure_node_modules
  build_wasm
  write_link_keywords
  mkdir -p dist
  for browser in chrome firefox; do
    assemble "$browser"
    zip_dist "$browser"
  done
  assemble_www
  report_size
}

# The newcomer's first command: everything built, then the analyser run on the bundled example
# policies (our own writing, in www/examples/), and how to load the extension and the demo.
demo() {
  build
  say "cargo build --release (the fineprint command-line tool)"
  cargo build --locked --release --bin fineprint
  local cli="$target_dir/release/fineprint"
  say "fineprint analyze www/examples/"
  "$cli" analyze www/examples/
  cat <<MSG
Fineprint is built.

  Chrome/Chromium: open chrome://extensions, turn on Developer mode, "Load unpacked" and pick
                   $root/dist/chrome
  Firefox:         open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…" and pick
                   $root/dist/firefox/manifest.json
  Demo page:       ./build.sh serve   then open http://127.0.0.1:${PORT:-8080}/
  Command line:    $cli analyze FILE|DIR…   ·   $cli eval ../shared/eval/practices
MSG
}

case "${1:-build}" in
  build) build ;;
  demo) demo ;;
  serve)
    [ -f www/pkg/fineprint_bg.wasm ] && [ -f www/lib/render.js ] || build
    exec node www/serve.mjs "${PORT:-8080}"
    ;;
  *) die "unknown command: $1 (use: ./build.sh [build|demo|serve])" ;;
esac
