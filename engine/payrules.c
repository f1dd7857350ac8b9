/*
 * payrules.c - the distribution sections of a rules file (payrules.h).
 *
 * Sections: [areas] (area/category parameters), [area_map] (legacy
 * categories to the 2022 areas), [absences] (reducing and protected
 * causes), [pool NAME] (any number), [legal] (the checks of SPEC 3.7 and
 * their level), [transparency].  Every value is checked; problems are
 * collected with their lines.  Cross-key checks (weights totalling 100,
 * band gaps and overlaps, unknown areas, curves above 100 in budget mode,
 * the art. 69 rules) run once every key of a pool is read.
 */
#include "payrules.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ctx {
	struct peg_payrules *pr;
	const char *path;
	struct peg_diag *d;
	int problems;
};

static void problem(struct ctx *c, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void problem(struct ctx *c, long line, const char *fmt, ...)
{
	struct peg_buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	peg_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	peg_fail(c->d, PEG_ERULES, c->path, line, "%s", peg_buf_str(&b));
	peg_buf_release(&b);
	c->problems++;
}

static void bad_value(struct ctx *c, const struct peg_ini_entry *e,
		      const char *why)
{
	problem(c, e->line, "[%s] %s = '%s': %s", e->section, e->key, e->value,
		why);
}

static const char *dup(struct ctx *c, const char *s, size_t n)
{
	char *p = peg_arena_strndup(&c->pr->arena, s, n);
	if (!p)
		problem(c, 0, "out of memory");
	return p ? p : "";
}

static char *lower_dup(struct ctx *c, const char *s, size_t n)
{
	char *p = (char *)dup(c, s, n);
	for (char *q = p; *q; q++)
		if (*q >= 'A' && *q <= 'Z')
			*q = (char)(*q - 'A' + 'a');
	return p;
}

static int get_fix(struct ctx *c, const struct peg_ini_entry *e, peg_fix min,
		   peg_fix max, peg_fix *out)
{
	const char *why;
	peg_fix v;
	if (peg_parse_fix(e->value, PEG_DEC_POINT, 0, &v, NULL, &why)) {
		bad_value(c, e, why);
		return -1;
	}
	if (v < min || v > max) {
		char a[PEG_NUMBUF], b[PEG_NUMBUF], m[96];
		snprintf(m, sizeof(m), "out of range (%s to %s)",
			 peg_fix_str(min, a), peg_fix_str(max, b));
		bad_value(c, e, m);
		return -1;
	}
	*out = v;
	return 0;
}

static int get_choice(struct ctx *c, const struct peg_ini_entry *e,
		      const char *const *names, int *out)
{
	*out = 0;
	for (int i = 0; names[i]; i++)
		if (peg_strieq(e->value, names[i])) {
			*out = i;
			return 0;
		}
	char list[512], why[600];
	snprintf(why, sizeof(why), "expected %s",
		 peg_words_list(names, list, sizeof(list)));
	bad_value(c, e, why);
	return -1;
}

static int get_yesno(struct ctx *c, const struct peg_ini_entry *e, int *out)
{
	const char *why;
	if (peg_parse_bool(e->value, out, &why)) {
		bad_value(c, e, "expected yes or no");
		return -1;
	}
	return 0;
}

/* Calls fn on each comma-separated item of text (trimmed, non-empty). */
static int each_item(const char *text,
		     int (*fn)(struct ctx *, const struct peg_ini_entry *,
			       const char *, size_t, size_t, void *),
		     struct ctx *c, const struct peg_ini_entry *e, void *arg)
{
	size_t k = 0;
	const char *p = text;
	for (;;) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		const char *s = p;
		while (len && (*s == ' ' || *s == '\t')) {
			s++;
			len--;
		}
		while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
			len--;
		k++;
		if (!len) {
			char m[64];
			snprintf(m, sizeof(m), "item %zu is empty", k);
			bad_value(c, e, m);
			return -1;
		}
		if (fn(c, e, s, len, k, arg))
			return -1;
		if (!end)
			return 0;
		p = end + 1;
	}
}

/* ---- [areas], [area_map] ---------------------------------------------- */

/* Canonical spellings of the areas of CCNL 2018 and CCNL 2022. */
static const char *const known_areas[] = {
	"A", "B", "C", "D", "Operatori", "Operatori esperti", "Istruttori",
	"Funzionari e EQ", "Funzionari", "Dirigenti", "Segretario", NULL};

