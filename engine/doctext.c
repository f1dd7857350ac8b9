/*
 * doctext.c - lines, cells, HTML cleaning and folding of the PEG document
 * (see doctext.h).  Owns nothing: every string goes to the caller's arena.
 */
#include "doctext.h"

#include <string.h>

/* ---- cleaning --------------------------------------------------------- */

static int is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Tags after which the text reads as a new paragraph: they become a
 * blank, inline tags (small, i, b, span...) disappear. */
static int block_tag(const char *name, size_t n)
{
	static const char *const block[] = {"p",  "br", "div", "li", "ul",
					    "ol", "tr", "td",  "th", "h1",
					    "h2", "h3", "h4",  "table"};
	for (size_t i = 0; i < PEG_COUNT(block); i++)
		if (strlen(block[i]) == n) {
			size_t k = 0;
			while (k < n && lower((unsigned char)name[k]) ==
						block[i][k])
				k++;
			if (k == n)
				return 1;
		}
	return 0;
}

/* Length of a tag starting at s[0] == '<' within end, 0 if not a tag. */
static size_t tag_len(const char *s, const char *end, int *block)
{
	const char *p = s + 1;
	if (p < end && (*p == '/' || *p == '!'))
		p++;
	if (p >= end || !is_alpha((unsigned char)*p))
		return 0;
	const char *name = p;
	while (p < end && (is_alpha((unsigned char)*p) ||
			   (*p >= '0' && *p <= '9')))
		p++;
	size_t nl = (size_t)(p - name);
	while (p < end && *p != '>' && *p != '<')
		p++;
	if (p >= end || *p != '>')
		return 0;
	*block = block_tag(name, nl);
	return (size_t)(p - s) + 1;
}

/* Decodes an entity at s[0] == '&'; returns its length (0 if none) and
 * writes its UTF-8 text to out (at most 4 bytes), *olen bytes. */
static size_t entity(const char *s, const char *end, char *out, size_t *olen)
{
	static const struct {
		const char *name;
		const char *text;
	} named[] = {{"amp", "&"},   {"lt", "<"},    {"gt", ">"},
		     {"quot", "\""}, {"apos", "'"},  {"nbsp", " "},
		     {"egrave", "\xC3\xA8"}, {"agrave", "\xC3\xA0"},
		     {"ograve", "\xC3\xB2"}, {"ugrave", "\xC3\xB9"},
		     {"igrave", "\xC3\xAC"}, {"eacute", "\xC3\xA9"}};
	const char *p = s + 1;
	const char *semi = p;
	while (semi < end && semi - p < 10 && *semi != ';')
		semi++;
	if (semi >= end || *semi != ';' || semi == p)
		return 0;
	size_t n = (size_t)(semi - p);
	if (*p == '#') {
		unsigned long v = 0;
		const char *q = p + 1;
		int hex = q < semi && (*q == 'x' || *q == 'X');
		if (hex)
			q++;
		if (q == semi)
			return 0;
		for (; q < semi; q++) {
			int c = lower((unsigned char)*q), dv;
			if (c >= '0' && c <= '9')
				dv = c - '0';
			else if (hex && c >= 'a' && c <= 'f')
				dv = c - 'a' + 10;
			else
				return 0;
			v = v * (hex ? 16 : 10) + (unsigned long)dv;
			if (v > 0x10FFFF)
				return 0;
		}
		if (v == 0 || (v >= 0xD800 && v <= 0xDFFF))
			return 0;
		if (v < 0x80) {
			out[0] = (char)v;
			*olen = 1;
		} else if (v < 0x800) {
			out[0] = (char)(0xC0 | (v >> 6));
			out[1] = (char)(0x80 | (v & 0x3F));
			*olen = 2;
		} else if (v < 0x10000) {
			out[0] = (char)(0xE0 | (v >> 12));
			out[1] = (char)(0x80 | ((v >> 6) & 0x3F));
			out[2] = (char)(0x80 | (v & 0x3F));
			*olen = 3;
		} else {
			out[0] = (char)(0xF0 | (v >> 18));
			out[1] = (char)(0x80 | ((v >> 12) & 0x3F));
			out[2] = (char)(0x80 | ((v >> 6) & 0x3F));
			out[3] = (char)(0x80 | (v & 0x3F));
			*olen = 4;
		}
		return n + 2;
	}
	for (size_t i = 0; i < PEG_COUNT(named); i++)
		if (strlen(named[i].name) == n &&
		    memcmp(named[i].name, p, n) == 0) {
			*olen = strlen(named[i].text);
			memcpy(out, named[i].text, *olen);
			return n + 2;
		}
	return 0;
}

