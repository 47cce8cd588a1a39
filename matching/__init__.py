"""Record linkage: find the child in the register, the open cases and the enquiries."""
