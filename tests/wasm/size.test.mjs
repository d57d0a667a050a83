// The size budget of the shipped WebAssembly: 300 KB gzipped (build.sh prints the same figure).
import assert from "node:assert/strict";
import fs from "node:fs";
import { test } from "node:test";
import zlib from "node:zlib";
import { wasmPath } from "./core.mjs";

export const BUDGET_GZIP_BYTES = 300 * 1024;

test("gzipped wasm is within 300 KB", () => {
  const raw = fs.readFileSync(wasmPath);
  const gz = zlib.gzipSync(raw, { level: 9 }).length;
  console.log(`# WASM size: ${raw.length} bytes raw, ${gz} bytes gzipped (budget ${BUDGET_GZIP_BYTES})`);
  assert.ok(gz <= BUDGET_GZIP_BYTES, `gzipped wasm is ${gz} bytes, over the ${BUDGET_GZIP_BYTES}-byte budget`);
});
