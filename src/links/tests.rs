//! Ranking rules, one test per rule, on real-world link texts.
