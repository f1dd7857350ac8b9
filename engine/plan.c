/*
 * plan.c - loads objectives.csv and indicators.csv (SPEC 2.2).
 *
 * Owns the plan's arena: every string, both arrays and the index maps.
 * Rows are checked as they are read (the first bad value stops the load
 * with its line); once loaded, both tables are sorted in natural id order
 * so that nothing downstream depends on the order of the rows in the
 * files.
 */
#include "plan.h"
#include "load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[PEG_KIND_COUNT_] = {
	[PEG_KIND_PERCENT] = "percent",
	[PEG_KIND_COUNT] = "count",
	[PEG_KIND_MIN] = "min",
	[PEG_KIND_MAX] = "max",
	[PEG_KIND_DEADLINE] = "deadline",
	[PEG_KIND_BOOLEAN] = "boolean",
	[PEG_KIND_PP_INCREMENT] = "pp_increment",
	[PEG_KIND_RELATIVE_CHANGE] = "relative_change",
	[PEG_KIND_QUALITATIVE] = "qualitative",
	[PEG_KIND_PHASES] = "phases",
};

const char *peg_kind_name(enum peg_kind k)
{
	return (unsigned)k < PEG_KIND_COUNT_ ? kind_names[k] : "?";
}

int peg_kind_parse(const char *name)
{
	for (int k = 0; k < PEG_KIND_COUNT_; k++)
		if (peg_strieq(name, kind_names[k]))
			return k;
	return -1;
}

const char *peg_incentivized_name(enum peg_incentivized v)
{
	return v == PEG_INC_YES ? "yes" : v == PEG_INC_NO ? "no" : "unknown";
}

#define MIN_YEAR 1900
#define MAX_YEAR 2100

/* ---- objectives.csv --------------------------------------------------- */

enum {
	O_ID, O_YEAR, O_SECTOR, O_SERVICE, O_MANAGER, O_OWNER, O_TITLE,
	O_STRATEGIC, O_DURATION, O_NATURE, O_IMPACT, O_INCENTIVIZED, O_WEIGHT,
	O_SOURCE_LINE, O_NCOLS
};

static const struct peg_csv_col obj_cols[O_NCOLS] = {
	[O_ID] = {"objective_id", 1},	  [O_YEAR] = {"year", 0},
	[O_SECTOR] = {"sector", 1},	  [O_SERVICE] = {"service", 0},
	[O_MANAGER] = {"manager", 0},	  [O_OWNER] = {"owner", 0},
	[O_TITLE] = {"title", 1},	  [O_STRATEGIC] = {"strategic_code", 0},
	[O_DURATION] = {"duration", 0},	  [O_NATURE] = {"nature", 0},
	[O_IMPACT] = {"impact", 0},	  [O_INCENTIVIZED] = {"incentivized", 0},
	[O_WEIGHT] = {"weight", 0},	  [O_SOURCE_LINE] = {"source_line", 0},
};

static int read_weight(struct peg_loader *l, size_t k, peg_fix *w)
{
	if (peg_cell_blank(l, k)) {
		*w = PEG_FIX_ONE;
		return 0;
	}
	if (peg_cell_fix(l, k, 0, w, NULL))
		return -1;
	if (*w <= 0)
		return peg_cell_fail(l, k, "a weight must be greater than 0");
	return 0;
}

static int read_source_line(struct peg_loader *l, size_t k, long *out)
{
	*out = 0;
	if (peg_cell_blank(l, k))
		return 0;
	return peg_cell_int(l, k, 1, 100000000, out);
}