char *peg_doc_clean(struct peg_arena *a, const char *s, size_t n)
{
	/* Entities never grow: "&#x10FFFF;" is 10 bytes for 4. */
	char *out = peg_arena_alloc(a, n + 1);
	if (!out)
		return NULL;
	const char *p = s, *end = s + n;
	size_t o = 0;
	int space = 0; /* a blank is pending */
	while (p < end) {
		unsigned char c = (unsigned char)*p;
		char tmp[4];
		size_t tl = 0, k;
		int block = 0;
		if (c == '<' && (k = tag_len(p, end, &block))) {
			p += k;
			if (block)
				space = 1;
			continue;
		}
		if (c == '&' && (k = entity(p, end, tmp, &tl))) {
			p += k;
		} else if (c == 0xC2 && p + 1 < end &&
			   (unsigned char)p[1] == 0xA0) {
			p += 2; /* NBSP */
			space = 1;
			continue;
		} else if (c == 0xEF && p + 2 < end &&
			   (unsigned char)p[1] == 0xBB &&
			   (unsigned char)p[2] == 0xBF) {
			p += 3; /* a stray byte order mark */
			continue;
		} else if (c < 0x20 || c == ' ' || c == 0x7F) {
			p++;
			space = 1;
			continue;
		} else {
			tmp[0] = (char)c;
			tl = 1;
			p++;
		}
		if (tl == 1 && (tmp[0] == ' ' || (unsigned char)tmp[0] < 0x20)) {
			space = 1;
			continue;
		}
		if (space && o > 0)
			out[o++] = ' ';
		space = 0;
		memcpy(out + o, tmp, tl);
		o += tl;
	}
	out[o] = '\0';
	return out;
}

/* ---- folding ---------------------------------------------------------- */

/* ASCII for U+00C0..U+00FF: the letter without its accent, 0 to keep. */
static const char latin1[64] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
			       "aaaaaaaceeeeiiiidnooooo/ouuuuyty";

size_t peg_fold_buf(const char *s, char *out, size_t cap)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t o = 0;
	int space = 0;
	while (*p) {
		const char *rep = NULL;
		char one[2] = {0, 0};
		size_t adv = 1;
		if (p[0] < 0x80) {
			if (p[0] == ' ' || p[0] == '\t') {
				space = 1;
				p++;
				continue;
			}
			one[0] = (char)lower(p[0]);
			rep = one;
		} else if ((p[0] == 0xC2 || p[0] == 0xC3) && p[1] >= 0x80 &&
			   p[1] <= 0xBF) {
			unsigned cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
			adv = 2;
			if (cp == 0xA0) {
				space = 1;
				p += 2;
				continue;
			}
			if (cp >= 0xC0) {
				one[0] = latin1[cp - 0xC0];
				rep = one;
			} else if (cp == 0xB4) {
				rep = "'";
			} else if (cp == 0xAB || cp == 0xBB) {
				rep = "\"";
			} else if (cp == 0xB0 || cp == 0xBA) {
				rep = "o"; /* 2° */
			}
		} else if ((p[0] == 0xCC && p[1] >= 0x80 && p[1] <= 0xBF) ||
			   (p[0] == 0xCD && p[1] >= 0x80 && p[1] <= 0xAF)) {
			/* A combining accent (U+0300..U+036F): dropped. */
			p += 2;
			continue;
		} else if (p[0] == 0xE2 && p[1] >= 0x80 && p[2] >= 0x80) {
			unsigned cp = ((p[0] & 0x0Fu) << 12) |
				      ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
			adv = 3;
			switch (cp) {
			case 0x2018: case 0x2019: case 0x201B: case 0x2032:
				rep = "'";
				break;
			case 0x201C: case 0x201D: case 0x201E:
				rep = "\"";
				break;
			case 0x2010: case 0x2011: case 0x2012: case 0x2013:
			case 0x2014: case 0x2212:
				rep = "-";
				break;
			case 0x2265:
				rep = ">=";
				break;
			case 0x2264:
				rep = "<=";
				break;
			case 0x2026:
				rep = "...";
				break;
			case 0x2022:
				rep = " ";
				break;
			default:
				break;
			}
		}
		const char *src = rep;
		size_t rl;
		if (!rep) {
			/* Keep the character's bytes as they are. */
			size_t len = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3
					: p[0] >= 0xC0 ? 2 : 1;
			adv = 0;
			while (adv < len && p[adv])
				adv++;
			src = (const char *)p;
			rl = adv;
		} else if (rep[0] == ' ' && rep[1] == '\0') {
			space = 1;
			p += adv;
			continue;
		} else {
			rl = strlen(rep);
		}
		size_t lead = space && o > 0;
		if (o + lead + rl + 1 > cap)
			break;
		if (lead)
			out[o++] = ' ';
		space = 0;
		memcpy(out + o, src, rl);
		o += rl;
		p += adv;
	}
	if (cap)
		out[o] = '\0';
	return o;
}

