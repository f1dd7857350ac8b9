/*
 * sim.c - Monte Carlo simulation over uncertain actual values (SPEC 5).
 *
 * The run is loaded and computed once (the baseline).  The uncertain
 * values are the measured ones with a range in the verification file
 * (actual_low, actual_high, distribution) and, with --spread P, every
 * other measured number, within +-P% of itself.  Each draw d seeds its
 * own generator from (seed, d) (draw.h), draws every uncertain value in
 * plan order, rescores in place (peg_score_again) and redistributes with
 * the prepared distribution (peg_pay_eval): no file is read and nothing
 * is allocated per draw.  Worker threads take draws in chunks from a
 * shared counter and store each draw's results at its own index, and
 * their counters are integer sums: the statistics, computed after every
 * draw, are the same whatever the threads and their timing.
 *
 * Statistics: for each employee the total's mean, P10, P50, P90, the
 * probability of being eligible (in some pool, and per pool) and of the
 * art. 69 maggiorazione; for each pool the distribution of economies; for
 * each objective the distribution of its achievement and the probability
 * of reaching 100.  Quantiles are GSL's on sorted copies (draw.h).
 *
 * Owns the run, the prepared distribution, the draws' results and the
 * report.
 */
#include "csvwrite.h"
#include "draw.h"
#include "outdir.h"
#include "run.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define OOM(d) peg_fail((d), PEG_EINTERNAL, NULL, 0, "out of memory")
#define MAX_RUNS 100000
#define MAX_THREADS 256
#define CHUNK 16 /* draws a worker takes at a time */

/* An uncertain actual value and how it is drawn. */
struct uncertain {
	size_t ind;         /* plan.ind row */
	int is_date;        /* deadline: a date */
	int from_range;     /* 1: the verification's range; 0: --spread */
	enum peg_dist dist;
	int64_t low, high;  /* peg_fix, or peg_date for deadlines */
	double lo, mode, hi; /* what is drawn: a date is drawn on
				[low - 1/2, high + 1/2] and rounded */
};

/* Statistics of an integer quantity over the draws. */
struct stat {
	int64_t mean, p10, p50, p90, min, max;
};

struct worker {
	struct peg_sim *sim;
	pthread_t tid;
	int started;
	struct peg_rng *rng;
	struct peg_scores scores;
	struct peg_pay pay;
	peg_fix *value;          /* nind: actual values of this draw */
	peg_date *date;
	uint64_t *elig_any;      /* nperson: draws eligible in some pool */
	uint64_t *mag_any;       /* nperson: draws with a maggiorazione */
	uint64_t *elig_pool;     /* nperson x npool */
	int64_t *sum_pool;       /* nperson x npool: Σ cents */
	uint64_t *reach;         /* nobj: draws reaching 100 */
	uint64_t *eco_pos;       /* npool: draws with economies */
	uint64_t fail_draw;      /* first draw that failed, or runs */
	struct peg_diag fail;    /* its reasons */
};

struct peg_sim {
	struct peg_arena arena;
	struct peg_run *run;
	struct peg_pay_prep prep;
	int prepared;
	uint64_t runs, seed;
	unsigned threads;
	int has_spread;
	peg_fix spread;          /* percent */
	enum peg_dist spread_dist;
	struct uncertain *u;
	size_t nu, nrange;
	size_t nind, nobj, nperson, npool;
	peg_fix *base_value;     /* nind: the measured values */
	peg_date *base_date;
	int64_t *tot;            /* nperson x runs: each draw's total */
	int64_t *ach;            /* nobj x runs: each draw's achievement */
	int64_t *eco;            /* npool x runs: each draw's economies */
	/* after the draws */
	uint64_t *elig_any, *mag_any, *elig_pool, *reach, *eco_pos;
	int64_t *sum_pool;
	struct stat *emp, *obj, *pool;
	/* coordination of the workers */
	_Atomic uint64_t next, done, limit;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	unsigned finished;
	struct peg_buf report;
	const char *target;
	char *outdir;
};

/* ---- options ---------------------------------------------------------- */

static int opt_int(const char *name, const char *text, long min, long max,
		   long *out, struct peg_diag *d)
{
	const char *why;
	if (peg_parse_int(text, min, max, out, &why) == 0 && *out >= min &&
	    *out <= max)
		return 0;
	return peg_fail(d, PEG_EUSAGE, NULL, 0,
			"simulate: %s '%s': expected a whole number from %ld "
			"to %ld",
			name, text, min, max);
}

static unsigned default_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > MAX_THREADS ? MAX_THREADS : (unsigned)n;
}

