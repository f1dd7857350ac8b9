/*
 * explain.c - `pegaso explain` (peg_explain, see pegaso.h): the checks
 * that make the story the story of the run folder, then the pay of one
 * employee pool by pool, down to the cent.
 *
 * The run is recomputed from the inputs its manifest records: the folder's
 * CSV files hold results, not everything that led to them (assignments,
 * evaluations, absences, the rules).  Before a word is written the inputs
 * must have their recorded SHA-256 and the recomputation must give the
 * folder's CSV files byte for byte, so every figure of the story is the
 * figure of the folder.  The scoring half lives in explain_plan.c.
 */
#include "explain.h"
#include "manifest.h"
#include "outdir.h"
#include "verify.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define OOM(d) peg_fail((d), PEG_EINTERNAL, NULL, 0, "out of memory")
#define P100 PEG_FIX(100)

/* ---- checks ----------------------------------------------------------- */

static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), t = strlen(tail);
	return n >= t && strcmp(s + n - t, tail) == 0;
}

/*
 * Writes every CSV output of r into a private temporary folder (under
 * $TMPDIR, removed before returning) and compares it, in blocks, with the
 * folder's file; the names compared go to *names.  0 when all are
 * identical, 1 when one differs (PEG_EDIFFER with the first differing
 * line), -1 on an error.
 */
static int same_csv(const struct peg_run *r, const char *outdir,
		    struct peg_buf *names, struct peg_diag *d)
{
	size_t n;
	const struct peg_writer *w = peg_writers(&n);
	char tmp[4096];
	int differ = 0, bad = 0;

	if (peg_tmpdir_make(tmp, sizeof(tmp), "explain", "recomputation", d))
		return -1;
	for (size_t i = 0; i < n && !bad; i++) {
		if ((w[i].pay_only && !r->has_staff) ||
		    !ends_with(w[i].name, ".csv"))
			continue;
		char mine[8192], theirs[8192];
		snprintf(mine, sizeof(mine), "%s/%s", tmp, w[i].name);
		snprintf(theirs, sizeof(theirs), "%s%s%s", outdir,
			 ends_with(outdir, "/") ? "" : "/", w[i].name);
		peg_buf_printf(names, "%s%s", names->len ? ", " : "",
			       w[i].name);
		int fd = open(mine, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
			      0600);
		FILE *fp = fd >= 0 ? fdopen(fd, "wb") : NULL;
		if (!fp) {
			if (fd >= 0)
				close(fd);
			bad = peg_fail(d, PEG_EIO, tmp, 0,
				       "cannot create %s: %s", w[i].name,
				       strerror(errno));
			break;
		}
		int rc = peg_writer_to_file(r, &w[i], fp);
		int closed = fclose(fp);
		if (rc || closed != 0) {
			bad = peg_fail(d, rc ? PEG_EINTERNAL : PEG_EIO, tmp, 0,
				       "cannot write %s: %s", w[i].name,
				       rc ? "out of memory" : strerror(errno));
			break;
		}
		struct stat st;
		if (stat(theirs, &st) != 0) {
			peg_fail(d, PEG_EDIFFER, theirs, 0,
				 "missing from the run folder (the "
				 "recomputation writes it)");
			differ = 1;
		} else {
			rc = peg_compare_files(d, theirs, theirs, "run folder",
					       mine, "recomputation");
			if (rc < 0)
				bad = peg_fail(d, PEG_EIO, theirs, 0,
					       "cannot read: %s",
					       strerror(errno));
			differ |= rc > 0;
		}
		unlink(mine);
	}
	peg_remove_tree(tmp);
	return bad ? -1 : differ;
}

/* ---- components ------------------------------------------------------- */

static long component_index(const struct peg_staff *st, const char *name)
{
	if (strcmp(name, PEG_COMPONENT_ENTE) == 0)
		return PEG_C_ENTE;
	if (strcmp(name, PEG_COMPONENT_SECTOR) == 0)
		return PEG_C_SECTOR;
	if (strcmp(name, PEG_COMPONENT_OBJECTIVES) == 0)
		return PEG_C_OBJECTIVES;
	long k = peg_staff_component(st, name);
	return k < 0 ? -1 : PEG_C_EVAL + k;
}

/* The component position i uses for `name` through the pool's fallbacks
 * (as pay.c does), or -1. */
static long term_component(const struct peg_run *r, const struct peg_pool *pool,
			   size_t i, const char *name)
{
	const struct peg_comp_val *c = &r->pay.comp[i * r->pay.ncomp];
	for (int hop = 0; hop < 4 && name; hop++) {
		long k = component_index(&r->staff, name);
		if (k >= 0 && c[k].has)
			return k;
		const char *next = NULL;
		for (size_t f = 0; f < pool->nfallback; f++)
			if (strcmp(pool->fallback[f].from, name) == 0)
				next = pool->fallback[f].to;
		name = next;
	}
	return -1;
}

