"""Validated records (contract section 5) and the decision (contract section 4)."""
from records.models import FormType, Record

__all__ = ["FormType", "Record"]