static int read_objective(struct peg_plan *p, struct peg_loader *l,
			  int default_year, struct peg_objective *o)
{
	struct peg_arena *a = &p->arena;
	long v;

	memset(o, 0, sizeof(*o));
	o->line = l->row.line;
	if (!(o->id = peg_cell_req(l, O_ID, a)))
		return -1;
	o->year = default_year;
	if (!peg_cell_blank(l, O_YEAR)) {
		if (peg_cell_int(l, O_YEAR, MIN_YEAR, MAX_YEAR, &v))
			return -1;
		o->year = (int)v;
	}
	if (!(o->sector = peg_cell_req(l, O_SECTOR, a)) ||
	    !(o->title = peg_cell_req(l, O_TITLE, a)) ||
	    !(o->service = peg_cell_str(l, O_SERVICE, a)) ||
	    !(o->manager = peg_cell_str(l, O_MANAGER, a)) ||
	    !(o->owner = peg_cell_str(l, O_OWNER, a)) ||
	    !(o->strategic_code = peg_cell_str(l, O_STRATEGIC, a)) ||
	    !(o->duration = peg_cell_str(l, O_DURATION, a)) ||
	    !(o->nature = peg_cell_str(l, O_NATURE, a)) ||
	    !(o->impact = peg_cell_str(l, O_IMPACT, a)))
		return -1;
	o->incentivized = PEG_INC_UNKNOWN;
	if (!peg_cell_blank(l, O_INCENTIVIZED)) {
		const char *s = peg_cell(l, O_INCENTIVIZED);
		size_t n;
		peg_trim(&s, &n);
		int yes;
		const char *why;
		if (n == 7 && strncmp(s, "unknown", 7) == 0)
			o->incentivized = PEG_INC_UNKNOWN;
		else if (peg_parse_bool(s, &yes, &why) == 0)
			o->incentivized = yes ? PEG_INC_YES : PEG_INC_NO;
		else
			return peg_cell_fail(l, O_INCENTIVIZED,
					     "expected yes, no or unknown");
	}
	if (read_weight(l, O_WEIGHT, &o->weight) ||
	    read_source_line(l, O_SOURCE_LINE, &o->source_line))
		return -1;
	return 0;
}

static int load_objectives(struct peg_plan *p, const char *path,
			   int default_year, const struct peg_csv_opts *o,
			   struct peg_diag *d)
{
	struct peg_loader l;
	int idx[O_NCOLS];
	size_t cap = 0;
	int r;

	if (peg_loader_open(&l, path, o, obj_cols, O_NCOLS, idx, d))
		return -1;
	while ((r = peg_loader_next(&l)) == 1) {
		if (peg_grow((void **)&p->obj, &cap, p->nobj, sizeof(*p->obj))) {
			r = peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
			break;
		}
		struct peg_objective *ob = &p->obj[p->nobj];
		if (read_objective(p, &l, default_year, ob)) {
			r = -1;
			break;
		}
		size_t first;
		int put = peg_map_put(&p->obj_by_id, ob->id, p->nobj, &first);
		if (put < 0) {
			r = peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
			break;
		}
		if (put == 0) {
			r = peg_row_fail(&l,
					 "objective '%s' appears twice (first "
					 "at line %ld)",
					 ob->id, p->obj[first].line);
			break;
		}
		p->nobj++;
	}
	peg_loader_close(&l);
	return r < 0 ? -1 : 0;
}

/* ---- indicators.csv --------------------------------------------------- */

enum {
	I_OBJ, I_ID, I_YEAR, I_CATEGORY, I_DESCRIPTION, I_KIND, I_TARGET,
	I_BASELINE, I_UNIT, I_WEIGHT, I_TARGET_RAW, I_SOURCE_LINE, I_NCOLS
};

static const struct peg_csv_col ind_cols[I_NCOLS] = {
	[I_OBJ] = {"objective_id", 1},	 [I_ID] = {"indicator_id", 1},
	[I_YEAR] = {"year", 0},		 [I_CATEGORY] = {"category", 0},
	[I_DESCRIPTION] = {"description", 0}, [I_KIND] = {"kind", 1},
	[I_TARGET] = {"target", 1},	 [I_BASELINE] = {"baseline", 0},
	[I_UNIT] = {"unit", 0},		 [I_WEIGHT] = {"weight", 0},
	[I_TARGET_RAW] = {"target_raw", 0}, [I_SOURCE_LINE] = {"source_line", 0},
};

