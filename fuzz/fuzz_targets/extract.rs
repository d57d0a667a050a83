//! html → text on arbitrary bytes under every charset and content-type hint: no panic, and
//! the blocks describe the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (hints, body) = common::hints_and_body(data);
    let t = fineprint::text::extract(body, &hints);
    common::check_text(&t);
    // Any decoded string, straight to the HTML and the plain-text paths.
    let s = String::from_utf8_lossy(body);
    common::check_text(&fineprint::text::html_to_text(&s));
    common::check_text(&fineprint::text::plain_to_text(&s));
});
