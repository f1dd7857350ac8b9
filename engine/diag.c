/*
 * diag.c - the list of diagnostics every fallible function appends to.
 *
 * An entry owns copies of its file name and message.  If memory runs out
 * while storing an entry, the list remembers it (oom) and reports
 * PEG_EINTERNAL as its code, so a failure is never lost silently.
 */
#include "pegaso.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void peg_diag_init(struct peg_diag *d)
{
	memset(d, 0, sizeof(*d));
}

void peg_diag_release(struct peg_diag *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->item[i].file);
		free(d->item[i].message);
	}
	free(d->item);
	memset(d, 0, sizeof(*d));
}

int peg_diag_code(const struct peg_diag *d)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->item[i].severity == PEG_SEV_ERROR)
			return d->item[i].code;
	return d->oom ? PEG_EINTERNAL : PEG_OK;
}

static void diag_add(struct peg_diag *d, int code, int severity,
		     const char *file, long line, const char *fmt, va_list ap)
{
	if (severity == PEG_SEV_ERROR)
		d->errors++;
	if (d->n == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 8;
		struct peg_error *p = realloc(d->item, cap * sizeof(*p));
		if (!p) {
			d->oom = 1;
			return;
		}
		d->item = p;
		d->cap = cap;
	}
	va_list cp;
	va_copy(cp, ap);
	int len = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	char *msg = len >= 0 ? malloc((size_t)len + 1) : NULL;
	char *f = file ? strdup(file) : NULL;
	if (!msg || (file && !f)) {
		free(msg);
		free(f);
		d->oom = 1;
		return;
	}
	vsnprintf(msg, (size_t)len + 1, fmt, ap);
	struct peg_error *e = &d->item[d->n++];
	e->code = code;
	e->severity = severity;
	e->file = f;
	e->line = line;
	e->message = msg;
}

int peg_fail(struct peg_diag *d, int code, const char *file, long line,
	     const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_add(d, code, PEG_SEV_ERROR, file, line, fmt, ap);
	va_end(ap);
	return -1;
}

void peg_warn(struct peg_diag *d, const char *file, long line,
	      const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_add(d, PEG_OK, PEG_SEV_WARNING, file, line, fmt, ap);
	va_end(ap);
}

void peg_note(struct peg_diag *d, const char *file, long line,
	      const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_add(d, PEG_OK, PEG_SEV_NOTE, file, line, fmt, ap);
	va_end(ap);
}

void peg_diag_move(struct peg_diag *to, struct peg_diag *from)
{
	for (size_t i = 0; i < from->n; i++) {
		const struct peg_error *e = &from->item[i];
		if (e->severity == PEG_SEV_ERROR)
			peg_fail(to, e->code, e->file, e->line, "%s",
				 e->message);
		else if (e->severity == PEG_SEV_WARNING)
			peg_warn(to, e->file, e->line, "%s", e->message);
		else
			peg_note(to, e->file, e->line, "%s", e->message);
	}
	if (from->oom)
		to->oom = 1;
	peg_diag_release(from);
}

size_t peg_diag_format(const struct peg_error *e, char *buf, size_t size)
{
	const char *sev = e->severity == PEG_SEV_WARNING ? "warning: "
			  : e->severity == PEG_SEV_NOTE	  ? "note: "
							  : "";
	int n;
	if (e->file && e->line > 0)
		n = snprintf(buf, size, "%s:%ld: %s%s", e->file, e->line, sev,
			     e->message);
	else if (e->file)
		n = snprintf(buf, size, "%s: %s%s", e->file, sev, e->message);
	else
		n = snprintf(buf, size, "pegaso: %s%s", sev, e->message);
	return n < 0 ? 0 : (size_t)n;
}