/* Parses the target cell according to the kind (SPEC 2.4). */
static int read_target(struct peg_loader *l, struct peg_indicator *in)
{
	switch (in->kind) {
	case PEG_KIND_QUALITATIVE:
		return 0; /* no measurable target; kept in target_raw */
	case PEG_KIND_DEADLINE:
		return peg_cell_date(l, I_TARGET, &in->target_date);
	case PEG_KIND_BOOLEAN: {
		int yes = 1;
		if (!peg_cell_blank(l, I_TARGET) &&
		    peg_cell_bool(l, I_TARGET, &yes))
			return -1;
		if (!yes)
			return peg_cell_fail(l, I_TARGET,
					     "a boolean target must be yes "
					     "(done)");
		in->target = PEG_FIX_ONE;
		return 0;
	}
	case PEG_KIND_PHASES:
		/* the share of the schedule to keep; 100% when blank */
		if (peg_cell_blank(l, I_TARGET)) {
			in->target = PEG_FIX(100);
			return 0;
		}
		/* fall through */
	default:
		if (peg_cell_fix(l, I_TARGET, PEG_NUM_PERCENT, &in->target,
				 NULL))
			return -1;
		if (in->target <= 0)
			return peg_cell_fail(l, I_TARGET,
					     in->target == 0
						     ? "a target of 0 cannot be "
						       "scored"
						     : "a negative target cannot "
						       "be scored");
		if (in->kind == PEG_KIND_PHASES && in->target > PEG_FIX(100))
			return peg_cell_fail(l, I_TARGET,
					     "a share of the phases above 100% "
					     "cannot be reached");
		return 0;
	}
}

static int read_baseline(struct peg_loader *l, struct peg_indicator *in)
{
	if (peg_cell_blank(l, I_BASELINE)) {
		if (in->kind == PEG_KIND_PP_INCREMENT)
			return peg_row_fail(l,
					    "indicator '%s': a pp_increment "
					    "needs a baseline",
					    in->id);
		return 0;
	}
	if (peg_cell_fix(l, I_BASELINE, PEG_NUM_PERCENT, &in->baseline, NULL))
		return -1;
	in->has_baseline = 1;
	if (in->kind == PEG_KIND_RELATIVE_CHANGE && in->baseline <= 0)
		return peg_cell_fail(l, I_BASELINE,
				     "a relative change needs a baseline "
				     "greater than 0");
	if (in->kind != PEG_KIND_RELATIVE_CHANGE &&
	    in->kind != PEG_KIND_PP_INCREMENT)
		peg_warn(l->d, peg_csv_name(l->csv), l->row.line,
			 "indicator '%s': kind %s does not use the baseline "
			 "(only pp_increment and relative_change do); it is "
			 "kept for the record",
			 in->id, peg_kind_name(in->kind));
	return 0;
}

static int read_indicator(struct peg_plan *p, struct peg_loader *l,
			  struct peg_indicator *in)
{
	struct peg_arena *a = &p->arena;
	size_t oi;
	long v;

	memset(in, 0, sizeof(*in));
	in->line = l->row.line;
	if (!(in->objective_id = peg_cell_req(l, I_OBJ, a)) ||
	    !(in->id = peg_cell_req(l, I_ID, a)))
		return -1;
	if (!peg_map_get(&p->obj_by_id, in->objective_id, &oi))
		return peg_cell_fail(l, I_OBJ,
				     "no such objective in objectives.csv");
	in->objective = oi;
	in->year = p->obj[oi].year;
	if (!peg_cell_blank(l, I_YEAR)) {
		if (peg_cell_int(l, I_YEAR, MIN_YEAR, MAX_YEAR, &v))
			return -1;
		in->year = (int)v;
	}
	const char *kind = peg_cell(l, I_KIND);
	size_t kn;
	peg_trim(&kind, &kn);
	char kbuf[32];
	int k = -1;
	if (kn < sizeof(kbuf)) {
		memcpy(kbuf, kind, kn);
		kbuf[kn] = '\0';
		k = peg_kind_parse(kbuf);
	}
	if (k < 0)
		return peg_cell_fail(l, I_KIND,
				     "unknown kind (expected percent, count, "
				     "min, max, deadline, boolean, "
				     "pp_increment, relative_change, "
				     "qualitative or phases)");
	in->kind = (enum peg_kind)k;
	if (!(in->category = peg_cell_str(l, I_CATEGORY, a)) ||
	    !(in->description = peg_cell_str(l, I_DESCRIPTION, a)) ||
	    !(in->unit = peg_cell_str(l, I_UNIT, a)))
		return -1;
	in->target_raw = peg_cell_blank(l, I_TARGET_RAW)
				 ? peg_cell_str(l, I_TARGET, a)
				 : peg_cell_str(l, I_TARGET_RAW, a);
	if (!in->target_raw || read_target(l, in) || read_baseline(l, in) ||
	    read_weight(l, I_WEIGHT, &in->weight) ||
	    read_source_line(l, I_SOURCE_LINE, &in->source_line))
		return -1;
	return 0;
}