static int read_options(struct peg_sim *s, const struct peg_sim_options *o,
			struct peg_diag *d)
{
	int bad = 0;
	long v;
	if (!o->runs) {
		peg_fail(d, PEG_EUSAGE, NULL, 0,
			 "simulate: --runs N is required");
		bad = 1;
	} else if (opt_int("--runs", o->runs, 1, MAX_RUNS, &v, d))
		bad = 1;
	else
		s->runs = (uint64_t)v;
	if (!o->seed) {
		peg_fail(d, PEG_EUSAGE, NULL, 0,
			 "simulate: --seed S is required");
		bad = 1;
	} else if (opt_int("--seed", o->seed, 0, 999999999999999L, &v, d))
		bad = 1;
	else
		s->seed = (uint64_t)v;
	s->threads = default_threads();
	if (o->threads) {
		if (opt_int("--threads", o->threads, 1, MAX_THREADS, &v, d))
			bad = 1;
		else
			s->threads = (unsigned)v;
	}
	s->spread_dist = PEG_DIST_UNIFORM;
	if (o->spread) {
		const char *why;
		if (peg_parse_fix(o->spread, PEG_DEC_POINT, PEG_NUM_PERCENT,
				  &s->spread, NULL, &why) ||
		    s->spread < 0 || s->spread > PEG_FIX(100)) {
			peg_fail(d, PEG_EUSAGE, NULL, 0,
				 "simulate: --spread '%s': expected a percent "
				 "from 0 to 100",
				 o->spread);
			bad = 1;
		}
		s->has_spread = 1;
	}
	if (o->distribution) {
		int k = peg_dist_parse(o->distribution);
		if (!o->spread) {
			peg_fail(d, PEG_EUSAGE, NULL, 0,
				 "simulate: --distribution applies to --spread "
				 "(ranges in the verification file name their "
				 "own)");
			bad = 1;
		} else if (k < 0) {
			peg_fail(d, PEG_EUSAGE, NULL, 0,
				 "simulate: --distribution '%s': expected "
				 "uniform, triangular or normal",
				 o->distribution);
			bad = 1;
		} else
			s->spread_dist = (enum peg_dist)k;
	}
	return bad ? -1 : 0;
}

/* ---- the uncertain values --------------------------------------------- */

static int spread_kind(enum peg_kind k)
{
	return k == PEG_KIND_PERCENT || k == PEG_KIND_COUNT ||
	       k == PEG_KIND_MIN || k == PEG_KIND_MAX ||
	       k == PEG_KIND_PP_INCREMENT || k == PEG_KIND_RELATIVE_CHANGE;
}

/* Lists the uncertain values in plan order; fills the measured ones. */
static int find_uncertain(struct peg_sim *s, struct peg_diag *d)
{
	const struct peg_run *r = s->run;
	s->u = peg_arena_calloc(&s->arena, s->nind + 1, sizeof(*s->u));
	s->base_value = peg_arena_calloc(&s->arena, s->nind + 1,
					 sizeof(*s->base_value));
	s->base_date = peg_arena_calloc(&s->arena, s->nind + 1,
					sizeof(*s->base_date));
	if (!s->u || !s->base_value || !s->base_date)
		return OOM(d);
	for (size_t i = 0; i < s->nind; i++) {
		const struct peg_indicator *in = &r->plan.ind[i];
		long vi = r->verifs.by_indicator[i];
		if (in->year != r->rf.year || vi < 0)
			continue;
		const struct peg_verif *v = &r->verifs.v[vi];
		s->base_value[i] = v->actual;
		s->base_date[i] = v->actual_date;
		if (v->status != PEG_VS_MEASURED)
			continue;
		struct uncertain u = {0};
		u.ind = i;
		u.is_date = in->kind == PEG_KIND_DEADLINE;
		if (v->has_range) {
			u.from_range = 1;
			u.dist = v->dist;
			u.low = u.is_date ? v->low_date : v->low;
			u.high = u.is_date ? v->high_date : v->high;
		} else if (s->has_spread && spread_kind(in->kind)) {
			peg_fix a = v->actual < 0 ? -v->actual : v->actual;
			peg_fix delta = (peg_fix)peg_div_round(
				(__int128)a * s->spread, PEG_FIX(100));
			u.dist = s->spread_dist;
			u.low = v->actual - delta;
			u.high = v->actual + delta;
		} else
			continue;
		if (u.low == u.high)
			continue; /* nothing to draw */
		double mode = u.is_date ? (double)v->actual_date
					: (double)v->actual;
		u.lo = (double)u.low - (u.is_date ? 0.5 : 0);
		u.hi = (double)u.high + (u.is_date ? 0.5 : 0);
		u.mode = mode;
		s->nrange += u.from_range;
		s->u[s->nu++] = u;
	}
	return 0;
}

