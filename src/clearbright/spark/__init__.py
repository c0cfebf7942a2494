"""Corpus-scale scanning on Apache Spark (the optional `spark` extra: pyspark, pyarrow).

`job.spark_scan` runs the same `Scanner` and detector catalog as `clearbright scan`;
`importer.import_findings` loads its output into the case store.
"""
