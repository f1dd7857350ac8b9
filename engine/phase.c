/*
 * phase.c - loads phases.csv and reads each phase's marks into due dates
 * (see phase.h).
 *
 * Owns the schedule's arena: every string, the slots and the phase
 * array.  The marks are read as written by pegaso import: a quarter cell
 * holds "X", "x" or a text ("Delibera G.C."), which all count as a mark
 * of that quarter; `other` holds "LABEL: VALUE" entries for columns that
 * are not quarters of the plan year ("primo trimestre 2021: X",
 * "2020: entro il 31/05/2020", "column 7: Fase pluriennale").
 */
#include "phase.h"
#include "doctext.h"
#include "load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

peg_date peg_quarter_end(int y, int q)
{
	return peg_date_from_ymd(y, 3 * q, peg_days_in_month(y, 3 * q));
}

/* ---- reading the marks ------------------------------------------------ */

/* The first year 1900-2100 written in text, not part of a longer
 * number; 0 when none. */
static int named_year(const char *k)
{
	for (const char *p = k; *p; p++) {
		if ((p[0] != '1' && p[0] != '2') || (p > k && p[-1] >= '0' &&
						     p[-1] <= '9'))
			continue;
		int y = 0, i;
		for (i = 0; i < 4 && p[i] >= '0' && p[i] <= '9'; i++)
			y = y * 10 + (p[i] - '0');
		if (i == 4 && !(p[4] >= '0' && p[4] <= '9') && y >= 1900 &&
		    y <= 2100)
			return y;
	}
	return 0;
}

/* The quarter a folded text names ("primo trimestre"): 1-4, or 0. */
static int named_quarter(const char *k)
{
	static const char *const ord[PEG_QUARTERS] = {"primo", "secondo",
						      "terzo", "quarto"};
	if (!strstr(k, "trimestre"))
		return 0;
	for (int q = 0; q < PEG_QUARTERS; q++)
		if (strstr(k, ord[q]))
			return q + 1;
	return 0;
}

/* Reads up to max digits at *p (at least min) into *v. */
static int digits(const char **p, int min, int max, int *v)
{
	int n = 0;
	*v = 0;
	while (n < max && **p >= '0' && **p <= '9') {
		*v = *v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n >= min && !(**p >= '0' && **p <= '9') ? 0 : -1;
}

/*
 * A date written inside a text: DD/MM/YYYY (one-digit day and month
 * allowed, '/', '.' or '-' as separator) or YYYY-MM-DD, not glued to
 * other digits, calendar-checked.  1 and *out when found.
 */
static int find_date(const char *s, peg_date *out)
{
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9' || (p > s && p[-1] >= '0' &&
					     p[-1] <= '9'))
			continue;
		const char *q = p;
		int a, b, c, y, m, dd;
		char sep;
		if (digits(&q, 4, 4, &a) == 0 && *q == '-') {
			q++;
			if (digits(&q, 2, 2, &b) || *q != '-')
				continue;
			q++;
			if (digits(&q, 2, 2, &c))
				continue;
			y = a;
			m = b;
			dd = c;
		} else {
			q = p;
			if (digits(&q, 1, 2, &a) || !*q || !strchr("/.-", *q))
				continue;
			sep = *q++;
			if (digits(&q, 1, 2, &b) || *q != sep)
				continue;
			q++;
			if (digits(&q, 4, 4, &c))
				continue;
			y = c;
			m = b;
			dd = a;
		}
		if (peg_date_make(y, m, dd, out, NULL) == 0)
			return 1;
	}
	return 0;
}

/* Slots and notes of one phase while they are read. */
struct reading {
	struct peg_arena *a;
	struct peg_phase_slot *slot;
	size_t n, cap;
	struct peg_buf note;
	int oom;
};