static void component(struct peg_story *s, size_t i, long k, int ind)
{
	const struct peg_run *r = s->r;
	const struct peg_position *q = &r->staff.pos[i];
	const struct peg_person *pe = &r->staff.person[q->person];
	const struct peg_comp_val *c = &r->pay.comp[i * r->pay.ncomp + k];
	const char *name = peg_pay_component_name(&r->staff, (size_t)k);

	if (!c->has) {
		peg_story_line(s, ind, M_EX_C_MISSING, name);
		return;
	}
	if (k == PEG_C_ENTE) {
		peg_story_sector(s, NULL, ind);
		return;
	}
	if (k == PEG_C_SECTOR) {
		peg_story_sector(s, q->sector, ind);
		return;
	}
	if (k == PEG_C_OBJECTIVES) {
		struct peg_buf terms = {0}, ids = {0}, left = {0};
		peg_fix wsum = 0;
		size_t n = 0, nl = 0;
		for (size_t a = 0; a < pe->nasg; a++) {
			size_t o = pe->asg[a].objective;
			const struct peg_obj_result *ores = &r->scores.obj[o];
			if (ores->status != PEG_OS_SCORED || !ores->pay) {
				peg_buf_printf(&left, "%s%s", nl++ ? ", " : "",
					       r->plan.obj[o].id);
				continue;
			}
			peg_buf_printf(&terms, "%s%s \xc3\x97 %s",
				       n ? " + " : "",
				       peg_story_fix(s, ores->achievement),
				       peg_story_fix(s, pe->asg[a].weight));
			peg_buf_printf(&ids, "%s%s", n++ ? ", " : "",
				       r->plan.obj[o].id);
			wsum += pe->asg[a].weight;
		}
		peg_story_line(s, ind, M_EX_C_OBJECTIVES,
			       peg_story_pct(s, c->v), peg_buf_str(&terms),
			       peg_story_fix(s, wsum), peg_buf_str(&ids));
		if (nl)
			peg_story_line(s, ind + 2, M_EX_C_OBJ_LEFT,
				       peg_buf_str(&left));
		peg_story_ref(s, ind + 2, "objective", PEG_BASIS_SCORING);
		peg_buf_release(&terms);
		peg_buf_release(&ids);
		peg_buf_release(&left);
		return;
	}
	/* an evaluation: the position's own, else the person's */
	const struct peg_evaluation *ev = NULL;
	for (size_t e = 0; e < pe->neval; e++) {
		const struct peg_evaluation *x = &pe->eval[e];
		if ((long)x->component != k - PEG_C_EVAL)
			continue;
		if (x->position == (long)i || (x->position < 0 && !ev))
			ev = x;
	}
	char line[32];
	snprintf(line, sizeof(line), "%ld", ev ? ev->line : 0L);
	peg_story_line(s, ind, M_EX_C_EVAL, name, peg_story_fix(s, c->v),
		       peg_story_path(s, r->staff.evaluations_path), line);
}

/* Every component a pool of the employee reads for position i. */
static void components(struct peg_story *s, size_t i, int ind)
{
	const struct peg_run *r = s->r;
	const struct peg_position *q = &r->staff.pos[i];
	unsigned char *used = calloc(r->pay.ncomp + 1, 1);
	if (!used) {
		s->b.oom = 1;
		return;
	}
	for (size_t pi = 0; pi < r->pay.npool; pi++) {
		const struct peg_pool *pool = &r->rules.pay.pool[pi];
		if (!peg_pp_at(&r->pay, i, pi)->in_area)
			continue;
		const struct peg_score_spec *sp = peg_pool_score(pool, q->area);
		for (size_t t = 0; t < sp->nterm; t++) {
			long k = component_index(&r->staff,
						 sp->term[t].component);
			if (k >= 0)
				used[k] = 1;
			k = term_component(r, pool, i, sp->term[t].component);
			if (k >= 0)
				used[k] = 1;
		}
	}
	for (size_t k = 0; k < r->pay.ncomp; k++)
		if (used[k])
			component(s, i, (long)k, ind);
	free(used);
}

/* ---- one position in one pool ----------------------------------------- */

static const char *reason_text(struct peg_story *s, const char *reason)
{
	static const struct {
		const char *reason;
		enum peg_msg id;
	} map[] = {
		{"score below threshold", M_EX_R_THRESHOLD},
		{"below the first paying band (factor 0)", M_EX_R_FACTOR0},
		{"time factor 0", M_EX_R_TIME0},
		{"points round to 0", M_EX_R_POINTS0},
	};
	for (size_t i = 0; i < PEG_COUNT(map); i++)
		if (strcmp(map[i].reason, reason) == 0)
			return peg_story_msg(s, map[i].id);
	return reason;
}