static char *ind_key(struct peg_arena *a, const char *id, int year)
{
	size_t n = strlen(id);
	char *k = peg_arena_alloc(a, n + 8);
	if (k)
		snprintf(k, n + 8, "%s\x1f%d", id, year);
	return k;
}

static int load_indicators(struct peg_plan *p, const char *path,
			   const struct peg_csv_opts *o, struct peg_diag *d)
{
	struct peg_loader l;
	int idx[I_NCOLS];
	size_t cap = 0;
	int r;

	if (peg_loader_open(&l, path, o, ind_cols, I_NCOLS, idx, d))
		return -1;
	while ((r = peg_loader_next(&l)) == 1) {
		if (peg_grow((void **)&p->ind, &cap, p->nind, sizeof(*p->ind))) {
			r = peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
			break;
		}
		struct peg_indicator *in = &p->ind[p->nind];
		if (read_indicator(p, &l, in)) {
			r = -1;
			break;
		}
		char *key = ind_key(&p->arena, in->id, in->year);
		size_t first;
		int put = key ? peg_map_put(&p->ind_by_key, key, p->nind, &first)
			      : -1;
		if (put == 0) {
			r = peg_row_fail(&l,
					 "indicator '%s' for %d appears twice "
					 "(first at line %ld)",
					 in->id, in->year, p->ind[first].line);
			break;
		}
		int put2 = put < 0 ? -1
				   : peg_map_put(&p->ind_ids, in->id, p->nind,
						 &first);
		if (put < 0 || put2 < 0) {
			r = peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
			break;
		}
		if (put2 == 0 && strcmp(p->ind[first].objective_id,
					in->objective_id) != 0) {
			r = peg_row_fail(&l,
					 "indicator '%s' belongs to objective "
					 "'%s' at line %ld, not to '%s'",
					 in->id, p->ind[first].objective_id,
					 p->ind[first].line, in->objective_id);
			break;
		}
		p->nind++;
	}
	peg_loader_close(&l);
	return r < 0 ? -1 : 0;
}

/* ---- ordering --------------------------------------------------------- */

static int cmp_obj(const void *a, const void *b)
{
	const struct peg_objective *x = a, *y = b;
	return peg_natcmp(x->id, y->id);
}

static int cmp_ind(const void *a, const void *b)
{
	const struct peg_indicator *x = a, *y = b;
	int c = peg_natcmp(x->id, y->id);
	return c ? c : (x->year > y->year) - (x->year < y->year);
}

