/*
 * staff.c - loads staff.csv, absences.csv, assignments.csv and
 * evaluations.csv (see staff.h).
 *
 * Owns the staff arena and every array.  Rows are checked as they are
 * read; the first bad value stops the load with its line.  Positions are
 * sorted by employee id and position key so that nothing downstream
 * depends on the order of the rows.
 */
#include "staff.h"
#include "load.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OOM(d) peg_fail((d), PEG_EINTERNAL, NULL, 0, "out of memory")

/* 1 for a legacy CCNL 1999-2018 category code: A, B, C, D (with an
 * optional economic position digit, e.g. B3, D1). */
static int legacy_code(const char *s)
{
	return (s[0] == 'A' || s[0] == 'B' || s[0] == 'C' || s[0] == 'D' ||
		s[0] == 'a' || s[0] == 'b' || s[0] == 'c' || s[0] == 'd') &&
	       (s[1] == '\0' || (s[1] >= '1' && s[1] <= '9' && s[2] == '\0'));
}

/* ---- staff.csv -------------------------------------------------------- */

enum {
	S_ID, S_AREA, S_POSITION, S_SECTOR, S_PART_TIME, S_DAYS, S_CONV,
	S_BASE, S_EXCLUDED, S_REASON, S_NAME, S_NCOLS
};

static const struct peg_csv_col staff_cols[S_NCOLS] = {
	[S_ID] = {"employee_id", 1},	     [S_AREA] = {"area", 1},
	[S_POSITION] = {"position", 0},	     [S_SECTOR] = {"sector", 1},
	[S_PART_TIME] = {"part_time", 0},    [S_DAYS] = {"days_in_service", 1},
	[S_CONV] = {"convention_share", 0},  [S_BASE] = {"base_amount", 0},
	[S_EXCLUDED] = {"excluded", 0},	     [S_REASON] = {"excluded_reason", 0},
	[S_NAME] = {"name", 0},
};

static int read_percent(struct peg_loader *l, size_t k, peg_fix *out)
{
	*out = PEG_FIX(100);
	if (peg_cell_blank(l, k))
		return 0;
	if (peg_cell_fix(l, k, PEG_NUM_PERCENT, out, NULL))
		return -1;
	if (*out <= 0 || *out > PEG_FIX(100))
		return peg_cell_fail(l, k,
				     "expected a percent above 0 and at most "
				     "100");
	return 0;
}

static int read_area(struct peg_staff *s, struct peg_loader *l,
		     const struct peg_payrules *pr, struct peg_position *p)
{
	const char *code = p->area_written;
	long a = peg_payrules_area(pr, code);
	/* a legacy category goes through [area_map]: always from 2023,
	 * before only when [areas] does not list it itself */
	if (legacy_code(code) && (s->year >= 2023 || a < 0)) {
		for (size_t i = 0; i < pr->namap; i++)
			if (peg_strieq(pr->amap[i].legacy, code)) {
				p->area = pr->amap[i].area;
				return 0;
			}
		if (s->year < 2023)
			return peg_cell_fail(l, S_AREA,
					     "not an area of [areas] in the "
					     "rules, nor mapped to one in "
					     "[area_map]");
		return peg_cell_fail(l, S_AREA,
				     "a legacy category in a run for 2023 or "
				     "later: map it to an area of CCNL 2022 "
				     "in [area_map] of the rules");
	}
	if (a < 0)
		return peg_cell_fail(l, S_AREA, "not an area of [areas] in the "
						"rules");
	p->area = (size_t)a;
	return 0;
}