static int sec_areas(struct ctx *c, struct peg_ini_entry *e)
{
	struct peg_payrules *pr = c->pr;
	peg_fix v;
	if (get_fix(c, e, 1, PEG_FIX(100), &v))
		return 1;
	struct peg_area_def *a = realloc(pr->area, (pr->narea + 1) * sizeof(*a));
	if (!a) {
		problem(c, 0, "out of memory");
		return 1;
	}
	pr->area = a;
	a = &pr->area[pr->narea++];
	a->key = dup(c, e->key, strlen(e->key));
	a->display = a->key;
	for (size_t i = 0; known_areas[i]; i++)
		if (peg_strieq(known_areas[i], e->key))
			a->display = known_areas[i];
	a->param = v;
	a->line = e->line;
	return 1;
}

static int sec_area_map(struct ctx *c, struct peg_ini_entry *e)
{
	struct peg_payrules *pr = c->pr;
	long a = peg_payrules_area(pr, e->value);
	if (a < 0) {
		bad_value(c, e, "not an area of [areas]");
		return 1;
	}
	struct peg_area_map *m = realloc(pr->amap, (pr->namap + 1) * sizeof(*m));
	if (!m) {
		problem(c, 0, "out of memory");
		return 1;
	}
	pr->amap = m;
	m = &pr->amap[pr->namap++];
	m->legacy = dup(c, e->key, strlen(e->key));
	m->area = (size_t)a;
	m->line = e->line;
	return 1;
}

/* ---- [absences] ------------------------------------------------------- */

struct list {
	const char ***items;
	size_t *n;
};

static int add_cause(struct ctx *c, const struct peg_ini_entry *e,
		     const char *s, size_t len, size_t k, void *arg)
{
	struct list *l = arg;
	(void)e;
	(void)k;
	const char **p = realloc(*l->items, (*l->n + 1) * sizeof(*p));
	if (!p) {
		problem(c, 0, "out of memory");
		return -1;
	}
	*l->items = p;
	p[(*l->n)++] = dup(c, s, len);
	return 0;
}

static int sec_absences(struct ctx *c, struct peg_ini_entry *e)
{
	struct peg_payrules *pr = c->pr;
	struct list l;
	if (strcmp(e->key, "reducing") == 0)
		l = (struct list){&pr->reducing, &pr->nreducing};
	else if (strcmp(e->key, "protected") == 0)
		l = (struct list){&pr->protected_causes, &pr->nprotected};
	else
		return 0;
	each_item(e->value, add_cause, c, e, &l);
	return 1;
}

/* ---- [pool NAME] ------------------------------------------------------ */

/* Lines of keys given in a pool, for cross checks. */
struct pool_set {
	long score, curve, bands, points, mode, max, residual, mag_percent,
		mag_quota, mag_ties, edges, areas;
};

static int add_term(struct ctx *c, const struct peg_ini_entry *e,
		    const char *s, size_t len, size_t k, void *arg)
{
	struct peg_score_spec *sp = arg;
	const char *colon = memchr(s, ':', len);
	char m[96];
	if (!colon || colon == s) {
		snprintf(m, sizeof(m), "term %zu: expected component:weight", k);
		bad_value(c, e, m);
		return -1;
	}
	size_t nl = (size_t)(colon - s);
	while (nl && (s[nl - 1] == ' ' || s[nl - 1] == '\t'))
		nl--;
	char num[48];
	size_t vl = len - (size_t)(colon + 1 - s);
	if (vl >= sizeof(num)) {
		snprintf(m, sizeof(m), "term %zu: weight too long", k);
		bad_value(c, e, m);
		return -1;
	}
	memcpy(num, colon + 1, vl);
	num[vl] = '\0';
	peg_fix w;
	const char *why;
	if (peg_parse_fix(num, PEG_DEC_POINT, PEG_NUM_NONNEG, &w, NULL, &why) ||
	    w == 0) {
		snprintf(m, sizeof(m), "term %zu: the weight must be a number "
				       "above 0",
			 k);
		bad_value(c, e, m);
		return -1;
	}
	const char *name = lower_dup(c, s, nl);
	for (size_t i = 0; i < sp->nterm; i++)
		if (strcmp(sp->term[i].component, name) == 0) {
			snprintf(m, sizeof(m), "component '%s' appears twice",
				 name);
			bad_value(c, e, m);
			return -1;
		}
	struct peg_term *t = realloc(sp->term, (sp->nterm + 1) * sizeof(*t));
	if (!t) {
		problem(c, 0, "out of memory");
		return -1;
	}
	sp->term = t;
	sp->term[sp->nterm].component = name;
	sp->term[sp->nterm].weight = w;
	sp->nterm++;
	return 0;
}

