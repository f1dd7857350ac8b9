/*
 * phasever.c - loads the phase verification file (see phase.h): for a
 * phase and a year, the date it was done, or that it was not done, or
 * that it was neutralized (causes not attributable to the office, with
 * the reason in the note).
 *
 * Owns its arena (strings) and the rows, of every year, sorted by phase
 * and year.  Like the other loaders it stops at the first bad value with
 * its file and line.
 */
#include "load.h"
#include "phase.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct {
	const char *name;
	enum peg_pstatus status;
} status_words[] = {
	{"done", PEG_PS_DONE},
	{"svolta", PEG_PS_DONE},
	{"not_done", PEG_PS_NOT_DONE},
	{"non_svolta", PEG_PS_NOT_DONE},
	{"neutralized", PEG_PS_NEUTRALIZED},
	{"neutralizzata", PEG_PS_NEUTRALIZED},
};

const char *peg_pstatus_name(enum peg_pstatus s)
{
	static const char *const names[PEG_PS_COUNT_] = {"done", "not_done",
							 "neutralized"};
	return (unsigned)s < PEG_PS_COUNT_ ? names[s] : "?";
}

enum { V_ID, V_YEAR, V_DONE, V_STATUS, V_NOTE, V_EVIDENCE, V_NCOLS };

static const struct peg_csv_col cols[V_NCOLS] = {
	[V_ID] = {"phase_id", 1},   [V_YEAR] = {"year", 0},
	[V_DONE] = {"done", 0},	    [V_STATUS] = {"status", 0},
	[V_NOTE] = {"note", 0},	    [V_EVIDENCE] = {"evidence", 0},
};

/* The status of the row; a blank status is `done` when a date is given. */
static int read_status(struct peg_loader *l, const char *id,
		       enum peg_pstatus *st)
{
	int blank_done = peg_cell_blank(l, V_DONE);
	if (peg_cell_blank(l, V_STATUS)) {
		if (blank_done)
			return peg_row_fail(l,
					    "phase '%s': done is empty (give the "
					    "date the phase was done, or status "
					    "not_done or neutralized)",
					    id);
		*st = PEG_PS_DONE;
		return 0;
	}
	const char *s = peg_cell(l, V_STATUS);
	size_t n;
	peg_trim(&s, &n);
	for (size_t i = 0; i < PEG_COUNT(status_words); i++)
		if (strlen(status_words[i].name) == n &&
		    strncasecmp(s, status_words[i].name, n) == 0) {
			*st = status_words[i].status;
			return 0;
		}
	return peg_cell_fail(l, V_STATUS,
			     "unknown status (expected done, not_done or "
			     "neutralized)");
}

/* Reads and checks one row (everything but duplicates). */
static int read_row(struct peg_phase_verifs *pv, struct peg_loader *l,
		    const struct peg_phases *ps, int default_year,
		    struct peg_phase_verif *v)
{
	long y = default_year;
	memset(v, 0, sizeof(*v));
	v->line = l->row.line;
	const char *id = peg_cell_req(l, V_ID, &pv->arena);
	if (!id)
		return -1;
	if (!peg_map_get(&ps->by_id, id, &v->phase))
		return peg_cell_fail(l, V_ID, "no such phase in the plan");
	if (!peg_cell_blank(l, V_YEAR) &&
	    peg_cell_int(l, V_YEAR, 1900, 2100, &y))
		return -1;
	v->year = (int)y;
	if (read_status(l, id, &v->status))
		return -1;
	int blank_done = peg_cell_blank(l, V_DONE);
	switch (v->status) {
	case PEG_PS_DONE:
		if (blank_done)
			return peg_row_fail(l,
					    "phase '%s': status done needs the "
					    "date in done",
					    id);
		if (peg_cell_date(l, V_DONE, &v->done))
			return -1;
		int dy, dm, dd;
		peg_date_to_ymd(v->done, &dy, &dm, &dd);
		if (dy < v->year - 1 || dy > v->year + 1) {
			char b[PEG_NUMBUF];
			peg_warn(l->d, peg_csv_name(l->csv), v->line,
				 "phase '%s': done on %s, more than a year "
				 "%s %d: is the date right?",
				 id, peg_date_str(v->done, b),
				 dy < v->year ? "before" : "after", v->year);
		}
		break;
	case PEG_PS_NOT_DONE:
		if (!blank_done)
			return peg_cell_fail(l, V_DONE,
					     "a phase not done has no date "
					     "(leave done empty, or set status "
					     "done)");
		break;
	default:
		if (!blank_done)
			return peg_cell_fail(l, V_DONE,
					     "a neutralized phase is not scored: "
					     "leave done empty");
	}
	if (!(v->note = peg_cell_str(l, V_NOTE, &pv->arena)) ||
	    !(v->evidence = peg_cell_str(l, V_EVIDENCE, &pv->arena)))
		return -1;
	if (v->status == PEG_PS_NEUTRALIZED && !*v->note)
		return peg_row_fail(l,
				    "phase '%s': status neutralized needs a "
				    "note giving the reason",
				    id);
	return 0;
}

