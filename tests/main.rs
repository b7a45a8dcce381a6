//! The integration tests: one binary, one module per area.

mod batch;
mod claims;
mod cli;
mod corpus;
mod diff;
mod entities;
mod golden_rules;
mod peer_suites;
mod quotes;
mod review;
mod segment;
mod util;
