"""Pure-Python core: enumerations, vote arithmetic and validation rules (no Qt, no SQL)."""
