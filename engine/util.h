/*
 * util.h - small building blocks shared by every module: an arena for
 * strings and records that live as long as a run, a growable byte buffer,
 * a string-to-index hash map, natural-order comparison of ids and a few
 * ASCII string helpers.  Nothing here knows about pegaso's data.
 */
#ifndef PEG_UTIL_H
#define PEG_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* ---- arena ------------------------------------------------------------ */

/*
 * A bump allocator: many small allocations, freed all at once.  An arena
 * is zero-initialised ({0}) and released with peg_arena_release.
 */
struct peg_arena_block;
struct peg_arena {
	struct peg_arena_block *head; /* newest block first */
	size_t total;                 /* bytes in blocks, for statistics */
};

/* NULL when out of memory.  Memory is aligned for any scalar type. */
void *peg_arena_alloc(struct peg_arena *a, size_t size);
void *peg_arena_calloc(struct peg_arena *a, size_t n, size_t size);
char *peg_arena_strdup(struct peg_arena *a, const char *s);
char *peg_arena_strndup(struct peg_arena *a, const char *s, size_t n);
void peg_arena_release(struct peg_arena *a);

/* Makes room for element n of a growable array of *cap elements of size
 * bytes (doubling); 0, or -1 when out of memory (the array unchanged). */
int peg_grow(void **arr, size_t *cap, size_t n, size_t size);

/* ---- fixed choices ---------------------------------------------------- */

/* A fixed set of words and the value each stands for (an enum's). */
struct peg_choices {
	const char *const *names; /* NULL-terminated */
	const int *values;        /* one per name */
};

/* The value of word s in *value: 0, or -1 when s is none of the words. */
int peg_choices_find(const struct peg_choices *c, const char *s, int *value);
/* The word of value, or "" when none stands for it. */
const char *peg_choices_name(const struct peg_choices *c, int value);
/* The words as a reader expects them: "auto, always or never". */
char *peg_choices_list(const struct peg_choices *c, char *buf, size_t size);
/* The same for any NULL-terminated list of words. */
char *peg_words_list(const char *const *names, char *buf, size_t size);

/* ---- byte buffer ------------------------------------------------------ */

/* A growable NUL-terminated buffer; {0} is an empty buffer. */
struct peg_buf {
	char *data;  /* owned; NULL until the first append */
	size_t len;  /* bytes used, excluding the terminating NUL */
	size_t cap;  /* bytes allocated */
	int oom;     /* set once an append failed; later appends are no-ops */
};

void peg_buf_add(struct peg_buf *b, const void *p, size_t n);
void peg_buf_puts(struct peg_buf *b, const char *s);
void peg_buf_putc(struct peg_buf *b, char c);
void peg_buf_printf(struct peg_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void peg_buf_vprintf(struct peg_buf *b, const char *fmt, va_list ap);
void peg_buf_reset(struct peg_buf *b);   /* len = 0, keeps memory */
void peg_buf_release(struct peg_buf *b); /* frees memory */
/* The contents, or "" for an empty buffer.  Borrowed. */
const char *peg_buf_str(const struct peg_buf *b);

/* ---- string -> index map ---------------------------------------------- */

/*
 * Open-addressing hash map from NUL-terminated keys to size_t values.  Keys
 * are borrowed: they must outlive the map (they usually live in an arena).
 */
struct peg_map_slot {
	uint64_t hash;    /* of the key: most probes end without strcmp */
	const char *key;  /* NULL = empty */
	size_t val;
};

struct peg_map {
	struct peg_map_slot *slot; /* one cache line holds a probe's data */
	size_t cap;       /* slots, a power of two or 0 */
	size_t n;         /* keys stored */
};

/* Returns 1 and sets *val when found, 0 otherwise. */
int peg_map_get(const struct peg_map *m, const char *key, size_t *val);
/*
 * Inserts key unless present.  Returns 1 if inserted, 0 if it was already
 * there (then *old, when not NULL, receives its value), -1 out of memory.
 */
int peg_map_put(struct peg_map *m, const char *key, size_t val,
		size_t *old);
void peg_map_release(struct peg_map *m);

/* ---- strings ---------------------------------------------------------- */

/*
 * Natural order: runs of ASCII digits compare as numbers ("2" < "10",
 * "12.3" < "12.10"), everything else bytewise; equal numbers with different
 * leading zeros fall back to bytewise order so the order is total.
 */
int peg_natcmp(const char *a, const char *b);

/* ASCII case-insensitive equality. */
int peg_strieq(const char *a, const char *b);
/* Copy of s without leading/trailing ASCII blanks into the arena. */
char *peg_arena_trimdup(struct peg_arena *a, const char *s);
/* Pointer/length of s without leading/trailing ASCII blanks. */
void peg_trim(const char **s, size_t *n);
/* 1 when s holds only ASCII blanks (or is empty). */
int peg_is_blank(const char *s);

/*
 * peg_utf8_check - 0 when s[0..n) is valid UTF-8 (no overlongs, no
 * surrogates, nothing above U+10FFFF), else -1 with *bad the offset of the
 * first invalid byte.  *bom (when not NULL) is set to the offset of a
 * U+FEFF byte order mark found in the text, or (size_t)-1.
 */
int peg_utf8_check(const char *s, size_t n, size_t *bad, size_t *bom);

/*
 * peg_path_join - dir/name into the arena; name itself when it is
 * absolute or dir is empty.  NULL out of memory.
 */
char *peg_path_join(struct peg_arena *a, const char *dir, const char *name);
/* The directory part of path ("." when none), into the arena. */
char *peg_path_dir(struct peg_arena *a, const char *path);
/*
 * peg_read_file - the whole file at path into a new buffer (*buf, NUL
 * terminated, freed by the caller with free(); *n bytes without the NUL).
 * -1 with errno set when it cannot be read.
 */
int peg_read_file(const char *path, char **buf, size_t *n);

/* The last component of path (after its last '/'), borrowed from it. */
const char *peg_path_base(const char *path);

/* Round-half-away-from-zero division of 128-bit integers; den > 0. */
__int128 peg_div_round_wide(__int128 num, __int128 den);

/*
 * The same, inline: when both fit in 64 bits (most scores and means) it
 * is one hardware division, or a multiplication when den is a constant,
 * instead of a call to the 128-bit division routine.
 */
static inline __int128 peg_div_round(__int128 num, __int128 den)
{
	if (num >= INT64_MIN && num <= INT64_MAX && den <= INT64_MAX) {
		int64_t n = (int64_t)num, dd = (int64_t)den;
		int64_t q = n / dd, r = n % dd;
		if (r < 0)
			r = -r;
		if (r >= dd - r) /* 2r >= den, without overflow */
			q += n < 0 ? -1 : 1;
		return q;
	}
	return peg_div_round_wide(num, den);
}
/* Floor division of 128-bit integers; den > 0. */
__int128 peg_div_floor(__int128 num, __int128 den);

/* Number of elements of a static array. */
#define PEG_COUNT(a) (sizeof(a) / sizeof((a)[0]))

#endif
