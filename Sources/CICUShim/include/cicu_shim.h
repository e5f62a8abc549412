// A C shim over the system ICU (libicu-dev). This header uses only <stdint.h> types so that
// Swift code importing it never sees ICU's own headers (which clash with Foundation's bundled
// ICU on Linux and rename every symbol with a version suffix). ICU headers are included only in
// the .c file. Text is UTF-16 (`uint16_t`), lengths and offsets are UTF-16 code units, and every
// function that can fail takes an `int32_t *status` in ICU's UErrorCode convention (0 = ok,
// > 0 = failure, < 0 = warning).
#ifndef CICU_SHIM_H
#define CICU_SHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The symbolic name of an ICU error code (e.g. "U_REGEX_RULE_SYNTAX").
const char *cicu_error_name(int32_t status);

// MARK: Normalization (form: 0 NFC, 1 NFD, 2 NFKC, 3 NFKD, 4 NFKC_Casefold)
/// Length of the prefix of `src` that is certainly in the given form (quick-check "yes" span).
int32_t cicu_normalize_span_yes(int32_t form, const uint16_t *src, int32_t length, int32_t *status);
/// Normalizes `src` into `dest`; returns the needed length (retry when status is buffer overflow).
int32_t cicu_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status);

// MARK: Break iteration (kind: 0 character, 1 word, 2 line, 3 sentence)
/// Opens a break iterator over `text` (which must outlive it).
void *cicu_break_open(int32_t kind, const char *locale, const uint16_t *text, int32_t length, int32_t *status);
/// Fills up to `capacity` next boundaries (offsets from the text start) and the rule status of the
/// segment ending at each (word: 0 none, 100 number, 200 letter, 300 kana, 400 ideo); returns how
/// many were written (fewer than `capacity` at the text end).
int32_t cicu_break_next_batch(void *iterator, int32_t *offsets, int32_t *statuses, int32_t capacity);
/// Closes a break iterator.
void cicu_break_close(void *iterator);

// MARK: Regular expressions (flags are ICU's URegexpFlag bits)
/// Compiles a pattern; on failure `error_offset` receives the UTF-16 offset of the problem.
void *cicu_regex_open(const uint16_t *pattern, int32_t length, uint32_t flags, int32_t *error_line, int32_t *error_offset, int32_t *status);
/// A copy of a compiled pattern that can be used on another thread.
void *cicu_regex_clone(void *regex, int32_t *status);
/// Closes a regex.
void cicu_regex_close(void *regex);
/// Sets the text to search (which must outlive the search).
void cicu_regex_set_text(void *regex, const uint16_t *text, int32_t length, int32_t *status);
/// Limits matching work (in ICU's steps of roughly a few milliseconds); 0 means none.
void cicu_regex_set_time_limit(void *regex, int32_t limit, int32_t *status);
/// Finds the next match; returns 1 when found.
int32_t cicu_regex_find_next(void *regex, int32_t *status);
/// Resets and finds the first match at or after `start`; returns 1 when found.
int32_t cicu_regex_find_from(void *regex, int32_t start, int32_t *status);
/// Whether the whole text matches.
int32_t cicu_regex_matches(void *regex, int32_t *status);
/// Whether a match starts exactly at `start` (searching up to `end`), seeing the text outside as context
/// (transparent, non-anchoring bounds), as a search would when it tries that position.
int32_t cicu_regex_looking_at(void *regex, int32_t start, int32_t end, int32_t *status);
/// Whether a match lies wholly within [start, end); lookarounds and \b see the text outside (transparent bounds).
int32_t cicu_regex_find_in_region(void *regex, int32_t start, int32_t end, int32_t *status);
/// Start of a group of the last match (-1 when the group did not take part).
int32_t cicu_regex_start(void *regex, int32_t group, int32_t *status);
/// End of a group of the last match (-1 when the group did not take part).
int32_t cicu_regex_end(void *regex, int32_t group, int32_t *status);
/// Number of capture groups in the pattern.
int32_t cicu_regex_group_count(void *regex, int32_t *status);
/// Number of a named capture group.
int32_t cicu_regex_group_number(void *regex, const uint16_t *name, int32_t length, int32_t *status);

// MARK: Case mapping and properties
/// Uppercases `src` by the rules of `locale`; returns the needed length.
int32_t cicu_to_upper(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, const char *locale, int32_t *status);
/// Lowercases `src` by the rules of `locale`; returns the needed length.
int32_t cicu_to_lower(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, const char *locale, int32_t *status);
/// Titlecases `src` by the rules of `locale` (word boundaries); returns the needed length.
int32_t cicu_to_title(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity, const char *locale, int32_t *status);
/// The general category of a code point (ICU's UCharCategory).
int32_t cicu_char_type(uint32_t c);
/// The BMP code points whose general category's bit is set in `mask` (bit n: UCharCategory n), as
/// ranges `starts[i]...ends[i]`, adjacent ones joined; returns how many (more than `capacity`: too small).
int32_t cicu_category_ranges(uint32_t mask, uint32_t *starts, uint32_t *ends, int32_t capacity);
/// Whether a code point has a binary property (ICU's UProperty).
int32_t cicu_has_binary_property(uint32_t c, int32_t property);

// MARK: Charset conversion (stops with an error on unmappable or illegal input)
/// Encodes UTF-16 into the named charset; returns the needed length.
int32_t cicu_encode(const char *charset, const uint16_t *src, int32_t length, char *dest, int32_t capacity, int32_t *status);
/// Decodes bytes of the named charset into UTF-16; returns the needed length.
int32_t cicu_decode(const char *charset, const char *src, int32_t length, uint16_t *dest, int32_t capacity, int32_t *status);

// MARK: Transliteration
/// Opens a transliterator by ICU id (e.g. "Fullwidth-Halfwidth").
void *cicu_translit_open(const uint16_t *id, int32_t length, int32_t *status);
/// Transliterates `text` in place; `length` is updated, `capacity` bounds growth.
void cicu_translit_apply(void *translit, uint16_t *text, int32_t *length, int32_t capacity, int32_t *status);
/// Closes a transliterator.
void cicu_translit_close(void *translit);

#ifdef __cplusplus
}
#endif

#endif