static void get_score(struct ctx *c, const struct peg_ini_entry *e,
		      struct peg_score_spec *sp)
{
	sp->line = e->line;
	if (each_item(e->value, add_term, c, e, sp))
		return;
	peg_fix total = 0;
	for (size_t i = 0; i < sp->nterm; i++)
		total += sp->term[i].weight;
	if (total != PEG_FIX(100)) {
		char m[80], b[PEG_NUMBUF];
		snprintf(m, sizeof(m), "the weights total %s, not 100",
			 peg_fix_str(total, b));
		bad_value(c, e, m);
	}
}

static int add_band(struct ctx *c, const struct peg_ini_entry *e,
		    const char *s, size_t len, size_t k, void *arg)
{
	struct peg_pool *p = arg;
	char item[96], m[96];
	if (len >= sizeof(item))
		len = sizeof(item) - 1;
	memcpy(item, s, len);
	item[len] = '\0';
	char *dash = strchr(item, '-');
	char *colon = strchr(item, ':');
	peg_fix lo, hi, f;
	const char *why;
	if (!dash || !colon || colon < dash) {
		snprintf(m, sizeof(m), "band %zu: expected lo-hi:factor", k);
		bad_value(c, e, m);
		return -1;
	}
	*dash = *colon = '\0';
	if (peg_parse_fix(item, PEG_DEC_POINT, PEG_NUM_NONNEG, &lo, NULL, &why) ||
	    peg_parse_fix(dash + 1, PEG_DEC_POINT, PEG_NUM_NONNEG, &hi, NULL,
			  &why) ||
	    peg_parse_fix(colon + 1, PEG_DEC_POINT, PEG_NUM_NONNEG, &f, NULL,
			  &why)) {
		snprintf(m, sizeof(m), "band %zu: expected lo-hi:factor with "
				       "numbers",
			 k);
		bad_value(c, e, m);
		return -1;
	}
	if (hi <= lo) {
		snprintf(m, sizeof(m), "band %zu: hi must be above lo", k);
		bad_value(c, e, m);
		return -1;
	}
	struct peg_band *b = realloc(p->band, (p->nband + 1) * sizeof(*b));
	if (!b) {
		problem(c, 0, "out of memory");
		return -1;
	}
	p->band = b;
	p->band[p->nband++] = (struct peg_band){lo, hi, f};
	return 0;
}

static int cmp_band(const void *a, const void *b)
{
	const struct peg_band *x = a, *y = b;
	return (x->lo > y->lo) - (x->lo < y->lo);
}

/* Bands sorted by lo must touch: a gap or an overlap is an error. */
static void check_bands(struct ctx *c, struct peg_pool *p, long line)
{
	qsort(p->band, p->nband, sizeof(*p->band), cmp_band);
	for (size_t i = 1; i < p->nband; i++) {
		struct peg_band *a = &p->band[i - 1], *b = &p->band[i];
		char x[PEG_NUMBUF], y[PEG_NUMBUF], z[PEG_NUMBUF],
			w[PEG_NUMBUF];
		if (a->hi == b->lo)
			continue;
		problem(c, line, "[%s] bands: %s between %s-%s and %s-%s",
			p->section, a->hi < b->lo ? "gap" : "overlap",
			peg_fix_str(a->lo, x), peg_fix_str(a->hi, y),
			peg_fix_str(b->lo, z), peg_fix_str(b->hi, w));
	}
}

static int add_area_ref(struct ctx *c, const struct peg_ini_entry *e,
			const char *s, size_t len, size_t k, void *arg)
{
	struct peg_pool *p = arg;
	char name[96];
	(void)k;
	if (len >= sizeof(name))
		len = sizeof(name) - 1;
	memcpy(name, s, len);
	name[len] = '\0';
	long a = peg_payrules_area(c->pr, name);
	if (a < 0) {
		char m[160];
		snprintf(m, sizeof(m), "unknown area '%s' (not in [areas])",
			 name);
		bad_value(c, e, m);
		return -1;
	}
	size_t *q = realloc(p->areas, (p->nareas + 1) * sizeof(*q));
	if (!q) {
		problem(c, 0, "out of memory");
		return -1;
	}
	p->areas = q;
	p->areas[p->nareas++] = (size_t)a;
	return 0;
}

