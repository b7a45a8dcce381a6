//! The whole pipeline, text in, record out: never a panic, and the record keeps the offset
//! contract (the rules of `tests/properties/wellformed.rs`) and serializes.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/properties/wellformed.rs"]
#[allow(dead_code)]
mod wellformed;

fuzz_target!(|data: &[u8]| {
    let text = wellformed::utf8_prefix(data);
    let record = claimex::extract("-", text);
    if let Err(e) = wellformed::check_record(text, &record) {
        panic!("broken record: {e}");
    }
    serde_json::to_vec(&record).expect("records always serialize");
});