/* ---- the draws -------------------------------------------------------- */

static void worker_release(struct worker *w)
{
	peg_rng_free(w->rng);
	peg_scores_release(&w->scores);
	peg_pay_release(&w->pay);
	free(w->value);
	free(w->date);
	free(w->elig_any);
	free(w->mag_any);
	free(w->elig_pool);
	free(w->sum_pool);
	free(w->reach);
	free(w->eco_pos);
	peg_diag_release(&w->fail);
}

/* Everything a worker needs, allocated before the draws: scores and a
 * distribution evaluated once, so that draws allocate nothing. */
static int worker_init(struct worker *w, struct peg_sim *s,
		       struct peg_diag *d)
{
	const struct peg_run *r = s->run;
	memset(w, 0, sizeof(*w));
	w->sim = s;
	w->fail_draw = s->runs;
	peg_diag_init(&w->fail);
	size_t pp = s->nperson * s->npool + 1;
	w->rng = peg_rng_new();
	w->value = malloc((s->nind + 1) * sizeof(*w->value));
	w->date = malloc((s->nind + 1) * sizeof(*w->date));
	w->elig_any = calloc(s->nperson + 1, sizeof(*w->elig_any));
	w->mag_any = calloc(s->nperson + 1, sizeof(*w->mag_any));
	w->elig_pool = calloc(pp, sizeof(*w->elig_pool));
	w->sum_pool = calloc(pp, sizeof(*w->sum_pool));
	w->reach = calloc(s->nobj + 1, sizeof(*w->reach));
	w->eco_pos = calloc(s->npool + 1, sizeof(*w->eco_pos));
	if (!w->rng || !w->value || !w->date || !w->elig_any || !w->mag_any ||
	    !w->elig_pool || !w->sum_pool || !w->reach || !w->eco_pos)
		return OOM(d);
	memcpy(w->value, s->base_value, s->nind * sizeof(*w->value));
	memcpy(w->date, s->base_date, s->nind * sizeof(*w->date));
	if (peg_score_plan_sched(&w->scores, &r->plan, &r->verifs, &r->sched,
				 &r->rules, r->rf.year, NULL, d))
		return -1;
	if (r->has_staff && peg_pay_eval(&w->pay, &s->prep, &w->scores, d))
		return -1;
	return 0;
}

/* A drawn value rounded half up to the fixed (or day) grid, within its
 * range. */
static int64_t round_draw(double x, int64_t lo, int64_t hi)
{
	double f = floor(x + 0.5);
	if (f <= (double)lo)
		return lo;
	if (f >= (double)hi)
		return hi;
	return (int64_t)f;
}

/* Draw d: values, scoring, distribution, and its results stored. */
static int one_draw(struct worker *w, uint64_t d)
{
	struct peg_sim *s = w->sim;
	const struct peg_run *r = s->run;
	peg_rng_seed(w->rng, s->seed, d);
	for (size_t k = 0; k < s->nu; k++) {
		const struct uncertain *u = &s->u[k];
		double x = peg_rng_draw(w->rng, u->dist, u->lo, u->mode, u->hi);
		int64_t v = round_draw(x, u->low, u->high);
		if (u->is_date)
			w->date[u->ind] = (peg_date)v;
		else
			w->value[u->ind] = v;
	}
	struct peg_actuals alt = {w->value, w->date};
	if (peg_score_again(&w->scores, &r->plan, &r->verifs, &r->rules, &alt,
			    &w->fail))
		return -1;
	if (r->has_staff && peg_pay_eval(&w->pay, &s->prep, &w->scores,
					 &w->fail))
		return -1;

	uint64_t n = s->runs;
	for (size_t h = 0; h < s->nperson; h++) {
		int e = 0, m = 0;
		for (size_t pi = 0; pi < s->npool; pi++) {
			const struct peg_ppers *pp =
				peg_ppers_at(&w->pay, h, pi);
			w->elig_pool[h * s->npool + pi] += pp->positive;
			w->sum_pool[h * s->npool + pi] +=
				pp->paid + pp->maggiorazione;
			e |= pp->positive;
			m |= pp->beneficiary;
		}
		w->elig_any[h] += (uint64_t)e;
		w->mag_any[h] += (uint64_t)m;
		s->tot[h * n + d] = w->pay.person_total[h];
	}
	for (size_t k = 0; k < s->nobj; k++) {
		const struct peg_obj_result *o = &w->scores.obj[k];
		s->ach[k * n + d] = o->achievement;
		w->reach[k] += o->status == PEG_OS_SCORED &&
			       o->achievement >= PEG_FIX(100);
	}
	for (size_t pi = 0; pi < s->npool; pi++) {
		s->eco[pi * n + d] = w->pay.pool[pi].economies;
		w->eco_pos[pi] += w->pay.pool[pi].economies > 0;
	}
	return 0;
}