static int add_fallback(struct ctx *c, const struct peg_ini_entry *e,
			const char *s, size_t len, size_t k, void *arg)
{
	struct peg_pool *p = arg;
	const char *colon = memchr(s, ':', len);
	if (!colon || colon == s || colon == s + len - 1) {
		char m[80];
		snprintf(m, sizeof(m), "item %zu: expected missing:replacement",
			 k);
		bad_value(c, e, m);
		return -1;
	}
	struct peg_fallback *f =
		realloc(p->fallback, (p->nfallback + 1) * sizeof(*f));
	if (!f) {
		problem(c, 0, "out of memory");
		return -1;
	}
	p->fallback = f;
	f = &p->fallback[p->nfallback++];
	const char *t = colon + 1;
	while (*t == ' ')
		t++;
	size_t fl = (size_t)(colon - s);
	while (fl && s[fl - 1] == ' ')
		fl--;
	f->from = lower_dup(c, s, fl);
	f->to = lower_dup(c, t, len - (size_t)(t - s));
	return 0;
}

static const char *const curve_names[] = {"linear", "bands", "points", NULL};
static const char *const mode_names[] = {"share", "budget", NULL};
static const char *const max_names[] = {"parameter", "base_amount", NULL};
static const char *const residual_names[] = {"return", "redistribute",
					     "redistribute_sector", NULL};
static const char *const ties_names[] = {"share", "employee_id", NULL};
static const char *const group_names[] = {"staff", "managers", NULL};
static const char *const edge_names[] = {"left", "right", NULL};

const char *peg_curve_kind_name(enum peg_curve_kind k)
{
	return curve_names[k];
}

const char *peg_mode_name(enum peg_mode m)
{
	return mode_names[m];
}

const char *peg_residual_name(enum peg_residual r)
{
	return residual_names[r];
}

/*
 * maggiorazione_quota: CCNL 21.5.2018 art. 69 c.2 gives the bonus to "una
 * limitata quota massima di personale valutato"; a quota reaching most of
 * the staff would be the "everyone above X points" rule by another name.
 * pegaso takes 1 to 50 (at most half of the positively evaluated).
 */
#define PEG_MAG_QUOTA_MAX PEG_FIX(50)

static void get_quota(struct ctx *c, const struct peg_ini_entry *e,
		      peg_fix *out)
{
	const char *why;
	peg_fix v;
	if (peg_parse_fix(e->value, PEG_DEC_POINT, 0, &v, NULL, &why)) {
		bad_value(c, e, why);
		return;
	}
	if (v < PEG_FIX(1) || v > PEG_MAG_QUOTA_MAX) {
		bad_value(c, e, "out of range (1 to 50): art. 69 c.2 gives the "
				"maggiorazione to a limited share of the "
				"positively evaluated, at most half");
		return;
	}
	*out = v;
}

static struct peg_pool *pool_of(struct ctx *c, const char *section)
{
	for (size_t i = 0; i < c->pr->npool; i++)
		if (strcmp(c->pr->pool[i].section, section) == 0)
			return &c->pr->pool[i];
	return NULL;
}

static int sec_pool(struct ctx *c, struct peg_ini_entry *e, struct peg_pool *p,
		    struct pool_set *set)
{
	const char *k = e->key;
	int v;

