#ifndef RAW_ICU_H
#define RAW_ICU_H
#include <stdint.h>

/// Raw ICU word break over UTF-8 (UText) with one break iterator reused across texts (as a
/// tokenizer would): the yardstick `kaztext-bench` divides every measurement by.
typedef struct KTRawWordBreak KTRawWordBreak;
KTRawWordBreak *kt_raw_word_break_open(const char *locale);
/// The number of boundaries of the text, or -1 on error.
int64_t kt_raw_word_break_count(KTRawWordBreak *breaker, const char *utf8, int64_t length);
void kt_raw_word_break_close(KTRawWordBreak *breaker);

#endif
