#include "ICUBridge.h"
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/unorm2.h>
#include <unicode/uversion.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <unicode/utf16.h>

struct KTSegmenter {
    UBreakIterator *words;
    UBreakIterator *sentences;
    UChar *utf16;
    int32_t utf16Capacity;
    int32_t *wordBounds;
    int32_t *wordStatus;
    int32_t wordCount;
    int32_t wordCapacity;
    int32_t *sentenceBounds;
    int32_t sentenceCount;
    int32_t sentenceCapacity;
    /// The text both iterators read in `KT_SEGMENT_COMPACT` mode: each run of letters or
    /// digits of one Word_Break and Sentence_Break class cut to its first character, with
    /// the UTF-8 offset in the document where each of its UTF-16 units starts.
    UChar *compact;
    int32_t *compactStart;
    int32_t compactCapacity;
    int32_t compactStartCapacity;
    /// Word boundaries inside the words left out of the compact text (see `build_compact`):
    /// each is reported just before the iterator's boundary at compact index `skipIndex`.
    int32_t *skipIndex;
    int32_t *skipOffset;
    int32_t *skipStatus;
    int32_t skipCount;
    int32_t skipCapacity;
    /// For each code point below CLASS_TABLE (ASCII, Latin, Greek, Cyrillic): its
    /// Sentence_Break and Word_Break classes from ICU's own property data, packed by
    /// `break_class`.
    uint16_t breakClass[0x530];
    /// The class shared by every lower-case basic Cyrillic letter (U+0430–U+045F), or 0 when
    /// ICU's data gives them more than one: `build_compact` then skips them eight bytes at a step.
    uint16_t cyrillicLowerClass;
};

#define CLASS_TABLE 0x530
#define COLLAPSIBLE 0x8000
#define SPACE 0x4000
#define WORD_LETTER 0x2000

/// The Sentence_Break class in the low byte, the Word_Break class in the next five bits, and
/// flags: COLLAPSIBLE when a run of this character class may stand as its first character for
/// both iterators (Lower, Upper, OLetter or Numeric for sentences, and ALetter or Numeric for
/// words; only characters of the table, alphabetic scripts without dictionary breaks, collapse);
/// WORD_LETTER for a collapsible ALetter; SPACE for U+0020.
static uint16_t break_class(UChar32 c) {
    int32_t sb = u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK);
    int32_t wb = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
    int collapsible = c < CLASS_TABLE
        && (sb == U_SB_LOWER || sb == U_SB_UPPER || sb == U_SB_OLETTER || sb == U_SB_NUMERIC)
        && (wb == U_WB_ALETTER || wb == U_WB_NUMERIC);
    uint16_t flags = (collapsible ? COLLAPSIBLE : 0) | (collapsible && wb == U_WB_ALETTER ? WORD_LETTER : 0)
        | (c == 0x20 ? SPACE : 0);
    return (uint16_t)((sb & 0xFF) | ((wb & 0x1F) << 8) | flags);
}

static void copy_error(UErrorCode status, char *error, int32_t capacity) {
    if (error && capacity > 0) {
        strncpy(error, u_errorName(status), (size_t)capacity - 1);
        error[capacity - 1] = 0;
    }
}

KTSegmenter *kt_segmenter_open(const char *locale, char *error, int32_t errorCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    KTSegmenter *s = calloc(1, sizeof(KTSegmenter));
    if (!s) { copy_error(U_MEMORY_ALLOCATION_ERROR, error, errorCapacity); return NULL; }
    s->words = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    if (U_SUCCESS(status)) s->sentences = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    for (UChar32 c = 0; c < CLASS_TABLE; c++) s->breakClass[c] = break_class(c);
    s->cyrillicLowerClass = s->breakClass[0x430];
    for (UChar32 c = 0x430; c <= 0x45F; c++) {
        if (s->breakClass[c] != s->cyrillicLowerClass) s->cyrillicLowerClass = 0;
    }
    if (U_FAILURE(status)) {
        copy_error(status, error, errorCapacity);
        kt_segmenter_close(s);
        return NULL;
    }
    return s;
}

void kt_segmenter_close(KTSegmenter *s) {
    if (!s) return;
    if (s->words) ubrk_close(s->words);
    if (s->sentences) ubrk_close(s->sentences);
    free(s->utf16);
    free(s->wordBounds);
    free(s->wordStatus);
    free(s->sentenceBounds);
    free(s->compact);
    free(s->compactStart);
    free(s->skipIndex);
    free(s->skipOffset);
    free(s->skipStatus);
    free(s);
}

