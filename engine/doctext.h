/*
 * doctext.h - the PEG document as text: physical lines split on TAB into
 * cells, each cell cleaned of the HTML an office export leaves behind,
 * and a folded "key" of it (lower case, accents removed, typographic
 * signs made ASCII) that labels and targets are matched on.
 *
 * The document is a word processor's tab-separated export, not a CSV:
 * quotes are text, not quoting, and nothing is unescaped.
 */
#ifndef PEG_DOCTEXT_H
#define PEG_DOCTEXT_H

#include <stddef.h>

#include "pegaso.h"
#include "util.h"

/* One physical line of the document. */
struct peg_docline {
	long no;            /* 1-based physical line number */
	size_t n;           /* cells (TAB-separated fields), >= 1 */
	const char **cell;  /* cleaned text of each cell, "" when empty */
	const char **key;   /* folded text of each cell (peg_fold) */
	size_t nfull;       /* non-empty cells */
	size_t first;       /* index of the first non-empty cell */
};

/*
 * peg_doc_split - split buf[0..n) into lines and cells, in the arena.
 * name is how the document is named in messages.  Fails with PEG_EDATA,
 * naming the line, for invalid UTF-8 (with a hint to re-save the file as
 * UTF-8), UTF-16 and NUL bytes; PEG_EINTERNAL out of memory.  A UTF-8
 * byte order mark at the start is skipped; lines end at LF, CRLF or a
 * lone CR (old Mac text), in any mix.  *lines (arena memory) receives *nlines entries.
 */
int peg_doc_split(struct peg_arena *a, const char *buf, size_t n,
		  const char *name, struct peg_docline **lines,
		  size_t *nlines, struct peg_diag *d);

/*
 * peg_doc_clean - s[0..n) without HTML tags (<p>, <small>, <i>, ...),
 * with the common entities decoded, runs of blanks made one space and no
 * leading or trailing blanks.  A '<' not followed by a tag name ("< 30")
 * is text.  NULL only out of memory.
 */
char *peg_doc_clean(struct peg_arena *a, const char *s, size_t n);

/*
 * peg_fold - the matching form of a cleaned text: ASCII letters in lower
 * case, accented Latin letters without their accent (precomposed or
 * with a combining accent), NBSP and blanks as
 * one space, typographic quotes, dashes and comparison signs as ASCII
 * (U+2265 '>=' U+2264 '<=').  Other characters are kept as they are.
 * NULL only out of memory.
 */
char *peg_fold(struct peg_arena *a, const char *s);

/*
 * peg_fold_buf - the same into out[0..cap) (cap >= 1), truncated at a
 * character boundary.  Returns the length written.
 */
size_t peg_fold_buf(const char *s, char *out, size_t cap);

/* 1 when key starts with prefix (both folded). */
int peg_key_starts(const char *key, const char *prefix);

#endif