/* Lowers the limit to d, the first failed draw so far. */
static void lower_limit(struct peg_sim *s, uint64_t d)
{
	uint64_t cur = atomic_load(&s->limit);
	while (d < cur && !atomic_compare_exchange_weak(&s->limit, &cur, d))
		;
}

/*
 * A worker takes chunks of draws in order until none is left.  After a
 * failure, draws beyond the first failed one are skipped, but earlier
 * ones are still computed: the failure reported is the first in draw
 * order, whatever the threads.
 */
static void *work(void *arg)
{
	struct worker *w = arg;
	struct peg_sim *s = w->sim;
	for (;;) {
		uint64_t start = atomic_fetch_add(&s->next, CHUNK);
		if (start >= s->runs)
			break;
		uint64_t end = start + CHUNK < s->runs ? start + CHUNK
						       : s->runs;
		for (uint64_t d = start; d < end; d++) {
			if (d >= atomic_load(&s->limit))
				break;
			if (one_draw(w, d)) {
				/* the worker's only failure: its later
				 * chunks lie beyond the limit */
				w->fail_draw = d;
				lower_limit(s, d);
				break;
			}
		}
		atomic_fetch_add(&s->done, end - start);
	}
	pthread_mutex_lock(&s->mu);
	s->finished++;
	pthread_cond_signal(&s->cv);
	pthread_mutex_unlock(&s->mu);
	return NULL;
}

/* Runs every draw on the workers; reports progress from this thread. */
static int run_draws(struct peg_sim *s, struct worker *w, unsigned nw,
		     const struct peg_sim_options *o, struct peg_diag *d)
{
	atomic_store(&s->next, 0);
	atomic_store(&s->done, 0);
	atomic_store(&s->limit, s->runs);
	s->finished = 0;
	unsigned started = 0;
	pthread_mutex_lock(&s->mu);
	for (unsigned t = 0; t < nw; t++) {
		if (pthread_create(&w[t].tid, NULL, work, &w[t]) != 0)
			break;
		w[t].started = 1;
		started++;
	}
	if (started < nw)
		atomic_store(&s->limit, 0); /* stop the others */
	while (s->finished < started) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 100000000;
		if (ts.tv_nsec >= 1000000000) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000;
		}
		pthread_cond_timedwait(&s->cv, &s->mu, &ts);
		if (o->progress && s->finished < started) {
			pthread_mutex_unlock(&s->mu);
			o->progress(o->progress_arg, atomic_load(&s->done),
				    s->runs);
			pthread_mutex_lock(&s->mu);
		}
	}
	pthread_mutex_unlock(&s->mu);
	for (unsigned t = 0; t < nw; t++)
		if (w[t].started)
			pthread_join(w[t].tid, NULL);
	if (started < nw)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0,
				"cannot start %u threads", nw);
	uint64_t first = atomic_load(&s->limit);
	if (first < s->runs) {
		for (unsigned t = 0; t < nw; t++) {
			if (w[t].fail_draw != first)
				continue;
			for (size_t i = 0; i < w[t].fail.n; i++) {
				const struct peg_error *e = &w[t].fail.item[i];
				peg_fail(d, e->code, e->file, e->line,
					 "draw %llu of %llu (seed %llu): %s",
					 (unsigned long long)first + 1,
					 (unsigned long long)s->runs,
					 (unsigned long long)s->seed,
					 e->message);
			}
		}
		return -1;
	}
	if (o->progress)
		o->progress(o->progress_arg, s->runs, s->runs);
	return 0;
}

/* ---- statistics ------------------------------------------------------- */

static void stat_of(int64_t *v, uint64_t n, int64_t *tmp, double *dbl,
		    struct stat *st)
{
	__int128 sum = 0;
	for (uint64_t i = 0; i < n; i++)
		sum += v[i];
	st->mean = (int64_t)peg_div_round(sum, (__int128)n);
	peg_sort_i64(v, tmp, n);
	peg_quantile_prepare(v, n, dbl);
	st->p10 = peg_quantile_i64(dbl, n, 0.1);
	st->p50 = peg_quantile_i64(dbl, n, 0.5);
	st->p90 = peg_quantile_i64(dbl, n, 0.9);
	st->min = v[0];
	st->max = v[n - 1];
}