static int grow(void **buffer, int32_t *capacity, int32_t needed, size_t element) {
    if (needed <= *capacity) return 1;
    int32_t next = *capacity > 0 ? *capacity : 1024;
    while (next < needed) next = next > 0x3fffffff / 2 ? needed : next * 2;
    void *p = realloc(*buffer, (size_t)next * element);
    if (!p) return 0;
    *buffer = p;
    *capacity = next;
    return 1;
}

/// Collects the boundaries of `iterator` over the UTF-16 text, converted to UTF-8 byte offsets
/// by walking the UTF-16 text once alongside (boundaries are increasing).
static int32_t collect(UBreakIterator *iterator, const UChar *text, int32_t length16,
                       int32_t **bounds, int32_t **statuses, int32_t *count, int32_t *capacity,
                       int32_t *statusCapacity) {
    int32_t n = 0;
    int32_t pos16 = 0, pos8 = 0;
    for (int32_t b = ubrk_first(iterator); b != UBRK_DONE; b = ubrk_next(iterator)) {
        while (pos16 < b) {
            UChar c = text[pos16];
            if (c < 0x80) { pos8 += 1; pos16 += 1; }
            else if (c < 0x800) { pos8 += 2; pos16 += 1; }
            else if (U16_IS_LEAD(c) && pos16 + 1 < length16 && U16_IS_TRAIL(text[pos16 + 1])) { pos8 += 4; pos16 += 2; }
            else { pos8 += 3; pos16 += 1; }
        }
        if (n + 1 > *capacity && !grow((void **)bounds, capacity, n + 1, sizeof(int32_t))) return -1;
        if (statuses) {
            if (n + 1 > *statusCapacity && !grow((void **)statuses, statusCapacity, n + 1, sizeof(int32_t))) return -1;
            (*statuses)[n] = ubrk_getRuleStatus(iterator);
        }
        (*bounds)[n++] = pos8;
    }
    *count = n;
    return 0;
}

/// The high bit of each 16-bit lane of `x` that is not zero (exact: no carry crosses lanes).
static inline uint64_t nonzero_lanes16(uint64_t x) {
    const uint64_t low = 0x7FFF7FFF7FFF7FFFull;
    return (((x & low) + low) | x) & ~low;
}

