"""The error hierarchy. Every message is Norwegian bokmål and tells the user what to do.

The server maps these to HTTP in one place (`server.py`); the CLI maps them to exit codes.
"""


class SamspillError(Exception):
    """Base class: a request that could not be served. ``code`` is a stable English id."""

    code = "internal_error"
    http_status = 500

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class BadRequest(SamspillError):
    code = "bad_request"
    http_status = 400


class DocumentError(SamspillError):
    """A file could not be read or held no text."""

    code = "unreadable_document"
    http_status = 422


class IndexError_(SamspillError):
    """The index on disk is missing, inconsistent or built with another model."""

    code = "index_error"
    http_status = 503


class TemplateError(SamspillError):
    code = "template_error"
    http_status = 500


class Unauthorized(SamspillError):
    code = "unauthorized"
    http_status = 401


class Forbidden(SamspillError):
    code = "forbidden"
    http_status = 403


class TooLarge(SamspillError):
    code = "too_large"
    http_status = 413


class RateLimited(SamspillError):
    code = "rate_limited"
    http_status = 429


class ServiceUnavailable(SamspillError):
    code = "unavailable"
    http_status = 503
