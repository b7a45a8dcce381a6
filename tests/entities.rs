//! Integration tests of the entities stage (filled in by the entities issue).