/// Builds the shortened text both iterators read in compact mode, straight from the UTF-8.
///
/// UAX #29's word rules never break inside a run of ALetter or of Numeric characters (WB5,
/// WB8), and its sentence rules never break after a letter or digit; both look at no more than
/// one letter or digit on each side of a middle or terminating character (WB6, WB7, WB11,
/// WB12, SB6–SB8), otherwise only at classes that may repeat any number of times. So a run of
/// characters of one collapsible class (see `break_class`) can stand as its first character,
/// and every boundary falls on a character that is kept.
///
/// A stretch of words (letters only) and plain spaces is shortened further: its words after
/// the first and before the last are left out with the spaces after them. Word boundaries in
/// such a stretch are at each end of each word (WB3d, WB5, WB999), and a word's neighbours there
/// are spaces, which no rule looks through; there is no sentence boundary in it (no terminator).
/// The rules at the stretch's edges see its first and last words as before. The boundaries of
/// the words left out are recorded in `skip*` with their statuses (a space run ends with
/// UBRK_WORD_NONE, a word with UBRK_WORD_LETTER) and reported in their place.
///
/// The iterators read well under a third of the text. `compactStart` keeps the UTF-8 offset of
/// each kept UTF-16 unit (and the text length after the last), so a boundary maps back with one
/// lookup. A malformed UTF-8 sequence stands as U+FFFD, as `u_strFromUTF8WithSub` would have it.
/// Inside a run of lower-case Cyrillic, letters are skipped four at a step (`nonzero_lanes16`).
static int32_t build_compact(KTSegmenter *s, const uint8_t *utf8, int32_t length) {
    if (!grow((void **)&s->compact, &s->compactCapacity, length + 1, sizeof(UChar))) return -1;
    if (!grow((void **)&s->compactStart, &s->compactStartCapacity, length + 1, sizeof(int32_t))) return -1;
    UChar *restrict out = s->compact;
    int32_t *restrict starts8 = s->compactStart;
    const uint16_t *restrict table = s->breakClass;
    int32_t n = 0, i = 0;
    uint16_t previous = 0;
    // The current stretch of words and spaces: how many words it has begun, whether the last
    // word ended (only spaces since), and where that word starts in the compact text and in
    // the UTF-8, and where it ends.
    int32_t words = 0, wordStartN = 0, wordStart8 = 0, wordEnd8 = 0;
    int inWord = 0;
    s->skipCount = 0;
    while (i < length) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        if (previous && previous == s->cyrillicLowerClass) {
            // Inside a run of lower-case Cyrillic: four letters at a step while every byte pair
            // is one of U+0430–U+043F (D0 B0–BF) or U+0440–U+045F (D1 80–9F), all of the class
            // just kept, which the one-character path below would skip one by one.
            while (i + 8 <= length) {
                uint64_t x;
                memcpy(&x, utf8 + i, 8);
                uint64_t a = (x & 0xF0FFF0FFF0FFF0FFull) ^ 0xB0D0B0D0B0D0B0D0ull;   // zero lane: D0 B0–BF
                uint64_t d = (x & 0xE0FFE0FFE0FFE0FFull) ^ 0x80D180D180D180D1ull;   // zero lane: D1 80–9F
                uint64_t fail = nonzero_lanes16(a) & nonzero_lanes16(d);
                if (fail) {
                    // The letters before the first that is not one of them: still the run's.
                    i += 2 * (int32_t)(__builtin_ctzll(fail) >> 4);
                    break;
                }
                i += 8;
            }
            if (i >= length) break;
        }
#endif
        int32_t at = i;
        uint8_t b = utf8[i];
        if (previous) {
            // Most characters continue a word: one of the class just kept is skipped here (it
            // changes nothing: its run, word and stretch are already under way).
            if (b < 0x80) {
                if (table[b] == previous) { i++; continue; }
            } else if (b < 0xD4 && b >= 0xC2 && i + 1 < length && (utf8[i + 1] & 0xC0) == 0x80) {
                UChar32 c2 = ((UChar32)(b & 0x1F) << 6) | (utf8[i + 1] & 0x3F);
                if (table[c2] == previous) { i += 2; continue; }
            }
        }
        UChar32 c;
        if (b < 0x80) {
            c = b;
            i++;
        } else if (b >= 0xC2 && b < 0xE0 && i + 1 < length && (utf8[i + 1] & 0xC0) == 0x80) {
            c = ((UChar32)(b & 0x1F) << 6) | (utf8[i + 1] & 0x3F);
            i += 2;
        } else {
            U8_NEXT(utf8, i, length, c);
            if (c < 0) c = 0xFFFD;
        }
        uint16_t cls = c < CLASS_TABLE ? table[c] : break_class(c);
        if (cls & WORD_LETTER) {
            if (!inWord) {
                if (words >= 2) {
                    // The previous word was neither the stretch's first nor its last: leave it
                    // and the spaces after it out, and write this word in its place.
                    int32_t k = s->skipCount;
                    if (k + 2 > s->skipCapacity) {
                        int32_t capacity = s->skipCapacity;
                        if (!grow((void **)&s->skipIndex, &capacity, k + 2, sizeof(int32_t))) return -1;
                        capacity = s->skipCapacity;
                        if (!grow((void **)&s->skipOffset, &capacity, k + 2, sizeof(int32_t))) return -1;
                        capacity = s->skipCapacity;
                        if (!grow((void **)&s->skipStatus, &capacity, k + 2, sizeof(int32_t))) return -1;
                        s->skipCapacity = capacity;
                    }
                    s->skipIndex[k] = wordStartN; s->skipOffset[k] = wordStart8; s->skipStatus[k] = UBRK_WORD_NONE;
                    s->skipIndex[k + 1] = wordStartN; s->skipOffset[k + 1] = wordEnd8; s->skipStatus[k + 1] = UBRK_WORD_LETTER;
                    s->skipCount = k + 2;
                    n = wordStartN;
                    previous = 0;
                }
                words++;
                inWord = 1;
                wordStartN = n;
                wordStart8 = at;
            }
        } else if (cls & SPACE) {
            if (inWord) { wordEnd8 = at; inWord = 0; }
        } else {
            words = 0;
            inWord = 0;
        }
        if ((cls & COLLAPSIBLE) && cls == previous) continue;
        previous = cls & COLLAPSIBLE ? cls : 0;
        if (c <= 0xFFFF) {
            out[n] = (UChar)c;
            starts8[n++] = at;
        } else {
            out[n] = U16_LEAD(c);
            starts8[n++] = at;
            out[n] = U16_TRAIL(c);
            starts8[n++] = at;
        }
    }
    starts8[n] = length;
    return n;
}