static int statistics(struct peg_sim *s, struct worker *w, unsigned nw,
		      struct peg_diag *d)
{
	uint64_t n = s->runs;
	size_t pp = s->nperson * s->npool + 1;
	s->elig_any = peg_arena_calloc(&s->arena, s->nperson + 1,
				       sizeof(uint64_t));
	s->mag_any = peg_arena_calloc(&s->arena, s->nperson + 1,
				      sizeof(uint64_t));
	s->elig_pool = peg_arena_calloc(&s->arena, pp, sizeof(uint64_t));
	s->sum_pool = peg_arena_calloc(&s->arena, pp, sizeof(int64_t));
	s->reach = peg_arena_calloc(&s->arena, s->nobj + 1, sizeof(uint64_t));
	s->eco_pos = peg_arena_calloc(&s->arena, s->npool + 1,
				      sizeof(uint64_t));
	s->emp = peg_arena_calloc(&s->arena, s->nperson + 1, sizeof(*s->emp));
	s->obj = peg_arena_calloc(&s->arena, s->nobj + 1, sizeof(*s->obj));
	s->pool = peg_arena_calloc(&s->arena, s->npool + 1, sizeof(*s->pool));
	int64_t *tmp = malloc(n * sizeof(*tmp));
	double *dbl = malloc(n * sizeof(*dbl));
	if (!s->elig_any || !s->mag_any || !s->elig_pool || !s->sum_pool ||
	    !s->reach || !s->eco_pos || !s->emp || !s->obj || !s->pool ||
	    !tmp || !dbl) {
		free(tmp);
		free(dbl);
		return OOM(d);
	}
	for (unsigned t = 0; t < nw; t++) {
		for (size_t h = 0; h < s->nperson; h++) {
			s->elig_any[h] += w[t].elig_any[h];
			s->mag_any[h] += w[t].mag_any[h];
		}
		for (size_t k = 0; k + 1 < pp; k++) {
			s->elig_pool[k] += w[t].elig_pool[k];
			s->sum_pool[k] += w[t].sum_pool[k];
		}
		for (size_t k = 0; k < s->nobj; k++)
			s->reach[k] += w[t].reach[k];
		for (size_t k = 0; k < s->npool; k++)
			s->eco_pos[k] += w[t].eco_pos[k];
	}
	for (size_t h = 0; h < s->nperson; h++)
		stat_of(&s->tot[h * n], n, tmp, dbl, &s->emp[h]);
	for (size_t k = 0; k < s->nobj; k++)
		stat_of(&s->ach[k * n], n, tmp, dbl, &s->obj[k]);
	for (size_t k = 0; k < s->npool; k++)
		stat_of(&s->eco[k * n], n, tmp, dbl, &s->pool[k]);
	free(tmp);
	free(dbl);
	return 0;
}

/* ---- the folder ------------------------------------------------------- */

/* count/n with 4 decimals, rounded half away from zero: "0.8731". */
static void put_prob(struct peg_csvw *cw, uint64_t count, uint64_t n)
{
	char b[32];
	int64_t v = (int64_t)peg_div_round((__int128)count * 10000, n);
	snprintf(b, sizeof(b), "%lld.%04lld", (long long)(v / 10000),
		 (long long)(v % 10000));
	peg_csvw_number(cw, b);
}

static void put_cents_stat(struct peg_csvw *cw, const struct stat *st)
{
	peg_csvw_cents(cw, st->mean);
	peg_csvw_cents(cw, st->p10);
	peg_csvw_cents(cw, st->p50);
	peg_csvw_cents(cw, st->p90);
	peg_csvw_cents(cw, st->min);
	peg_csvw_cents(cw, st->max);
}

