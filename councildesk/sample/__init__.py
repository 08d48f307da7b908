"""Sample data: the Northampton demo council and the deterministic synthetic city for tests and benchmarks."""
