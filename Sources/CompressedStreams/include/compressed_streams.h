#ifndef KAZTEXT_COMPRESSED_STREAMS_H
#define KAZTEXT_COMPRESSED_STREAMS_H
#include <stdio.h>

/* gzip (zlib), zstd (libzstd) and xz (liblzma) streams as stdio FILE handles (glibc's
   fopencookie), so line readers and writers work on compressed files unchanged. The
   libraries do all the (de)compression; this file only moves bytes between them and stdio. */

typedef enum {
    KT_COMPRESSION_GZIP = 1,
    KT_COMPRESSION_ZSTD = 2,
    KT_COMPRESSION_XZ = 3
} kt_compression;

/* A FILE that reads the decompressed contents of `source`. Closing it does not close
   `source`. A corrupt stream makes reads fail with errno EILSEQ (ferror is set). */
FILE *kt_decompressing_reader(FILE *source, kt_compression compression);

/* A FILE whose bytes are compressed into `target`. Closing it ends the compressed stream
   and flushes `target` (but does not close it); fclose returns EOF when that fails. */
FILE *kt_compressing_writer(FILE *target, kt_compression compression);

#endif