static void score_and_factor(struct peg_story *s, size_t i, size_t pi, int ind)
{
	const struct peg_run *r = s->r;
	const struct peg_pool *pool = &r->rules.pay.pool[pi];
	const struct peg_position *q = &r->staff.pos[i];
	const struct peg_pp *pp = peg_pp_at(&r->pay, i, pi);
	const struct peg_score_spec *sp = peg_pool_score(pool, q->area);
	struct peg_buf t = {0};

	for (size_t k = 0; k < sp->nterm; k++) {
		const char *name = sp->term[k].component;
		long c = term_component(r, pool, i, name);
		const char *used =
			c >= 0 ? peg_pay_component_name(&r->staff, (size_t)c)
			       : name;
		peg_buf_puts(&t, k ? " + " : "");
		if (strcmp(used, name) != 0)
			peg_buf_printf(&t, peg_story_msg(s, M_EX_TERM_FALLBACK),
				       name, used);
		else
			peg_buf_puts(&t, name);
		peg_buf_printf(
			&t, " %s \xc3\x97 %s",
			c >= 0 ? peg_story_fix(s, r->pay.comp[i * r->pay.ncomp +
							      (size_t)c]
							  .v)
			       : "?",
			peg_story_pct(s, sp->term[k].weight));
	}
	peg_story_line(s, ind, M_EX_SCORE_LINE, peg_buf_str(&t),
		       peg_story_fix(s, pp->score));
	peg_buf_reset(&t);
	switch (pool->curve) {
	case PEG_CURVE_BANDS: {
		char x[PEG_NUMBUF], y[PEG_NUMBUF], z[PEG_NUMBUF];
		for (size_t b = 0; b < pool->nband; b++)
			peg_buf_printf(&t, "%s%s-%s:%s", b ? ", " : "",
				       peg_fix_str(pool->band[b].lo, x),
				       peg_fix_str(pool->band[b].hi, y),
				       peg_fix_str(pool->band[b].factor, z));
		if (pp->band < 0) {
			peg_story_line(s, ind, M_EX_FACTOR_BANDS_NONE,
				       peg_buf_str(&t));
			break;
		}
		const struct peg_band *bd = &pool->band[pp->band];
		int first = pp->band == 0,
		    last = (size_t)pp->band == pool->nband - 1;
		int lo_closed = pool->bands_right ? first : 1;
		int hi_closed = pool->bands_right ? 1 : last;
		char iv[160];
		snprintf(iv, sizeof(iv), "%s%s, %s%s", lo_closed ? "[" : "(",
			 peg_story_fix(s, bd->lo), peg_story_fix(s, bd->hi),
			 hi_closed ? "]" : ")");
		peg_story_line(s, ind, M_EX_FACTOR_BANDS,
			       peg_story_pct(s, pp->factor), iv,
			       peg_buf_str(&t));
		break;
	}
	case PEG_CURVE_POINTS: {
		char x[PEG_NUMBUF], y[PEG_NUMBUF];
		for (size_t k = 0; k < pool->points.n; k++)
			peg_buf_printf(&t, "%s%s:%s", k ? ", " : "",
				       peg_fix_str(pool->points.x[k], x),
				       peg_fix_str(pool->points.y[k], y));
		peg_story_line(s, ind, M_EX_FACTOR_POINTS,
			       peg_story_pct(s, pp->factor), peg_buf_str(&t),
			       peg_story_fix(s, pp->score));
		break;
	}
	default:
		peg_story_line(s, ind,
			       pp->factor != pp->score ? M_EX_FACTOR_LINEAR_CAP
						       : M_EX_FACTOR_LINEAR,
			       peg_story_pct(s, pp->factor));
	}
	if (pool->threshold > 0)
		peg_story_line(s, ind,
			       pp->score >= pool->threshold ? M_EX_THRESHOLD_OK
							    : M_EX_THRESHOLD_NO,
			       peg_story_fix(s, pool->threshold));
	peg_story_ref(s, ind + 2, pool->section, pool->basis);
	peg_buf_release(&t);
}

