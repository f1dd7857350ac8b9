/*
 * diff.c - `pegaso diff` (peg_diff, see pegaso.h): what changed between
 * two run folders, read from their files alone (the inputs of the first
 * run may be gone): the inputs whose SHA-256 differ (manifests), the
 * indicators, objectives, settori and pools whose results changed, the
 * employees whose pay changed and by how much, and for each the first
 * row of trace.csv where the two runs part.
 *
 * Trace rows are grouped by subject: an indicator, an objective, a pool,
 *or an employee with every one of their positions (payouts.csv says
 * which trace subjects "ID/POSITION" belong to whom).  Within a group the
 * rows come in the order the engine writes them, so the first differing
 * row is the first step where the computation diverged.
 */
#include "manifest.h"
#include "msg.h"
#include "table.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define OOM(d) peg_fail((d), PEG_EINTERNAL, NULL, 0, "out of memory")
#define NONE ((size_t)-1)

/* One run folder as diff reads it. */
struct side {
	const char *dir;
	struct peg_arena arena;
	int has_manifest;
	struct peg_manifest m;
	struct peg_table ind, obj, sec, pay, trace;
	struct peg_map group;  /* trace group key -> group number */
	size_t *first;         /* first row of each group */
	size_t *next;          /* next row of the same group, or NONE */
	struct peg_map person; /* trace subject -> employee id */
};

struct report {
	enum peg_lang lang;
	struct peg_buf b;
	char ring[16][PEG_BIGNUMBUF];
	unsigned ri;
	size_t changes;
};

static void line(struct report *o, int indent, enum peg_msg id, ...)
{
	va_list ap;
	va_start(ap, id);
	peg_buf_printf(&o->b, "%*s", indent, "");
	peg_buf_vprintf(&o->b, peg_msg(o->lang, id), ap);
	peg_buf_putc(&o->b, '\n');
	va_end(ap);
}

static char *ring(struct report *o)
{
	return o->ring[o->ri++ % PEG_COUNT(o->ring)];
}

/* A percent cell of a table in the report's style; "n/a" when empty. */
static const char *pct(struct report *o, const char *cell)
{
	peg_fix v;
	const char *why;
	if (!*cell)
		return peg_msg(o->lang, M_NOT_MEASURABLE);
	if (peg_parse_fix(cell, PEG_DEC_POINT, 0, &v, NULL, &why))
		return cell;
	char n[PEG_BIGNUMBUF], *buf = ring(o);
	peg_fmt_exact(o->lang, v, PEG_FIX_DECIMALS, n);
	snprintf(buf, PEG_BIGNUMBUF, o->lang == PEG_LANG_EN ? "%s%%" : "%s %%",
		 n);
	return buf;
}

static const char *eur(struct report *o, peg_cents v)
{
	return peg_fmt_eur(o->lang, v, ring(o));
}

/* A difference of money with its sign: "+6,15 €", "-6,15 €". */
static const char *delta(struct report *o, peg_cents v)
{
	char *buf = ring(o), n[PEG_NUMBUF];
	peg_fmt_eur(o->lang, v, n);
	snprintf(buf, PEG_BIGNUMBUF, "%s%s", v > 0 ? "+" : "", n);
	return buf;
}

static peg_cents cents(const char *cell)
{
	peg_cents c = 0;
	const char *why;
	if (peg_parse_cents(cell, PEG_DEC_POINT, 0, &c, &why))
		return 0;
	return c;
}

/* ---- loading ---------------------------------------------------------- */

static char *key2(struct peg_arena *a, const char *x, const char *y)
{
	size_t nx = strlen(x), ny = strlen(y);
	char *k = peg_arena_alloc(a, nx + ny + 2);
	if (k) {
		memcpy(k, x, nx);
		k[nx] = '\x1f';
		memcpy(k + nx + 1, y, ny + 1);
	}
	return k;
}