static int read_position(struct peg_staff *s, struct peg_loader *l,
			 const struct peg_payrules *pr, struct peg_position *p)
{
	struct peg_arena *a = &s->arena;
	long v;
	memset(p, 0, sizeof(*p));
	p->line = l->row.line;
	if (!(p->employee_id = peg_cell_req(l, S_ID, a)) ||
	    !(p->position = peg_cell_str(l, S_POSITION, a)) ||
	    !(p->area_written = peg_cell_req(l, S_AREA, a)) ||
	    !(p->sector = peg_cell_req(l, S_SECTOR, a)) ||
	    !(p->excluded_reason = peg_cell_str(l, S_REASON, a)))
		return -1;
	if (read_area(s, l, pr, p) || read_percent(l, S_PART_TIME, &p->part_time) ||
	    read_percent(l, S_CONV, &p->convention))
		return -1;
	if (peg_cell_int(l, S_DAYS, 0, 100000, &v))
		return -1;
	if (v > s->days_in_year) {
		char m[96];
		snprintf(m, sizeof(m), "more than the %d days of %d",
			 s->days_in_year, s->year);
		return peg_cell_fail(l, S_DAYS, m);
	}
	p->days = v;
	if (!peg_cell_blank(l, S_BASE)) {
		if (peg_cell_cents(l, S_BASE, PEG_NUM_NONNEG, &p->base_amount))
			return -1;
		p->has_base = 1;
	}
	if (!peg_cell_blank(l, S_EXCLUDED) &&
	    peg_cell_bool(l, S_EXCLUDED, &p->excluded))
		return -1;
	if (p->excluded && !*p->excluded_reason)
		return peg_row_fail(l,
				    "employee '%s': excluded needs "
				    "excluded_reason",
				    p->employee_id);
	return 0;
}

static int cmp_key(const struct peg_position *a, const struct peg_position *b)
{
	int c = peg_natcmp(a->employee_id, b->employee_id);
	return c ? c : peg_natcmp(a->position, b->position);
}

static int cmp_pos(const void *x, const void *y)
{
	const struct peg_position *a = x, *b = y;
	int c = cmp_key(a, b);
	return c ? c : (a->line > b->line) - (a->line < b->line);
}

static int load_staff(struct peg_staff *s, const char *path,
		      const struct peg_payrules *pr,
		      const struct peg_csv_opts *o, struct peg_diag *d)
{
	struct peg_loader l;
	int idx[S_NCOLS];
	size_t cap = 0;
	int r;

	if (peg_loader_open(&l, path, o, staff_cols, S_NCOLS, idx, d))
		return -1;
	while ((r = peg_loader_next(&l)) == 1) {
		if (s->npos == cap) {
			size_t c = cap ? cap * 2 : 256;
			struct peg_position *q = realloc(s->pos, c * sizeof(*q));
			if (!q) {
				r = OOM(d);
				break;
			}
			s->pos = q;
			cap = c;
		}
		struct peg_position *p = &s->pos[s->npos];
		if (read_position(s, &l, pr, p)) {
			r = -1;
			break;
		}
		s->npos++;
	}
	peg_loader_close(&l);
	if (r < 0)
		return -1;

	/* Sorted by employee, position and line: a position given twice
	 * is two neighbours; the one reported is the repetition nearest
	 * the top of the file, as a reader going down would find it. */
	qsort(s->pos, s->npos, sizeof(*s->pos), cmp_pos);
	size_t dup = 0;
	for (size_t i = 1; i < s->npos; i++)
		if (cmp_key(&s->pos[i - 1], &s->pos[i]) == 0 &&
		    (!dup || s->pos[i].line < s->pos[dup].line))
			dup = i;
	if (dup) {
		const struct peg_position *p = &s->pos[dup];
		long first = s->pos[dup - 1].line;
		return *p->position
			       ? peg_fail(d, PEG_EDATA, path, p->line,
					  "employee '%s' position '%s' appears "
					  "twice (first at line %ld)",
					  p->employee_id, p->position, first)
			       : peg_fail(d, PEG_EDATA, path, p->line,
					  "employee '%s' has two rows without a "
					  "position (first at line %ld): give "
					  "each row its position key",
					  p->employee_id, first);
	}
	s->person = calloc(s->npos ? s->npos : 1, sizeof(*s->person));
	if (!s->person)
		return OOM(d);
	for (size_t i = 0; i < s->npos; i++) {
		struct peg_position *p = &s->pos[i];
		if (!s->nperson ||
		    strcmp(s->person[s->nperson - 1].id, p->employee_id) != 0) {
			struct peg_person *q = &s->person[s->nperson++];
			q->id = p->employee_id;
			q->first = i;
			if (peg_map_put(&s->person_by_id, q->id, s->nperson - 1,
					NULL) < 0)
				return OOM(d);
		}
		struct peg_person *q = &s->person[s->nperson - 1];
		q->npos++;
		q->total_days += p->days;
		p->person = s->nperson - 1;
	}
	return 0;
}

/* The person of the employee_id cell, or -1 (reported).  Files are
 * mostly grouped by employee: the last person found is tried first. */
