"""Record linkage: find the child in the register, the open cases and the enquiries."""
from .linker import Linker
from .types import Band, Candidate, Comparison, Person

__all__ = ["Linker", "Person", "Candidate", "Comparison", "Band"]