static int w_employees(const void *ctx, FILE *fp)
{
	const struct peg_sim *s = ctx;
	const struct peg_run *r = s->run;
	static const char *const head[] = {
		"employee_id", "baseline", "mean", "p10", "p50", "p90", "min",
		"max", "p_eligible", "p_maggiorazione", NULL};
	struct peg_csvw cw;
	struct peg_buf b = {0};
	peg_csvw_init(&cw, fp, PEG_CSV_RFC4180);
	for (size_t k = 0; head[k]; k++)
		peg_csvw_text(&cw, head[k]);
	for (size_t pi = 0; pi < s->npool; pi++) {
		const char *name = r->rules.pay.pool[pi].name;
		peg_buf_reset(&b);
		peg_buf_printf(&b, "mean_%s", name);
		peg_csvw_text(&cw, peg_buf_str(&b));
		peg_buf_reset(&b);
		peg_buf_printf(&b, "p_eligible_%s", name);
		peg_csvw_text(&cw, peg_buf_str(&b));
	}
	peg_csvw_end(&cw);
	int oom = b.oom;
	peg_buf_release(&b);
	for (size_t h = 0; h < s->nperson; h++) {
		peg_csvw_text(&cw, r->staff.person[h].id);
		peg_csvw_cents(&cw, r->pay.person_total[h]);
		put_cents_stat(&cw, &s->emp[h]);
		put_prob(&cw, s->elig_any[h], s->runs);
		put_prob(&cw, s->mag_any[h], s->runs);
		for (size_t pi = 0; pi < s->npool; pi++) {
			size_t k = h * s->npool + pi;
			peg_csvw_cents(&cw, (peg_cents)peg_div_round(
						     s->sum_pool[k],
						     (__int128)s->runs));
			put_prob(&cw, s->elig_pool[k], s->runs);
		}
		peg_csvw_end(&cw);
	}
	return oom ? -1 : 0;
}

static int w_pools(const void *ctx, FILE *fp)
{
	const struct peg_sim *s = ctx;
	const struct peg_run *r = s->run;
	static const char *const head[] = {
		"pool", "amount", "baseline_economies", "mean", "p10", "p50",
		"p90", "min", "max", "p_economies", NULL};
	struct peg_csvw cw;
	peg_csvw_init(&cw, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&cw, head);
	for (size_t pi = 0; pi < s->npool; pi++) {
		peg_csvw_text(&cw, r->rules.pay.pool[pi].name);
		peg_csvw_cents(&cw, r->pay.pool[pi].amount);
		peg_csvw_cents(&cw, r->pay.pool[pi].economies);
		put_cents_stat(&cw, &s->pool[pi]);
		put_prob(&cw, s->eco_pos[pi], s->runs);
		peg_csvw_end(&cw);
	}
	return 0;
}

static int w_objectives(const void *ctx, FILE *fp)
{
	const struct peg_sim *s = ctx;
	const struct peg_run *r = s->run;
	static const char *const head[] = {
		"objective_id", "sector", "counts_for_pay", "status",
		"uncertain_indicators", "baseline", "mean", "p10", "p50", "p90",
		"min", "max", "p_reach_100", NULL};
	struct peg_csvw cw;
	peg_csvw_init(&cw, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&cw, head);
	for (size_t k = 0; k < s->nobj; k++) {
		const struct peg_objective *o = &r->plan.obj[k];
		const struct peg_obj_result *res = &r->scores.obj[k];
		size_t nu = 0;
		for (size_t i = 0; i < s->nu; i++)
			nu += r->plan.ind[s->u[i].ind].objective == k;
		peg_csvw_text(&cw, o->id);
		peg_csvw_text(&cw, o->sector);
		peg_csvw_text(&cw, res->pay ? "yes" : "no");
		peg_csvw_text(&cw, peg_obj_status_name(res->status));
		peg_csvw_long(&cw, (long long)nu);
		if (res->status != PEG_OS_SCORED) {
			for (int c = 0; c < 8; c++)
				peg_csvw_text(&cw, NULL);
			peg_csvw_end(&cw);
			continue;
		}
		const struct stat *st = &s->obj[k];
		peg_csvw_fix(&cw, res->achievement);
		peg_csvw_fix(&cw, st->mean);
		peg_csvw_fix(&cw, st->p10);
		peg_csvw_fix(&cw, st->p50);
		peg_csvw_fix(&cw, st->p90);
		peg_csvw_fix(&cw, st->min);
		peg_csvw_fix(&cw, st->max);
		put_prob(&cw, s->reach[k], s->runs);
		peg_csvw_end(&cw);
	}
	return 0;
}

static void put_value(struct peg_csvw *cw, int is_date, int64_t v)
{
	if (is_date)
		peg_csvw_date(cw, (peg_date)v);
	else
		peg_csvw_fix(cw, v);
}