/* payouts.csv position rows: which trace subject is whose. */
static int map_persons(struct side *s)
{
	const struct peg_table *t = &s->pay;
	long ct = peg_table_col(t, "row_type"),
	     ce = peg_table_col(t, "employee_id"),
	     cp = peg_table_col(t, "position");
	for (size_t r = 0; r < t->nrow; r++) {
		if (strcmp(peg_table_cell(t, r, ct), "position") != 0)
			continue;
		const char *e = peg_table_cell(t, r, ce);
		const char *p = peg_table_cell(t, r, cp);
		const char *subject = e;
		if (*p) {
			char *k = peg_arena_alloc(&s->arena,
						  strlen(e) + strlen(p) + 2);
			if (!k)
				return -1;
			sprintf(k, "%s/%s", e, p);
			subject = k;
		}
		if (peg_map_put(&s->person, subject, r, NULL) < 0)
			return -1;
	}
	return 0;
}

/* The group key of trace row r. */
static const char *group_of(struct side *s, size_t r)
{
	const struct peg_table *t = &s->trace;
	const char *type = peg_table_cell(t, r, 0);
	const char *id = peg_table_cell(t, r, 1);
	if (strcmp(type, "employee") == 0) {
		size_t pr;
		if (peg_map_get(&s->person, id, &pr))
			id = peg_table_cell(
				&s->pay, pr,
				peg_table_col(&s->pay, "employee_id"));
	}
	return key2(&s->arena, type, id);
}

static int group_trace(struct side *s)
{
	const struct peg_table *t = &s->trace;
	size_t *last = malloc((t->nrow + 1) * sizeof(*last));
	s->first = malloc((t->nrow + 1) * sizeof(*s->first));
	s->next = malloc((t->nrow + 1) * sizeof(*s->next));
	if (!last || !s->first || !s->next) {
		free(last);
		return -1;
	}
	size_t ng = 0;
	for (size_t r = 0; r < t->nrow; r++) {
		s->next[r] = NONE;
		const char *k = group_of(s, r);
		size_t g;
		if (!k) {
			free(last);
			return -1;
		}
		if (peg_map_get(&s->group, k, &g)) {
			s->next[last[g]] = r;
			last[g] = r;
			continue;
		}
		if (peg_map_put(&s->group, k, ng, NULL) < 0) {
			free(last);
			return -1;
		}
		s->first[ng] = last[ng] = r;
		ng++;
	}
	free(last);
	return 0;
}

