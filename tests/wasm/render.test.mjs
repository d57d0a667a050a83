// The popup's pure helpers (extension/lib/render.js), without a DOM.
import assert from "node:assert/strict";
import { test } from "node:test";
import { textFragmentUrl } from "../../extension/lib/render.js";

test("a short sentence is matched whole, a long one by its first and last words", () => {
  assert.equal(
    textFragmentUrl("https://a.example/privacy#top", "We do not sell your data."),
    "https://a.example/privacy#:~:text=We%20do%20not%20sell%20your%20data.",
  );
  const long = "We share device identifiers with advertising partners so that they can show you ads on other sites.";
  assert.equal(
    textFragmentUrl("https://a.example/p", long),
    "https://a.example/p#:~:text=We%20share%20device%20identifiers%20with,you%20ads%20on%20other%20sites.",
  );
});

test("a table row is matched by its first cell, the page's own text", () => {
  assert.equal(
    textFragmentUrl("https://a.example/p", "Precise geolocation | Collected: No | —"),
    "https://a.example/p#:~:text=Precise%20geolocation",
  );
  assert.equal(textFragmentUrl("https://a.example/p", " | "), "https://a.example/p");
});
