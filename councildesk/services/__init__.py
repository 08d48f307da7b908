"""Use cases: one public call is one user action and one transaction; results are frozen DTOs."""
