"""The HTTP service: a thin FastAPI shell over the scanner and the case desk."""

from clearbright.api.app import create_app

__all__ = ["create_app"]
