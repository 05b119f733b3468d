"""Engines that run the per-document stages somewhere other than the local process pool.

``parquet`` is the exchange format: the per-document results of a batch as Arrow
tables (articles with their page bytes, mentions, times, quotes, doc events,
failures) and ``merge_parquet`` to fold them into a store. ``ray_engine`` runs
``process_page`` on a Ray cluster and writes those tables; Ray is optional
(``pip install storyline[ray]``) and imported only there.
"""