static void add_slot(struct reading *r, int year, int quarter, peg_date due,
		     const char *where, const char *text)
{
	if (peg_grow((void **)&r->slot, &r->cap, r->n, sizeof(*r->slot))) {
		r->oom = 1;
		return;
	}
	struct peg_phase_slot *s = &r->slot[r->n++];
	s->year = year;
	s->quarter = quarter;
	s->due = due;
	s->where = peg_arena_strdup(r->a, where);
	s->text = peg_arena_strdup(r->a, text);
	if (!s->where || !s->text)
		r->oom = 1;
}

static void add_note(struct reading *r, const char *text)
{
	if (r->note.len)
		peg_buf_puts(&r->note, "; ");
	peg_buf_puts(&r->note, text);
}

/*
 * One mark: text (as written), read with its label (a column label of
 * `other`, "" for a quarter cell).  A quarter cell (quarter 1-4) marks
 * that quarter of plan_year unless it writes a date (the due date) or
 * names another year (then it plans that year, or the quarter of it
 * it names).  An `other` entry (quarter 0) needs a date or a year, in
 * its label or its text.  What gives no date is a note.
 */
static void read_mark(struct reading *r, int plan_year, int quarter,
		      const char *where, const char *label, const char *text,
		      const char *entry)
{
	char lk[256], tk[512];
	peg_date due;
	peg_fold_buf(label, lk, sizeof(lk));
	peg_fold_buf(text, tk, sizeof(tk));
	int y = named_year(lk);
	int q = named_quarter(lk);
	if (!y)
		y = named_year(tk);
	if (!q)
		q = named_quarter(tk);
	if (find_date(text, &due)) {
		int dy, dm, dd;
		peg_date_to_ymd(due, &dy, &dm, &dd);
		add_slot(r, *label && named_year(lk) ? named_year(lk) : dy, 0,
			 due, where, text);
	} else if (y && (quarter == 0 || y != plan_year)) {
		add_slot(r, y, q, q ? peg_quarter_end(y, q)
				    : peg_date_from_ymd(y, 12, 31),
			 where, text);
	} else if (quarter && !strstr(tk, "pluriennal"))
		add_slot(r, plan_year, quarter,
			 peg_quarter_end(plan_year, quarter), where, text);
	else
		add_note(r, entry);
}

static int cmp_slot(const void *a, const void *b)
{
	const struct peg_phase_slot *x = a, *y = b;
	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	return (x->due > y->due) - (x->due < y->due);
}

int peg_phase_schedule(struct peg_arena *a, int plan_year,
		       const char *const q[PEG_QUARTERS], const char *other,
		       struct peg_phase_slot **slot, size_t *n,
		       const char **note)
{
	static const char *const qname[PEG_QUARTERS] = {"q1", "q2", "q3",
							"q4"};
	struct reading r;
	memset(&r, 0, sizeof(r));
	r.a = a;
	*slot = NULL;
	*n = 0;
	*note = "";
	for (int k = 0; k < PEG_QUARTERS; k++)
		if (q[k] && !peg_is_blank(q[k]))
			read_mark(&r, plan_year, k + 1, qname[k], "", q[k],
				  q[k]);
	/* other: "LABEL: VALUE; LABEL: VALUE", as pegaso import writes it */
	const char *p = other ? other : "";
	while (*p) {
		const char *end = strstr(p, "; ");
		size_t len = end ? (size_t)(end - p) : strlen(p);
		char *entry = peg_arena_strndup(a, p, len);
		if (!entry) {
			r.oom = 1;
			break;
		}
		char *colon = strstr(entry, ": ");
		const char *label = "", *text = entry;
		char *lab = NULL;
		if (colon) {
			lab = peg_arena_strndup(a, entry, (size_t)(colon - entry));
			label = lab ? lab : "";
			text = colon + 2;
		}
		if (!peg_is_blank(entry))
			read_mark(&r, plan_year, 0, *label ? label : "other",
				  label, text, entry);
		p = end ? end + 2 : p + len;
	}
	if (r.n > 1)
		qsort(r.slot, r.n, sizeof(*r.slot), cmp_slot);
	if (r.n) {
		*slot = peg_arena_alloc(a, r.n * sizeof(**slot));
		if (*slot)
			memcpy(*slot, r.slot, r.n * sizeof(**slot));
		else
			r.oom = 1;
		*n = r.n;
	}
	if (r.note.len)
		*note = peg_arena_strdup(a, peg_buf_str(&r.note));
	int oom = r.oom || r.note.oom || !*note;
	free(r.slot);
	peg_buf_release(&r.note);
	return oom ? -1 : 0;
}