static void time_factor(struct peg_story *s, size_t i, size_t pi, int ind)
{
	const struct peg_run *r = s->r;
	const struct peg_pool *pool = &r->rules.pay.pool[pi];
	const struct peg_position *q = &r->staff.pos[i];
	const struct peg_person *pe = &r->staff.person[q->person];
	const struct peg_pp *pp = peg_pp_at(&r->pay, i, pi);
	struct peg_buf e = {0};
	char days[32], diy[32], dtot[32];

	if (pool->use_days || q->days == pe->total_days ||
	    pe->total_days <= 0)
		snprintf(days, sizeof(days), "%ld",
			 pool->use_days ? q->days
					: (long)r->staff.days_in_year);
	else /* the whole year shared among the person's positions */
		snprintf(days, sizeof(days), "%d \xc3\x97 %ld/%ld",
			 r->staff.days_in_year, q->days, pe->total_days);
	snprintf(diy, sizeof(diy), "%d", r->staff.days_in_year);
	snprintf(dtot, sizeof(dtot), "%ld", pe->total_days);
	int own = pool->use_absences && q->reducing_own,
	    per = pool->use_absences && pe->reducing_person;
	peg_buf_printf(
		&e, "%s \xc3\x97 %s%s",
		peg_story_pct(s, pool->use_part_time ? q->part_time : P100),
		own || per ? "(" : "", days);
	if (own)
		peg_buf_printf(&e, " \xe2\x88\x92 %s",
			       peg_story_fix(s, q->reducing_own));
	if (per && q->days == pe->total_days)
		peg_buf_printf(&e, " \xe2\x88\x92 %s",
			       peg_story_fix(s, pe->reducing_person));
	else if (per)
		peg_buf_printf(&e, " \xe2\x88\x92 %s \xc3\x97 %ld/%s",
			       peg_story_fix(s, pe->reducing_person), q->days,
			       dtot);
	peg_buf_printf(&e, "%s / %s", own || per ? ")" : "", diy);
	peg_story_line(s, ind, M_EX_TIME_DEF);
	peg_story_line(s, ind + 2, M_EX_CALC, peg_buf_str(&e),
		       peg_story_num(s, pp->t9, 9));
	if (!pool->use_part_time)
		peg_story_line(s, ind + 2, M_EX_TIME_NO_PART_TIME);
	if (!pool->use_days)
		peg_story_line(s, ind + 2, M_EX_TIME_NO_DAYS);
	if (!pool->use_absences)
		peg_story_line(s, ind + 2, M_EX_TIME_NO_ABSENCES);
	if (pe->reducing_person && q->days != pe->total_days)
		peg_story_line(s, ind + 2, M_EX_TIME_SHARED,
			       peg_story_fix(s, pe->reducing_person), dtot);
	if (q->protected_days)
		peg_story_line(s, ind + 2, M_EX_TIME_PROTECTED,
			       peg_story_fix(s, q->protected_days));
	peg_story_ref2(s, ind + 2, pool->section, "absences", PEG_BASIS_TIME);
	peg_buf_release(&e);
}

/* Position j receives from the same split as position i: eligible in
 * pool pi and, for redistribute_sector, in the same settore. */
static int same_split(const struct peg_run *r, size_t pi, size_t i, size_t j,
		      int sector)
{
	return peg_pp_at(&r->pay, j, pi)->eligible &&
	       (!sector ||
		strcmp(r->staff.pos[i].sector, r->staff.pos[j].sector) == 0);
}

/*
 * A largest-remainder split that position i took part in: the pool's
 * share (redist 0), or the redistribution of economies (redist 1): the
 * amount, the quota and its exact value, the whole cents, the cents left
 * over and whether this position received one.
 */
