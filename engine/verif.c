/*
 * verif.c - loads the verification file (SPEC 2.3) against a loaded plan.
 *
 * Owns its arena (strings) and the rows that have a target in the plan,
 * of every year: those of the run year are scored, those of other years
 * tell the progress of multi-year objectives.  The actual value
 * is parsed by the kind of its indicator: a date for a deadline, yes/no for
 * a boolean, a number or percent otherwise; with status judgement it is
 * the achievement the evaluator states, 0 to 100.
 */
#include "verif.h"
#include "load.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

static const struct {
	const char *name;
	enum peg_vstatus status;
} status_words[] = {
	{"measured", PEG_VS_MEASURED},	     {"misurato", PEG_VS_MEASURED},
	{"neutralized", PEG_VS_NEUTRALIZED}, {"neutralizzato", PEG_VS_NEUTRALIZED},
	{"judgement", PEG_VS_JUDGEMENT},     {"giudizio", PEG_VS_JUDGEMENT},
	{"not_due", PEG_VS_NOT_DUE},	     {"non_dovuto", PEG_VS_NOT_DUE},
};

const char *peg_vstatus_name(enum peg_vstatus s)
{
	static const char *const names[PEG_VS_COUNT_] = {
		"measured", "neutralized", "judgement", "not_due", "missing"};
	return (unsigned)s < PEG_VS_COUNT_ ? names[s] : "?";
}

static const char *const dist_names[PEG_DIST_COUNT_] = {
	"uniform", "triangular", "normal"};

const char *peg_dist_name(enum peg_dist d)
{
	return (unsigned)d < PEG_DIST_COUNT_ ? dist_names[d] : "?";
}

int peg_dist_parse(const char *name)
{
	for (int i = 0; i < PEG_DIST_COUNT_; i++)
		if (peg_strieq(name, dist_names[i]))
			return i;
	return -1;
}

enum {
	V_ID,
	V_YEAR,
	V_ACTUAL,
	V_STATUS,
	V_NOTE,
	V_EVIDENCE,
	V_LOW,
	V_HIGH,
	V_DIST,
	V_NCOLS
};

static const struct peg_csv_col cols[V_NCOLS] = {
	[V_ID] = {"indicator_id", 1}, [V_YEAR] = {"year", 0},
	[V_ACTUAL] = {"actual", 0},   [V_STATUS] = {"status", 0},
	[V_NOTE] = {"note", 0},	      [V_EVIDENCE] = {"evidence", 0},
	[V_LOW] = {"actual_low", 0},  [V_HIGH] = {"actual_high", 0},
	[V_DIST] = {"distribution", 0},
};

static int read_status(struct peg_loader *l, enum peg_vstatus *st)
{
	*st = PEG_VS_MEASURED;
	if (peg_cell_blank(l, V_STATUS))
		return 0;
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
			     "unknown status (expected measured, neutralized, "
			     "judgement or not_due)");
}

/* Parses the actual value of a row of the run year. */
static int read_actual(struct peg_loader *l, const struct peg_indicator *in,
		       struct peg_verif *v)
{
	int blank = peg_cell_blank(l, V_ACTUAL);

	switch (v->status) {
	case PEG_VS_NOT_DUE:
	case PEG_VS_NEUTRALIZED:
		if (!blank)
			return peg_cell_fail(l, V_ACTUAL,
					     v->status == PEG_VS_NOT_DUE
						     ? "an indicator not due "
						       "this year has no actual "
						       "value"
						     : "a neutralized indicator "
						       "is not scored: leave "
						       "actual empty");
		return 0;
	case PEG_VS_JUDGEMENT:
		if (blank)
			return peg_row_fail(l,
					    "indicator '%s': status judgement "
					    "needs the stated achievement "
					    "(0-100) in actual",
					    in->id);
		if (peg_cell_fix(l, V_ACTUAL, PEG_NUM_PERCENT, &v->actual, NULL))
			return -1;
		if (v->actual < 0 || v->actual > PEG_FIX(100))
			return peg_cell_fail(l, V_ACTUAL,
					     "a judgement is an achievement "
					     "from 0 to 100");
		v->has_actual = 1;
		return 0;
	default:
		break;
	}
	if (in->kind == PEG_KIND_PHASES)
		return peg_row_fail(l,
				    "indicator '%s' is of kind phases: it is "
				    "measured from the phase verification file "
				    "(leave the row out, or set status "
				    "neutralized, judgement or not_due)",
				    in->id);
	if (in->kind == PEG_KIND_QUALITATIVE)
		return peg_row_fail(l,
				    "indicator '%s' is qualitative: it needs "
				    "status judgement (or neutralized)",
				    in->id);
	if (blank)
		return peg_row_fail(l,
				    "indicator '%s': actual value missing "
				    "(leave the row out, or set status "
				    "neutralized or not_due)",
				    in->id);
	v->has_actual = 1;
	switch (in->kind) {
	case PEG_KIND_DEADLINE:
		return peg_cell_date(l, V_ACTUAL, &v->actual_date);
	case PEG_KIND_BOOLEAN: {
		int yes;
		if (peg_cell_bool(l, V_ACTUAL, &yes))
			return -1;
		v->actual = yes ? PEG_FIX_ONE : 0;
		return 0;
	}
	default: {
		const char *why, *why2;
		peg_date dummy;
		const char *text = peg_cell(l, V_ACTUAL);
		if (peg_parse_fix(text, peg_csv_decimal(l->csv), PEG_NUM_PERCENT,
				  &v->actual, NULL, &why) == 0)
			return 0;
		/* Say it plainly when a date was given for a number. */
		if (peg_parse_date(text, &dummy, &why2) == 0)
			why = "a date, but the indicator is a number";
		return peg_cell_fail(l, V_ACTUAL, why);
	}
	}
}

