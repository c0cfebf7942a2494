"""Public transparency reports built from the store's aggregate figures."""