	if (strcmp(k, "basis") == 0)
		p->basis = dup(c, e->value, strlen(e->value));
	else if (strcmp(k, "amount_key") == 0) {
		p->amount_key = lower_dup(c, e->value, strlen(e->value));
		p->amount_line = e->line;
	} else if (strcmp(k, "group") == 0) {
		if (get_choice(c, e, group_names, &v) == 0)
			p->group = (enum peg_group)v;
	} else if (strcmp(k, "areas") == 0) {
		set->areas = e->line;
		each_item(e->value, add_area_ref, c, e, p);
	} else if (strcmp(k, "score") == 0) {
		set->score = e->line;
		get_score(c, e, &p->score);
	} else if (strncmp(k, "score.", 6) == 0) {
		long a = peg_payrules_area(c->pr, k + 6);
		if (a < 0) {
			problem(c, e->line,
				"[%s] %s: unknown area '%s' (not in [areas])",
				p->section, k, k + 6);
			return 1;
		}
		struct peg_score_spec *s = realloc(
			p->score_area, (p->nscore_area + 1) * sizeof(*s));
		if (!s) {
			problem(c, 0, "out of memory");
			return 1;
		}
		p->score_area = s;
		s = &p->score_area[p->nscore_area++];
		memset(s, 0, sizeof(*s));
		s->area = c->pr->area[a].key;
		s->area_ix = (size_t)a;
		get_score(c, e, s);
	} else if (strcmp(k, "fallback") == 0)
		each_item(e->value, add_fallback, c, e, p);
	else if (strcmp(k, "curve") == 0) {
		set->curve = e->line;
		if (get_choice(c, e, curve_names, &v) == 0)
			p->curve = (enum peg_curve_kind)v;
	} else if (strcmp(k, "bands") == 0) {
		set->bands = e->line;
		if (each_item(e->value, add_band, c, e, p) == 0)
			check_bands(c, p, e->line);
	} else if (strcmp(k, "bands_edges") == 0) {
		set->edges = e->line;
		if (get_choice(c, e, edge_names, &v) == 0)
			p->bands_right = v;
	} else if (strcmp(k, "points") == 0) {
		const char *why;
		size_t at;
		set->points = e->line;
		if (peg_curve_parse(&p->points, e->value, &why, &at)) {
			char m[128];
			snprintf(m, sizeof(m), "point %zu: %s", at, why);
			bad_value(c, e, m);
			peg_curve_release(&p->points);
		} else if (peg_curve_prepare(&p->points))
			problem(c, e->line, "[%s] points: cannot prepare",
				p->section);
	} else if (strcmp(k, "threshold") == 0)
		get_fix(c, e, 0, PEG_FIX(1000), &p->threshold);
	else if (strcmp(k, "min_days") == 0) {
		const char *why;
		if (peg_parse_int(e->value, 0, 366, &p->min_days, &why))
			bad_value(c, e, "a whole number of days from 0 to 366");
	} else if (strcmp(k, "mode") == 0) {
		set->mode = e->line;
		if (get_choice(c, e, mode_names, &v) == 0)
			p->mode = (enum peg_mode)v;
	} else if (strcmp(k, "max") == 0) {
		set->max = e->line;
		if (get_choice(c, e, max_names, &v) == 0)
			p->max = (enum peg_max)v;
	} else if (strcmp(k, "residual") == 0) {
		set->residual = e->line;
		if (get_choice(c, e, residual_names, &v) == 0)
			p->residual = (enum peg_residual)v;
	} else if (strcmp(k, "part_time") == 0)
		get_yesno(c, e, &p->use_part_time);
	else if (strcmp(k, "days") == 0)
		get_yesno(c, e, &p->use_days);
	else if (strcmp(k, "absences") == 0)
		get_yesno(c, e, &p->use_absences);
	else if (strcmp(k, "maggiorazione_percent") == 0) {
		set->mag_percent = e->line;
		get_fix(c, e, 0, PEG_FIX(1000), &p->mag_percent);
	} else if (strcmp(k, "maggiorazione_quota") == 0) {
		set->mag_quota = e->line;
		get_quota(c, e, &p->mag_quota);
	} else if (strcmp(k, "maggiorazione_ties") == 0) {
		set->mag_ties = e->line;
		if (get_choice(c, e, ties_names, &v) == 0)
			p->mag_ties = (enum peg_ties)v;
	} else if (strncmp(k, "maggiorazione_", 14) == 0 &&
		   (strstr(k, "threshold") || strstr(k, "above") ||
		    strstr(k, "min_score") || strstr(k, "score"))) {
		problem(c, e->line,
			"[%s] %s: the art. 69 maggiorazione cannot go to "
			"everyone above a score (ARAN: an elusive rule); give "
			"maggiorazione_quota, the share of positively "
			"evaluated staff who receive it",
			p->section, k);
	} else
		return 0;
	return 1;
}