/*
 * The uncertainty of a row of the run year (simulate): actual_low and
 * actual_high, both or neither, parsed like the actual value, holding it
 * between them; a distribution only with a range.
 */
static int read_range(struct peg_loader *l, const struct peg_indicator *in,
		      struct peg_verif *v)
{
	int lo = !peg_cell_blank(l, V_LOW), hi = !peg_cell_blank(l, V_HIGH);
	int di = !peg_cell_blank(l, V_DIST);

	if (!lo && !hi) {
		if (di)
			return peg_row_fail(l,
					    "indicator '%s': distribution needs "
					    "a range in actual_low and "
					    "actual_high",
					    in->id);
		return 0;
	}
	if (v->status != PEG_VS_MEASURED)
		return peg_row_fail(l,
				    "indicator '%s': only a measured value can "
				    "have a range (status %s)",
				    in->id, peg_vstatus_name(v->status));
	if (in->kind == PEG_KIND_BOOLEAN || in->kind == PEG_KIND_QUALITATIVE)
		return peg_row_fail(l,
				    "indicator '%s' is %s: a range in "
				    "actual_low and actual_high applies to "
				    "numbers and deadlines",
				    in->id, peg_kind_name(in->kind));
	if (!lo || !hi)
		return peg_row_fail(l,
				    "indicator '%s': a range needs both "
				    "actual_low and actual_high",
				    in->id);
	v->has_range = 1;
	v->dist = PEG_DIST_UNIFORM;
	if (di) {
		const char *s = peg_cell(l, V_DIST);
		size_t n;
		char name[32];
		peg_trim(&s, &n);
		snprintf(name, sizeof(name), "%.*s", (int)(n < 31 ? n : 31), s);
		int k = n < 31 ? peg_dist_parse(name) : -1;
		if (k < 0)
			return peg_cell_fail(l, V_DIST,
					     "unknown distribution (expected "
					     "uniform, triangular or normal)");
		v->dist = (enum peg_dist)k;
	}
	int ok;
	if (in->kind == PEG_KIND_DEADLINE) {
		if (peg_cell_date(l, V_LOW, &v->low_date) ||
		    peg_cell_date(l, V_HIGH, &v->high_date))
			return -1;
		ok = v->low_date <= v->actual_date &&
		     v->actual_date <= v->high_date;
	} else {
		if (peg_cell_fix(l, V_LOW, PEG_NUM_PERCENT, &v->low, NULL) ||
		    peg_cell_fix(l, V_HIGH, PEG_NUM_PERCENT, &v->high, NULL))
			return -1;
		ok = v->low <= v->actual && v->actual <= v->high;
	}
	if (!ok) {
		const char *a = peg_cell(l, V_LOW), *b = peg_cell(l, V_ACTUAL),
			   *c = peg_cell(l, V_HIGH);
		size_t na, nb, nc;
		peg_trim(&a, &na);
		peg_trim(&b, &nb);
		peg_trim(&c, &nc);
		return peg_row_fail(l,
				    "indicator '%s': the range must hold the "
				    "actual value (actual_low <= actual <= "
				    "actual_high), found %.*s <= %.*s <= %.*s",
				    in->id, (int)na, a, (int)nb, b, (int)nc, c);
	}
	return 0;
}

static int cmp_verif(const void *a, const void *b)
{
	const struct peg_verif *x = a, *y = b;
	return (x->indicator > y->indicator) - (x->indicator < y->indicator);
}

