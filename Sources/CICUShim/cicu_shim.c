// Implementation of cicu_shim.h: thin forwards to ICU's C API. The only file that includes ICU.
#include "cicu_shim.h"

#include <string.h>

#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/utypes.h>

#define ERR(status) ((UErrorCode *)(status))

const char *cicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

static const UNormalizer2 *normalizer(int32_t form, UErrorCode *status) {
    switch (form) {
    case 0: return unorm2_getNFCInstance(status);
    case 1: return unorm2_getNFDInstance(status);
    case 2: return unorm2_getNFKCInstance(status);
    case 3: return unorm2_getNFKDInstance(status);
    default: return unorm2_getNFKCCasefoldInstance(status);
    }
}

int32_t cicu_normalize_span_yes(int32_t form, const uint16_t *src, int32_t length, int32_t *status) {
    const UNormalizer2 *n = normalizer(form, ERR(status));
    if (U_FAILURE(*ERR(status))) return 0;
    return unorm2_spanQuickCheckYes(n, (const UChar *)src, length, ERR(status));
}

int32_t cicu_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
    const UNormalizer2 *n = normalizer(form, ERR(status));
    if (U_FAILURE(*ERR(status))) return 0;
    return unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, capacity, ERR(status));
}

// Break iterators are costly to open (ICU builds the rule tables' wrappers each time: about a
// million instructions), and rules ask for them per paragraph and per word they titlecase. Each
// thread keeps the iterators it opened, one per kind and locale, and reuses them: setting a new
// text resets an iterator to the state a fresh one would have. An iterator in use is never handed
// out twice; the extra ones are opened and closed as before. Cached iterators live as long as
// their thread.
#define CICU_BREAK_CACHE_SIZE 8
typedef struct {
    UBreakIterator *iterator;
    int32_t kind;
    int in_use;
    char locale[64];
} cached_break_iterator;
static _Thread_local cached_break_iterator break_cache[CICU_BREAK_CACHE_SIZE];

static UBreakIterator *checkout_break_iterator(int32_t kind, const char *locale, UErrorCode *status) {
    if (U_FAILURE(*status)) return NULL;
    int free_slot = -1;
    int cacheable = strlen(locale) < sizeof(break_cache[0].locale);
    for (int i = 0; i < CICU_BREAK_CACHE_SIZE && cacheable; i++) {
        cached_break_iterator *slot = &break_cache[i];
        if (slot->iterator == NULL) {
            if (free_slot < 0) free_slot = i;
        } else if (!slot->in_use && slot->kind == kind && strcmp(slot->locale, locale) == 0) {
            slot->in_use = 1;
            return slot->iterator;
        }
    }
    UBreakIterator *iterator = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, status);
    if (U_FAILURE(*status) || iterator == NULL) return NULL;
    if (free_slot >= 0) {
        cached_break_iterator *slot = &break_cache[free_slot];
        slot->iterator = iterator;
        slot->kind = kind;
        slot->in_use = 1;
        strcpy(slot->locale, locale);
    }
    return iterator;
}

static void return_break_iterator(UBreakIterator *iterator) {
    for (int i = 0; i < CICU_BREAK_CACHE_SIZE; i++) {
        if (break_cache[i].iterator == iterator) {
            break_cache[i].in_use = 0;
            return;
        }
    }
    ubrk_close(iterator);
}

void *cicu_break_open(int32_t kind, const char *locale, const uint16_t *text, int32_t length, int32_t *status) {
    UBreakIterator *iterator = checkout_break_iterator(kind, locale, ERR(status));
    if (iterator == NULL) return NULL;
    ubrk_setText(iterator, (const UChar *)text, length, ERR(status));
    if (U_FAILURE(*ERR(status))) {
        return_break_iterator(iterator);
        return NULL;
    }
    return iterator;
}
int32_t cicu_break_next_batch(void *iterator, int32_t *offsets, int32_t *statuses, int32_t capacity) {
    UBreakIterator *breaks = (UBreakIterator *)iterator;
    int32_t count = 0;
    while (count < capacity) {
        int32_t next = ubrk_next(breaks);
        if (next == UBRK_DONE) break;
        offsets[count] = next;
        statuses[count] = ubrk_getRuleStatus(breaks);
        count += 1;
    }
    return count;
}
void cicu_break_close(void *iterator) { return_break_iterator((UBreakIterator *)iterator); }

