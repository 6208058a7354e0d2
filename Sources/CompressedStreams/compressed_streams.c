#define _GNU_SOURCE
#include "compressed_streams.h"
#include <errno.h>
#include <lzma.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <zstd.h>

enum { CHUNK = 1 << 16 };

typedef struct {
    FILE *file;
    kt_compression compression;
    int finished;          /* reader: the compressed input ended */
    int inside_frame;      /* reader: a gzip member or zstd frame has begun and not ended */
    unsigned char buffer[CHUNK];
    z_stream z;
    ZSTD_DCtx *zstd_in;
    ZSTD_CCtx *zstd_out;
    ZSTD_inBuffer zin;
    lzma_stream xz;
} stream_state;

/* ---- reading ---- */

static size_t refill(stream_state *s) {
    return fread(s->buffer, 1, CHUNK, s->file);
}

static ssize_t read_gzip(stream_state *s, char *out, size_t size) {
    s->z.next_out = (Bytef *)out;
    s->z.avail_out = (uInt)size;
    while (s->z.avail_out == size && !s->finished) {
        if (s->z.avail_in == 0) {
            s->z.avail_in = (uInt)refill(s);
            s->z.next_in = s->buffer;
            if (s->z.avail_in == 0) {
                if (ferror(s->file)) { errno = EIO; return -1; }
                /* A member cut short is an error, not a quiet end of input. */
                if (s->inside_frame) { errno = EILSEQ; return -1; }
                s->finished = 1;
                break;
            }
        }
        s->inside_frame = 1;
        int rc = inflate(&s->z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            s->inside_frame = 0;
            /* Concatenated gzip members (as `cat a.gz b.gz` makes) continue the stream. */
            if (inflateReset(&s->z) != Z_OK) { errno = EILSEQ; return -1; }
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            errno = EILSEQ;
            return -1;
        }
    }
    return (ssize_t)(size - s->z.avail_out);
}

static ssize_t read_zstd(stream_state *s, char *out, size_t size) {
    ZSTD_outBuffer o = { out, size, 0 };
    while (o.pos == 0 && !s->finished) {
        if (s->zin.pos == s->zin.size) {
            s->zin.size = refill(s);
            s->zin.pos = 0;
            if (s->zin.size == 0) {
                if (ferror(s->file)) { errno = EIO; return -1; }
                if (s->inside_frame) { errno = EILSEQ; return -1; }
                s->finished = 1;
                break;
            }
        }
        size_t rc = ZSTD_decompressStream(s->zstd_in, &o, &s->zin);
        if (ZSTD_isError(rc)) { errno = EILSEQ; return -1; }
        s->inside_frame = rc != 0;
    }
    return (ssize_t)o.pos;
}

static ssize_t read_xz(stream_state *s, char *out, size_t size) {
    s->xz.next_out = (uint8_t *)out;
    s->xz.avail_out = size;
    while (s->xz.avail_out == size) {
        lzma_action action = LZMA_RUN;
        if (s->xz.avail_in == 0 && !s->finished) {
            s->xz.avail_in = refill(s);
            s->xz.next_in = s->buffer;
            if (s->xz.avail_in == 0) {
                if (ferror(s->file)) { errno = EIO; return -1; }
                s->finished = 1;
            }
        }
        if (s->finished) action = LZMA_FINISH;
        lzma_ret rc = lzma_code(&s->xz, action);
        if (rc == LZMA_STREAM_END) break;
        if (rc != LZMA_OK) { errno = EILSEQ; return -1; }
    }
    return (ssize_t)(size - s->xz.avail_out);
}

static ssize_t cookie_read(void *cookie, char *out, size_t size) {
    stream_state *s = cookie;
    switch (s->compression) {
    case KT_COMPRESSION_GZIP: return read_gzip(s, out, size);
    case KT_COMPRESSION_ZSTD: return read_zstd(s, out, size);
    case KT_COMPRESSION_XZ: return read_xz(s, out, size);
    }
    errno = EINVAL;
    return -1;
}

static int close_reader(void *cookie) {
    stream_state *s = cookie;
    if (s->compression == KT_COMPRESSION_GZIP) inflateEnd(&s->z);
    if (s->compression == KT_COMPRESSION_ZSTD) ZSTD_freeDCtx(s->zstd_in);
    if (s->compression == KT_COMPRESSION_XZ) lzma_end(&s->xz);
    free(s);
    return 0;
}

