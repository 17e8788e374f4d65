"""Command line for admins and scripts: the same services as the app, no Qt unless a window opens."""

from .main import run_cli

__all__ = ["run_cli"]