static int load_side(struct side *s, const char *dir, struct peg_diag *d)
{
	char p[8192];
	memset(s, 0, sizeof(*s));
	s->dir = dir;
	snprintf(p, sizeof(p), "%s/%s", dir, PEG_MANIFEST_NAME);
	struct stat st;
	if (stat(p, &st) == 0) {
		if (peg_manifest_load(&s->m, dir, d))
			return -1;
		s->has_manifest = 1;
	}
	static const char *const names[] = {"indicators.csv", "objectives.csv",
					    "sectors.csv", "payouts.csv",
					    "trace.csv"};
	struct peg_table *tables[] = {&s->ind, &s->obj, &s->sec, &s->pay,
				      &s->trace};
	for (size_t i = 0; i < PEG_COUNT(names); i++) {
		snprintf(p, sizeof(p), "%s%s%s", dir,
			 dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
		/* repeated words: trace type, step, section and basis;
		 * payouts row type, pool, area, sector, eligible, reason */
		unsigned shared = i == 4 ? 0x1du : i == 3 ? 0xf9u : 0;
		if (peg_table_load(tables[i], p, i == 3, shared, d))
			return -1;
	}
	if (s->trace.ncol < 7)
		return peg_fail(d, PEG_EDATA, s->trace.path, 1,
				"not a pegaso trace (7 columns expected)");
	if (map_persons(s) || group_trace(s))
		return OOM(d);
	return 0;
}

static void release_side(struct side *s)
{
	if (s->has_manifest)
		peg_manifest_release(&s->m);
	peg_table_release(&s->ind);
	peg_table_release(&s->obj);
	peg_table_release(&s->sec);
	peg_table_release(&s->pay);
	peg_table_release(&s->trace);
	peg_map_release(&s->group);
	peg_map_release(&s->person);
	free(s->first);
	free(s->next);
	peg_arena_release(&s->arena);
}

/* ---- the first trace step that differs -------------------------------- */

static int same_row(const struct side *a, size_t ra, const struct side *b,
		    size_t rb)
{
	for (long c = 1; c < 7; c++)
		if (strcmp(peg_table_cell(&a->trace, ra, c),
			   peg_table_cell(&b->trace, rb, c)) != 0)
			return 0;
	return 1;
}

static size_t first_row(const struct side *s, const char *key)
{
	size_t g;
	return peg_map_get(&s->group, key, &g) ? s->first[g] : NONE;
}

static void step_line(struct report *o, int indent, enum peg_msg id,
		      enum peg_msg none, const struct side *s, size_t r)
{
	if (r == NONE) {
		line(o, indent, none);
		return;
	}
	const char *in = peg_table_cell(&s->trace, r, 5);
	line(o, indent, id, in, peg_table_cell(&s->trace, r, 6));
}

/* 1 when the rows of a group differ between the two runs. */
static int steps_differ(const struct side *a, const struct side *b,
			const char *type, const char *id)
{
	char *k = key2(&((struct side *)a)->arena, type, id);
	if (!k)
		return 0;
	size_t ra = first_row(a, k), rb = first_row(b, k);
	while (ra != NONE && rb != NONE && same_row(a, ra, b, rb)) {
		ra = a->next[ra];
		rb = b->next[rb];
	}
	return ra != NONE || rb != NONE;
}

/* Reports the first differing step of a group; nothing when the same. */
static void first_step(struct report *o, int indent, const struct side *a,
		       const struct side *b, const char *type, const char *id)
{
	char *k = key2(&((struct side *)a)->arena, type, id);
	if (!k)
		return;
	size_t ra = first_row(a, k), rb = first_row(b, k);
	while (ra != NONE || rb != NONE) {
		if (ra != NONE && rb != NONE && same_row(a, ra, b, rb)) {
			ra = a->next[ra];
			rb = b->next[rb];
			continue;
		}
		const struct side *s = ra != NONE ? a : b;
		size_t r = ra != NONE ? ra : rb;
		const char *sec = peg_table_cell(&s->trace, r, 3);
		char *br = ring(o);
		snprintf(br, PEG_BIGNUMBUF, *sec ? " [%s]" : "%s", sec);
		line(o, indent, M_DF_FIRST, peg_table_cell(&s->trace, r, 1),
		     peg_table_cell(&s->trace, r, 2), br);
		step_line(o, indent + 2, M_DF_STEP_A, M_DF_STEP_A_NONE, a, ra);
		step_line(o, indent + 2, M_DF_STEP_B, M_DF_STEP_B_NONE, b, rb);
		return;
	}
}

/* ---- keyed tables ----------------------------------------------------- */

/* key -> row of table t, keys made of columns kc[0..nk). */
static int index_rows(struct side *s, const struct peg_table *t,
		      const char *const *kc, size_t nk, struct peg_map *m,
		      const char ***keys)
{
	*keys = peg_arena_calloc(&s->arena, t->nrow + 1, sizeof(**keys));
	if (!*keys)
		return -1;
	for (size_t r = 0; r < t->nrow; r++) {
		const char *k = peg_table_cell(t, r, peg_table_col(t, kc[0]));
		for (size_t i = 1; i < nk && k; i++)
			k = key2(&s->arena, k,
				 peg_table_cell(t, r, peg_table_col(t, kc[i])));
		if (!k || peg_map_put(m, k, r, NULL) < 0)
			return -1;
		(*keys)[r] = k;
	}
	return 0;
}

/* The cell of column `name` of row r; "" when absent. */
static const char *cell(const struct peg_table *t, size_t r, const char *name)
{
	return peg_table_cell(t, r, peg_table_col(t, name));
}

/* The names of the columns of a's row ra that differ in b's row rb. */
static void changed_cols(const struct peg_table *a, size_t ra,
			 const struct peg_table *b, size_t rb,
			 struct peg_buf *out)
{
	peg_buf_reset(out);
	for (size_t c = 0; c < a->ncol; c++)
		if (strcmp(peg_table_cell(a, ra, (long)c),
			   cell(b, rb, a->col[c])) != 0)
			peg_buf_printf(out, "%s%s", out->len ? ", " : "",
				       a->col[c]);
}

typedef void (*row_fn)(struct report *o, const struct side *a, size_t ra,
		       const struct side *b, size_t rb,
		       const struct peg_buf *cols);

/*
 * Compares the table at offset `which` of both sides by key; calls fn for
 * every changed row (ra or rb NONE for a row of one side only), under a
 * heading with their count.  Returns the count, or -1 out of memory.
 */
static long compare_table(struct report *o, struct side *a, struct side *b,
			  struct peg_table *ta, struct peg_table *tb,
			  const char *const *kc, size_t nk, enum peg_msg head,
			  row_fn fn)
{
	struct peg_map ma = {0}, mb = {0};
	const char **ka, **kb;
	struct peg_buf cols = {0}, body = {0};
	long n = -1;
	if (index_rows(a, ta, kc, nk, &ma, &ka) ||
	    index_rows(b, tb, kc, nk, &mb, &kb))
		goto done;
	/* rows are reported into body first, to print the count above */
	struct peg_buf saved = o->b;
	o->b = body;
	n = 0;
	for (size_t r = 0; r < ta->nrow; r++) {
		size_t rb;
		if (!peg_map_get(&mb, ka[r], &rb)) {
			fn(o, a, r, b, NONE, NULL);
			n++;
			continue;
		}
		changed_cols(ta, r, tb, rb, &cols);
		if (cols.len) {
			fn(o, a, r, b, rb, &cols);
			n++;
		}
	}
	for (size_t r = 0; r < tb->nrow; r++) {
		size_t ra;
		if (!peg_map_get(&ma, kb[r], &ra)) {
			fn(o, a, NONE, b, r, NULL);
			n++;
		}
	}
	body = o->b;
	o->b = saved;
	char count[32];
	snprintf(count, sizeof(count), "%ld", n);
	line(o, 0, head, count);
	peg_buf_puts(&o->b, peg_buf_str(&body));
	if (body.oom)
		o->b.oom = 1;
	o->changes += (size_t)n;
done:
	peg_map_release(&ma);
	peg_map_release(&mb);
	peg_buf_release(&cols);
	peg_buf_release(&body);
	return n;
}

static void only(struct report *o, const struct peg_table *t, size_t r,
		 const char *idcol, int in_a)
{
	line(o, 2, in_a ? M_DF_ONLY_A : M_DF_ONLY_B, cell(t, r, idcol));
}

static void indicator_row(struct report *o, const struct side *a, size_t ra,
			  const struct side *b, size_t rb,
			  const struct peg_buf *cols)
{
	if (ra == NONE || rb == NONE) {
		only(o, ra == NONE ? &b->ind : &a->ind, ra == NONE ? rb : ra,
		     "indicator_id", rb == NONE);
		return;
	}
	const char *id = cell(&a->ind, ra, "indicator_id");
	const char *sa = cell(&a->ind, ra, "score"),
		   *sb = cell(&b->ind, rb, "score");
	if (strcmp(sa, sb) != 0)
		line(o, 2, M_DF_IND, id, pct(o, sa), pct(o, sb));
	else
		line(o, 2, M_DF_IND_OTHER, id, pct(o, sa), peg_buf_str(cols));
	first_step(o, 4, a, b, "indicator", id);
}

static void objective_row(struct report *o, const struct side *a, size_t ra,
			  const struct side *b, size_t rb,
			  const struct peg_buf *cols)
{
	if (ra == NONE || rb == NONE) {
		only(o, ra == NONE ? &b->obj : &a->obj, ra == NONE ? rb : ra,
		     "objective_id", rb == NONE);
		return;
	}
	const char *id = cell(&a->obj, ra, "objective_id");
	const char *sa = cell(&a->obj, ra, "achievement"),
		   *sb = cell(&b->obj, rb, "achievement");
	if (strcmp(sa, sb) != 0)
		line(o, 2, M_DF_OBJ, id, pct(o, sa), pct(o, sb));
	else
		line(o, 2, M_DF_OBJ_OTHER, id, pct(o, sa), peg_buf_str(cols));
}

static void sector_row(struct report *o, const struct side *a, size_t ra,
		       const struct side *b, size_t rb,
		       const struct peg_buf *cols)
{
	(void)cols;
	const struct peg_table *t = ra == NONE ? &b->sec : &a->sec;
	size_t r = ra == NONE ? rb : ra;
	const char *name = strcmp(cell(t, r, "level"), "ente") == 0
				   ? peg_msg(o->lang, M_ENTE)
				   : cell(t, r, "sector");
	if (ra == NONE || rb == NONE) {
		line(o, 2, ra == NONE ? M_DF_ONLY_B : M_DF_ONLY_A, name);
		return;
	}
	line(o, 2, M_DF_SECTOR, name, pct(o, cell(&a->sec, ra, "achievement")),
	     pct(o, cell(&b->sec, rb, "achievement")),
	     pct(o, cell(&a->sec, ra, "achievement_for_pay")),
	     pct(o, cell(&b->sec, rb, "achievement_for_pay")));
}

/* ---- pools and employees ---------------------------------------------- */

/* A pool's figures in one run. */
struct pool_fig {
	int present;
	peg_cents amount, paid, maggiorazione;
};

static struct pool_fig pool_figures(const struct side *s, const char *pool)
{
	struct pool_fig f = {0, 0, 0, 0};
	const struct peg_table *t = &s->trace;
	for (size_t r = 0; r < t->nrow; r++)
		if (strcmp(peg_table_cell(t, r, 0), "pool") == 0 &&
		    strcmp(peg_table_cell(t, r, 1), pool) == 0 &&
		    strcmp(peg_table_cell(t, r, 2), "amount") == 0) {
			f.present = 1;
			f.amount = cents(peg_table_cell(t, r, 6));
			break;
		}
	const struct peg_table *p = &s->pay;
	for (size_t r = 0; r < p->nrow; r++)
		if (strcmp(cell(p, r, "row_type"), "person") == 0 &&
		    strcmp(cell(p, r, "pool"), pool) == 0) {
			f.paid += cents(cell(p, r, "total"));
			f.maggiorazione += cents(cell(p, r, "maggiorazione"));
		}
	return f;
}

/* The pool names of a run, from its trace, in order. */
static size_t pool_names(const struct side *s, const char **names, size_t max)
{
	size_t n = 0;
	const struct peg_table *t = &s->trace;
	for (size_t r = 0; r < t->nrow && n < max; r++)
		if (strcmp(peg_table_cell(t, r, 0), "pool") == 0 &&
		    strcmp(peg_table_cell(t, r, 2), "amount") == 0)
			names[n++] = peg_table_cell(t, r, 1);
	return n;
}

static void pools(struct report *o, struct side *a, struct side *b)
{
	const char *names[128];
	size_t n = pool_names(a, names, 64);
	const char *nb[64];
	size_t m = pool_names(b, nb, 64);
	for (size_t j = 0; j < m; j++) {
		size_t i = 0;
		while (i < n && strcmp(names[i], nb[j]) != 0)
			i++;
		if (i == n)
			names[n++] = nb[j];
	}
	struct peg_buf body = {0}, saved = o->b;
	o->b = body;
	size_t changed = 0;
	for (size_t i = 0; i < n; i++) {
		struct pool_fig fa = pool_figures(a, names[i]);
		struct pool_fig fb = pool_figures(b, names[i]);
		if (!fa.present || !fb.present) {
			line(o, 2, fa.present ? M_DF_ONLY_A : M_DF_ONLY_B,
			     names[i]);
			changed++;
			continue;
		}
		char *k = key2(&a->arena, "pool", names[i]);
		size_t ra = k ? first_row(a, k) : NONE,
		       rb = k ? first_row(b, k) : NONE;
		int same_steps = 1;
		while (ra != NONE || rb != NONE) {
			if (ra == NONE || rb == NONE ||
			    !same_row(a, ra, b, rb)) {
				same_steps = 0;
				break;
			}
			ra = a->next[ra];
			rb = b->next[rb];
		}
		if (same_steps && fa.amount == fb.amount &&
		    fa.paid == fb.paid && fa.maggiorazione == fb.maggiorazione)
			continue;
		changed++;
		line(o, 2, M_DF_POOL, names[i], eur(o, fa.amount),
		     eur(o, fb.amount), eur(o, fa.paid), eur(o, fb.paid),
		     delta(o, fb.paid - fa.paid), eur(o, fa.amount - fa.paid),
		     eur(o, fb.amount - fb.paid));
		first_step(o, 4, a, b, "pool", names[i]);
	}
	body = o->b;
	o->b = saved;
	char count[32];
	snprintf(count, sizeof(count), "%zu", changed);
	line(o, 0, M_DF_H_POOLS, count);
	peg_buf_puts(&o->b, peg_buf_str(&body));
	if (body.oom)
		o->b.oom = 1;
	peg_buf_release(&body);
	o->changes += changed;
}

/* A person's total (pool NULL) or their total in a pool, from payouts. */
static int person_amount(const struct side *s, const struct peg_map *rows,
			 const char *id, const char *pool, peg_cents *v)
{
	char key[512];
	size_t r;
	snprintf(key, sizeof(key), "%s\x1f%s", id, pool ? pool : "");
	if (!peg_map_get(rows, key, &r))
		return 0;
	*v = cents(cell(&s->pay, r, "total"));
	return 1;
}

/* "id\x1fpool" -> the person or person_total row of payouts.csv. */
static int index_persons(struct side *s, struct peg_map *m)
{
	const struct peg_table *t = &s->pay;
	for (size_t r = 0; r < t->nrow; r++) {
		const char *type = cell(t, r, "row_type");
		if (strcmp(type, "person") != 0 &&
		    strcmp(type, "person_total") != 0)
			continue;
		char *k = key2(&s->arena, cell(t, r, "employee_id"),
			       cell(t, r, "pool"));
		if (!k || peg_map_put(m, k, r, NULL) < 0)
			return -1;
	}
	return 0;
}

/*
 * Employee id: reported into o when an amount changed (counted in
 * *changed), into steps when only the steps did (counted in *moved).
 */
static void employee_line(struct report *o, struct peg_buf *steps,
			  struct side *a, struct side *b,
			  const struct peg_map *pa, const struct peg_map *pb,
			  const char *id, const char **pools, size_t npools,
			  size_t *changed, size_t *moved)
{
	peg_cents ta = 0, tb = 0;
	int ina = person_amount(a, pa, id, NULL, &ta);
	int inb = person_amount(b, pb, id, NULL, &tb);
	if (!ina || !inb) {
		line(o, 2, ina ? M_DF_ONLY_A : M_DF_ONLY_B, id);
		(*changed)++;
		return;
	}
	int differ = ta != tb;
	for (size_t i = 0; i < npools && !differ; i++) {
		peg_cents x = 0, y = 0;
		person_amount(a, pa, id, pools[i], &x);
		person_amount(b, pb, id, pools[i], &y);
		differ = x != y;
	}
	if (!differ) {
		if (!steps_differ(a, b, "employee", id))
			return;
		struct peg_buf saved = o->b;
		o->b = *steps;
		line(o, 2, M_DF_EMP_SAME, id, eur(o, ta));
		first_step(o, 4, a, b, "employee", id);
		*steps = o->b;
		o->b = saved;
		(*moved)++;
		return;
	}
	(*changed)++;
	line(o, 2, M_DF_EMP, id, eur(o, ta), eur(o, tb), delta(o, tb - ta));
	for (size_t i = 0; i < npools; i++) {
		peg_cents x = 0, y = 0;
		person_amount(a, pa, id, pools[i], &x);
		person_amount(b, pb, id, pools[i], &y);
		if (x != y)
			line(o, 4, M_DF_EMP_POOL, pools[i], eur(o, x),
			     eur(o, y), delta(o, y - x));
	}
	first_step(o, 4, a, b, "employee", id);
}

static int employees(struct report *o, struct side *a, struct side *b)
{
	struct peg_map pa = {0}, pb = {0};
	const char *names[128];
	size_t n = pool_names(a, names, 64);
	const char *nb[64];
	size_t m = pool_names(b, nb, 64);
	for (size_t j = 0; j < m; j++) {
		size_t i = 0;
		while (i < n && strcmp(names[i], nb[j]) != 0)
			i++;
		if (i == n)
			names[n++] = nb[j];
	}
	if (index_persons(a, &pa) || index_persons(b, &pb)) {
		peg_map_release(&pa);
		peg_map_release(&pb);
		return -1;
	}
	struct peg_buf body = {0}, steps = {0}, saved = o->b;
	o->b = body;
	size_t changed = 0, moved = 0, total = 0;
	for (size_t r = 0; r < a->pay.nrow; r++)
		if (strcmp(cell(&a->pay, r, "row_type"), "person_total") == 0) {
			total++;
			employee_line(o, &steps, a, b, &pa, &pb,
				      cell(&a->pay, r, "employee_id"), names, n,
				      &changed, &moved);
		}
	for (size_t r = 0; r < b->pay.nrow; r++) {
		const char *id = cell(&b->pay, r, "employee_id");
		peg_cents x;
		if (strcmp(cell(&b->pay, r, "row_type"), "person_total") == 0 &&
		    !person_amount(a, &pa, id, NULL, &x)) {
			total++;
			employee_line(o, &steps, a, b, &pa, &pb, id, names, n,
				      &changed, &moved);
		}
	}
	body = o->b;
	o->b = saved;
	char c1[32], c2[32];
	snprintf(c1, sizeof(c1), "%zu", changed);
	snprintf(c2, sizeof(c2), "%zu", total);
	line(o, 0, M_DF_H_EMPLOYEES, c1, c2);
	peg_buf_puts(&o->b, peg_buf_str(&body));
	if (moved) {
		snprintf(c1, sizeof(c1), "%zu", moved);
		line(o, 0, M_DF_H_EMP_STEPS, c1);
		peg_buf_puts(&o->b, peg_buf_str(&steps));
	}
	if (body.oom || steps.oom)
		o->b.oom = 1;
	peg_buf_release(&body);
	peg_buf_release(&steps);
	peg_map_release(&pa);
	peg_map_release(&pb);
	o->changes += changed + moved;
	return 0;
}

/* ---- inputs ----------------------------------------------------------- */

static void inputs(struct report *o, const struct side *a, const struct side *b)
{
	if (!a->has_manifest || !b->has_manifest) {
		line(o, 0, M_DF_NO_MANIFEST,
		     !a->has_manifest ? a->dir : b->dir);
		return;
	}
	if (strcmp(a->m.engine, b->m.engine) != 0)
		line(o, 0, M_DF_ENGINE, a->m.engine, b->m.engine);
	struct peg_buf changed = {0}, oa = {0}, ob = {0};
	for (size_t i = 0; i < a->m.ninput; i++) {
		const struct peg_manifest_file *f = &a->m.input[i];
		size_t j = 0;
		while (j < b->m.ninput &&
		       strcmp(b->m.input[j].path, f->path) != 0)
			j++;
		if (j == b->m.ninput)
			peg_buf_printf(&oa, "%s%s", oa.len ? ", " : "",
				       f->path);
		else if (strcmp(b->m.input[j].sha, f->sha) != 0)
			peg_buf_printf(&changed, "%s%s",
				       changed.len ? ", " : "", f->path);
	}
	for (size_t j = 0; j < b->m.ninput; j++) {
		size_t i = 0;
		while (i < a->m.ninput &&
		       strcmp(a->m.input[i].path, b->m.input[j].path) != 0)
			i++;
		if (i == a->m.ninput)
			peg_buf_printf(&ob, "%s%s", ob.len ? ", " : "",
				       b->m.input[j].path);
	}
	if (!changed.len && !oa.len && !ob.len)
		line(o, 0, M_DF_INPUTS_SAME);
	if (changed.len)
		line(o, 0, M_DF_INPUTS, peg_buf_str(&changed));
	if (oa.len)
		line(o, 0, M_DF_INPUTS_ONLY_A, peg_buf_str(&oa));
	if (ob.len)
		line(o, 0, M_DF_INPUTS_ONLY_B, peg_buf_str(&ob));
	peg_buf_release(&changed);
	peg_buf_release(&oa);
	peg_buf_release(&ob);
}

/* ---- peg_diff --------------------------------------------------------- */

int peg_diff(const char *adir, const char *bdir,
	     const struct peg_audit_options *opt, char **text, size_t *changes,
	     struct peg_diag *d)
{
	struct side *a = calloc(1, sizeof(*a)), *b = calloc(1, sizeof(*b));
	struct report *o = calloc(1, sizeof(*o));
	int rc = -1;
	*text = NULL;
	*changes = 0;
	if (!a || !b || !o) {
		OOM(d);
		goto done;
	}
	o->lang = opt ? opt->lang : PEG_LANG_IT;
	/* both folders there before reading either */
	const char *dirs[] = {adir, bdir};
	for (int i = 0; i < 2; i++) {
		struct stat st;
		if (stat(dirs[i], &st) != 0) {
			peg_fail(d, PEG_EIO, dirs[i], 0, "cannot open: %s",
				 strerror(errno));
			goto done;
		}
		if (!S_ISDIR(st.st_mode)) {
			peg_fail(d, PEG_EIO, dirs[i], 0, "not a run folder");
			goto done;
		}
	}
	if (load_side(a, adir, d) || load_side(b, bdir, d))
		goto done;

	static const char *const kind[] = {"indicator_id", "year"};
	static const char *const kobj[] = {"objective_id"};
	static const char *const ksec[] = {"level", "sector"};
	line(o, 0, M_DF_TITLE, adir, bdir);
	inputs(o, a, b);
	peg_buf_putc(&o->b, '\n');
	if (compare_table(o, a, b, &a->ind, &b->ind, kind, 2, M_DF_H_INDICATORS,
			  indicator_row) < 0 ||
	    compare_table(o, a, b, &a->obj, &b->obj, kobj, 1, M_DF_H_OBJECTIVES,
			  objective_row) < 0 ||
	    compare_table(o, a, b, &a->sec, &b->sec, ksec, 2, M_DF_H_SECTORS,
			  sector_row) < 0) {
		OOM(d);
		goto done;
	}
	pools(o, a, b);
	if (employees(o, a, b)) {
		OOM(d);
		goto done;
	}
	if (!o->changes)
		line(o, 0, M_DF_SAME);
	if (o->b.oom) {
		OOM(d);
		goto done;
	}
	*text = o->b.data ? o->b.data : strdup("");
	o->b.data = NULL;
	*changes = o->changes;
	rc = *text ? 0 : OOM(d);
done:
	if (a)
		release_side(a);
	if (b)
		release_side(b);
	if (o)
		peg_buf_release(&o->b);
	free(a);
	free(b);
	free(o);
	return rc;
}
