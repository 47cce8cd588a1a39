"""Letters to the sender (contract section 8): acknowledgement and request for information.

Rendered with docxtpl from .docx templates that admin staff can edit in Word.
"""
from letters.render import KINDS, LetterContext, render_letter

__all__ = ["KINDS", "LetterContext", "render_letter"]