static int cmp_row(const void *a, const void *b)
{
	const struct peg_phase_verif *x = a, *y = b;
	if (x->phase != y->phase)
		return x->phase < y->phase ? -1 : 1;
	return (x->year > y->year) - (x->year < y->year);
}

int peg_phase_verifs_load(struct peg_phase_verifs *pv, const char *path,
			  const struct peg_phases *ps, int default_year,
			  const struct peg_csv_opts *o, struct peg_diag *d)
{
	struct peg_loader l;
	int idx[V_NCOLS];
	size_t cap = 0;
	struct peg_map seen = {0};
	int r;

	memset(pv, 0, sizeof(*pv));
	if (!path)
		return 0;
	pv->path = peg_arena_strdup(&pv->arena, path);
	if (!pv->path)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	if (peg_loader_open(&l, path, o, cols, V_NCOLS, idx, d))
		return -1;
	while ((r = peg_loader_next(&l)) == 1) {
		struct peg_phase_verif v;
		if (read_row(pv, &l, ps, default_year, &v)) {
			r = -1;
			break;
		}
		const char *id = ps->ph[v.phase].id;
		size_t klen = strlen(id) + 8;
		char *key = peg_arena_alloc(&pv->arena, klen);
		if (!key) {
			r = peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
			break;
		}
		snprintf(key, klen, "%s\x1f%d", id, v.year);
		size_t first;
		int put = peg_map_put(&seen, key, pv->n, &first);
		if (put == 0) {
			r = peg_row_fail(&l,
					 "phase '%s' for %d appears twice "
					 "(first at line %ld)",
					 id, v.year, pv->v[first].line);
			break;
		}
		if (put < 0) {
			r = peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
			break;
		}
		if (peg_grow((void **)&pv->v, &cap, pv->n, sizeof(*pv->v))) {
			r = peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
			break;
		}
		pv->v[pv->n++] = v;
	}
	peg_loader_close(&l);
	peg_map_release(&seen);
	if (r < 0)
		return -1;
	if (pv->n > 1)
		qsort(pv->v, pv->n, sizeof(*pv->v), cmp_row);
	return 0;
}

void peg_phase_verifs_release(struct peg_phase_verifs *pv)
{
	free(pv->v);
	peg_arena_release(&pv->arena);
	memset(pv, 0, sizeof(*pv));
}

const struct peg_phase_verif *
peg_phase_verif_find(const struct peg_phase_verifs *pv, size_t phase,
		     int year)
{
	size_t lo = 0, hi = pv->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct peg_phase_verif *v = &pv->v[mid];
		if (v->phase < phase || (v->phase == phase && v->year < year))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < pv->n && pv->v[lo].phase == phase && pv->v[lo].year == year)
		return &pv->v[lo];
	return NULL;
}
