//! Integration tests of the claims stage (filled in by the claims issue).