/* Sorts both tables and rebuilds the maps on the new positions. */
static int reindex(struct peg_plan *p, struct peg_diag *d)
{
	if (p->nobj > 1)
		qsort(p->obj, p->nobj, sizeof(*p->obj), cmp_obj);
	if (p->nind > 1)
		qsort(p->ind, p->nind, sizeof(*p->ind), cmp_ind);
	peg_map_release(&p->obj_by_id);
	peg_map_release(&p->ind_by_key);
	peg_map_release(&p->ind_ids);
	for (size_t i = 0; i < p->nobj; i++)
		if (peg_map_put(&p->obj_by_id, p->obj[i].id, i, NULL) < 0)
			return peg_fail(d, PEG_EINTERNAL, NULL, 0,
					"out of memory");
	for (size_t i = 0; i < p->nind; i++) {
		struct peg_indicator *in = &p->ind[i];
		peg_map_get(&p->obj_by_id, in->objective_id, &in->objective);
		char *key = ind_key(&p->arena, in->id, in->year);
		if (!key || peg_map_put(&p->ind_by_key, key, i, NULL) < 0 ||
		    peg_map_put(&p->ind_ids, in->id, i, NULL) < 0)
			return peg_fail(d, PEG_EINTERNAL, NULL, 0,
					"out of memory");
	}
	/* Counting sort of indicator rows by objective. */
	p->by_obj_start = calloc(p->nobj + 2, sizeof(*p->by_obj_start));
	p->by_obj = malloc((p->nind ? p->nind : 1) * sizeof(*p->by_obj));
	if (!p->by_obj_start || !p->by_obj)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	size_t *cnt = p->by_obj_start + 1;
	for (size_t i = 0; i < p->nind; i++)
		cnt[p->ind[i].objective]++;
	for (size_t k = 1; k <= p->nobj; k++)
		p->by_obj_start[k] += p->by_obj_start[k - 1];
	size_t *fill = calloc(p->nobj + 1, sizeof(*fill));
	if (!fill)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	for (size_t i = 0; i < p->nind; i++) {
		size_t k = p->ind[i].objective;
		p->by_obj[p->by_obj_start[k] + fill[k]++] = i;
	}
	free(fill);
	return 0;
}

int peg_plan_load(struct peg_plan *p, const char *dir, int default_year,
		  const struct peg_csv_opts *o, struct peg_diag *d)
{
	memset(p, 0, sizeof(*p));
	char *op = peg_path_join(&p->arena, dir, "objectives.csv");
	char *ip = peg_path_join(&p->arena, dir, "indicators.csv");
	if (!op || !ip)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	p->objectives_path = op;
	p->indicators_path = ip;
	if (load_objectives(p, op, default_year, o, d) ||
	    load_indicators(p, ip, o, d))
		return -1;
	return reindex(p, d);
}

void peg_plan_release(struct peg_plan *p)
{
	free(p->obj);
	free(p->ind);
	free(p->by_obj_start);
	free(p->by_obj);
	peg_map_release(&p->obj_by_id);
	peg_map_release(&p->ind_by_key);
	peg_map_release(&p->ind_ids);
	peg_arena_release(&p->arena);
	memset(p, 0, sizeof(*p));
}

long peg_plan_find_indicator(const struct peg_plan *p, const char *id,
			     int year)
{
	char key[256];
	size_t v;
	if (snprintf(key, sizeof(key), "%s\x1f%d", id, year) >=
	    (int)sizeof(key))
		return -1;
	return peg_map_get(&p->ind_by_key, key, &v) ? (long)v : -1;
}

static int cmp_name(const void *a, const void *b)
{
	return peg_natcmp(*(const char *const *)a, *(const char *const *)b);
}

int peg_plan_sectors(const struct peg_plan *p, const char ***names,
		     size_t *n, size_t *obj_sector)
{
	struct peg_map m = {0};
	const char **v = malloc((p->nobj ? p->nobj : 1) * sizeof(*v));
	size_t k = 0;
	*names = NULL;
	*n = 0;
	if (!v)
		return -1;
	for (size_t i = 0; i < p->nobj; i++) {
		int put = peg_map_put(&m, p->obj[i].sector, k, NULL);
		if (put < 0)
			goto oom;
		if (put == 1)
			v[k++] = p->obj[i].sector;
	}
	if (k > 1)
		qsort(v, k, sizeof(*v), cmp_name);
	peg_map_release(&m);
	for (size_t j = 0; j < k; j++)
		if (peg_map_put(&m, v[j], j, NULL) < 0)
			goto oom;
	for (size_t i = 0; i < p->nobj; i++)
		peg_map_get(&m, p->obj[i].sector, &obj_sector[i]);
	peg_map_release(&m);
	*names = v;
	*n = k;
	return 0;
oom:
	peg_map_release(&m);
	free(v);
	return -1;
}