static void split(struct peg_story *s, size_t i, size_t pi, int redist, int ind)
{
	const struct peg_run *r = s->r;
	const struct peg_pool *pool = &r->rules.pay.pool[pi];
	const struct peg_pool_res *res = &r->pay.pool[pi];
	const struct peg_pp *pp = peg_pp_at(&r->pay, i, pi);
	int sector = redist && pool->residual == PEG_RES_REDISTRIBUTE_SECTOR;
	__int128 sum = 0, amount = redist ? 0 : res->base;
	size_t n = 0;
	for (size_t j = 0; j < r->pay.npos; j++)
		if (same_split(r, pi, i, j, sector)) {
			sum += peg_pp_at(&r->pay, j, pi)->points;
			if (redist)
				amount += peg_pp_at(&r->pay, j, pi)
						  ->redistributed;
			n++;
		}
	if (sum <= 0)
		return;
	__int128 num = amount * pp->points;
	peg_cents whole = (peg_cents)(num / sum);
	__int128 rem = num % sum, floors = 0;
	for (size_t j = 0; j < r->pay.npos; j++)
		if (same_split(r, pi, i, j, sector))
			floors += amount * peg_pp_at(&r->pay, j, pi)->points /
				  sum;
	/* the exact quota in 1e-8 euros, cut (marked when inexact) */
	char count[32], left[32], quota[PEG_BIGNUMBUF + 16],
		remc[PEG_BIGNUMBUF + 8];
	snprintf(count, sizeof(count), "%zu", n);
	snprintf(left, sizeof(left), "%lld", (long long)(amount - floors));
	snprintf(quota, sizeof(quota),
		 s->lang == PEG_LANG_EN ? "EUR %s%s" : "%s%s \xe2\x82\xac",
		 peg_story_num(s, num * 1000000 / sum, 8),
		 (num * 1000000) % sum ? "..." : "");
	snprintf(remc, sizeof(remc), "%s%s",
		 peg_story_num(s, rem * 1000000 / sum, 6),
		 (rem * 1000000) % sum ? "..." : "");

	peg_story_line(s, ind, redist ? M_EX_REDIST_DEF : M_EX_SHARE_DEF);
	peg_story_line(s, ind + 2, M_EX_SHARE_CALC,
		       peg_story_eur(s, (peg_cents)amount),
		       peg_story_num(s, pp->points, 12),
		       peg_story_num(s, sum, 12), quota);
	peg_story_line(s, ind + 2, sector ? M_EX_REDIST_COUNT : M_EX_SHARE_SUM,
		       count);
	if (sector) {
		/* the settore's economies as pay.c adds them, and all of
		 * them: rounding may make their sum exceed the pool's */
		peg_cents own = 0, all = 0;
		for (size_t j = 0; j < r->pay.npos; j++) {
			const struct peg_pp *x = peg_pp_at(&r->pay, j, pi);
			if (!x->eligible)
				continue;
			all += x->budget_t - x->paid;
			if (same_split(r, pi, i, j, 1))
				own += x->budget_t - x->paid;
		}
		peg_story_line(s, ind + 2, M_EX_REDIST_SECTOR,
			       r->staff.pos[i].sector, peg_story_eur(s, own));
		if (own != amount)
			peg_story_line(s, ind + 2, M_EX_REDIST_SCALED,
				       peg_story_eur(s, all),
				       peg_story_eur(s, res->base - res->paid),
				       peg_story_eur(s, (peg_cents)amount));
	} else if (redist)
		peg_story_line(s, ind + 2, M_EX_REDIST_POOL,
			       peg_story_eur(s, (peg_cents)amount));
	else if (res->maggiorazione)
		peg_story_line(s, ind + 2, M_EX_SHARE_BASE,
			       peg_story_eur(s, res->amount),
			       peg_story_eur(s, res->maggiorazione));
	peg_cents got = redist ? pp->redistributed : pp->paid;
	int extra = redist ? pp->redist_cent : pp->extra_cent;
	if (rem == 0 && amount == floors)
		peg_story_line(s, ind, M_EX_CENTS_EXACT, peg_story_eur(s, got));
	else
		peg_story_line(s, ind, extra ? M_EX_CENTS_GOT : M_EX_CENTS_NOT,
			       peg_story_eur(s, whole), left, remc,
			       peg_story_eur(s, got));
	peg_story_ref(s, ind + 2, pool->section, PEG_BASIS_CENTS);
}

/* Budget mode: maximum, gross and paid premium. */
static void budget(struct peg_story *s, size_t i, size_t pi, int ind)
{
	const struct peg_run *r = s->r;
	const struct peg_pool *pool = &r->rules.pay.pool[pi];
	const struct peg_pool_res *res = &r->pay.pool[pi];
	const struct peg_position *q = &r->staff.pos[i];
	const struct peg_pp *pp = peg_pp_at(&r->pay, i, pi);

	if (pool->max == PEG_MAX_BASE_AMOUNT)
		peg_story_line(s, ind, M_EX_MAX_BASE,
			       peg_story_eur(s, pp->max));
	else {
		peg_story_line(s, ind, M_EX_MAX_PARAM_DEF);
		peg_story_line(
			s, ind + 2, M_EX_MAX_PARAM, peg_story_eur(s, res->base),
			peg_story_fix(s, r->rules.pay.area[q->area].param),
			peg_story_num(s, res->sum_ct, 15),
			peg_story_eur(s, pp->max));
	}
	peg_story_line(s, ind, M_EX_GROSS_DEF);
	peg_story_line(s, ind + 2, M_EX_CALC2, peg_story_eur(s, pp->max),
		       peg_story_num(s, pp->t9, 9),
		       peg_story_pct(s, pp->factor),
		       peg_story_eur(s, pp->gross));
	peg_story_line(s, ind, M_EX_PAID_DEF);
	peg_story_line(s, ind + 2, M_EX_CALC1, peg_story_eur(s, pp->gross),
		       peg_story_pct(s, q->convention),
		       peg_story_eur(s, pp->paid));
	peg_story_ref(s, ind + 2, pool->section, pool->basis);
}