/* Cross-key checks of one pool, once all its keys are read. */
static void check_pool(struct ctx *c, struct peg_pool *p,
		       const struct pool_set *set)
{
	const char *s = p->section;
	if (!p->score.nterm && !set->score)
		problem(c, p->line, "[%s] score is required (e.g. score = "
				    "objectives:100)",
			s);
	if (p->curve == PEG_CURVE_BANDS && !p->nband)
		problem(c, set->curve, "[%s] curve = bands needs bands = "
				       "lo-hi:factor, ...",
			s);
	if (p->curve == PEG_CURVE_POINTS && !p->points.n)
		problem(c, set->curve, "[%s] curve = points needs points = "
				       "x:y, ...",
			s);
	if (p->curve != PEG_CURVE_BANDS && set->bands)
		problem(c, set->bands, "[%s] bands is only used with curve = "
				       "bands",
			s);
	if (p->curve != PEG_CURVE_BANDS && set->edges)
		problem(c, set->edges, "[%s] bands_edges is only used with "
				       "curve = bands",
			s);
	if (p->curve != PEG_CURVE_POINTS && set->points)
		problem(c, set->points, "[%s] points is only used with curve = "
					"points",
			s);
	if (p->mode == PEG_MODE_SHARE && set->max)
		problem(c, set->max, "[%s] max is only used with mode = budget",
			s);
	if (p->mode == PEG_MODE_SHARE && p->residual != PEG_RES_RETURN)
		problem(c, set->residual,
			"[%s] residual = %s needs mode = budget (a share pool "
			"pays everything when anyone is eligible)",
			s, residual_names[p->residual]);
	if (p->mode == PEG_MODE_BUDGET) {
		peg_fix top = p->curve == PEG_CURVE_BANDS && p->nband
				      ? 0
				      : p->curve == PEG_CURVE_POINTS && p->points.n
						? peg_curve_max(&p->points)
						: 0;
		for (size_t i = 0; p->curve == PEG_CURVE_BANDS && i < p->nband;
		     i++)
			if (p->band[i].factor > top)
				top = p->band[i].factor;
		if (top > PEG_FIX(100))
			problem(c, set->curve ? set->curve : p->line,
				"[%s] in mode = budget the factor is a share of "
				"the maximum premium: the curve must not "
				"exceed 100",
				s);
	}
	int mag = set->mag_percent || set->mag_quota || set->mag_ties;
	if (mag && (!set->mag_percent || !set->mag_quota))
		problem(c, set->mag_percent ? set->mag_percent
			   : set->mag_quota ? set->mag_quota
					    : set->mag_ties,
			"[%s] the art. 69 maggiorazione needs both "
			"maggiorazione_percent and maggiorazione_quota",
			s);
	p->has_maggiorazione = set->mag_percent && set->mag_quota;
	if (!p->amount_key)
		p->amount_key = p->name;
	if (!p->basis)
		p->basis = "";
}

/*
 * Each [fund] amount is distributed by one pool: two pools drawing on the
 * same key would pay it twice (and the summary would add both).  The
 * later pool is named at its amount_key (or its section when the key is
 * its name), with the earlier one.
 */
static void check_fund_keys(struct ctx *c)
{
	struct peg_payrules *pr = c->pr;
	for (size_t j = 1; j < pr->npool; j++)
		for (size_t i = 0; i < j; i++) {
			const struct peg_pool *a = &pr->pool[i], *b = &pr->pool[j];
			if (strcmp(a->amount_key, b->amount_key) != 0)
				continue;
			problem(c, b->amount_line ? b->amount_line : b->line,
				"[%s] draws on [fund] %s, as [%s] does (line "
				"%ld): the amount would be paid twice (one pool "
				"per [fund] key)",
				b->section, b->amount_key, a->section,
				a->amount_line ? a->amount_line : a->line);
			break;
		}
}

/*
 * The art. 68 c.3 check at level error needs the individual pool: a
 * blocking check that cannot be made must not pass unnoticed.  Rules
 * without pools distribute nothing and are not concerned.
 */
static void check_art68_pool(struct ctx *c)
{
	const struct peg_legal *l = &c->pr->legal;
	if (!c->pr->npool || l->level[PEG_LEGAL_ART68_C3] != PEG_LEVEL_ERROR)
		return;
	for (size_t i = 0; i < c->pr->npool; i++)
		if (strcmp(c->pr->pool[i].name, l->individual_pool) == 0)
			return;
	if (l->individual_line)
		problem(c, l->individual_line,
			"[legal] individual_pool = '%s' is not a pool: the "
			"art. 68 c.3 check (art68_c3 = error) cannot be made "
			"(name the individual pool, or set art68_c3 = warning "
			"or off)",
			l->individual_pool);
	else
		problem(c, 0,
			"no [pool %s], the individual pool of the art. 68 c.3 "
			"check (art68_c3 = error): name it in [legal] "
			"individual_pool, or set art68_c3 = warning or off",
			l->individual_pool);
}

/* ---- [legal], [transparency] ------------------------------------------ */

static const char *const level_names[] = {"off", "warning", "error", NULL};
static const char *const check_keys[PEG_LEGAL_COUNT_] = {
	"art68_c3", "funded", "art69", "undifferentiated",
	"protected_absences"};