static long find_person(struct peg_staff *s, struct peg_loader *l, size_t k,
			size_t *last)
{
	char buf[128];
	const char *key = peg_cell_key(l, k, buf, sizeof(buf), &s->arena);
	size_t v;
	if (!key)
		return -1;
	if (*last < s->nperson && strcmp(s->person[*last].id, key) == 0)
		return (long)*last;
	if (!peg_map_get(&s->person_by_id, key, &v)) {
		peg_cell_fail(l, k, "no such employee in staff.csv");
		return -1;
	}
	*last = v;
	return (long)v;
}

/* The position named in column k for person pi: -1 when blank, -2 when
 * unknown (reported). */
static long find_position(struct peg_staff *s, struct peg_loader *l, size_t k,
			  size_t pi)
{
	if (peg_cell_blank(l, k))
		return -1;
	const char *key = peg_cell(l, k);
	size_t n;
	peg_trim(&key, &n);
	const struct peg_person *p = &s->person[pi];
	for (size_t i = p->first; i < p->first + p->npos; i++)
		if (strlen(s->pos[i].position) == n &&
		    strncmp(s->pos[i].position, key, n) == 0)
			return (long)i;
	peg_cell_fail(l, k, "no such position of this employee in staff.csv");
	return -2;
}

/* ---- absences.csv ----------------------------------------------------- */

enum { A_ID, A_CAUSE, A_DAYS, A_POSITION, A_NCOLS };

static const struct peg_csv_col abs_cols[A_NCOLS] = {
	[A_ID] = {"employee_id", 1},
	[A_CAUSE] = {"cause", 1},
	[A_DAYS] = {"days", 1},
	[A_POSITION] = {"position", 0},
};

static int check_absence_total(struct peg_staff *s, size_t pi, long line,
			       const char *path, struct peg_diag *d)
{
	const struct peg_person *p = &s->person[pi];
	for (size_t i = p->first; i < p->first + p->npos; i++) {
		const struct peg_position *q = &s->pos[i];
		/* own + share of the person's: own·T + person·days <= days·T */
		__int128 lhs = (__int128)q->reducing_own * (p->total_days
								? p->total_days
								: 1) +
			       (__int128)p->reducing_person * q->days;
		__int128 rhs = (__int128)PEG_FIX(q->days) *
			       (p->total_days ? p->total_days : 1);
		if (lhs > rhs || (p->total_days == 0 && p->reducing_person)) {
			char a[PEG_NUMBUF];
			peg_fix total = q->reducing_own +
					(p->total_days
						 ? (peg_fix)peg_div_round(
							   (__int128)p->reducing_person *
								   q->days,
							   p->total_days)
						 : p->reducing_person);
			return peg_fail(d, PEG_EDATA, path, line,
					"employee '%s'%s%s%s: %s reducing "
					"absence days, more than the %ld days "
					"in service",
					p->id, *q->position ? " position '" : "",
					q->position, *q->position ? "'" : "",
					peg_fix_str(total, a), q->days);
		}
	}
	return 0;
}

static int load_absences(struct peg_staff *s, const char *path,
			 const struct peg_payrules *pr,
			 const struct peg_csv_opts *o, struct peg_diag *d)
{
	struct peg_loader l;
	int idx[A_NCOLS];
	int r;
	size_t last = (size_t)-1;

	if (peg_loader_open(&l, path, o, abs_cols, A_NCOLS, idx, d))
		return -1;
	while ((r = peg_loader_next(&l)) == 1) {
		long pi = find_person(s, &l, A_ID, &last);
		if (pi < 0) {
			r = -1;
			break;
		}
		long qi = find_position(s, &l, A_POSITION, (size_t)pi);
		if (qi == -2) {
			r = -1;
			break;
		}
		const char *cause = peg_cell_req(&l, A_CAUSE, &s->arena);
		if (!cause) {
			r = -1;
			break;
		}
		peg_fix days;
		if (peg_cell_fix(&l, A_DAYS, 0, &days, NULL)) {
			r = -1;
			break;
		}
		if (days <= 0) {
			r = peg_cell_fail(&l, A_DAYS,
					  "expected a number of days above 0");
			break;
		}
		s->absences++;
		if (peg_payrules_protected(pr, cause)) {
			s->protected_rows++;
			size_t at = qi >= 0 ? (size_t)qi : s->person[pi].first;
			s->pos[at].protected_days += days;
			continue;
		}
		if (!peg_payrules_reducing(pr, cause)) {
			r = peg_cell_fail(&l, A_CAUSE,
					  "unknown cause (not listed as reducing "
					  "or protected in [absences] of the "
					  "rules)");
			break;
		}
		if (qi >= 0)
			s->pos[qi].reducing_own += days;
		else
			s->person[pi].reducing_person += days;
		if (check_absence_total(s, (size_t)pi, l.row.line, path, d)) {
			r = -1;
			break;
		}
	}
	peg_loader_close(&l);
	return r < 0 ? -1 : 0;
}

