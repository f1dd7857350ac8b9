/*
 * util.c - arena, byte buffer, hash map and string helpers (see util.h).
 *
 * The arena hands out memory from blocks of at least 64 KiB; an allocation
 * larger than a quarter block gets a block of its own.  The map uses linear
 * probing with FNV-1a hashes and grows at 50% load.
 */
#define _DEFAULT_SOURCE /* madvise(MADV_HUGEPAGE), Linux */
#include "util.h"

#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- arena ------------------------------------------------------------ */

struct peg_arena_block {
	struct peg_arena_block *next;
	size_t size; /* usable bytes after the header */
	size_t used;
	_Alignas(16) unsigned char mem[];
};

#define ARENA_BLOCK (64 * 1024)
#define ARENA_ALIGN 16

void *peg_arena_alloc(struct peg_arena *a, size_t size)
{
	struct peg_arena_block *b = a->head;
	size_t need = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);

	if (need < size)
		return NULL;
	if (b && b->size - b->used >= need) {
		void *p = b->mem + b->used;
		b->used += need;
		return p;
	}
	size_t bsize = need > ARENA_BLOCK / 4 ? need : ARENA_BLOCK;
	if (bsize > SIZE_MAX - sizeof(*b))
		return NULL;
	struct peg_arena_block *nb = malloc(sizeof(*nb) + bsize);
	if (!nb)
		return NULL;
	nb->size = bsize;
	nb->used = need;
	a->total += bsize;
	if (bsize != ARENA_BLOCK && b) {
		/* A big private block: keep filling the current one. */
		nb->next = b->next;
		b->next = nb;
	} else {
		nb->next = b;
		a->head = nb;
	}
	return nb->mem;
}

void *peg_arena_calloc(struct peg_arena *a, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		return NULL;
	void *p = peg_arena_alloc(a, n * size);
	if (p)
		memset(p, 0, n * size);
	return p;
}

