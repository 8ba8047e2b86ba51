"""Analyse a corpus held in a :mod:`dask.bag`, locally or on a cluster.

Needs the optional ``dask`` extra (``pip install 'afghan_timeline[dask]'``). Each article is
analysed where its partition lives; only the per-article analyses travel back to build the
timeline, which merges events across all articles::

    import dask.bag as db
    from dask.distributed import Client
    from afghan_timeline.dask_support import timeline_from_bag

    client = Client("scheduler-host:8786")  # or Client() for a local cluster
    bag = db.from_sequence(articles, npartitions=64)
    timeline = timeline_from_bag(bag)  # uses the client's scheduler
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .pipeline import analyse_article

if TYPE_CHECKING:
    import dask.bag

    from .timeline import Timeline

__all__ = ["analyse_bag", "timeline_from_bag"]

MISSING_DASK = "dask support needs the optional 'dask' extra: pip install 'afghan_timeline[dask]'"


def _dask_bag() -> Any:
    """The :mod:`dask.bag` module, or an ImportError that names the extra to install."""
    try:
        import dask.bag
    except ImportError as error:
        raise ImportError(MISSING_DASK) from error
    return dask.bag


def analyse_bag(bag: dask.bag.Bag) -> dask.bag.Bag:
    """A lazy bag of :class:`~afghan_timeline.pipeline.ArticleAnalysis`, one per article.

    >>> import dask.bag as db, datetime
    >>> from afghan_timeline.model import Article
    >>> art = Article("Talks resume tomorrow.", published=datetime.date(2021, 4, 14), id="a")
    >>> [a.article.id for a in analyse_bag(db.from_sequence([art])).compute(scheduler="sync")]
    ['a']
    """
    module = _dask_bag()
    if not isinstance(bag, module.Bag):
        raise TypeError(f"expected a dask.bag.Bag of Article, got {type(bag).__name__}")
    return bag.map(analyse_article)


def timeline_from_bag(
    bag: dask.bag.Bag, *, merge: bool = True, scheduler: str | None = None
) -> Timeline:
    """Analyse every article of ``bag`` with dask and build one merged timeline.

    ``scheduler`` is passed to ``compute`` ("synchronous", "threads", "processes"); None uses
    the active one (a ``dask.distributed.Client`` when one is connected). The result equals
    :func:`~afghan_timeline.timeline.build_timeline` on the same articles in bag order.

    >>> import dask.bag as db, datetime
    >>> from afghan_timeline.model import Article
    >>> art = Article("No dates here.", published=datetime.date(2021, 4, 14), id="a")
    >>> timeline_from_bag(db.from_sequence([art]), scheduler="synchronous").articles[0].id
    'a'
    """
    from .timeline import assemble

    analyses = analyse_bag(bag).compute(scheduler=scheduler)
    return assemble(analyses, merge=merge)