char *peg_fold(struct peg_arena *a, const char *s)
{
	/* Folding never lengthens a text. */
	size_t n = strlen(s);
	char *out = peg_arena_alloc(a, n + 1);
	if (out)
		peg_fold_buf(s, out, n + 1);
	return out;
}

int peg_key_starts(const char *key, const char *prefix)
{
	return strncmp(key, prefix, strlen(prefix)) == 0;
}

/* ---- lines ------------------------------------------------------------ */

/* A line end at i: "\r\n", "\n" or a lone "\r" (old Mac text), as the
 * CSV reader takes them.  1 when buf[i] ends a line (the '\n' of a CRLF,
 * not its '\r'). */
static int line_end(const char *buf, size_t n, size_t i)
{
	return buf[i] == '\n' || (buf[i] == '\r' && (i + 1 == n ||
						     buf[i + 1] != '\n'));
}

static long line_of(const char *buf, size_t n, size_t off)
{
	long line = 1;
	for (size_t i = 0; i < off; i++)
		if (line_end(buf, n, i))
			line++;
	return line;
}

int peg_doc_split(struct peg_arena *a, const char *buf, size_t n,
		  const char *name, struct peg_docline **lines,
		  size_t *nlines, struct peg_diag *d)
{
	size_t bad, bom;

	*lines = NULL;
	*nlines = 0;
	if (n >= 2 && (((unsigned char)buf[0] == 0xFF &&
			(unsigned char)buf[1] == 0xFE) ||
		       ((unsigned char)buf[0] == 0xFE &&
			(unsigned char)buf[1] == 0xFF)))
		return peg_fail(d, PEG_EDATA, name, 1,
				"the document is UTF-16 (export it as UTF-8 "
				"text)");
	if (peg_utf8_check(buf, n, &bad, &bom))
		return peg_fail(d, PEG_EDATA, name, line_of(buf, n, bad),
				"invalid UTF-8 byte 0x%02X (re-save the "
				"document as UTF-8 text)",
				(unsigned char)buf[bad]);
	const char *nul = memchr(buf, '\0', n);
	if (nul)
		return peg_fail(d, PEG_EDATA, name,
				line_of(buf, n, (size_t)(nul - buf)),
				"NUL byte (expected the document exported as "
				"tab-separated text)");
	size_t start = bom == 0 ? 3 : 0;

	size_t count = 1;
	for (size_t i = start; i < n; i++)
		if (line_end(buf, n, i))
			count++;
	if (n > start && line_end(buf, n, n - 1))
		count--;
	struct peg_docline *L = peg_arena_calloc(a, count ? count : 1,
						 sizeof(*L));
	if (!L)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");

	size_t k = 0, p = start;
	while (k < count) {
		size_t e = p;
		while (e < n && !line_end(buf, n, e))
			e++;
		size_t le = e;
		if (le > p && buf[le - 1] == '\r')
			le--;
		size_t nc = 1;
		for (size_t i = p; i < le; i++)
			if (buf[i] == '\t')
				nc++;
		struct peg_docline *l = &L[k];
		l->no = (long)k + 1;
		l->n = nc;
		l->cell = peg_arena_alloc(a, nc * sizeof(*l->cell));
		l->key = peg_arena_alloc(a, nc * sizeof(*l->key));
		if (!l->cell || !l->key)
			return peg_fail(d, PEG_EINTERNAL, NULL, 0,
					"out of memory");
		size_t c = 0, cs = p;
		for (size_t i = p; i <= le; i++) {
			if (i < le && buf[i] != '\t')
				continue;
			const char *cl = peg_doc_clean(a, buf + cs, i - cs);
			const char *ky = cl ? peg_fold(a, cl) : NULL;
			if (!ky)
				return peg_fail(d, PEG_EINTERNAL, NULL, 0,
						"out of memory");
			l->cell[c] = cl;
			l->key[c] = ky;
			if (*cl) {
				if (!l->nfull)
					l->first = c;
				l->nfull++;
			}
			c++;
			cs = i + 1;
		}
		k++;
		p = e + 1;
	}
	*lines = L;
	*nlines = count;
	return 0;
}