char *peg_arena_strndup(struct peg_arena *a, const char *s, size_t n)
{
	char *p = peg_arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *peg_arena_strdup(struct peg_arena *a, const char *s)
{
	return peg_arena_strndup(a, s, strlen(s));
}

void peg_arena_release(struct peg_arena *a)
{
	struct peg_arena_block *b = a->head;
	while (b) {
		struct peg_arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
	a->total = 0;
}

/* ---- byte buffer ------------------------------------------------------ */

static int buf_grow(struct peg_buf *b, size_t extra)
{
	if (b->oom)
		return -1;
	if (b->len + extra + 1 <= b->cap)
		return 0;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->len + extra + 1) {
		if (cap > SIZE_MAX / 2) {
			b->oom = 1;
			return -1;
		}
		cap *= 2;
	}
	char *p = realloc(b->data, cap);
	if (!p) {
		b->oom = 1;
		return -1;
	}
	b->data = p;
	b->cap = cap;
	return 0;
}

int peg_choices_find(const struct peg_choices *c, const char *s, int *value)
{
	for (size_t i = 0; c->names[i]; i++)
		if (strcmp(s, c->names[i]) == 0) {
			*value = c->values[i];
			return 0;
		}
	return -1;
}

const char *peg_choices_name(const struct peg_choices *c, int value)
{
	for (size_t i = 0; c->names[i]; i++)
		if (c->values[i] == value)
			return c->names[i];
	return "";
}

char *peg_words_list(const char *const *names, char *buf, size_t size)
{
	size_t len = 0;
	buf[0] = '\0';
	for (size_t i = 0; names[i] && len < size; i++) {
		const char *sep = i == 0 ? "" : names[i + 1] ? ", " : " or ";
		int n = snprintf(buf + len, size - len, "%s%s", sep, names[i]);
		if (n < 0)
			break;
		len += (size_t)n;
	}
	return buf;
}

char *peg_choices_list(const struct peg_choices *c, char *buf, size_t size)
{
	return peg_words_list(c->names, buf, size);
}

int peg_grow(void **arr, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return 0;
	size_t c = *cap ? *cap * 2 : 64;
	while (c <= n)
		c *= 2;
	if (c > SIZE_MAX / size)
		return -1;
	void *p = realloc(*arr, c * size);
	if (!p)
		return -1;
	*arr = p;
	*cap = c;
	return 0;
}

void peg_buf_add(struct peg_buf *b, const void *p, size_t n)
{
	if (buf_grow(b, n))
		return;
	memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void peg_buf_puts(struct peg_buf *b, const char *s)
{
	peg_buf_add(b, s, strlen(s));
}

void peg_buf_putc(struct peg_buf *b, char c)
{
	if (buf_grow(b, 1))
		return;
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

/*
 * The conversions the trace and the tables use most: %s, %d, %ld, %zu,
 * %lld and %%, with no flags, width or precision, are formatted here,
 * without printf's parsing and locale work (millions of calls per run).
 * Any other conversion: what was added is taken back and vsnprintf
 * formats the whole text from a copy of the arguments.
 */
static void buf_digits(struct peg_buf *b, unsigned long long a, int neg)
{
	char t[24];
	int n = 24;
	do {
		t[--n] = (char)('0' + a % 10);
		a /= 10;
	} while (a);
	if (neg)
		t[--n] = '-';
	peg_buf_add(b, t + n, (size_t)(24 - n));
}

static void buf_signed(struct peg_buf *b, long long v)
{
	buf_digits(b, v < 0 ? 0ULL - (unsigned long long)v
			    : (unsigned long long)v,
		   v < 0);
}

/* 0 when fmt was all simple conversions (and is formatted), else -1. */
static int simple_vprintf(struct peg_buf *b, const char *fmt, va_list ap)
{
	const char *p = fmt;
	for (;;) {
		const char *q = strchr(p, '%');
		if (!q) {
			peg_buf_puts(b, p);
			return 0;
		}
		peg_buf_add(b, p, (size_t)(q - p));
		q++;
		if (*q == 's') {
			const char *s = va_arg(ap, const char *);
			peg_buf_puts(b, s ? s : "(null)");
		} else if (*q == 'd')
			buf_signed(b, va_arg(ap, int));
		else if (*q == '%')
			peg_buf_putc(b, '%');
		else if (q[0] == 'l' && q[1] == 'd')
			buf_signed(b, va_arg(ap, long)), q++;
		else if (q[0] == 'z' && q[1] == 'u')
			buf_digits(b, va_arg(ap, size_t), 0), q++;
		else if (q[0] == 'l' && q[1] == 'l' && q[2] == 'd')
			buf_signed(b, va_arg(ap, long long)), q += 2;
		else
			return -1;
		p = q + 1;
	}
}

void peg_buf_vprintf(struct peg_buf *b, const char *fmt, va_list ap)
{
	size_t len = b->len;
	va_list fast;
	va_copy(fast, ap);
	int simple = simple_vprintf(b, fmt, fast) == 0;
	va_end(fast);
	if (simple)
		return;
	b->len = len; /* take back the simple part */
	if (b->data)
		b->data[len] = '\0';
	va_list cp;
	va_copy(cp, ap);
	char small[256];
	int n = vsnprintf(small, sizeof(small), fmt, cp);
	va_end(cp);
	if (n < 0) {
		b->oom = 1;
		return;
	}
	if ((size_t)n < sizeof(small)) {
		peg_buf_add(b, small, (size_t)n);
		return;
	}
	if (buf_grow(b, (size_t)n))
		return;
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void peg_buf_printf(struct peg_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	peg_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void peg_buf_reset(struct peg_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

void peg_buf_release(struct peg_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->oom = 0;
}

const char *peg_buf_str(const struct peg_buf *b)
{
	return b->data ? b->data : "";
}

/* ---- map -------------------------------------------------------------- */

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	/* FNV-1a's low bits, the ones a slot index takes, see only the low
	 * bits of the key: fold the high half in */
	h ^= h >> 32;
	h *= 0x9E3779B97F4A7C15ULL;
	return h ^ (h >> 29);
}

int peg_map_get(const struct peg_map *m, const char *key, size_t *val)
{
	if (!m->cap)
		return 0;
	size_t mask = m->cap - 1;
	uint64_t h = hash_str(key);
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		const struct peg_map_slot *e = &m->slot[i];
		if (!e->key)
			return 0;
		if (e->hash == h && strcmp(e->key, key) == 0) {
			*val = e->val;
			return 1;
		}
	}
}

/*
 * The slot table: a large one (a region's staff) in memory the kernel
 * may back with huge pages, which saves a TLB miss on most lookups (each
 * lookup lands on a random slot).
 */
#define HUGE_PAGE ((size_t)2 << 20)

static struct peg_map_slot *slots_alloc(size_t cap)
{
	size_t bytes = cap * sizeof(struct peg_map_slot);
	if (bytes < HUGE_PAGE)
		return calloc(cap, sizeof(struct peg_map_slot));
	void *p = NULL;
	bytes = (bytes + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
	if (posix_memalign(&p, HUGE_PAGE, bytes))
		return NULL;
#ifdef MADV_HUGEPAGE
	madvise(p, bytes, MADV_HUGEPAGE);
#endif
	memset(p, 0, bytes);
	return p;
}

static int map_grow(struct peg_map *m)
{
	size_t cap = m->cap ? m->cap * 2 : 64;
	struct peg_map_slot *slot = slots_alloc(cap);
	if (!slot)
		return -1;
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->slot[i].key)
			continue;
		size_t j = m->slot[i].hash & (cap - 1);
		while (slot[j].key)
			j = (j + 1) & (cap - 1);
		slot[j] = m->slot[i];
	}
	free(m->slot);
	m->slot = slot;
	m->cap = cap;
	return 0;
}

int peg_map_put(struct peg_map *m, const char *key, size_t val, size_t *old)
{
	if ((m->n + 1) * 2 > m->cap && map_grow(m))
		return -1;
	size_t mask = m->cap - 1;
	uint64_t h = hash_str(key);
	size_t i = h & mask;
	for (; m->slot[i].key; i = (i + 1) & mask) {
		if (m->slot[i].hash == h && strcmp(m->slot[i].key, key) == 0) {
			if (old)
				*old = m->slot[i].val;
			return 0;
		}
	}
	m->slot[i] = (struct peg_map_slot){h, key, val};
	m->n++;
	return 1;
}

void peg_map_release(struct peg_map *m)
{
	free(m->slot);
	memset(m, 0, sizeof(*m));
}

/* ---- strings ---------------------------------------------------------- */

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

int peg_natcmp(const char *a, const char *b)
{
	const char *pa = a, *pb = b;

	while (*pa && *pb) {
		if (is_digit(*pa) && is_digit(*pb)) {
			while (*pa == '0')
				pa++;
			while (*pb == '0')
				pb++;
			size_t la = 0, lb = 0;
			while (is_digit(pa[la]))
				la++;
			while (is_digit(pb[lb]))
				lb++;
			if (la != lb)
				return la < lb ? -1 : 1;
			int c = memcmp(pa, pb, la);
			if (c)
				return c < 0 ? -1 : 1;
			pa += la;
			pb += lb;
			continue;
		}
		if (*pa != *pb)
			return (unsigned char)*pa < (unsigned char)*pb ? -1 : 1;
		pa++;
		pb++;
	}
	if (*pa || *pb)
		return *pa ? 1 : -1;
	int c = strcmp(a, b); /* "02" vs "2": still a total order */
	return c < 0 ? -1 : c > 0;
}

int peg_strieq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		char ca = *a, cb = *b;
		if (ca >= 'A' && ca <= 'Z')
			ca = (char)(ca - 'A' + 'a');
		if (cb >= 'A' && cb <= 'Z')
			cb = (char)(cb - 'A' + 'a');
		if (ca != cb)
			return 0;
	}
	return *a == *b;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

void peg_trim(const char **s, size_t *n)
{
	const char *p = *s;
	size_t len = strlen(p);
	while (len && is_blank(*p)) {
		p++;
		len--;
	}
	while (len && is_blank(p[len - 1]))
		len--;
	*s = p;
	*n = len;
}

char *peg_arena_trimdup(struct peg_arena *a, const char *s)
{
	size_t n;
	peg_trim(&s, &n);
	return peg_arena_strndup(a, s, n);
}

int peg_is_blank(const char *s)
{
	for (; *s; s++)
		if (!is_blank(*s))
			return 0;
	return 1;
}

int peg_utf8_check(const char *s, size_t n, size_t *bad, size_t *bom)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	if (bom)
		*bom = (size_t)-1;
	while (i < n) {
		unsigned c = p[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t len;
		unsigned lo = 0x80, hi = 0xBF;
		if (c >= 0xC2 && c <= 0xDF)
			len = 2;
		else if (c >= 0xE0 && c <= 0xEF) {
			len = 3;
			if (c == 0xE0)
				lo = 0xA0; /* overlong */
			else if (c == 0xED)
				hi = 0x9F; /* surrogates */
		} else if (c >= 0xF0 && c <= 0xF4) {
			len = 4;
			if (c == 0xF0)
				lo = 0x90;
			else if (c == 0xF4)
				hi = 0x8F;
		} else
			goto fail;
		if (i + len > n || p[i + 1] < lo || p[i + 1] > hi)
			goto fail;
		for (size_t k = 2; k < len; k++)
			if (p[i + k] < 0x80 || p[i + k] > 0xBF)
				goto fail;
		if (bom && *bom == (size_t)-1 && len == 3 && c == 0xEF &&
		    p[i + 1] == 0xBB && p[i + 2] == 0xBF)
			*bom = i;
		i += len;
	}
	return 0;
fail:
	*bad = i;
	return -1;
}

char *peg_path_join(struct peg_arena *a, const char *dir, const char *name)
{
	if (name[0] == '/' || !dir[0] || strcmp(dir, ".") == 0)
		return peg_arena_strdup(a, name);
	size_t dl = strlen(dir), nl = strlen(name);
	int slash = dir[dl - 1] != '/';
	char *p = peg_arena_alloc(a, dl + (size_t)slash + nl + 1);
	if (!p)
		return NULL;
	memcpy(p, dir, dl);
	if (slash)
		p[dl] = '/';
	memcpy(p + dl + (size_t)slash, name, nl + 1);
	return p;
}

int peg_read_file(const char *path, char **buf, size_t *n)
{
	*buf = NULL;
	*n = 0;
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return -1;
	struct stat st;
	int fs = fstat(fileno(fp), &st);
	if (fs != 0 || S_ISDIR(st.st_mode)) {
		if (fs == 0)
			errno = EISDIR;
		fclose(fp);
		return -1;
	}
	size_t cap = st.st_size > 0 ? (size_t)st.st_size + 1 : 4096, len = 0;
	char *p = malloc(cap);
	while (p) {
		len += fread(p + len, 1, cap - len - 1, fp);
		if (len < cap - 1)
			break;
		char *q = realloc(p, cap * 2);
		if (!q) {
			free(p);
			p = NULL;
			break;
		}
		p = q;
		cap *= 2;
	}
	int err = !p ? ENOMEM : ferror(fp) ? EIO : 0;
	fclose(fp);
	if (err) {
		free(p);
		errno = err;
		return -1;
	}
	p[len] = '\0';
	*buf = p;
	*n = len;
	return 0;
}

const char *peg_path_base(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

char *peg_path_dir(struct peg_arena *a, const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return peg_arena_strdup(a, ".");
	if (slash == path)
		return peg_arena_strdup(a, "/");
	return peg_arena_strndup(a, path, (size_t)(slash - path));
}

__int128 peg_div_round_wide(__int128 num, __int128 den)
{
	__int128 q = num / den, r = num % den;
	if (r < 0)
		r = -r;
	if (2 * r >= den)
		q += num < 0 ? -1 : 1;
	return q;
}

__int128 peg_div_floor(__int128 num, __int128 den)
{
	__int128 q = num / den;
	if (num % den != 0 && num < 0)
		q--;
	return q;
}