/// Collects the boundaries of `iterator` over the compact text as UTF-8 offsets, with the
/// `skip` boundaries (of words left out) in their places when `skip` is given.
static int32_t collect_compact(UBreakIterator *iterator, const int32_t *starts8, const KTSegmenter *skip,
                               int32_t **bounds, int32_t **statuses, int32_t *count, int32_t *capacity,
                               int32_t *statusCapacity) {
    int32_t n = 0, k = 0;
    int32_t skipCount = skip ? skip->skipCount : 0;
    for (int32_t b = ubrk_first(iterator); b != UBRK_DONE; b = ubrk_next(iterator)) {
        int32_t status = statuses ? ubrk_getRuleStatus(iterator) : 0;
        int32_t more = 1;
        while (k + more - 1 < skipCount && skip->skipIndex[k + more - 1] <= b) more++;
        if (n + more > *capacity && !grow((void **)bounds, capacity, n + more, sizeof(int32_t))) return -1;
        if (statuses && n + more > *statusCapacity && !grow((void **)statuses, statusCapacity, n + more, sizeof(int32_t))) return -1;
        for (; k < skipCount && skip->skipIndex[k] <= b; k++) {
            (*bounds)[n] = skip->skipOffset[k];
            if (statuses) (*statuses)[n] = skip->skipStatus[k];
            n++;
        }
        if (statuses) (*statuses)[n] = status;
        (*bounds)[n++] = starts8[b];
    }
    *count = n;
    return 0;
}

int32_t kt_segment_utf8(KTSegmenter *s, const char *utf8, int32_t length, int32_t mode) {
    UErrorCode status = U_ZERO_ERROR;
    s->sentenceCount = 0;
    int32_t statusCapacity = s->wordCapacity;
    if (mode == KT_SEGMENT_COMPACT) {
        int32_t n = build_compact(s, (const uint8_t *)utf8, length);
        if (n < 0) return -1;
        ubrk_setText(s->words, s->compact, n, &status);
        if (U_FAILURE(status)) return -1;
        if (collect_compact(s->words, s->compactStart, s, &s->wordBounds, &s->wordStatus, &s->wordCount,
                            &s->wordCapacity, &statusCapacity) != 0) return -1;
        ubrk_setText(s->sentences, s->compact, n, &status);
        if (U_FAILURE(status)) return -1;
        return collect_compact(s->sentences, s->compactStart, NULL, &s->sentenceBounds, NULL, &s->sentenceCount,
                               &s->sentenceCapacity, NULL);
    }
    if (!grow((void **)&s->utf16, &s->utf16Capacity, length + 1, sizeof(UChar))) return -1;
    int32_t length16 = 0;
    u_strFromUTF8WithSub(s->utf16, s->utf16Capacity, &length16, utf8, length, 0xFFFD, NULL, &status);
    if (U_FAILURE(status)) return -1;
    ubrk_setText(s->words, s->utf16, length16, &status);
    if (U_FAILURE(status)) return -1;
    if (collect(s->words, s->utf16, length16, &s->wordBounds, &s->wordStatus, &s->wordCount,
                &s->wordCapacity, &statusCapacity) != 0) return -1;
    ubrk_setText(s->sentences, s->utf16, length16, &status);
    if (U_FAILURE(status)) return -1;
    return collect(s->sentences, s->utf16, length16, &s->sentenceBounds, NULL, &s->sentenceCount,
                   &s->sentenceCapacity, NULL);
}

int32_t kt_word_boundary_count(const KTSegmenter *s) { return s->wordCount; }
const int32_t *kt_word_boundaries(const KTSegmenter *s) { return s->wordBounds; }
const int32_t *kt_word_statuses(const KTSegmenter *s) { return s->wordStatus; }
int32_t kt_sentence_boundary_count(const KTSegmenter *s) { return s->sentenceCount; }
const int32_t *kt_sentence_boundaries(const KTSegmenter *s) { return s->sentenceBounds; }

static const UNormalizer2 *nfc(void) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFCInstance(&status);
    return U_SUCCESS(status) ? n : NULL;
}

int32_t kt_is_nfc_utf8(const char *utf8, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = nfc();
    if (!n) return -1;
    int32_t length16 = 0;
    u_strFromUTF8(NULL, 0, &length16, utf8, length, &status);
    status = U_ZERO_ERROR;
    UChar stackBuffer[256];
    UChar *buffer = length16 < 256 ? stackBuffer : malloc(sizeof(UChar) * (size_t)(length16 + 1));
    if (!buffer) return -1;
    u_strFromUTF8(buffer, length16 + 1, NULL, utf8, length, &status);
    UBool ok = U_SUCCESS(status) ? unorm2_isNormalized(n, buffer, length16, &status) : 0;
    if (buffer != stackBuffer) free(buffer);
    return U_SUCCESS(status) ? (ok ? 1 : 0) : -1;
}