int peg_verifs_load(struct peg_verifs *vs, const char *path,
		    const struct peg_plan *p, int year,
		    const struct peg_csv_opts *o, struct peg_diag *d)
{
	struct peg_loader l;
	int idx[V_NCOLS];
	size_t cap = 0;
	struct peg_map seen = {0};
	int r;

	memset(vs, 0, sizeof(*vs));
	vs->path = peg_arena_strdup(&vs->arena, path);
	vs->by_indicator = malloc((p->nind ? p->nind : 1) *
				  sizeof(*vs->by_indicator));
	if (!vs->path || !vs->by_indicator)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	for (size_t i = 0; i < p->nind; i++)
		vs->by_indicator[i] = -1;
	if (peg_loader_open(&l, path, o, cols, V_NCOLS, idx, d))
		return -1;
	/* Lines of the rows seen, by "id\x1fyear", to name duplicates. */
	long *lines = NULL;
	size_t nlines = 0, caplines = 0;

	while ((r = peg_loader_next(&l)) == 1) {
		struct peg_verif v = {0};
		long y = year;
		v.line = l.row.line;
		const char *id = peg_cell_req(&l, V_ID, &vs->arena);
		if (!id) {
			r = -1;
			break;
		}
		size_t any;
		if (!peg_map_get(&p->ind_ids, id, &any)) {
			r = peg_cell_fail(&l, V_ID, "no such indicator in the "
						    "plan");
			break;
		}
		if (!peg_cell_blank(&l, V_YEAR) &&
		    peg_cell_int(&l, V_YEAR, 1900, 2100, &y)) {
			r = -1;
			break;
		}
		v.year = (int)y;
		char *key = peg_arena_alloc(&vs->arena, strlen(id) + 8);
		if (!key) {
			r = peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
			break;
		}
		snprintf(key, strlen(id) + 8, "%s\x1f%d", id, v.year);
		size_t first;
		int put = peg_map_put(&seen, key, nlines, &first);
		if (put == 0) {
			r = peg_row_fail(&l,
					 "indicator '%s' for %d appears twice "
					 "(first at line %ld)",
					 id, v.year, lines[first]);
			break;
		}
		if (put < 0 || (nlines == caplines &&
				!(lines = realloc(lines,
						  (caplines = caplines * 2 + 64) *
							  sizeof(*lines))))) {
			r = peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
			break;
		}
		lines[nlines++] = v.line;
		if (read_status(&l, &v.status)) {
			r = -1;
			break;
		}
		if (!(v.note = peg_cell_str(&l, V_NOTE, &vs->arena)) ||
		    !(v.evidence = peg_cell_str(&l, V_EVIDENCE, &vs->arena)) ||
		    !(v.actual_raw = peg_cell_str(&l, V_ACTUAL, &vs->arena))) {
			r = -1;
			break;
		}
		if ((v.status == PEG_VS_NEUTRALIZED ||
		     v.status == PEG_VS_JUDGEMENT) &&
		    !*v.note) {
			r = peg_row_fail(&l,
					 "indicator '%s': status %s needs a "
					 "note giving the reason",
					 id, peg_vstatus_name(v.status));
			break;
		}
		if (v.year != year)
			vs->other_years++;
		long ix = peg_plan_find_indicator(p, id, v.year);
		if (ix < 0 && v.year != year)
			continue; /* no target that year: counted, not used */
		if (ix < 0) {
			r = peg_row_fail(&l,
					 "indicator '%s' has no target for %d "
					 "in the plan",
					 id, year);
			break;
		}
		v.indicator = (size_t)ix;
		if (read_actual(&l, &p->ind[ix], &v) ||
		    read_range(&l, &p->ind[ix], &v)) {
			r = -1;
			break;
		}
		if (vs->n == cap) {
			size_t c = cap ? cap * 2 : 64;
			struct peg_verif *q = realloc(vs->v, c * sizeof(*q));
			if (!q) {
				r = peg_fail(d, PEG_EINTERNAL, NULL, 0,
					     "out of memory");
				break;
			}
			vs->v = q;
			cap = c;
		}
		vs->v[vs->n++] = v;
	}
	peg_loader_close(&l);
	peg_map_release(&seen);
	free(lines);
	if (r < 0)
		return -1;
	if (vs->n > 1)
		qsort(vs->v, vs->n, sizeof(*vs->v), cmp_verif);
	for (size_t i = 0; i < vs->n; i++)
		vs->by_indicator[vs->v[i].indicator] = (long)i;
	return 0;
}

void peg_verifs_release(struct peg_verifs *vs)
{
	free(vs->v);
	free(vs->by_indicator);
	peg_arena_release(&vs->arena);
	memset(vs, 0, sizeof(*vs));
}
