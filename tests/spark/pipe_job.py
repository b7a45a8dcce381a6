"""The Spark job: claimex as an external program over an RDD of JSON Lines, with rdd.pipe().

Usage: pipe_job.py INPUT.jsonl OUTPUT.jsonl CLAIMEX_BINARY [PARTITIONS]

Runs Spark in local mode. Each partition's lines go to one `claimex extract --input-format jsonl
--format jsonl -` process, which answers with one line per line in, in order (an error record for
a bad line); collect() keeps partition order, so the output is in input order.
"""

import shlex
import sys

from pyspark.sql import SparkSession


def main():
    source, target, binary = sys.argv[1:4]
    partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 8
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("claimex-pipe")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    lines = spark.sparkContext.textFile(source, minPartitions=partitions)
    # claimex exits 1 when some line gave an error record (the records are all there), and 2 or
    # more on a usage error or a crash; only the latter must fail the task.
    command = f"{shlex.quote(binary)} extract -q -j 1 --input-format jsonl --format jsonl -"
    wrapped = ["sh", "-c", f"{command} || [ $? -eq 1 ]"]
    records = lines.pipe(shlex.join(wrapped), checkCode=True)
    out = records.collect()
    with open(target, "w", encoding="utf-8") as f:
        for line in out:
            f.write(line + "\n")
    print(
        f"pipe_job: {lines.getNumPartitions()} partitions, {len(out)} records",
        file=sys.stderr,
    )
    spark.stop()


if __name__ == "__main__":
    main()
