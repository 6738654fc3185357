"""geokg: a knowledge-graph builder for geopolitical news.

The flow is ingest -> nlp -> link -> rdf -> store -> query/export; each stage is a
subpackage and the plain data types passed between them live in :mod:`kg.model`.
"""
__version__ = "0.1.0"
