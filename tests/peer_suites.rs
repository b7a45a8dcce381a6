//! The Recognizers-Text number, percentage and currency suites from `../shared/data/`, scored on the number recognizer (filled in by the claims issue).
