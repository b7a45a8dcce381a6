//! The number recognizer alone: never a panic, every number inside the text on char
//! boundaries, as written, in text order, and never NaN.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/properties/wellformed.rs"]
#[allow(dead_code)]
mod wellformed;

fuzz_target!(|data: &[u8]| {
    let text = wellformed::utf8_prefix(data);
    let numbers = claimex::numbers::recognize(text);
    if let Err(e) = wellformed::check_numbers(text, &numbers) {
        panic!("broken numbers: {e}");
    }
});