static int w_indicators(const void *ctx, FILE *fp)
{
	const struct peg_sim *s = ctx;
	const struct peg_run *r = s->run;
	static const char *const head[] = {
		"indicator_id", "objective_id", "kind", "actual", "low", "high",
		"distribution", "source", NULL};
	struct peg_csvw cw;
	peg_csvw_init(&cw, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&cw, head);
	for (size_t k = 0; k < s->nu; k++) {
		const struct uncertain *u = &s->u[k];
		const struct peg_indicator *in = &r->plan.ind[u->ind];
		peg_csvw_text(&cw, in->id);
		peg_csvw_text(&cw, in->objective_id);
		peg_csvw_text(&cw, peg_kind_name(in->kind));
		put_value(&cw, u->is_date,
			  u->is_date ? s->base_date[u->ind]
				     : s->base_value[u->ind]);
		put_value(&cw, u->is_date, u->low);
		put_value(&cw, u->is_date, u->high);
		peg_csvw_text(&cw, peg_dist_name(u->dist));
		peg_csvw_text(&cw, u->from_range ? "verification" : "spread");
		peg_csvw_end(&cw);
	}
	return 0;
}

static int w_parameters(const void *ctx, FILE *fp)
{
	const struct peg_sim *s = ctx;
	char b[PEG_NUMBUF];
	struct peg_csvw cw;
	peg_csvw_init(&cw, fp, PEG_CSV_RFC4180);
	static const char *const head[] = {"parameter", "value", NULL};
	peg_csvw_header(&cw, head);
	peg_csvw_text(&cw, "runs");
	peg_csvw_long(&cw, (long long)s->runs);
	peg_csvw_end(&cw);
	peg_csvw_text(&cw, "seed");
	peg_csvw_long(&cw, (long long)s->seed);
	peg_csvw_end(&cw);
	peg_csvw_text(&cw, "spread_percent");
	if (s->has_spread)
		peg_csvw_number(&cw, peg_fix_str(s->spread, b));
	else
		peg_csvw_text(&cw, NULL);
	peg_csvw_end(&cw);
	peg_csvw_text(&cw, "spread_distribution");
	peg_csvw_text(&cw, s->has_spread ? peg_dist_name(s->spread_dist) : "");
	peg_csvw_end(&cw);
	peg_csvw_text(&cw, "uncertain_indicators");
	peg_csvw_long(&cw, (long long)s->nu);
	peg_csvw_end(&cw);
	peg_csvw_text(&cw, "with_a_range");
	peg_csvw_long(&cw, (long long)s->nrange);
	peg_csvw_end(&cw);
	peg_csvw_text(&cw, "generator");
	peg_csvw_text(&cw, "gsl_rng_mt19937; draw d (from 0) seeded with 1 + "
			   "(splitmix64(seed) + d) mod (2^32 - 1)");
	peg_csvw_end(&cw);
	peg_csvw_text(&cw, "quantiles");
	peg_csvw_text(&cw, "gsl_stats_quantile_from_sorted_data, rounded to "
			   "the cent (achievements: to 6 decimals)");
	peg_csvw_end(&cw);
	return 0;
}

static const struct peg_outfile files[] = {
	{"employees.csv", w_employees},   {"pools.csv", w_pools},
	{"objectives.csv", w_objectives}, {"indicators.csv", w_indicators},
	{"parameters.csv", w_parameters},
};

/* ---- the report ------------------------------------------------------- */

static void build_report(struct peg_sim *s)
{
	struct peg_buf *b = &s->report;
	const struct peg_run *r = s->run;
	char x[PEG_NUMBUF], y[PEG_NUMBUF], z[PEG_NUMBUF], t[PEG_NUMBUF];
	peg_buf_printf(b, "%llu draws, seed %llu: %zu uncertain indicators "
			  "(%zu with a range in the verification file",
		       (unsigned long long)s->runs, (unsigned long long)s->seed,
		       s->nu, s->nrange);
	if (s->has_spread)
		peg_buf_printf(b, ", %zu within +-%s%% %s", s->nu - s->nrange,
			       peg_fix_str(s->spread, x),
			       peg_dist_name(s->spread_dist));
	peg_buf_puts(b, ")\n");
	size_t scored = 0, sure = 0, never = 0;
	for (size_t k = 0; k < s->nobj; k++) {
		if (r->scores.obj[k].status != PEG_OS_SCORED)
			continue;
		scored++;
		sure += s->reach[k] == s->runs;
		never += s->reach[k] == 0;
	}
	peg_buf_printf(b, "objectives: %zu scored; %zu reach 100 in every "
			  "draw, %zu in none, %zu in some\n",
		       scored, sure, never, scored - sure - never);
	if (!r->has_staff)
		return;
	for (size_t pi = 0; pi < s->npool; pi++) {
		const struct stat *st = &s->pool[pi];
		peg_buf_printf(b, "pool %s: economies mean %s, P10 %s, P50 %s, "
				  "P90 %s\n",
			       r->rules.pay.pool[pi].name,
			       peg_cents_str(st->mean, x),
			       peg_cents_str(st->p10, y),
			       peg_cents_str(st->p50, z),
			       peg_cents_str(st->p90, t));
	}
	size_t varies = 0;
	for (size_t h = 0; h < s->nperson; h++)
		varies += s->emp[h].min != s->emp[h].max;
	peg_buf_printf(b, "employees: %zu of %zu have a total that varies\n",
		       varies, s->nperson);
}

