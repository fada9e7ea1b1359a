"""Extractors, one module per document kind.

They are discovered through the ``panelparse.extractors`` entry-point group (see
:mod:`panelparse.extractors.registry`); nothing is imported here on purpose.
"""