static void position(struct peg_story *s, size_t i, size_t pi, int ind)
{
	const struct peg_run *r = s->r;
	const struct peg_pool *pool = &r->rules.pay.pool[pi];
	const struct peg_position *q = &r->staff.pos[i];
	const struct peg_pp *pp = peg_pp_at(&r->pay, i, pi);
	char n1[32], n2[32];

	if (!pp->in_area) {
		peg_story_line(s, ind, M_EX_NOT_IN_AREA,
			       r->rules.pay.area[q->area].display);
		peg_story_ref(s, ind + 2, pool->section, pool->basis);
		return;
	}
	if (q->excluded) {
		peg_story_line(s, ind, M_EX_EXCLUDED,
			       q->excluded_reason ? q->excluded_reason : "",
			       peg_story_path(s, r->staff.staff_path));
		peg_story_ref(s, ind + 2, pool->section, pool->basis);
		return;
	}
	if (r->staff.person[q->person].total_days < pool->min_days) {
		snprintf(n1, sizeof(n1), "%ld",
			 r->staff.person[q->person].total_days);
		snprintf(n2, sizeof(n2), "%ld", pool->min_days);
		peg_story_line(s, ind, M_EX_MIN_DAYS, n1, n2);
		peg_story_ref(s, ind + 2, pool->section, pool->basis);
		return;
	}
	score_and_factor(s, i, pi, ind);
	time_factor(s, i, pi, ind);
	if (!pp->eligible) {
		peg_story_line(s, ind, M_EX_NOT_ELIGIBLE,
			       reason_text(s, pp->reason ? pp->reason : ""));
		return;
	}
	peg_story_line(s, ind, M_EX_ELIGIBLE);
	peg_story_line(s, ind, M_EX_POINTS_DEF);
	peg_story_line(
		s, ind + 2, M_EX_POINTS_CALC,
		peg_story_fix(s, r->rules.pay.area[q->area].param),
		r->rules.pay.area[q->area].display, peg_story_num(s, pp->t9, 9),
		peg_story_pct(s, pp->factor), peg_story_pct(s, q->convention),
		peg_story_num(s, pp->points, 12));
	peg_story_ref2(s, ind + 2, "areas", pool->section, pool->basis);
	if (pool->mode == PEG_MODE_SHARE)
		split(s, i, pi, 0, ind);
	else
		budget(s, i, pi, ind);
	if (pool->mode == PEG_MODE_BUDGET && pool->residual != PEG_RES_RETURN)
		split(s, i, pi, 1, ind);
}

/* The art. 69 maggiorazione of person h in pool pi. */
static void maggiorazione(struct peg_story *s, size_t h, size_t pi, int ind)
{
	const struct peg_run *r = s->r;
	const struct peg_pool *pool = &r->rules.pay.pool[pi];
	const struct peg_pool_res *res = &r->pay.pool[pi];
	const struct peg_ppers *pp = peg_ppers_at(&r->pay, h, pi);
	char n[32], k[32], tied[32];

	if (!pool->has_maggiorazione || !pp->beneficiary)
		return;
	snprintf(n, sizeof(n), "%zu", res->positive);
	snprintf(k, sizeof(k), "%zu", res->k);
	snprintf(tied, sizeof(tied), "%zu", res->tied);
	peg_story_line(s, ind, M_EX_MAG_DEF, n);
	peg_story_line(s, ind + 2, M_EX_MAG_K,
		       peg_story_pct(s, pool->mag_quota), n, k);
	peg_story_line(
		s, ind + 2, M_EX_MAG_BONUS, peg_story_pct(s, pool->mag_percent),
		peg_story_eur(s, res->amount), n, peg_story_eur(s, res->bonus));
	if (pp->tied)
		peg_story_line(s, ind + 2, M_EX_MAG_TIED,
			       peg_story_fix(s, pp->score), tied,
			       peg_story_eur(s, pp->maggiorazione));
	else
		peg_story_line(s, ind + 2, M_EX_MAG_RANK,
			       peg_story_fix(s, pp->score), k,
			       peg_story_eur(s, pp->maggiorazione));
	peg_story_ref(s, ind + 4, pool->section, PEG_BASIS_ART69);
}

/* ---- the stories ------------------------------------------------------ */

