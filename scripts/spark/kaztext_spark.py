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
import sys
import time
import subprocess
import threading

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


def blank(line):
    return line.strip(" \t\r") == ""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="folder (or file, or glob) of JSONL, plain or .gz/.bz2")
    parser.add_argument("output", help="folder for the JSONL parts (must not exist)")
    parser.add_argument("--kaztext", default="./kaztext/kaztext", help="kaztext binary as executors see it")
    parser.add_argument("--partitions", type=int, default=0, help="repartition the input to N parts (0: as read)")
    parser.add_argument("--compress", action="store_true", help="write .gz parts")
    parser.add_argument("--master", default=None, help="Spark master when not run by spark-submit, e.g. local[2]")
    parser.add_argument("extra", nargs="*", help="more `kaztext extract` options, after --")
    args = parser.parse_args()

    builder = SparkSession.builder.appName("kaztext-extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    lines = spark.sparkContext.textFile(args.input)
    if args.partitions > 0:
        # Keeps the order of the input within each part (no shuffle of lines across a part).
        lines = lines.coalesce(args.partitions) if args.partitions < lines.getNumPartitions() \
            else lines.repartition(args.partitions)
    # Blank lines are skipped by kaztext as well; dropping them here keeps the count check exact.
    command = [args.kaztext, "extract", "--input-format", "jsonl", *args.extra, "-"]
    documents = lines.filter(lambda line: not blank(line)).mapPartitions(extract_partition(command))
    codec = "org.apache.hadoop.io.compress.GzipCodec" if args.compress else None
    started = time.monotonic()
    documents.saveAsTextFile(args.output, compressionCodecClass=codec)
    print(f"kaztext_spark: job {time.monotonic() - started:.2f} s", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
