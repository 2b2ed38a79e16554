"""Big corpora: the extraction pipeline mapped over Dask partitions, with one writer."""

from .runner import BatchReport, Extracted, Failed, extract_one, extract_partition, run_batch

__all__ = ["BatchReport", "Extracted", "Failed", "extract_one", "extract_partition", "run_batch"]
