"""``kg serve``: the store as a SPARQL 1.1 Protocol endpoint on localhost.

pyoxigraph behind a small threaded HTTP handler (docs/design/ARCHITECTURE.md names this option):
``/query`` answers SELECT, ASK, CONSTRUCT and DESCRIBE by GET or POST with content
negotiation; ``/update`` takes SPARQL Update only when the server was started with
``allow_update``. Queries run in worker processes so that one over its time limit can be
stopped (a pyoxigraph query cannot be interrupted from Python) while the server keeps
serving.
"""
from kg.serve.server import ServeOptions, make_server, serve

__all__ = ["ServeOptions", "make_server", "serve"]
