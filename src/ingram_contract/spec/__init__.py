"""The spec stage: load, cut to the Orders scope (vendor), apply corrections (overlay), diff."""
