"""Open data in and out: Open Civic Data, Popolo, CSV, ICS, Legistar, roster CSV, archives."""
