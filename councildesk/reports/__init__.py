"""PDF output (reportlab) made from frozen DTOs only: no database, no Qt."""
