"""Build on a Dask cluster: extraction on the workers, one store written by the driver.

When one machine's cores are not enough, the NLP (the costly part: spaCy, our
components, linking and mapping) runs on the workers of an existing Dask cluster, in
batches of articles, while this process (the driver) reads the inputs lazily, skips the
articles already in the store, and writes the returned graphs into the store in batched
transactions (``kg.store.batches``), exactly as a single-process build does. Results are
written in input order, so the store ends up with the graph a single-process build of the
same input gives (a test checks they are isomorphic), and the cross-article event merge
runs once at the end, over the whole store.

At most ``max_in_flight`` batches are out at once, so the driver's memory does not grow
with the input. The ``kg`` package (and its spaCy models) must be installed on every
worker; each worker loads the models once.

    from kg.scale.dask_build import build_with_dask
    report = build_with_dask(["articles.jsonl"], store="kg-store", scheduler="tcp://10.0.0.5:8786")
    report = build_with_dask(["articles.jsonl"], store="kg-store", scheduler="local:2")  # a LocalCluster

Dask is an optional dependency: ``pip install 'geokg[dask]'``.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from contextlib import contextmanager

from kg.build import BuildReport, build_into
from kg.errors import KgError
from kg.scale.executors import DaskCluster
from kg.store import open_store
from kg.store.base import Store


def _import_distributed():
    try:
        import distributed
    except ImportError as exc:
        raise KgError("Dask is not installed: pip install 'geokg[dask]' (dask[distributed])") from exc
    return distributed


@contextmanager
def dask_client(scheduler):
    """A ``distributed.Client`` for ``scheduler``: a Client (used as is), a scheduler address
    (``tcp://host:8786``), or ``local`` / ``local:N`` for a LocalCluster of N worker processes."""
    distributed = _import_distributed()
    if isinstance(scheduler, distributed.Client):
        yield scheduler
        return
    if isinstance(scheduler, str) and (scheduler == "local" or scheduler.startswith("local:")):
        n = int(scheduler.partition(":")[2] or os.cpu_count() or 1)
        with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout=30)
    except (OSError, TimeoutError) as exc:
        raise KgError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
    with client:
        yield client


def build_into_with_dask(store: Store, inputs: Iterable[str | os.PathLike[str]], client, *,
                         task_articles: int = 32, max_in_flight: int | None = None, **options) -> BuildReport:
    """Build ``inputs`` into an open store, extracting on the Dask ``client``'s workers;
    ``options`` are those of ``kg.build.build_into``."""
    executor = DaskCluster(client, task_articles=task_articles, max_in_flight=max_in_flight)
    return build_into(store, inputs, executor=executor, **options)


def build_with_dask(
    inputs: Iterable[str | os.PathLike[str]],
    store: str = "kg-store",
    scheduler="local",
    **options,
) -> BuildReport:
    """Build ``inputs`` into the store at ``store``, extracting on the Dask cluster at
    ``scheduler`` (an address, ``local:N``, or a ``distributed.Client``)."""
    st = open_store(store)
    try:
        with dask_client(scheduler) as client:
            return build_into_with_dask(st, inputs, client, **options)
    finally:
        st.close()