/* ---- assignments.csv -------------------------------------------------- */

enum { G_ID, G_OBJ, G_WEIGHT, G_NCOLS };

static const struct peg_csv_col asg_cols[G_NCOLS] = {
	[G_ID] = {"employee_id", 1},
	[G_OBJ] = {"objective_id", 1},
	[G_WEIGHT] = {"weight", 0},
};

static int cmp_asg(const void *x, const void *y)
{
	const struct peg_assignment *a = x, *b = y;
	if (a->objective != b->objective)
		return (a->objective > b->objective) - (a->objective < b->objective);
	return (a->line > b->line) - (a->line < b->line);
}

/*
 * Groups rows of n elements of size bytes, each of person person_of(i),
 * by person in one block (counting sort: every person's rows together,
 * in file order); *start gets nperson + 1 offsets.  0, or -1 out of
 * memory.
 */
static int group_by_person(const struct peg_staff *s, void *rows, size_t n,
			   size_t size, const size_t *person_of, void **out,
			   size_t **start)
{
	size_t *st = calloc(s->nperson + 1, sizeof(*st));
	char *o = malloc((n ? n : 1) * size);
	if (!st || !o) {
		free(st);
		free(o);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		st[person_of[i] + 1]++;
	for (size_t h = 0; h < s->nperson; h++)
		st[h + 1] += st[h];
	size_t *at = malloc((s->nperson ? s->nperson : 1) * sizeof(*at));
	if (!at) {
		free(st);
		free(o);
		return -1;
	}
	memcpy(at, st, s->nperson * sizeof(*at));
	for (size_t i = 0; i < n; i++)
		memcpy(o + size * at[person_of[i]]++, (char *)rows + size * i,
		       size);
	free(at);
	*out = o;
	*start = st;
	return 0;
}

static int load_assignments(struct peg_staff *s, const char *path,
			    const struct peg_plan *p,
			    const struct peg_csv_opts *o, struct peg_diag *d)
{
	struct peg_loader l;
	int idx[G_NCOLS];
	int r;
	size_t last = (size_t)-1, n = 0, cap = 0, capp = 0;
	struct peg_assignment *row = NULL;
	size_t *person_of = NULL;

	if (peg_loader_open(&l, path, o, asg_cols, G_NCOLS, idx, d))
		return -1;
	while ((r = peg_loader_next(&l)) == 1) {
		long pi = find_person(s, &l, G_ID, &last);
		if (pi < 0) {
			r = -1;
			break;
		}
		char buf[128];
		const char *oid =
			peg_cell_key(&l, G_OBJ, buf, sizeof(buf), &s->arena);
		size_t ok;
		if (!oid) {
			r = -1;
			break;
		}
		if (!peg_map_get(&p->obj_by_id, oid, &ok)) {
			r = peg_cell_fail(&l, G_OBJ, "no such objective in the "
						     "plan");
			break;
		}
		peg_fix w = PEG_FIX_ONE;
		if (!peg_cell_blank(&l, G_WEIGHT)) {
			if (peg_cell_fix(&l, G_WEIGHT, 0, &w, NULL)) {
				r = -1;
				break;
			}
			if (w <= 0) {
				r = peg_cell_fail(&l, G_WEIGHT,
						  "a weight must be greater "
						  "than 0");
				break;
			}
		}
		if (peg_grow((void **)&row, &cap, n, sizeof(*row)) ||
		    peg_grow((void **)&person_of, &capp, n, sizeof(*person_of))) {
			r = OOM(d);
			break;
		}
		row[n] = (struct peg_assignment){ok, w, l.row.line};
		person_of[n++] = (size_t)pi;
	}
	peg_loader_close(&l);
	size_t *start = NULL;
	if (r >= 0 && group_by_person(s, row, n, sizeof(*row), person_of,
				      (void **)&s->asg, &start))
		r = OOM(d);
	free(row);
	free(person_of);
	if (r < 0)
		return -1;
	/* each person's objectives in id order; an objective given twice
	 * is two neighbours, the repetition nearest the top reported */
	const struct peg_assignment *dup = NULL, *first = NULL;
	size_t dup_person = 0;
	for (size_t h = 0; h < s->nperson; h++) {
		struct peg_person *q = &s->person[h];
		q->asg = s->asg + start[h];
		q->nasg = start[h + 1] - start[h];
		if (q->nasg > 1)
			qsort(q->asg, q->nasg, sizeof(*q->asg), cmp_asg);
		for (size_t a = 1; a < q->nasg; a++)
			if (q->asg[a].objective == q->asg[a - 1].objective &&
			    (!dup || q->asg[a].line < dup->line)) {
				dup = &q->asg[a];
				first = &q->asg[a - 1];
				dup_person = h;
			}
	}
	free(start);
	s->assignments = n;
	if (dup)
		return peg_fail(d, PEG_EDATA, path, dup->line,
				"employee '%s' is assigned to objective '%s' "
				"twice (first at line %ld)",
				s->person[dup_person].id,
				p->obj[dup->objective].id, first->line);
	return 0;
}

/* ---- evaluations.csv -------------------------------------------------- */

enum { E_ID, E_COMPONENT, E_SCORE, E_POSITION, E_NCOLS };

static const struct peg_csv_col eval_cols[E_NCOLS] = {
	[E_ID] = {"employee_id", 1},
	[E_COMPONENT] = {"component", 1},
	[E_SCORE] = {"score", 1},
	[E_POSITION] = {"position", 0},
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

long peg_staff_component(const struct peg_staff *s, const char *name)
{
	for (size_t i = 0; i < s->ncomponent; i++)
		if (strcmp(s->component[i], name) == 0)
			return (long)i;
	return -1;
}

/* Registers a component name (copied when new); returns its index. */
static long add_component(struct peg_staff *s, const char *name,
			  struct peg_diag *d)
{
	long k = peg_staff_component(s, name);
	if (k >= 0)
		return k;
	const char **c = realloc(s->component,
				 (s->ncomponent + 1) * sizeof(*c));
	if (c)
		s->component = c;
	if (!c || !(name = peg_arena_strdup(&s->arena, name)))
		return OOM(d);
	s->component[s->ncomponent] = name;
	return (long)s->ncomponent++;
}

static int cmp_eval(const void *x, const void *y)
{
	const struct peg_evaluation *a = x, *b = y;
	if (a->component != b->component)
		return (a->component > b->component) - (a->component < b->component);
	if (a->position != b->position)
		return (a->position > b->position) - (a->position < b->position);
	return (a->line > b->line) - (a->line < b->line);
}

static int load_evaluations(struct peg_staff *s, const char *path,
			    const struct peg_csv_opts *o, struct peg_diag *d)
{
	struct peg_loader l;
	int idx[E_NCOLS];
	int r;
	size_t last = (size_t)-1, n = 0, cap = 0, capp = 0;
	struct peg_evaluation *row = NULL;
	size_t *person_of = NULL;

	if (peg_loader_open(&l, path, o, eval_cols, E_NCOLS, idx, d))
		return -1;
	while ((r = peg_loader_next(&l)) == 1) {
		long pi = find_person(s, &l, E_ID, &last);
		if (pi < 0) {
			r = -1;
			break;
		}
		long qi = find_position(s, &l, E_POSITION, (size_t)pi);
		if (qi == -2) {
			r = -1;
			break;
		}
		char buf[128];
		/* a copy of its own (buf, or the arena when longer) */
		char *name = (char *)peg_cell_key(&l, E_COMPONENT, buf,
						  sizeof(buf), &s->arena);
		if (!name) {
			r = -1;
			break;
		}
		for (char *c = name; *c; c++)
			if (*c >= 'A' && *c <= 'Z')
				*c = (char)(*c - 'A' + 'a');
		if (strcmp(name, PEG_COMPONENT_ENTE) == 0 ||
		    strcmp(name, PEG_COMPONENT_SECTOR) == 0 ||
		    strcmp(name, PEG_COMPONENT_OBJECTIVES) == 0) {
			r = peg_cell_fail(&l, E_COMPONENT,
					  "computed by pegaso from the plan; "
					  "evaluations give the individual "
					  "components");
			break;
		}
		peg_fix score;
		if (peg_cell_fix(&l, E_SCORE, PEG_NUM_PERCENT, &score, NULL)) {
			r = -1;
			break;
		}
		if (score < 0 || score > PEG_FIX(100)) {
			r = peg_cell_fail(&l, E_SCORE,
					  "a score is from 0 to 100");
			break;
		}
		long ci = add_component(s, name, d);
		if (ci < 0 ||
		    peg_grow((void **)&row, &cap, n, sizeof(*row)) ||
		    peg_grow((void **)&person_of, &capp, n, sizeof(*person_of))) {
			r = OOM(d);
			break;
		}
		row[n] = (struct peg_evaluation){(size_t)ci, qi, score,
						 l.row.line};
		person_of[n++] = (size_t)pi;
	}
	peg_loader_close(&l);
	size_t *start = NULL;
	if (r >= 0 && group_by_person(s, row, n, sizeof(*row), person_of,
				      (void **)&s->eval, &start))
		r = OOM(d);
	free(row);
	free(person_of);
	if (r < 0)
		return -1;
	for (size_t h = 0; h < s->nperson; h++) {
		s->person[h].eval = s->eval + start[h];
		s->person[h].neval = start[h + 1] - start[h];
	}
	free(start);
	s->evaluations = n;
	/* Components in name order; renumber the evaluations. */
	const char **old = malloc((s->ncomponent ? s->ncomponent : 1) *
				  sizeof(*old));
	if (!old)
		return OOM(d);
	if (s->ncomponent) {
		memcpy(old, s->component, s->ncomponent * sizeof(*old));
		qsort(s->component, s->ncomponent, sizeof(*s->component),
		      cmp_str);
	}
	for (size_t i = 0; i < s->nperson; i++)
		for (size_t k = 0; k < s->person[i].neval; k++) {
			struct peg_evaluation *e = &s->person[i].eval[k];
			e->component = (size_t)peg_staff_component(
				s, old[e->component]);
		}
	free(old);
	/* each person's evaluations by component and position: one given
	 * twice is two neighbours, the repetition nearest the top reported */
	const struct peg_evaluation *dup = NULL, *first = NULL;
	size_t dup_person = 0;
	for (size_t h = 0; h < s->nperson; h++) {
		struct peg_person *q = &s->person[h];
		if (q->neval > 1)
			qsort(q->eval, q->neval, sizeof(*q->eval), cmp_eval);
		for (size_t e = 1; e < q->neval; e++)
			if (q->eval[e].component == q->eval[e - 1].component &&
			    q->eval[e].position == q->eval[e - 1].position &&
			    (!dup || q->eval[e].line < dup->line)) {
				dup = &q->eval[e];
				first = &q->eval[e - 1];
				dup_person = h;
			}
	}
	if (dup)
		return peg_fail(d, PEG_EDATA, path, dup->line,
				"employee '%s' has component '%s' twice "
				"(first at line %ld)",
				s->person[dup_person].id,
				s->component[dup->component], first->line);
	return 0;
}

int peg_staff_load(struct peg_staff *s, const char *staff,
		   const char *absences, const char *assignments,
		   const char *evaluations, int year, const struct peg_plan *p,
		   const struct peg_payrules *pr,
		   const struct peg_csv_opts *o, struct peg_diag *d)
{
	memset(s, 0, sizeof(*s));
	s->year = year;
	s->days_in_year = peg_days_in_year(year);
	s->staff_path = staff;
	s->absences_path = absences;
	s->assignments_path = assignments;
	s->evaluations_path = evaluations;
	if (load_staff(s, staff, pr, o, d))
		return -1;
	if (absences && load_absences(s, absences, pr, o, d))
		return -1;
	if (assignments && load_assignments(s, assignments, p, o, d))
		return -1;
	if (evaluations && load_evaluations(s, evaluations, o, d))
		return -1;
	return 0;
}

void peg_staff_release(struct peg_staff *s)
{
	free(s->asg);
	free(s->eval);
	free(s->person);
	free(s->pos);
	free(s->component);
	peg_map_release(&s->person_by_id);
	peg_arena_release(&s->arena);
	memset(s, 0, sizeof(*s));
}