void *cicu_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags, int32_t *error_line, int32_t *error_offset, int32_t *status) {
    UParseError parse_error;
    parse_error.line = 0;
    parse_error.offset = 0;
    URegularExpression *regex = uregex_open((const UChar *)pattern, length, flags, &parse_error, ERR(status));
    *error_line = parse_error.line;
    *error_offset = parse_error.offset;
    return regex;
}
void *cicu_regex_clone(void *regex, int32_t *status) { return uregex_clone((URegularExpression *)regex, ERR(status)); }
void cicu_regex_close(void *regex) { uregex_close((URegularExpression *)regex); }
void cicu_regex_set_text(void *regex, const uint16_t *text, int32_t length, int32_t *status) {
    uregex_setText((URegularExpression *)regex, (const UChar *)text, length, ERR(status));
}
void cicu_regex_set_time_limit(void *regex, int32_t limit, int32_t *status) {
    uregex_setTimeLimit((URegularExpression *)regex, limit, ERR(status));
}
int32_t cicu_regex_find_next(void *regex, int32_t *status) { return uregex_findNext((URegularExpression *)regex, ERR(status)); }
int32_t cicu_regex_find_from(void *regex, int32_t start, int32_t *status) { return uregex_find((URegularExpression *)regex, start, ERR(status)); }
int32_t cicu_regex_matches(void *regex, int32_t *status) { return uregex_matches((URegularExpression *)regex, 0, ERR(status)); }
int32_t cicu_regex_looking_at(void *regex, int32_t start, int32_t end, int32_t *status) {
    URegularExpression *re = (URegularExpression *)regex;
    uregex_setRegion(re, start, end, ERR(status));
    uregex_useTransparentBounds(re, 1, ERR(status));
    uregex_useAnchoringBounds(re, 0, ERR(status));
    return uregex_lookingAt(re, -1, ERR(status));
}
int32_t cicu_regex_find_in_region(void *regex, int32_t start, int32_t end, int32_t *status) {
    URegularExpression *re = (URegularExpression *)regex;
    uregex_setRegion(re, start, end, ERR(status));
    uregex_useTransparentBounds(re, 1, ERR(status));
    uregex_useAnchoringBounds(re, 0, ERR(status));
    return uregex_findNext(re, ERR(status));
}
int32_t cicu_regex_start(void *regex, int32_t group, int32_t *status) { return uregex_start((URegularExpression *)regex, group, ERR(status)); }
int32_t cicu_regex_end(void *regex, int32_t group, int32_t *status) { return uregex_end((URegularExpression *)regex, group, ERR(status)); }
int32_t cicu_regex_group_count(void *regex, int32_t *status) { return uregex_groupCount((URegularExpression *)regex, ERR(status)); }
int32_t cicu_regex_group_number(void *regex, const uint16_t *name, int32_t length, int32_t *status) {
    return uregex_groupNumberFromName((URegularExpression *)regex, (const UChar *)name, length, ERR(status));
}

int32_t cicu_to_upper(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, const char *locale, int32_t *status) {
    return u_strToUpper((UChar *)dest, capacity, (const UChar *)src, length, locale, ERR(status));
}
int32_t cicu_to_lower(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, const char *locale, int32_t *status) {
    return u_strToLower((UChar *)dest, capacity, (const UChar *)src, length, locale, ERR(status));
}
int32_t cicu_to_title(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, const char *locale, int32_t *status) {
    // The word break iterator u_strToTitle would open for the locale, taken from the cache instead.
    UBreakIterator *words = checkout_break_iterator(UBRK_WORD, locale == NULL ? "" : locale, ERR(status));
    if (words == NULL) return 0;
    int32_t length_out = u_strToTitle((UChar *)dest, capacity, (const UChar *)src, length, words, locale, ERR(status));
    return_break_iterator(words);
    return length_out;
}
int32_t cicu_char_type(uint32_t c) { return (int32_t)u_charType((UChar32)c); }

typedef struct {
    uint32_t mask;
    uint32_t *starts;
    uint32_t *ends;
    int32_t capacity;
    int32_t count;
} cicu_category_ranges_context;

static UBool U_CALLCONV cicu_collect_category_range(const void *context, UChar32 start, UChar32 limit, UCharCategory type) {
    cicu_category_ranges_context *ranges = (cicu_category_ranges_context *)context;
    if (start > 0xFFFF) return false;
    if (!(ranges->mask & (1u << (uint32_t)type))) return true;
    uint32_t end = (uint32_t)(limit - 1) > 0xFFFF ? 0xFFFF : (uint32_t)(limit - 1);
    if (ranges->count > 0 && ranges->count <= ranges->capacity && ranges->ends[ranges->count - 1] + 1 == (uint32_t)start) {
        ranges->ends[ranges->count - 1] = end;
        return true;
    }
    if (ranges->count < ranges->capacity) {
        ranges->starts[ranges->count] = (uint32_t)start;
        ranges->ends[ranges->count] = end;
    }
    ranges->count++;
    return true;
}

int32_t cicu_category_ranges(uint32_t mask, uint32_t *starts, uint32_t *ends, int32_t capacity) {
    cicu_category_ranges_context context = { mask, starts, ends, capacity, 0 };
    u_enumCharTypes(cicu_collect_category_range, &context);
    return context.count;
}
int32_t cicu_has_binary_property(uint32_t c, int32_t property) { return u_hasBinaryProperty((UChar32)c, (UProperty)property); }

static UConverter *strict_converter(const char *charset, UErrorCode *status) {
    UConverter *converter = ucnv_open(charset, status);
    if (U_FAILURE(*status)) return NULL;
    ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, status);
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, status);
    return converter;
}

int32_t cicu_encode(const char *charset, const uint16_t *src, int32_t length, char *dest, int32_t capacity, int32_t *status) {
    UConverter *converter = strict_converter(charset, ERR(status));
    if (converter == NULL) return 0;
    int32_t needed = ucnv_fromUChars(converter, dest, capacity, (const UChar *)src, length, ERR(status));
    ucnv_close(converter);
    return needed;
}

int32_t cicu_decode(const char *charset, const char *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status) {
    UConverter *converter = strict_converter(charset, ERR(status));
    if (converter == NULL) return 0;
    int32_t needed = ucnv_toUChars(converter, (UChar *)dest, capacity, src, length, ERR(status));
    ucnv_close(converter);
    return needed;
}

void *cicu_translit_open(const uint16_t *id, int32_t length, int32_t *status) {
    return utrans_openU((const UChar *)id, length, UTRANS_FORWARD, NULL, 0, NULL, ERR(status));
}
void cicu_translit_apply(void *translit, uint16_t *text, int32_t *length, int32_t capacity, int32_t *status) {
    int32_t limit = *length;
    utrans_transUChars((UTransliterator *)translit, (UChar *)text, length, capacity, 0, &limit, ERR(status));
}
void cicu_translit_close(void *translit) { utrans_close((UTransliterator *)translit); }
