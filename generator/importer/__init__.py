"""Convert Alibaba's api-docs metadata (one RPC product version) into spec YAML files.

The pipeline is one direction, one module per step: ``apidocs`` reads the file,
``shapes`` converts parameter and response schemas into type nodes, ``values`` coerces
documented examples and defaults, ``demos`` imports response examples, ``errors`` reads
error tables, ``operations`` and ``service`` assemble the documents, ``names`` keeps class
and Python names unique, ``yamlout`` writes them, and ``cli`` runs it all. Whatever the
spec cannot say is reported as a :class:`~generator.importer.notes.Note`, never dropped
silently.
"""
