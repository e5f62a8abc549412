// Implementation of cicu_shim.h: thin forwards to ICU's C API. The only file that includes ICU.
#include "cicu_shim.h"

#include <pthread.h>
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

// Opening a break iterator loads its rules (and, for `@ss=standard`, builds the suppression
// trie) every time; a clone of a cached prototype shares that data. Prototypes live for the process.
#define BREAK_PROTOTYPES 32
static struct { int32_t kind; char locale[64]; UBreakIterator *iterator; } break_prototypes[BREAK_PROTOTYPES];
static int32_t break_prototype_count = 0;
static pthread_mutex_t break_prototype_lock = PTHREAD_MUTEX_INITIALIZER;

static UBreakIterator *break_clone(int32_t kind, const char *locale) {
    if (strlen(locale) >= sizeof(break_prototypes[0].locale)) return NULL;
    UBreakIterator *clone = NULL;
    pthread_mutex_lock(&break_prototype_lock);
    UBreakIterator *prototype = NULL;
    for (int32_t i = 0; i < break_prototype_count && !prototype; i++) {
        if (break_prototypes[i].kind == kind && strcmp(break_prototypes[i].locale, locale) == 0) prototype = break_prototypes[i].iterator;
    }
    if (!prototype && break_prototype_count < BREAK_PROTOTYPES) {
        UErrorCode status = U_ZERO_ERROR;
        UBreakIterator *created = ubrk_open((UBreakIteratorType)kind, locale, NULL, 0, &status);
        if (U_SUCCESS(status) && created) {
            break_prototypes[break_prototype_count].kind = kind;
            strcpy(break_prototypes[break_prototype_count].locale, locale);
            break_prototypes[break_prototype_count].iterator = created;
            break_prototype_count++;
            prototype = created;
        } else if (created) {
            ubrk_close(created);
        }
    }
    if (prototype) {
        UErrorCode status = U_ZERO_ERROR;
        clone = ubrk_clone(prototype, &status);
        if (U_FAILURE(status) && clone) { ubrk_close(clone); clone = NULL; }
    }
    pthread_mutex_unlock(&break_prototype_lock);
    return clone;
}

void *cicu_break_open(int32_t kind, const char *locale, const uint16_t *text, int32_t length, int32_t *status) {
    if (U_SUCCESS(*ERR(status))) {
        UBreakIterator *clone = break_clone(kind, locale);
        if (clone) {
            ubrk_setText(clone, (const UChar *)text, length, ERR(status));
            return clone;
        }
    }
    return ubrk_open((UBreakIteratorType)kind, locale, (const UChar *)text, length, ERR(status));
}
int32_t cicu_break_next(void *iterator) { return ubrk_next((UBreakIterator *)iterator); }
int32_t cicu_break_rule_status(void *iterator) { return ubrk_getRuleStatus((UBreakIterator *)iterator); }
void cicu_break_close(void *iterator) { ubrk_close((UBreakIterator *)iterator); }

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
    return u_strToTitle((UChar *)dest, capacity, (const UChar *)src, length, NULL, locale, ERR(status));
}
int32_t cicu_char_type(uint32_t c) { return (int32_t)u_charType((UChar32)c); }
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
