// The benchmark's yardstick: raw ICU word break over UTF-8, no other work. Bench-only: the
// library does not ship it.
#include "RawICU.h"
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

struct KTRawWordBreak {
    UBreakIterator *iterator;
    UText *text;
};

KTRawWordBreak *kt_raw_word_break_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    KTRawWordBreak *b = calloc(1, sizeof(KTRawWordBreak));
    if (!b) return NULL;
    b->iterator = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    if (U_FAILURE(status)) { free(b); return NULL; }
    return b;
}

int64_t kt_raw_word_break_count(KTRawWordBreak *b, const char *utf8, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    b->text = utext_openUTF8(b->text, utf8, length, &status);
    ubrk_setUText(b->iterator, b->text, &status);
    if (U_FAILURE(status)) return -1;
    int64_t n = 0;
    for (int32_t p = ubrk_first(b->iterator); p != UBRK_DONE; p = ubrk_next(b->iterator)) n++;
    return n;
}

void kt_raw_word_break_close(KTRawWordBreak *b) {
    if (!b) return;
    if (b->iterator) ubrk_close(b->iterator);
    if (b->text) utext_close(b->text);
    free(b);
}
