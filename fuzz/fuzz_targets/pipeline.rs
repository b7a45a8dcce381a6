//! The whole pipeline, text in, record out: never a panic, and the record keeps the offset
//! contract (the rules of `tests/properties/wellformed.rs`) and serializes.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/properties/wellformed.rs"]
#[allow(dead_code)]
mod wellformed;

fuzz_target!(|data: &[u8]| {
    // Bytes that are not UTF-8 never reach the pipeline (batch input rejects them), so use the
    // valid prefix rather than throwing the input away.
    let text = match std::str::from_utf8(data) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&data[..e.valid_up_to()]).unwrap(),
    };
    let record = claimex::extract("-", text);
    if let Err(e) = wellformed::check_record(text, &record) {
        panic!("broken record: {e}");
    }
    serde_json::to_vec(&record).expect("records always serialize");
});