int peg_phase_due(const struct peg_phase *ph, int year, peg_date *due)
{
	int found = 0;
	for (size_t i = 0; i < ph->nslot; i++)
		if (ph->slot[i].year == year) {
			if (!found || ph->slot[i].due > *due)
				*due = ph->slot[i].due;
			found = 1;
		}
	return found;
}

void peg_phase_describe(const struct peg_phase *ph, int year,
			struct peg_buf *b, int *scheduled)
{
	size_t n = 0;
	for (size_t i = 0; i < ph->nslot; i++)
		if (ph->slot[i].year == year)
			peg_buf_printf(b, "%s%s: %s", n++ ? "; " : "",
				       ph->slot[i].where, ph->slot[i].text);
	*scheduled = n > 0;
	if (n)
		return;
	int last = 0;
	for (size_t i = 0; i < ph->nslot; i++)
		if (ph->slot[i].year != last) {
			peg_buf_printf(b, "%s%d", n++ ? ", " : "scheduled in ",
				       ph->slot[i].year);
			last = ph->slot[i].year;
		}
	if (*ph->note)
		peg_buf_printf(b, "%s%s", n++ ? "; " : "", ph->note);
	if (!n)
		peg_buf_puts(b, "no quarter marked");
}

/* ---- phases.csv ------------------------------------------------------- */

enum {
	P_OBJ, P_ID, P_DESC, P_SECTOR, P_Q1, P_Q2, P_Q3, P_Q4, P_OTHER,
	P_SOURCE_LINE, P_NCOLS
};

static const struct peg_csv_col cols[P_NCOLS] = {
	[P_OBJ] = {"objective_id", 1}, [P_ID] = {"phase_id", 1},
	[P_DESC] = {"description", 0}, [P_SECTOR] = {"sector", 0},
	[P_Q1] = {"q1", 0},	       [P_Q2] = {"q2", 0},
	[P_Q3] = {"q3", 0},	       [P_Q4] = {"q4", 0},
	[P_OTHER] = {"other", 0},      [P_SOURCE_LINE] = {"source_line", 0},
};

static int read_phase(struct peg_phases *ps, struct peg_loader *l,
		      const struct peg_plan *p, struct peg_phase *ph)
{
	struct peg_arena *a = &ps->arena;
	size_t oi;

	memset(ph, 0, sizeof(*ph));
	ph->line = l->row.line;
	if (!(ph->objective_id = peg_cell_req(l, P_OBJ, a)) ||
	    !(ph->id = peg_cell_req(l, P_ID, a)))
		return -1;
	if (!peg_map_get(&p->obj_by_id, ph->objective_id, &oi))
		return peg_cell_fail(l, P_OBJ,
				     "no such objective in objectives.csv");
	ph->objective = oi;
	if (!(ph->description = peg_cell_str(l, P_DESC, a)) ||
	    !(ph->sector = peg_cell_str(l, P_SECTOR, a)) ||
	    !(ph->other = peg_cell_str(l, P_OTHER, a)))
		return -1;
	for (int k = 0; k < PEG_QUARTERS; k++)
		if (!(ph->q[k] = peg_cell_str(l, P_Q1 + (size_t)k, a)))
			return -1;
	long v = 0;
	if (!peg_cell_blank(l, P_SOURCE_LINE) &&
	    peg_cell_int(l, P_SOURCE_LINE, 1, 100000000, &v))
		return -1;
	ph->source_line = v;
	if (peg_phase_schedule(a, p->obj[oi].year, ph->q, ph->other,
			       &ph->slot, &ph->nslot, &ph->note))
		return peg_fail(l->d, PEG_EINTERNAL, NULL, 0, "out of memory");
	return 0;
}

