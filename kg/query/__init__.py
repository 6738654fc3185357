"""Named SPARQL queries: load them from ``queries/``, bind parameters as values, run them."""
from kg.query.named import NamedQuery, Param, find_query, list_queries, load_query
from kg.query.run import run_query
from kg.store.bindings import bind_values

__all__ = ["NamedQuery", "Param", "bind_values", "find_query", "list_queries", "load_query", "run_query"]