static void employee(struct peg_story *s, size_t h)
{
	const struct peg_run *r = s->r;
	const struct peg_person *pe = &r->staff.person[h];
	struct peg_buf sum = {0};

	peg_story_line(s, 0, M_EX_TOTAL,
		       peg_story_eur(s, r->pay.person_total[h]));
	for (size_t pi = 0; pi < r->pay.npool; pi++) {
		const struct peg_ppers *pp = peg_ppers_at(&r->pay, h, pi);
		peg_story_line(s, 2, M_EX_POOL_AMOUNT,
			       r->rules.pay.pool[pi].name,
			       peg_story_eur(s, pp->paid + pp->maggiorazione));
	}

	peg_story_text(s, 0, "");
	peg_story_line(s, 0, M_EX_H_ASSIGNED, "1");
	if (!pe->nasg)
		peg_story_line(s, 2, M_EX_NO_ASSIGNED);
	for (size_t a = 0; a < pe->nasg; a++)
		peg_story_objective(s, pe->asg[a].objective, 2);

	peg_story_text(s, 0, "");
	peg_story_line(s, 0, M_EX_H_COMPONENTS, "2");
	for (size_t i = pe->first; i < pe->first + pe->npos; i++) {
		const struct peg_position *q = &r->staff.pos[i];
		char days[32];
		snprintf(days, sizeof(days), "%ld", q->days);
		if (pe->npos == 1)
			peg_story_line(s, 2, M_EX_H_SINGLE, q->sector,
				       r->rules.pay.area[q->area].display,
				       days);
		else
			peg_story_line(
				s, 2, M_EX_H_POSITION, q->position, q->sector,
				r->rules.pay.area[q->area].display, days);
		components(s, i, 4);
	}

	for (size_t pi = 0; pi < r->pay.npool; pi++) {
		const struct peg_pool *pool = &r->rules.pay.pool[pi];
		const struct peg_ppers *pp = peg_ppers_at(&r->pay, h, pi);
		char num[32];
		snprintf(num, sizeof(num), "%zu", pi + 3);
		peg_story_text(s, 0, "");
		peg_story_line(s, 0, M_EX_H_POOL, num, pool->name,
			       peg_story_eur(s, pp->paid + pp->maggiorazione));
		peg_story_line(s, 2,
			       pool->mode == PEG_MODE_SHARE ? M_EX_MODE_SHARE
							    : M_EX_MODE_BUDGET,
			       *pool->basis ? pool->basis : pool->section);
		for (size_t i = pe->first; i < pe->first + pe->npos; i++) {
			if (pe->npos > 1)
				peg_story_line(s, 2, M_EX_H_POSITION_SHORT,
					       r->staff.pos[i].position);
			position(s, i, pi, pe->npos > 1 ? 4 : 2);
		}
		maggiorazione(s, h, pi, 2);
		peg_story_line(s, 2, M_EX_POOL_TOTAL, pool->name,
			       peg_story_eur(s, pp->paid + pp->maggiorazione));
		peg_buf_printf(&sum, "%s%s", pi ? " + " : "",
			       peg_story_eur(s, pp->paid + pp->maggiorazione));
	}
	peg_story_text(s, 0, "");
	peg_story_line(s, 0, M_EX_GRAND_TOTAL, peg_buf_str(&sum),
		       peg_story_eur(s, r->pay.person_total[h]));
	peg_buf_release(&sum);
}

static void objective(struct peg_story *s, size_t k)
{
	const struct peg_run *r = s->r;
	const struct peg_objective *o = &r->plan.obj[k];
	peg_story_objective(s, k, 0);
	peg_story_text(s, 0, "");
	if (!r->scores.obj[k].pay || r->scores.obj[k].status != PEG_OS_SCORED) {
		peg_story_line(s, 0, M_EX_OBJ_NOT_PAY);
		return;
	}
	peg_story_line(s, 0, M_EX_OBJ_ENTERS);
	peg_story_sector(s, o->sector, 2);
	peg_story_sector(s, NULL, 2);
	if (!r->has_staff)
		return;
	struct peg_buf ids = {0};
	size_t n = 0;
	for (size_t h = 0; h < r->staff.nperson; h++) {
		const struct peg_person *pe = &r->staff.person[h];
		for (size_t a = 0; a < pe->nasg; a++)
			if (pe->asg[a].objective == k) {
				peg_buf_printf(&ids, "%s%s", n++ ? ", " : "",
					       pe->id);
				break;
			}
	}
	char count[32];
	snprintf(count, sizeof(count), "%zu", n);
	peg_story_line(s, 2, M_EX_ASSIGNED, count, peg_buf_str(&ids));
	peg_buf_release(&ids);
}

static void indicator(struct peg_story *s, size_t i)
{
	const struct peg_run *r = s->r;
	const struct peg_indicator *in = &r->plan.ind[i];
	const struct peg_obj_result *ores = &r->scores.obj[in->objective];
	peg_story_indicator(s, i, 0);
	peg_story_text(s, 0, "");
	if (!r->scores.ind[i].counted)
		peg_story_line(s, 0, M_EX_IND_NOT_IN_OBJ, in->objective_id);
	else
		peg_story_line(s, 0, M_EX_IND_IN_OBJ, in->objective_id,
			       peg_story_fix(s, in->weight),
			       ores->status == PEG_OS_SCORED
				       ? peg_story_pct(s, ores->achievement)
				       : peg_obj_status_name(ores->status),
			       in->objective_id);
}

/* ---- peg_explain ------------------------------------------------------ */

