"""The single mapping from extracted, linked records to RDF triples."""