/* ---- public ----------------------------------------------------------- */

int peg_sim_run(struct peg_sim **out, const char *runfile,
		const struct peg_sim_options *opt, struct peg_diag *d)
{
	struct peg_sim *s = calloc(1, sizeof(*s));
	*out = NULL;
	if (!s)
		return OOM(d);
	pthread_mutex_init(&s->mu, NULL);
	pthread_cond_init(&s->cv, NULL);
	struct worker *w = NULL;
	unsigned nw = 0;
	if (read_options(s, opt, d) || peg_run_load(&s->run, runfile, d))
		goto fail;
	struct peg_run *r = s->run;
	if (peg_run_sched(r, &r->rules, &r->sched, d) ||
	    peg_score_plan_sched(&r->scores, &r->plan, &r->verifs, &r->sched,
				 &r->rules, r->rf.year, NULL, d))
		goto fail;
	s->nind = r->plan.nind;
	s->nobj = r->plan.nobj;
	if (r->has_staff) {
		if (peg_pay_compute(&r->pay, &r->staff, &r->plan, &r->scores,
				    &r->rules, &r->rf, d) ||
		    peg_pay_prepare(&s->prep, &r->staff, &r->plan, &r->scores,
				    &r->rules, &r->rf, d))
			goto fail;
		s->prepared = 1;
		s->nperson = r->staff.nperson;
		s->npool = r->pay.npool;
	}
	if (find_uncertain(s, d))
		goto fail;
	uint64_t n = s->runs;
	s->tot = malloc((s->nperson * n + 1) * sizeof(*s->tot));
	s->ach = malloc((s->nobj * n + 1) * sizeof(*s->ach));
	s->eco = malloc((s->npool * n + 1) * sizeof(*s->eco));
	nw = s->threads < n ? s->threads : (unsigned)n;
	w = calloc(nw, sizeof(*w));
	if (!s->tot || !s->ach || !s->eco || !w) {
		OOM(d);
		goto fail;
	}
	for (unsigned t = 0; t < nw; t++)
		if (worker_init(&w[t], s, d))
			goto fail;
	if (run_draws(s, w, nw, opt, d) || statistics(s, w, nw, d))
		goto fail;
	for (unsigned t = 0; t < nw; t++)
		worker_release(&w[t]);
	free(w);
	w = NULL;
	free(s->tot);
	free(s->ach);
	free(s->eco);
	s->tot = s->ach = s->eco = NULL;

	const char *o = r->rf.output;
	size_t len = strlen(o);
	while (len > 1 && o[len - 1] == '/')
		len--;
	char *target = peg_arena_alloc(&s->arena, len + 10);
	if (!target) {
		OOM(d);
		goto fail;
	}
	memcpy(target, o, len);
	memcpy(target + len, "-simulate", 10);
	s->target = target;
	build_report(s);
	if (s->report.oom) {
		OOM(d);
		goto fail;
	}
	*out = s;
	return 0;
fail:
	for (unsigned t = 0; w && t < nw; t++)
		worker_release(&w[t]);
	free(w);
	peg_sim_free(s);
	return -1;
}

int peg_sim_write(struct peg_sim *s, const struct peg_sim_options *opt,
		  struct peg_diag *d)
{
	const char *target = opt && opt->output ? opt->output : s->target;
	if (peg_outdir_write(target, opt && opt->force, files, PEG_COUNT(files),
			     s, d))
		return -1;
	free(s->outdir);
	s->outdir = strdup(target);
	return s->outdir ? 0 : OOM(d);
}

const char *peg_sim_report(const struct peg_sim *s)
{
	return peg_buf_str(&s->report);
}

const char *peg_sim_output_dir(const struct peg_sim *s)
{
	return s->outdir;
}

void peg_sim_free(struct peg_sim *s)
{
	if (!s)
		return;
	if (s->prepared)
		peg_pay_prep_release(&s->prep);
	peg_run_free(s->run);
	free(s->tot);
	free(s->ach);
	free(s->eco);
	peg_buf_release(&s->report);
	free(s->outdir);
	peg_arena_release(&s->arena);
	pthread_mutex_destroy(&s->mu);
	pthread_cond_destroy(&s->cv);
	free(s);
}
