#!/usr/bin/env python3
"""Runs `kaztext extract` over a folder of JSONL files on Apache Spark.

Every partition of the input lines is piped through one `kaztext extract` process; its output
lines (one per input document, in order) are written as JSONL parts under OUTPUT. Plain and
Hadoop-compressed input (`.gz`, `.bz2`) are read as they are; `--compress` writes `.gz` parts.

    spark-submit scripts/spark/kaztext_spark.py INPUT_DIR OUTPUT_DIR \
        [--kaztext PATH] [--partitions N] [--compress] [-- extra kaztext extract options]

`--kaztext` is the binary's path as the executors see it: on a cluster, the binary and
`Lexicons/` shipped with `--archives kaztext.tar.gz#kaztext` are `./kaztext/kaztext`, and
kaztext finds `Lexicons/` next to itself (or through KAZTEXT_LEXICONS). See README.
"""
import argparse
import os
import sys
import time
import subprocess
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession

# sysexits: 0 = all documents read; 65 = some input documents could not be read (each still
# gave one error line on stdout). Anything else fails the task.
ACCEPTED_EXIT_CODES = (0, 65)


def extract_partition(command):
    """A mapPartitions function: the lines of one partition through one kaztext process."""

    def run(lines):
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        written = [0]
        errors = []

        def feed():
            try:
                for line in lines:
                    process.stdin.write(line.encode("utf-8") + b"\n")
                    written[0] += 1
            except BrokenPipeError:
                pass
            except Exception as error:  # raised again in the task below
                errors.append(error)
            finally:
                try:
                    process.stdin.close()
                except BrokenPipeError:
                    pass

        stderr = []
        feeder = threading.Thread(target=feed, daemon=True)
        drainer = threading.Thread(target=lambda: stderr.append(process.stderr.read()), daemon=True)
        feeder.start()
        drainer.start()
        produced = 0
        for raw in process.stdout:
            produced += 1
            yield raw.decode("utf-8").rstrip("\n")
        feeder.join()
        drainer.join()
        code = process.wait()
        if errors:
            raise errors[0]
        message = b"".join(stderr).decode("utf-8", "replace")[-2000:]
        if code not in ACCEPTED_EXIT_CODES:
            raise RuntimeError(f"kaztext exited with {code}: {message}")
        if produced != written[0]:
            raise RuntimeError(f"kaztext gave {produced} documents for {written[0]} input lines: {message}")

    return run


def save_through_jvm_pipe(spark, lines, command, output, codec):
    """Spark's own `pipe` on the JVM side: the lines never pass through Python workers.

    kaztext's exit code 65 (some documents could not be read, each still one error line) is
    taken as success; any other non-zero code fails the task. Blank lines give no output, as
    in one kaztext process."""
    jvm = spark.sparkContext._jvm
    wrapped = jvm.java.util.ArrayList()
    script = 'kaztext="$1"; shift; "$kaztext" "$@"; code=$?; [ $code -eq 65 ] && exit 0; exit $code'
    for part in ["/bin/sh", "-c", script, "kaztext-spark", *command]:
        wrapped.add(part)
    # textFile's Java RDD holds the lines as Java strings (a Python-side transformation would
    # turn them into pickled bytes).
    piped = lines.pipe(wrapped)
    if codec:
        piped.saveAsTextFile(output, jvm.java.lang.Class.forName(codec))
    else:
        piped.saveAsTextFile(output)


def executor_path(spark, path):
    """The binary's path as executors see it. On a cluster, archives are unpacked in each
    executor's working folder, so `./kaztext/kaztext` is right as given; in local mode they are
    unpacked under SparkFiles' root instead, which the driver shares with its executors."""
    if os.path.isabs(path) or os.path.exists(path) or not spark.sparkContext.master.startswith("local"):
        return path
    shipped = os.path.join(SparkFiles.getRootDirectory(), os.path.normpath(path))
    return shipped if os.path.exists(shipped) else path


def blank(line):
    return line.strip(" \t\r") == ""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="folder (or file, or glob) of JSONL, plain or .gz/.bz2")
    parser.add_argument("output", help="folder for the JSONL parts (must not exist)")
    parser.add_argument("--kaztext", default="./kaztext/kaztext", help="kaztext binary as executors see it")
    parser.add_argument("--partitions", type=int, default=0, help="repartition the input to N parts (0: as read)")
    parser.add_argument("--compress", action="store_true", help="write .gz parts")
    parser.add_argument("--via", choices=["jvm", "python"], default="jvm",
                        help="jvm: Spark's pipe, lines stay in the JVM (faster); python: mapPartitions with "
                             "a subprocess that also checks one output line per input line")
    parser.add_argument("--master", default=None, help="Spark master when not run by spark-submit, e.g. local[2]")
    parser.add_argument("extra", nargs="*", help="more `kaztext extract` options, after --")
    args = parser.parse_args()

    builder = SparkSession.builder.appName("kaztext-extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    # The Java RDD of the lines for the jvm way, the Python RDD for the python way; both have
    # the same partitions methods.
    jvm_lines = args.via == "jvm"
    lines = spark.sparkContext._jsc.textFile(args.input) if jvm_lines else spark.sparkContext.textFile(args.input)
    if args.partitions > 0:
        # coalesce keeps the order of the input within each part; repartition shuffles lines.
        parts = lines.getNumPartitions()
        lines = lines.coalesce(args.partitions) if args.partitions < parts else lines.repartition(args.partitions)
    # Blank lines are skipped by kaztext as well; dropping them here keeps the count check exact.
    command = [executor_path(spark, args.kaztext), "extract", "--input-format", "jsonl", *args.extra, "-"]
    codec = "org.apache.hadoop.io.compress.GzipCodec" if args.compress else None
    started = time.monotonic()
    if args.via == "python":
        documents = lines.filter(lambda line: not blank(line)).mapPartitions(extract_partition(command))
        documents.saveAsTextFile(args.output, compressionCodecClass=codec)
    else:
        save_through_jvm_pipe(spark, lines, command, args.output, codec)
    print(f"kaztext_spark: job {time.monotonic() - started:.2f} s", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
