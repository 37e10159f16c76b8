"""The one error type of the spec stage: its message is a single line meant for a person."""


class SpecError(Exception):
    """A spec could not be read, is not OpenAPI 3.0, or does not fit what the pipeline needs."""