const char *peg_level_name(enum peg_level l)
{
	return level_names[l];
}

static int sec_legal(struct ctx *c, struct peg_ini_entry *e)
{
	struct peg_legal *l = &c->pr->legal;
	int v;
	for (int i = 0; i < PEG_LEGAL_COUNT_; i++)
		if (strcmp(e->key, check_keys[i]) == 0) {
			if (get_choice(c, e, level_names, &v) == 0)
				l->level[i] = (enum peg_level)v;
			return 1;
		}
	if (strcmp(e->key, "individual_pool") == 0) {
		l->individual_pool = lower_dup(c, e->value, strlen(e->value));
		l->individual_line = e->line;
	}
	else if (strcmp(e->key, "organizational_pool") == 0)
		l->organizational_pool =
			lower_dup(c, e->value, strlen(e->value));
	else if (strcmp(e->key, "variable_resources") == 0)
		l->variable_key = lower_dup(c, e->value, strlen(e->value));
	else if (strcmp(e->key, "min_individual_share") == 0)
		get_fix(c, e, 0, PEG_FIX(100), &l->min_individual_share);
	else if (strcmp(e->key, "maggiorazione_min_percent") == 0)
		get_fix(c, e, 0, PEG_FIX(1000), &l->maggiorazione_min);
	else
		return 0;
	return 1;
}

static int sec_transparency(struct ctx *c, struct peg_ini_entry *e)
{
	const char *why;
	if (strcmp(e->key, "min_cell") != 0)
		return 0;
	if (peg_parse_int(e->value, 1, 1000, &c->pr->min_cell, &why))
		bad_value(c, e, "a whole number from 1 to 1000");
	return 1;
}

/* ---- loading ---------------------------------------------------------- */

int peg_payrules_section(const char *s)
{
	return strcmp(s, "areas") == 0 || strcmp(s, "area_map") == 0 ||
	       strcmp(s, "absences") == 0 || strncmp(s, "pool ", 5) == 0 ||
	       strcmp(s, "legal") == 0 || strcmp(s, "transparency") == 0;
}

static void defaults(struct peg_payrules *pr)
{
	pr->legal.individual_pool = "individual";
	pr->legal.organizational_pool = "organizational";
	pr->legal.variable_key = "variable_resources";
	pr->legal.min_individual_share = PEG_FIX(30);
	pr->legal.maggiorazione_min = PEG_FIX(30);
	pr->legal.level[PEG_LEGAL_ART68_C3] = PEG_LEVEL_ERROR;
	pr->legal.level[PEG_LEGAL_FUNDED] = PEG_LEVEL_WARNING;
	pr->legal.level[PEG_LEGAL_ART69] = PEG_LEVEL_ERROR;
	pr->legal.level[PEG_LEGAL_UNDIFFERENTIATED] = PEG_LEVEL_WARNING;
	pr->legal.level[PEG_LEGAL_PROTECTED] = PEG_LEVEL_ERROR;
	pr->min_cell = 3;
}

/* Entries of one section in file order, through handler. */
static void each_entry(struct ctx *c, struct peg_ini *ini, const char *sec,
		       int (*handler)(struct ctx *, struct peg_ini_entry *))
{
	for (size_t i = 0; i < ini->nent; i++) {
		struct peg_ini_entry *e = &ini->ent[i];
		if (strcmp(e->section, sec) != 0)
			continue;
		if (!handler(c, e))
			problem(c, e->line, "unknown key '%s' in [%s]", e->key,
				sec);
	}
}

