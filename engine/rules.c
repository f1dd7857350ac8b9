/*
 * rules.c - loads and checks a rules file (see rules.h and
 * rules/README.md for every section and key).
 *
 * Each known section has a handler that understands its keys; a key no
 * handler takes is reported as unknown, a section no handler matches as
 * unknown.  Values are parsed with num.h; problems are collected with
 * their lines and reported together, then the load fails.  Checks that
 * span keys (a function that does not fit its kind, a curve without
 * points) run after every section was read.
 */
#include "rules.h"
#include "score.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Loading context: where problems go. */
struct rctx {
	struct peg_rules *r;
	const char *path;
	struct peg_diag *d;
	int bad;
};

static void problem(struct rctx *c, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void problem(struct rctx *c, long line, const char *fmt, ...)
{
	struct peg_buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	peg_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	peg_fail(c->d, PEG_ERULES, c->path, line, "%s", peg_buf_str(&b));
	peg_buf_release(&b);
	c->bad = 1;
}

/* "[section] key = 'value': why" */
static void bad_value(struct rctx *c, const struct peg_ini_entry *e,
		      const char *why)
{
	problem(c, e->line, "[%s] %s = '%s': %s", e->section, e->key,
		e->value, why);
}

static int get_fix(struct rctx *c, const struct peg_ini_entry *e,
		   peg_fix min, peg_fix max, peg_fix *out)
{
	const char *why;
	peg_fix v;
	if (peg_parse_fix(e->value, PEG_DEC_POINT, 0, &v, NULL, &why)) {
		bad_value(c, e, why);
		return -1;
	}
	if (v < min || v > max) {
		char a[PEG_NUMBUF], b[PEG_NUMBUF], m[128];
		snprintf(m, sizeof(m), "out of range (%s to %s)",
			 peg_fix_str(min, a), peg_fix_str(max, b));
		bad_value(c, e, m);
		return -1;
	}
	*out = v;
	return 0;
}

static int get_long(struct rctx *c, const struct peg_ini_entry *e, long min,
		    long max, long *out)
{
	const char *why;
	if (peg_parse_int(e->value, min, max, out, &why)) {
		char m[128];
		snprintf(m, sizeof(m), "%s (a whole number from %ld to %ld)",
			 why, min, max);
		bad_value(c, e, m);
		return -1;
	}
	return 0;
}

/* One of names[] (NULL-terminated); *out receives its index. */
static int get_choice(struct rctx *c, const struct peg_ini_entry *e,
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

static int get_curve(struct rctx *c, const struct peg_ini_entry *e,
		     struct peg_curve *cv)
{
	const char *why;
	size_t at;
	if (peg_curve_parse(cv, e->value, &why, &at)) {
		char m[160];
		snprintf(m, sizeof(m), "point %zu: %s", at, why);
		bad_value(c, e, m);
		peg_curve_release(cv);
		return -1;
	}
	if (peg_curve_prepare(cv)) {
		problem(c, e->line, "[%s] %s: cannot prepare the curve",
			e->section, e->key);
		return -1;
	}
	return 0;
}

#define MAX_CAP PEG_FIX(1000)

/* ---- [scoring] -------------------------------------------------------- */

static int sec_scoring(struct rctx *c, struct peg_ini_entry *e)
{
	static const char *const missing[] = {"error", "zero", NULL};
	static const char *const unknown[] = {"error", "yes", "no", NULL};
	struct peg_rules *r = c->r;
	int v;

	if (strcmp(e->key, "missing") == 0) {
		if (get_choice(c, e, missing, &v) == 0)
			r->missing = (enum peg_missing)v;
	} else if (strcmp(e->key, "cap") == 0) {
		get_fix(c, e, PEG_FIX(100), MAX_CAP, &r->cap);
	} else if (strcmp(e->key, "floor") == 0) {
		get_fix(c, e, 0, PEG_FIX(100), &r->floor);
	} else if (strcmp(e->key, "unknown_incentivized") == 0) {
		if (get_choice(c, e, unknown, &v) == 0)
			r->unknown_incentivized = (enum peg_unknown_policy)v;
	} else
		return 0;
	return 1;
}

/* ---- [kind NAME] ------------------------------------------------------ */

/* Per-kind keys set explicitly, to inherit [scoring]'s cap and floor. */
struct kind_set {
	int cap, floor, points, grace, zero_after;
	long fn_line, points_line, grace_line, zero_line;
};

static int sec_kind(struct rctx *c, struct peg_ini_entry *e, int k,
		    struct kind_set *set)
{
	struct peg_kind_rule *kr = &c->r->kind[k];

	if (strcmp(e->key, "function") == 0) {
		int f = peg_scorefn_find(e->value);
		set->fn_line = e->line;
		if (f < 0) {
			char m[200];
			snprintf(m, sizeof(m), "unknown function (expected %s)",
				 peg_scorefn_names());
			bad_value(c, e, m);
		} else
			kr->fn = (enum peg_fn)f;
	} else if (strcmp(e->key, "cap") == 0) {
		set->cap = get_fix(c, e, PEG_FIX(100), MAX_CAP, &kr->cap) == 0;
	} else if (strcmp(e->key, "floor") == 0) {
		set->floor = get_fix(c, e, 0, PEG_FIX(100), &kr->floor) == 0;
	} else if (strcmp(e->key, "grace_days") == 0) {
		set->grace = 1;
		set->grace_line = e->line;
		get_long(c, e, 0, 3660, &kr->grace_days);
	} else if (strcmp(e->key, "zero_after_days") == 0) {
		set->zero_after = 1;
		set->zero_line = e->line;
		get_long(c, e, 1, 3660, &kr->zero_after_days);
	} else if (strcmp(e->key, "points") == 0) {
		set->points = 1;
		set->points_line = e->line;
		get_curve(c, e, &kr->curve);
	} else
		return 0;
	return 1;
}

/* Cross-key checks of one kind's rule. */
static void check_kind(struct rctx *c, int k, const struct kind_set *set)
{
	struct peg_kind_rule *kr = &c->r->kind[k];
	const struct peg_scorefn *f = peg_scorefn_get(kr->fn);
	const char *sec = kr->section;

	if (!(f->kinds & (1u << k)))
		problem(c, set->fn_line,
			"[%s] function = %s cannot score kind %s", sec,
			f->name, peg_kind_name((enum peg_kind)k));
	if (kr->fn == PEG_FN_CURVE && !set->points)
		problem(c, set->fn_line,
			"[%s] function = curve needs points = x:y, ...", sec);
	if (kr->fn != PEG_FN_CURVE && set->points)
		problem(c, set->points_line,
			"[%s] points is only used with function = curve", sec);
	if (set->grace && k != PEG_KIND_DEADLINE && k != PEG_KIND_PHASES)
		problem(c, set->grace_line,
			"[%s] grace_days only applies to deadlines and phases",
			sec);
	if (set->zero_after && kr->fn != PEG_FN_DEADLINE_LINEAR &&
	    kr->fn != PEG_FN_PHASES_LINEAR)
		problem(c, set->zero_line,
			"[%s] zero_after_days only applies to function = "
			"deadline_linear or phases_linear",
			sec);
	if (!set->cap)
		kr->cap = c->r->cap;
	if (!set->floor)
		kr->floor = c->r->floor;
	if (kr->floor > kr->cap)
		problem(c, kr->line, "[%s] floor is above cap", sec);
}

/* ---- [objective] ------------------------------------------------------ */

static const char *const aggregate_names[] = {"weighted_mean", "min",
					      "all_or_nothing", NULL};

const char *peg_aggregate_name(enum peg_aggregate a)
{
	return aggregate_names[a];
}

static int sec_objective(struct rctx *c, struct peg_ini_entry *e)
{
	int v;
	if (strcmp(e->key, "aggregate") != 0)
		return 0;
	c->r->aggregate_line = e->line;
	if (get_choice(c, e, aggregate_names, &v) == 0)
		c->r->aggregate = (enum peg_aggregate)v;
	return 1;
}

/* ---- loading ---------------------------------------------------------- */

static const enum peg_fn default_fn[PEG_KIND_COUNT_] = {
	[PEG_KIND_PERCENT] = PEG_FN_RATIO,
	[PEG_KIND_COUNT] = PEG_FN_RATIO,
	[PEG_KIND_MIN] = PEG_FN_RATIO,
	[PEG_KIND_MAX] = PEG_FN_INVERSE_RATIO,
	[PEG_KIND_DEADLINE] = PEG_FN_ON_TIME,
	[PEG_KIND_BOOLEAN] = PEG_FN_BINARY,
	[PEG_KIND_PP_INCREMENT] = PEG_FN_RATIO,
	[PEG_KIND_RELATIVE_CHANGE] = PEG_FN_RATIO,
	[PEG_KIND_QUALITATIVE] = PEG_FN_JUDGEMENT,
	[PEG_KIND_PHASES] = PEG_FN_PHASES_ON_TIME,
};

static void set_defaults(struct peg_rules *r)
{
	r->missing = PEG_MISSING_ERROR;
	r->cap = PEG_FIX(100);
	r->floor = 0;
	r->unknown_incentivized = PEG_UNKNOWN_ERROR;
	r->aggregate = PEG_AGG_WEIGHTED_MEAN;
	for (int k = 0; k < PEG_KIND_COUNT_; k++) {
		struct peg_kind_rule *kr = &r->kind[k];
		kr->fn = default_fn[k];
		kr->cap = r->cap;
		kr->floor = r->floor;
		kr->zero_after_days = 90;
		snprintf(kr->section, sizeof(kr->section), "scoring");
	}
}

static int load(struct peg_rules *r, struct peg_ini *ini, struct peg_diag *out)
{
	struct peg_diag local;
	peg_diag_init(&local);
	struct peg_diag *d = &local;
	struct rctx c = {r, r->path, d, 0};
	struct kind_set set[PEG_KIND_COUNT_];
	memset(set, 0, sizeof(set));

	for (size_t i = 0; i < ini->nsec; i++) {
		const char *s = ini->sec[i].name;
		if (strcmp(s, "scoring") == 0 || strcmp(s, "objective") == 0 ||
		    peg_payrules_section(s))
			continue;
		if (strncmp(s, "kind ", 5) == 0) {
			int k = peg_kind_parse(s + 5);
			if (k < 0)
				problem(&c, ini->sec[i].line,
					"[%s]: unknown kind '%s'", s, s + 5);
			else {
				snprintf(r->kind[k].section,
					 sizeof(r->kind[k].section), "kind %s",
					 peg_kind_name((enum peg_kind)k));
				r->kind[k].line = ini->sec[i].line;
				set[k].fn_line = ini->sec[i].line;
			}
			continue;
		}
		problem(&c, ini->sec[i].line,
			"unknown section [%s] (expected [scoring], [kind "
			"NAME], [objective], [areas], [area_map], [absences], "
			"[pool NAME], [legal] or [transparency])",
			s);
	}
	for (size_t i = 0; i < ini->nent; i++) {
		struct peg_ini_entry *e = &ini->ent[i];
		int known = 0;
		if (strcmp(e->section, "scoring") == 0)
			known = sec_scoring(&c, e);
		else if (strcmp(e->section, "objective") == 0)
			known = sec_objective(&c, e);
		else if (strncmp(e->section, "kind ", 5) == 0) {
			int k = peg_kind_parse(e->section + 5);
			if (k < 0)
				continue; /* section already reported */
			known = sec_kind(&c, e, k, &set[k]);
		} else
			continue; /* section already reported */
		if (!known)
			problem(&c, e->line, "unknown key '%s' in [%s]", e->key,
				e->section);
		e->used = 1;
	}
	for (int k = 0; k < PEG_KIND_COUNT_; k++)
		check_kind(&c, k, &set[k]);
	if (peg_payrules_load(&r->pay, ini, r->path, d))
		c.bad = 1;
	int oom = d->oom;
	peg_ini_move_sorted(out, d);
	return c.bad || oom ? -1 : 0;
}

int peg_rules_defaults(struct peg_rules *r, struct peg_diag *d)
{
	memset(r, 0, sizeof(*r));
	r->path = strdup("(built-in rules)");
	if (!r->path)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	set_defaults(r);
	struct peg_ini empty;
	memset(&empty, 0, sizeof(empty));
	return peg_payrules_load(&r->pay, &empty, r->path, d) ? -1 : 0;
}

int peg_rules_load_with(struct peg_rules *r, const char *path,
			const struct peg_ini_override *ov, size_t nov,
			struct peg_diag *d)
{
	struct peg_ini ini;
	size_t from = d->n;

	memset(r, 0, sizeof(*r));
	r->path = strdup(path);
	if (!r->path)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	set_defaults(r);
	int rc = peg_ini_load_with(&ini, path, PEG_ERULES, ov, nov, d);
	if (rc == 0)
		rc = load(r, &ini, d);
	peg_ini_blame(&ini, d, from);
	r->nlines = ini.nlines;
	r->ov = ov;
	r->nov = nov;
	peg_ini_release(&ini);
	return rc;
}

void peg_rules_blame(const struct peg_rules *r, struct peg_diag *d,
		     size_t from)
{
	peg_ini_blame_lines(r->path, r->nlines, r->ov, r->nov, d, from);
}

int peg_rules_load(struct peg_rules *r, const char *path, struct peg_diag *d)
{
	return peg_rules_load_with(r, path, NULL, 0, d);
}

void peg_rules_release(struct peg_rules *r)
{
	for (int k = 0; k < PEG_KIND_COUNT_; k++)
		peg_curve_release(&r->kind[k].curve);
	peg_payrules_release(&r->pay);
	free(r->path);
	memset(r, 0, sizeof(*r));
}
