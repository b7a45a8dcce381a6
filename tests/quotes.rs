//! Integration tests of the quotes stage (filled in by the quotes issue).