int peg_payrules_load(struct peg_payrules *pr, struct peg_ini *ini,
		      const char *path, struct peg_diag *d)
{
	struct ctx c = {pr, path, d, 0};
	memset(pr, 0, sizeof(*pr));
	defaults(pr);
	/* Areas first: pools and the map refer to them. */
	each_entry(&c, ini, "areas", sec_areas);
	each_entry(&c, ini, "area_map", sec_area_map);
	each_entry(&c, ini, "absences", sec_absences);
	each_entry(&c, ini, "legal", sec_legal);
	each_entry(&c, ini, "transparency", sec_transparency);
	for (size_t i = 0; i < pr->nreducing; i++)
		for (size_t j = 0; j < pr->nprotected; j++)
			if (peg_strieq(pr->reducing[i], pr->protected_causes[j]))
				problem(&c,
					peg_ini_section_line(ini, "absences"),
					"[absences] cause '%s' is both reducing "
					"and protected",
					pr->reducing[i]);

	size_t npool = 0;
	for (size_t i = 0; i < ini->nsec; i++)
		npool += strncmp(ini->sec[i].name, "pool ", 5) == 0;
	pr->pool = calloc(npool ? npool : 1, sizeof(*pr->pool));
	struct pool_set *set = calloc(npool ? npool : 1, sizeof(*set));
	if (!pr->pool || !set) {
		free(set);
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	}
	for (size_t i = 0; i < ini->nsec; i++) {
		const char *s = ini->sec[i].name;
		if (strncmp(s, "pool ", 5) != 0)
			continue;
		struct peg_pool *p = &pr->pool[pr->npool++];
		p->name = dup(&c, s + 5, strlen(s + 5));
		snprintf(p->section, sizeof(p->section), "%s", s);
		p->line = ini->sec[i].line;
		p->use_part_time = p->use_days = p->use_absences = 1;
	}
	for (size_t i = 0; i < ini->nent; i++) {
		struct peg_ini_entry *e = &ini->ent[i];
		struct peg_pool *p = strncmp(e->section, "pool ", 5) == 0
					     ? pool_of(&c, e->section)
					     : NULL;
		if (!p)
			continue;
		if (!sec_pool(&c, e, p, &set[p - pr->pool]))
			problem(&c, e->line, "unknown key '%s' in [%s]", e->key,
				e->section);
	}
	for (size_t i = 0; i < pr->npool; i++)
		check_pool(&c, &pr->pool[i], &set[i]);
	free(set);
	check_fund_keys(&c);
	check_art68_pool(&c);
	if (pr->npool && !pr->narea)
		problem(&c, pr->pool[0].line,
			"pools need [areas] with the parameter of each area");
	return c.problems;
}

void peg_payrules_release(struct peg_payrules *pr)
{
	for (size_t i = 0; i < pr->npool; i++) {
		struct peg_pool *p = &pr->pool[i];
		free(p->areas);
		free(p->score.term);
		for (size_t k = 0; k < p->nscore_area; k++)
			free(p->score_area[k].term);
		free(p->score_area);
		free(p->fallback);
		free(p->band);
		peg_curve_release(&p->points);
	}
	free(pr->pool);
	free(pr->area);
	free(pr->amap);
	free(pr->reducing);
	free(pr->protected_causes);
	peg_arena_release(&pr->arena);
	memset(pr, 0, sizeof(*pr));
}

long peg_payrules_area(const struct peg_payrules *pr, const char *code)
{
	for (size_t i = 0; i < pr->narea; i++)
		if (peg_strieq(pr->area[i].key, code))
			return (long)i;
	return -1;
}

static int in_list(const char *const *l, size_t n, const char *cause)
{
	for (size_t i = 0; i < n; i++)
		if (peg_strieq(l[i], cause))
			return 1;
	return 0;
}

int peg_payrules_reducing(const struct peg_payrules *pr, const char *cause)
{
	return in_list(pr->reducing, pr->nreducing, cause);
}

int peg_payrules_protected(const struct peg_payrules *pr, const char *cause)
{
	return in_list(pr->protected_causes, pr->nprotected, cause);
}

const struct peg_score_spec *peg_pool_score(const struct peg_pool *p,
					    size_t area)
{
	for (size_t i = 0; i < p->nscore_area; i++)
		if (p->score_area[i].area_ix == area)
			return &p->score_area[i];
	return &p->score;
}

int peg_pool_has_area(const struct peg_pool *p, size_t area)
{
	if (!p->nareas)
		return 1;
	for (size_t i = 0; i < p->nareas; i++)
		if (p->areas[i] == area)
			return 1;
	return 0;
}

peg_fix peg_pool_band(const struct peg_pool *p, peg_fix score, long *band)
{
	size_t n = p->nband;
	*band = -1;
	if (!n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		const struct peg_band *b = &p->band[i];
		int in;
		if (!p->bands_right)
			in = score >= b->lo &&
			     (score < b->hi || (i == n - 1 && score <= b->hi));
		else
			in = score <= b->hi &&
			     (score > b->lo || (i == 0 && score >= b->lo));
		if (in) {
			*band = (long)i;
			return b->factor;
		}
	}
	/* Above the last band: the last band extends upwards (rules/README,
	 * [pool NAME]: bands need not cover the scale). */
	if (score > p->band[n - 1].hi) {
		*band = (long)(n - 1);
		return p->band[n - 1].factor;
	}
	return 0; /* below the first band */
}