FILE *kt_decompressing_reader(FILE *source, kt_compression compression) {
    stream_state *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->file = source;
    s->compression = compression;
    int ok = 0;
    switch (compression) {
    case KT_COMPRESSION_GZIP: ok = inflateInit2(&s->z, 15 + 32) == Z_OK; break;
    case KT_COMPRESSION_ZSTD:
        s->zstd_in = ZSTD_createDCtx();
        s->zin.src = s->buffer;
        ok = s->zstd_in != NULL;
        break;
    case KT_COMPRESSION_XZ: {
        lzma_stream init = LZMA_STREAM_INIT;
        s->xz = init;
        ok = lzma_stream_decoder(&s->xz, UINT64_MAX, LZMA_CONCATENATED) == LZMA_OK;
        break;
    }
    }
    if (!ok) { free(s); errno = ENOMEM; return NULL; }
    cookie_io_functions_t io = { .read = cookie_read, .write = NULL, .seek = NULL, .close = close_reader };
    FILE *f = fopencookie(s, "r", io);
    if (!f) close_reader(s);
    return f;
}

/* ---- writing ---- */

static int put(stream_state *s, size_t n) {
    return n == 0 || fwrite(s->buffer, 1, n, s->file) == n;
}

/* Compresses `size` bytes (flush: end the stream); 0 on success, -1 with errno set. */
static int compress_bytes(stream_state *s, const char *in, size_t size, int finish) {
    switch (s->compression) {
    case KT_COMPRESSION_GZIP: {
        s->z.next_in = (Bytef *)in;
        s->z.avail_in = (uInt)size;
        for (;;) {
            s->z.next_out = s->buffer;
            s->z.avail_out = CHUNK;
            int rc = deflate(&s->z, finish ? Z_FINISH : Z_NO_FLUSH);
            if (rc == Z_STREAM_ERROR) { errno = EIO; return -1; }
            if (!put(s, CHUNK - s->z.avail_out)) return -1;
            if (finish ? rc == Z_STREAM_END : s->z.avail_in == 0) return 0;
        }
    }
    case KT_COMPRESSION_ZSTD: {
        ZSTD_inBuffer i = { in, size, 0 };
        for (;;) {
            ZSTD_outBuffer o = { s->buffer, CHUNK, 0 };
            size_t rc = ZSTD_compressStream2(s->zstd_out, &o, &i, finish ? ZSTD_e_end : ZSTD_e_continue);
            if (ZSTD_isError(rc)) { errno = EIO; return -1; }
            if (!put(s, o.pos)) return -1;
            if (finish ? rc == 0 : i.pos == i.size) return 0;
        }
    }
    case KT_COMPRESSION_XZ: {
        s->xz.next_in = (const uint8_t *)in;
        s->xz.avail_in = size;
        for (;;) {
            s->xz.next_out = s->buffer;
            s->xz.avail_out = CHUNK;
            lzma_ret rc = lzma_code(&s->xz, finish ? LZMA_FINISH : LZMA_RUN);
            if (rc != LZMA_OK && rc != LZMA_STREAM_END) { errno = EIO; return -1; }
            if (!put(s, CHUNK - s->xz.avail_out)) return -1;
            if (finish ? rc == LZMA_STREAM_END : s->xz.avail_in == 0) return 0;
        }
    }
    }
    errno = EINVAL;
    return -1;
}

static ssize_t cookie_write(void *cookie, const char *in, size_t size) {
    /* glibc treats a short count as an error, so all or nothing. */
    return compress_bytes(cookie, in, size, 0) == 0 ? (ssize_t)size : -1;
}

static int close_writer(void *cookie) {
    stream_state *s = cookie;
    int rc = compress_bytes(s, NULL, 0, 1);
    if (fflush(s->file) != 0 || ferror(s->file)) rc = -1;
    if (s->compression == KT_COMPRESSION_GZIP) deflateEnd(&s->z);
    if (s->compression == KT_COMPRESSION_ZSTD) ZSTD_freeCCtx(s->zstd_out);
    if (s->compression == KT_COMPRESSION_XZ) lzma_end(&s->xz);
    free(s);
    return rc;
}

FILE *kt_compressing_writer(FILE *target, kt_compression compression) {
    stream_state *s = calloc(1, sizeof *s);
    if (!s) return NULL;
    s->file = target;
    s->compression = compression;
    int ok = 0;
    switch (compression) {
    case KT_COMPRESSION_GZIP:
        ok = deflateInit2(&s->z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
        break;
    case KT_COMPRESSION_ZSTD:
        s->zstd_out = ZSTD_createCCtx();
        ok = s->zstd_out != NULL;
        break;
    case KT_COMPRESSION_XZ: {
        lzma_stream init = LZMA_STREAM_INIT;
        s->xz = init;
        ok = lzma_easy_encoder(&s->xz, 6, LZMA_CHECK_CRC64) == LZMA_OK;
        break;
    }
    }
    if (!ok) { free(s); errno = ENOMEM; return NULL; }
    cookie_io_functions_t io = { .read = NULL, .write = cookie_write, .seek = NULL, .close = close_writer };
    FILE *f = fopencookie(s, "w", io);
    if (!f) close_writer(s);
    return f;
}
