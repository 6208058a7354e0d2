#ifndef KAZAKHTEXT_ICUBRIDGE_H
#define KAZAKHTEXT_ICUBRIDGE_H
// A thin, batch-oriented C API over ICU. Swift sees only opaque handles and plain C types:
// ICU's own headers are included in the .c files alone (see the architecture notes).
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Word and sentence break iterators for one thread; not thread-safe, cheap to reuse.
typedef struct KTSegmenter KTSegmenter;

/// Opens word and sentence break iterators for `locale` (e.g. "kk"). Returns NULL on error,
/// with the ICU error name copied into `error` (capacity `errorCapacity`).
KTSegmenter *kt_segmenter_open(const char *locale, char *error, int32_t errorCapacity);
void kt_segmenter_close(KTSegmenter *segmenter);

/// Segments `length` bytes of valid UTF-8 in one call. Afterwards `kt_word_*` give every
/// word-break boundary as a UTF-8 byte offset (the first is 0, the last `length`) and the rule
/// status of the segment that ends at each boundary, and `kt_sentence_*` the sentence-break
/// boundaries. `KT_SEGMENT_FULL` runs ICU's iterators over the whole text in UTF-16;
/// `KT_SEGMENT_COMPACT` gives the same boundaries and statuses with both iterators run over a
/// copy in which each run of letters or digits of one class is cut to its first character and
/// the middle words of a stretch of words and plain spaces are left out (their boundaries are
/// reported in their place).
/// Returns 0, or -1 on an ICU error.
#define KT_SEGMENT_FULL 1
#define KT_SEGMENT_COMPACT 2
int32_t kt_segment_utf8(KTSegmenter *segmenter, const char *utf8, int32_t length, int32_t mode);
int32_t kt_word_boundary_count(const KTSegmenter *segmenter);
const int32_t *kt_word_boundaries(const KTSegmenter *segmenter);
const int32_t *kt_word_statuses(const KTSegmenter *segmenter);
int32_t kt_sentence_boundary_count(const KTSegmenter *segmenter);
const int32_t *kt_sentence_boundaries(const KTSegmenter *segmenter);

/// 1 when the UTF-8 text is in NFC, 0 when not, -1 on error.
int32_t kt_is_nfc_utf8(const char *utf8, int32_t length);
/// Writes the NFC form of the UTF-8 text into `out` (capacity `capacity` bytes) and returns its
/// length in bytes; a result larger than `capacity` returns the needed size; -1 on error.
int32_t kt_nfc_utf8(const char *utf8, int32_t length, char *out, int32_t capacity);

/// A rule-based ICU transliterator (utrans) built from rule text; one thread at a time
/// (clone it for another thread).
typedef struct KTTransliterator KTTransliterator;

/// Compiles ICU transliteration rules (`rules`, UTF-8, `length` bytes; forward direction) under
/// the id `name`. Returns NULL on error, with the ICU error name and the rule offset of the
/// problem copied into `error` (capacity `errorCapacity`).
KTTransliterator *kt_translit_open(const char *name, const char *rules, int32_t length,
                                   char *error, int32_t errorCapacity);
/// A copy of `transliterator` for another thread (NULL on error).
KTTransliterator *kt_translit_clone(const KTTransliterator *transliterator);
void kt_translit_close(KTTransliterator *transliterator);
/// Transliterates `length` bytes of valid UTF-8 and writes the UTF-8 result into `out`
/// (capacity `capacity`). Returns the result's length in bytes; a result larger than
/// `capacity` returns the needed size and writes nothing useful; -1 on an ICU error.
int32_t kt_translit_utf8(KTTransliterator *transliterator, const char *utf8, int32_t length,
                         char *out, int32_t capacity);

/// The ICU version string ("72.1").
const char *kt_icu_version(void);

#ifdef __cplusplus
}
#endif
#endif
