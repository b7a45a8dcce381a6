//! The integration tests: one binary, one module per area.

mod batch;
mod claims;
mod cli;
mod corpus;
mod entities;
mod golden_rules;
mod peer_suites;
mod quotes;
mod segment;
mod util;