int32_t kt_nfc_utf8(const char *utf8, int32_t length, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *n = nfc();
    if (!n) return -1;
    int32_t length16 = 0;
    u_strFromUTF8(NULL, 0, &length16, utf8, length, &status);
    status = U_ZERO_ERROR;
    UChar *source = malloc(sizeof(UChar) * (size_t)(length16 + 1));
    UChar *target = malloc(sizeof(UChar) * (size_t)(2 * length16 + 16));
    int32_t result = -1;
    if (source && target) {
        u_strFromUTF8(source, length16 + 1, NULL, utf8, length, &status);
        int32_t normalized = unorm2_normalize(n, source, length16, target, 2 * length16 + 16, &status);
        if (U_SUCCESS(status)) {
            int32_t written = 0;
            u_strToUTF8(out, capacity, &written, target, normalized, &status);
            if (U_SUCCESS(status) || status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) result = written;
        }
    }
    free(source);
    free(target);
    return result;
}

const char *kt_icu_version(void) {
    static char version[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, version);
    return version;
}

// ---- Transliteration (utrans) ----

#include <stdio.h>
#include <unicode/utrans.h>

struct KTTransliterator {
    UTransliterator *trans;
    UChar *buffer;
    int32_t capacity;
};

static KTTransliterator *wrap_transliterator(UTransliterator *trans) {
    KTTransliterator *t = calloc(1, sizeof(KTTransliterator));
    if (!t) { utrans_close(trans); return NULL; }
    t->trans = trans;
    return t;
}

KTTransliterator *kt_translit_open(const char *name, const char *rules, int32_t length,
                                   char *error, int32_t errorCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t rules16 = 0;
    u_strFromUTF8(NULL, 0, &rules16, rules, length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) { copy_error(status, error, errorCapacity); return NULL; }
    status = U_ZERO_ERROR;
    UChar *text = malloc(sizeof(UChar) * (size_t)(rules16 + 1));
    UChar id[64];
    if (!text) { copy_error(U_MEMORY_ALLOCATION_ERROR, error, errorCapacity); return NULL; }
    u_strFromUTF8(text, rules16 + 1, NULL, rules, length, &status);
    u_uastrncpy(id, name, 63);
    id[63] = 0;
    UParseError parse;
    memset(&parse, 0, sizeof parse);
    UTransliterator *trans = U_SUCCESS(status)
        ? utrans_openU(id, -1, UTRANS_FORWARD, text, rules16, &parse, &status) : NULL;
    free(text);
    if (U_FAILURE(status) || !trans) {
        if (error && errorCapacity > 0) {
            snprintf(error, (size_t)errorCapacity, "%s at line %d, offset %d", u_errorName(status),
                     (int)parse.line, (int)parse.offset);
        }
        return NULL;
    }
    return wrap_transliterator(trans);
}

KTTransliterator *kt_translit_clone(const KTTransliterator *t) {
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *copy = utrans_clone(t->trans, &status);
    if (U_FAILURE(status) || !copy) return NULL;
    return wrap_transliterator(copy);
}

void kt_translit_close(KTTransliterator *t) {
    if (!t) return;
    utrans_close(t->trans);
    free(t->buffer);
    free(t);
}

int32_t kt_translit_utf8(KTTransliterator *t, const char *utf8, int32_t length, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length16 = 0;
    u_strFromUTF8(NULL, 0, &length16, utf8, length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return -1;
    // Rules may lengthen the text (one letter to two): leave room for four times as much.
    int32_t needed = length16 * 4 + 16;
    if (needed > t->capacity && !grow((void **)&t->buffer, &t->capacity, needed, sizeof(UChar))) return -1;
    status = U_ZERO_ERROR;
    u_strFromUTF8(t->buffer, t->capacity, NULL, utf8, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t textLength = length16, limit = length16;
    utrans_transUChars(t->trans, t->buffer, &textLength, t->capacity, 0, &limit, &status);
    if (U_FAILURE(status)) return -1;
    int32_t written = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(out, capacity, &written, t->buffer, textLength, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) return written;
    if (U_FAILURE(status)) return -1;
    return written;
}
