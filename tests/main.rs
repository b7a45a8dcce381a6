//! The integration tests: one binary, one module per area.

mod batch;
mod claims;
mod cli;
mod corpus;
mod diff;
mod entities;
mod golden_rules;
mod pathological;
mod peer_suites;
mod properties;
mod quotes;
mod review;
mod segment;
mod util;
