"""Readers for the forms schools send: file in, `ParsedForm` or `Unreadable` out."""
