"""Scale-out: extraction on a Dask cluster, results merged into one store (``dask_build``)."""
