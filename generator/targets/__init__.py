"""Targets: one module per family of generated files.

A target is a function ``(services, renderer) -> list[OutputFile]``; it reads the IR only,
and asks the service's protocol plug-in (``generator.plugins``) for whatever depends on
how operations travel. ``generator.pipeline`` lists the targets it runs.
"""