static int cmp_phase(const void *a, const void *b)
{
	const struct peg_phase *x = a, *y = b;
	return peg_natcmp(x->id, y->id);
}

/* Sorts the phases, rebuilds the id map and the per-objective index. */
static int reindex(struct peg_phases *ps, const struct peg_plan *p,
		   struct peg_diag *d)
{
	if (ps->n > 1)
		qsort(ps->ph, ps->n, sizeof(*ps->ph), cmp_phase);
	peg_map_release(&ps->by_id);
	for (size_t i = 0; i < ps->n; i++)
		if (peg_map_put(&ps->by_id, ps->ph[i].id, i, NULL) < 0)
			return peg_fail(d, PEG_EINTERNAL, NULL, 0,
					"out of memory");
	ps->by_obj_start = calloc(p->nobj + 2, sizeof(*ps->by_obj_start));
	ps->by_obj = malloc((ps->n ? ps->n : 1) * sizeof(*ps->by_obj));
	if (!ps->by_obj_start || !ps->by_obj)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	for (size_t i = 0; i < ps->n; i++)
		ps->by_obj_start[ps->ph[i].objective + 1]++;
	for (size_t k = 1; k <= p->nobj; k++)
		ps->by_obj_start[k] += ps->by_obj_start[k - 1];
	/* Placing in id order advances each start to the next one. */
	for (size_t i = 0; i < ps->n; i++)
		ps->by_obj[ps->by_obj_start[ps->ph[i].objective]++] = i;
	for (size_t k = p->nobj; k > 0; k--)
		ps->by_obj_start[k] = ps->by_obj_start[k - 1];
	ps->by_obj_start[0] = 0;
	return 0;
}

int peg_phases_load(struct peg_phases *ps, const char *path,
		    const struct peg_plan *p, const struct peg_csv_opts *o,
		    struct peg_diag *d)
{
	struct peg_loader l;
	int idx[P_NCOLS];
	size_t cap = 0;
	int r;

	memset(ps, 0, sizeof(*ps));
	if (!path)
		return reindex(ps, p, d);
	ps->path = peg_arena_strdup(&ps->arena, path);
	if (!ps->path)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	if (peg_loader_open(&l, path, o, cols, P_NCOLS, idx, d))
		return -1;
	while ((r = peg_loader_next(&l)) == 1) {
		if (peg_grow((void **)&ps->ph, &cap, ps->n, sizeof(*ps->ph))) {
			r = peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
			break;
		}
		struct peg_phase *ph = &ps->ph[ps->n];
		if (read_phase(ps, &l, p, ph)) {
			r = -1;
			break;
		}
		size_t first;
		int put = peg_map_put(&ps->by_id, ph->id, ps->n, &first);
		if (put < 0) {
			r = peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
			break;
		}
		if (put == 0) {
			r = peg_row_fail(&l,
					 "phase '%s' appears twice (first at "
					 "line %ld)",
					 ph->id, ps->ph[first].line);
			break;
		}
		ps->n++;
	}
	peg_loader_close(&l);
	if (r < 0)
		return -1;
	return reindex(ps, p, d);
}

void peg_phases_release(struct peg_phases *ps)
{
	free(ps->ph);
	free(ps->by_obj_start);
	free(ps->by_obj);
	peg_map_release(&ps->by_id);
	peg_arena_release(&ps->arena);
	memset(ps, 0, sizeof(*ps));
}
