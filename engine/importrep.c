/*
 * importrep.c - storage of the import tables and the report lines (see
 * import.h): growable arrays of objectives, indicators, phases and report
 * lines, strings in the import's arena.  Out of memory sets im->oom, which
 * peg_imp_parse turns into an error at the end.
 */
#include "import.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- report and storage helpers ---------------------------------------- */

const char *peg_imp_str(struct peg_imp *im, const char *s)
{
	char *p = peg_arena_strdup(&im->arena, s ? s : "");
	if (!p) {
		im->oom = 1;
		return "";
	}
	return p;
}

static const char *vprintf_str(struct peg_imp *im, const char *fmt,
			       va_list ap)
{
	struct peg_buf b = {0};
	peg_buf_vprintf(&b, fmt, ap);
	const char *s = b.oom ? (im->oom = 1, "") : peg_imp_str(im,
								 peg_buf_str(&b));
	peg_buf_release(&b);
	return s;
}

const char *peg_imp_printf(struct peg_imp *im, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	const char *s = vprintf_str(im, fmt, ap);
	va_end(ap);
	return s;
}

/* At most 200 bytes of s, cut at a character boundary, with "...". */
static const char *shorten(struct peg_imp *im, const char *s)
{
	size_t n = strlen(s);
	if (n <= 200)
		return peg_imp_str(im, s);
	size_t k = 197;
	while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
		k--;
	return peg_imp_printf(im, "%.*s...", (int)k, s);
}

void peg_imp_report(struct peg_imp *im, long line, const char *card,
		    const char *field, const char *found, int severity,
		    const char *fmt, ...)
{
	if (peg_grow((void **)&im->note, &im->capnote, im->nnote,
		 sizeof(*im->note))) {
		im->oom = 1;
		return;
	}
	struct peg_imp_note *n = &im->note[im->nnote];
	va_list ap;
	va_start(ap, fmt);
	n->assumed = vprintf_str(im, fmt, ap);
	va_end(ap);
	n->line = line;
	n->card = peg_imp_str(im, card);
	n->field = peg_imp_str(im, field);
	n->found = shorten(im, found ? found : "");
	n->severity = severity;
	n->seq = im->nnote++;
}

struct peg_imp_ind *peg_imp_new_ind(struct peg_imp *im)
{
	if (peg_grow((void **)&im->ind, &im->capind, im->nind, sizeof(*im->ind))) {
		im->oom = 1;
		return NULL;
	}
	struct peg_imp_ind *p = &im->ind[im->nind++];
	memset(p, 0, sizeof(*p));
	return p;
}

struct peg_imp_phase *peg_imp_new_phase(struct peg_imp *im)
{
	if (peg_grow((void **)&im->ph, &im->capph, im->nph, sizeof(*im->ph))) {
		im->oom = 1;
		return NULL;
	}
	struct peg_imp_phase *p = &im->ph[im->nph++];
	memset(p, 0, sizeof(*p));
	return p;
}

const char *peg_imp_line_text(struct peg_imp *im, const struct peg_docline *l)
{
	struct peg_buf b = {0};
	for (size_t i = 0; i < l->n; i++) {
		if (!*l->cell[i])
			continue;
		if (b.len)
			peg_buf_puts(&b, " | ");
		peg_buf_puts(&b, l->cell[i]);
	}
	const char *s = b.oom ? (im->oom = 1, "") : peg_imp_str(im,
								 peg_buf_str(&b));
	peg_buf_release(&b);
	return s;
}

void peg_imp_release(struct peg_imp *im)
{
	free(im->obj);
	free(im->ind);
	free(im->ph);
	free(im->note);
	peg_arena_release(&im->arena);
	memset(im, 0, sizeof(*im));
}

