//! The number recognizer alone: never a panic, every number inside the text on char
//! boundaries, as written, in text order, and never NaN.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/properties/wellformed.rs"]
#[allow(dead_code)]
mod wellformed;

fuzz_target!(|data: &[u8]| {
    let text = match std::str::from_utf8(data) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&data[..e.valid_up_to()]).unwrap(),
    };
    let numbers = claimex::numbers::recognize(text);
    if let Err(e) = wellformed::check_numbers(text, &numbers) {
        panic!("broken numbers: {e}");
    }
});