/* The index of the subject, or -1 with a usage error. */
static long find_subject(const struct peg_run *r, enum peg_subject kind,
			 const char *id, const char *outdir, struct peg_diag *d)
{
	size_t k;
	if (kind == PEG_SUBJECT_EMPLOYEE) {
		if (!r->has_staff)
			return peg_fail(d, PEG_EUSAGE, NULL, 0,
					"explain: the run of %s distributes no "
					"fund, so it has no employees",
					outdir);
		if (peg_map_get(&r->staff.person_by_id, id, &k))
			return (long)k;
		return peg_fail(d, PEG_EUSAGE, NULL, 0,
				"explain: no employee '%s' in %s (payouts.csv "
				"lists every employee)",
				id, outdir);
	}
	if (kind == PEG_SUBJECT_OBJECTIVE) {
		if (peg_map_get(&r->plan.obj_by_id, id, &k))
			return (long)k;
		return peg_fail(d, PEG_EUSAGE, NULL, 0,
				"explain: no objective '%s' in %s "
				"(objectives.csv lists every objective)",
				id, outdir);
	}
	long i = peg_plan_find_indicator(&r->plan, id, r->rf.year);
	if (i >= 0)
		return i;
	return peg_fail(d, PEG_EUSAGE, NULL, 0,
			"explain: no indicator '%s' for %d in %s "
			"(indicators.csv lists every indicator of the year)",
			id, r->rf.year, outdir);
}

int peg_explain(const char *outdir, enum peg_subject kind, const char *id,
		const struct peg_audit_options *opt, char **text,
		struct peg_diag *d)
{
	struct peg_manifest m;
	struct peg_run *r = NULL;
	struct peg_story *s = NULL;
	struct peg_buf checked = {0};
	const char *runfile;
	size_t changed;
	int rc = -1;

	*text = NULL;
	if (peg_manifest_load(&m, outdir, d) ||
	    peg_manifest_runfile(&m, outdir, opt ? opt->runfile : NULL,
				 &runfile, d))
		goto done;
	if (peg_manifest_check_inputs(&m, runfile, &changed, d)) {
		if (changed)
			peg_note(d, NULL, 0,
				 "explain tells the story of %s only with the "
				 "inputs its manifest records (see pegaso "
				 "verify)",
				 outdir);
		goto done;
	}
	struct peg_diag rd;
	peg_diag_init(&rd);
	if (peg_run_load(&r, runfile, &rd) || peg_run_compute(r, &rd)) {
		for (size_t i = 0; i < rd.n; i++)
			if (rd.item[i].severity == PEG_SEV_ERROR)
				peg_fail(d, rd.item[i].code, rd.item[i].file,
					 rd.item[i].line, "%s",
					 rd.item[i].message);
		peg_diag_release(&rd);
		goto done;
	}
	peg_diag_release(&rd);
	r->lang = m.lang;
	int same = same_csv(r, outdir, &checked, d);
	if (same > 0)
		peg_note(d, NULL, 0,
			 "the inputs recomputed by pegaso %s do not give the "
			 "files of %s (see pegaso verify)",
			 peg_version(), outdir);
	if (same)
		goto done;
	long k = find_subject(r, kind, id, outdir, d);
	if (k < 0)
		goto done;

	s = calloc(1, sizeof(*s));
	if (!s) {
		OOM(d);
		goto done;
	}
	s->r = r;
	s->lang = opt ? opt->lang : PEG_LANG_IT;
	static const enum peg_msg title[] = {
		[PEG_SUBJECT_EMPLOYEE] = M_EX_TITLE_EMPLOYEE,
		[PEG_SUBJECT_OBJECTIVE] = M_EX_TITLE_OBJECTIVE,
		[PEG_SUBJECT_INDICATOR] = M_EX_TITLE_INDICATOR,
	};
	peg_story_line(s, 0, title[kind], id);
	if (r->rf.ente[0])
		peg_buf_printf(&s->b, "%s: %s\n", peg_msg(s->lang, M_ENTE),
			       r->rf.ente);
	peg_buf_printf(&s->b, "%s: %d\n", peg_msg(s->lang, M_YEAR), r->rf.year);
	peg_buf_printf(&s->b, "%s: %s\n", peg_msg(s->lang, M_RULES),
		       peg_story_path(s, r->rules.path));
	peg_story_line(s, 0, M_EX_FOLDER, outdir, m.engine);
	peg_story_line(s, 0, M_EX_CHECKED, peg_buf_str(&checked));
	peg_story_line(s, 0, M_EX_ROUNDING);
	peg_story_text(s, 0, "");
	if (kind == PEG_SUBJECT_EMPLOYEE)
		employee(s, (size_t)k);
	else if (kind == PEG_SUBJECT_OBJECTIVE)
		objective(s, (size_t)k);
	else
		indicator(s, (size_t)k);
	if (s->b.oom) {
		OOM(d);
		goto done;
	}
	*text = s->b.data ? s->b.data : strdup("");
	s->b.data = NULL;
	rc = *text ? 0 : OOM(d);
done:
	if (s)
		peg_buf_release(&s->b);
	free(s);
	peg_buf_release(&checked);
	peg_run_free(r);
	peg_manifest_release(&m);
	return rc;
}
