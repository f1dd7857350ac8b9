/*
 * score.c - scoring functions, objective aggregation, settore and ente
 * achievement (see score.h).
 *
 * Arithmetic is exact on fixed-point values: every ratio and mean is one
 * 128-bit integer division rounded half away from zero to 6 decimals, so
 * results are the same on every machine and match a hand computation to
 * the last printed digit.  Only `curve` goes through GSL (double), and its
 * result is rounded back to 6 decimals at once.
 */
#include "score.h"
#include "sched.h"

#include <stdlib.h>
#include <string.h>

#define HUNDRED PEG_FIX(100)
#define KIND(k) (1u << (k))
#define MORE_IS_BETTER                                                        \
	(KIND(PEG_KIND_PERCENT) | KIND(PEG_KIND_COUNT) | KIND(PEG_KIND_MIN) |  \
	 KIND(PEG_KIND_PP_INCREMENT) | KIND(PEG_KIND_RELATIVE_CHANGE))
#define ALL_KINDS ((1u << PEG_KIND_COUNT_) - 1)

/*
 * The achievement ratio of a numeric indicator, in percent:
 *   percent, count, min:  100·A/T
 *   max:                  100 when A <= T, else 100·T/A
 *   pp_increment:         100·(A - B)/T
 *   relative_change:      100·C/T with C = 100·(A - B)/B, or C = A
 *                         when there is no baseline
 */
static peg_fix kind_ratio(const struct peg_indicator *in, peg_fix a)
{
	const __int128 one = PEG_FIX_ONE;
	peg_fix t = in->target;

	switch (in->kind) {
	case PEG_KIND_MAX:
		if (a <= t)
			return HUNDRED;
		return (peg_fix)peg_div_round((__int128)100 * one * t, a);
	case PEG_KIND_PP_INCREMENT:
		return (peg_fix)peg_div_round(
			(__int128)100 * one * (a - in->baseline), t);
	case PEG_KIND_RELATIVE_CHANGE:
		if (in->has_baseline)
			return (peg_fix)peg_div_round(
				(__int128)10000 * one * one *
					(a - in->baseline),
				(__int128)in->baseline * t);
		return (peg_fix)peg_div_round((__int128)100 * one * a, t);
	default:
		return (peg_fix)peg_div_round((__int128)100 * one * a, t);
	}
}

static void fn_ratio(const struct peg_score_in *in, struct peg_score_out *o)
{
	o->has_ratio = 1;
	o->ratio = kind_ratio(in->ind, in->actual);
	o->score = o->ratio;
}

static void fn_curve(const struct peg_score_in *in, struct peg_score_out *o)
{
	o->has_ratio = 1;
	o->ratio = kind_ratio(in->ind, in->actual);
	o->score = peg_curve_eval(&in->rule->curve, o->ratio);
}

static long days_late(const struct peg_score_in *in)
{
	return (long)in->actual_date -
	       ((long)in->ind->target_date + in->rule->grace_days);
}

static void fn_on_time(const struct peg_score_in *in, struct peg_score_out *o)
{
	o->has_late = 1;
	o->days_late = days_late(in);
	o->score = o->days_late <= 0 ? HUNDRED : 0;
}

/* 100 up to target + grace, falling linearly to 0 zero_after_days later. */
static void fn_deadline_linear(const struct peg_score_in *in,
			       struct peg_score_out *o)
{
	long z = in->rule->zero_after_days;
	o->has_late = 1;
	o->days_late = days_late(in);
	if (o->days_late <= 0)
		o->score = HUNDRED;
	else if (o->days_late >= z)
		o->score = 0;
	else
		o->score = (peg_fix)peg_div_round(
			(__int128)HUNDRED * (z - o->days_late), z);
}

static void fn_binary(const struct peg_score_in *in, struct peg_score_out *o)
{
	o->score = in->actual == PEG_FIX_ONE ? HUNDRED : 0;
}

/* Rows with status judgement never reach a function (see score_one). */
static void fn_judgement(const struct peg_score_in *in,
			 struct peg_score_out *o)
{
	o->score = in->actual;
}

/* ---- phases: each phase scored as a deadline on its due date -------- */

void peg_phase_score(enum peg_fn fn, const struct peg_kind_rule *rule,
		     const struct peg_phase_due *ph, struct peg_score_out *o)
{
	struct peg_indicator ind;
	struct peg_verif v;
	memset(o, 0, sizeof(*o));
	if (!ph->done)
		return; /* not done: 0 */
	memset(&ind, 0, sizeof(ind));
	memset(&v, 0, sizeof(v));
	ind.kind = PEG_KIND_DEADLINE;
	ind.target_date = ph->due;
	v.actual_date = ph->on;
	struct peg_score_in in = {&ind, &v, rule, 0, ph->on, NULL, 0};
	if (fn == PEG_FN_PHASES_LINEAR)
		fn_deadline_linear(&in, o);
	else
		fn_on_time(&in, o);
}

/*
 * The phases of the year that count, each scored as a deadline by `per`;
 * share S = mean of their scores; ratio = 100·S/T, computed from the sum
 * in one rounding: 100·Σ/(n·T).
 */
static void phases_mean(const struct peg_score_in *in,
			struct peg_score_out *o, enum peg_fn per)
{
	__int128 sum = 0, n = (__int128)in->nphase;
	for (size_t k = 0; k < in->nphase; k++) {
		struct peg_score_out po;
		peg_phase_score(per, in->rule, &in->phase[k], &po);
		sum += po.score;
	}
	o->has_share = 1;
	o->share = (peg_fix)peg_div_round(sum, n);
	o->has_ratio = 1;
	o->ratio = (peg_fix)peg_div_round(sum * 100 * PEG_FIX_ONE,
					  n * in->ind->target);
	o->score = o->ratio;
}

/* Share of the phases done on time (on_time per phase). */
static void fn_phases_on_time(const struct peg_score_in *in,
			      struct peg_score_out *o)
{
	phases_mean(in, o, PEG_FN_PHASES_ON_TIME);
}

/* Mean of deadline_linear per phase: delays cost in proportion. */
static void fn_phases_linear(const struct peg_score_in *in,
			     struct peg_score_out *o)
{
	phases_mean(in, o, PEG_FN_PHASES_LINEAR);
}

static const struct peg_scorefn fns[PEG_FN_COUNT_] = {
	[PEG_FN_RATIO] = {"ratio", MORE_IS_BETTER, fn_ratio, 1},
	[PEG_FN_INVERSE_RATIO] = {"inverse_ratio", KIND(PEG_KIND_MAX),
				  fn_ratio, 1},
	[PEG_FN_ON_TIME] = {"on_time", KIND(PEG_KIND_DEADLINE), fn_on_time, 0},
	[PEG_FN_DEADLINE_LINEAR] = {"deadline_linear", KIND(PEG_KIND_DEADLINE),
				    fn_deadline_linear, 0},
	[PEG_FN_BINARY] = {"binary", KIND(PEG_KIND_BOOLEAN), fn_binary, 0},
	[PEG_FN_JUDGEMENT] = {"judgement", ALL_KINDS, fn_judgement, 0},
	[PEG_FN_CURVE] = {"curve", MORE_IS_BETTER | KIND(PEG_KIND_MAX),
			  fn_curve, 1},
	[PEG_FN_PHASES_ON_TIME] = {"phases_on_time", KIND(PEG_KIND_PHASES),
				   fn_phases_on_time, 1},
	[PEG_FN_PHASES_LINEAR] = {"phases_linear", KIND(PEG_KIND_PHASES),
				  fn_phases_linear, 1},
};

const struct peg_scorefn *peg_scorefn_get(enum peg_fn fn)
{
	return (unsigned)fn < PEG_FN_COUNT_ ? &fns[fn] : NULL;
}

int peg_scorefn_find(const char *name)
{
	for (int i = 0; i < PEG_FN_COUNT_; i++)
		if (strcmp(fns[i].name, name) == 0)
			return i;
	return -1;
}

const char *peg_scorefn_names(void)
{
	return "ratio, inverse_ratio, on_time, deadline_linear, binary, "
	       "judgement, curve, phases_on_time, phases_linear";
}

const char *peg_obj_status_name(enum peg_obj_status s)
{
	switch (s) {
	case PEG_OS_SCORED:
		return "scored";
	case PEG_OS_NEUTRALIZED:
		return "neutralized";
	default:
		return "no_indicators";
	}
}

peg_fix peg_weighted_mean(const peg_fix *x, const peg_fix *w, size_t n)
{
	__int128 num = 0, den = 0;
	for (size_t i = 0; i < n; i++) {
		num += (__int128)x[i] * w[i];
		den += w[i];
	}
	return den > 0 ? (peg_fix)peg_div_round(num, den) : 0;
}

/* ---- one indicator ---------------------------------------------------- */

/* The cap and the floor, on a function's raw score. */
static void limit(struct peg_ind_result *res, const struct peg_kind_rule *rule)
{
	peg_fix s = res->out.score;
	if (fns[rule->fn].uses_floor && res->out.has_ratio &&
	    res->out.ratio < rule->floor && s != 0) {
		s = 0;
		res->floored = 1;
	}
	if (s < 0)
		s = 0;
	if (s > rule->cap) {
		s = rule->cap;
		res->capped = 1;
	}
	res->score = s;
}

/*
 * An indicator of kind phases with no verification row: measured from
 * its objective's phases due in the year (sc, evaluated at year end).
 * buf has room for every phase.  Neutralized phases leave; when all
 * leave, so does the indicator.
 */
static int score_phases(struct peg_ind_result *res, const struct peg_plan *p,
			size_t i, const struct peg_sched *sc,
			const struct peg_kind_rule *rule,
			struct peg_phase_due *buf, struct peg_diag *d)
{
	const struct peg_indicator *in = &p->ind[i];
	size_t n = 0;
	const struct peg_phases *ps = sc ? sc->ps : NULL;
	for (size_t j = ps ? ps->by_obj_start[in->objective] : 0;
	     ps && j < ps->by_obj_start[in->objective + 1]; j++) {
		const struct peg_phase_eval *e = &sc->ph[ps->by_obj[j]];
		if (!e->scheduled)
			continue;
		res->phases++;
		res->ph_on_time += e->state == PEG_PH_ON_TIME;
		res->ph_late += e->state == PEG_PH_LATE;
		res->ph_not_done += e->state == PEG_PH_NOT_DONE;
		res->ph_missing += e->state == PEG_PH_MISSING;
		res->ph_neutralized += e->state == PEG_PH_NEUTRALIZED;
		if (!e->counted)
			continue;
		buf[n].due = e->due;
		buf[n].done = e->done;
		buf[n].on = e->done_on;
		n++;
	}
	if (!res->phases)
		return peg_fail(d, PEG_EDATA, p->indicators_path, in->line,
				"indicator '%s' is of kind phases, but objective "
				"'%s' has no phase due in %d (mark the quarters "
				"of its phases in phases.csv)",
				in->id, in->objective_id, in->year);
	res->status = PEG_VS_MEASURED;
	if (!n) {
		res->status = PEG_VS_NEUTRALIZED;
		return 0;
	}
	res->counted = 1;
	struct peg_score_in si = {in, NULL, rule, 0, 0, buf, n};
	fns[rule->fn].fn(&si, &res->out);
	limit(res, rule);
	return 0;
}

static int score_one(struct peg_ind_result *res, const struct peg_plan *p,
		     size_t i, const struct peg_verifs *vs,
		     const struct peg_sched *sc, struct peg_phase_due *pbuf,
		     const struct peg_rules *r, const struct peg_actuals *alt,
		     struct peg_diag *d)
{
	const struct peg_indicator *in = &p->ind[i];
	const struct peg_kind_rule *rule = &r->kind[in->kind];
	long vi = vs->by_indicator[i];

	res->fn = rule->fn;
	if (vi < 0 && in->kind == PEG_KIND_PHASES &&
	    rule->fn != PEG_FN_JUDGEMENT)
		return score_phases(res, p, i, sc, rule, pbuf, d);
	if (vi < 0) {
		res->status = PEG_VS_MISSING;
		res->counted = 1; /* missing = zero: scores 0 and counts */
		res->score = 0;
		return 0;
	}
	const struct peg_verif *v = &vs->v[vi];
	res->status = v->status;
	if (v->status == PEG_VS_NEUTRALIZED || v->status == PEG_VS_NOT_DUE)
		return 0;
	res->counted = 1;
	if (v->status == PEG_VS_JUDGEMENT) {
		res->fn = PEG_FN_JUDGEMENT;
		res->score = v->actual > rule->cap ? rule->cap : v->actual;
		return 0;
	}
	if (rule->fn == PEG_FN_JUDGEMENT)
		return peg_fail(d, PEG_EDATA, vs->path, v->line,
				"indicator '%s': kind %s is scored by "
				"judgement ([%s]), so its status must be "
				"judgement",
				in->id, peg_kind_name(in->kind), rule->section);
	struct peg_score_in si = {in, v, rule,
				  alt && alt->value ? alt->value[i] : v->actual,
				  alt && alt->date ? alt->date[i]
						   : v->actual_date,
				  NULL, 0};
	fns[rule->fn].fn(&si, &res->out);
	limit(res, rule);
	return 0;
}

/* Lists the indicators with no verification under missing = error. */
static int report_missing(const struct peg_plan *p, const struct peg_scores *s,
			  const struct peg_verifs *vs, struct peg_diag *d)
{
	struct peg_buf b = {0};
	size_t n = 0;
	for (size_t i = 0; i < p->nind; i++) {
		if (!s->ind[i].in_year || s->ind[i].status != PEG_VS_MISSING)
			continue;
		if (n < 10)
			peg_buf_printf(&b, "%s'%s' (%s:%ld)", n ? ", " : "",
				       p->ind[i].id, p->indicators_path,
				       p->ind[i].line);
		n++;
	}
	if (n > 10)
		peg_buf_printf(&b, " and %zu more", n - 10);
	peg_fail(d, PEG_EDATA, vs->path, 0,
		 "%zu indicator%s of the plan %s no verification for %d: %s "
		 "(add the rows, or set missing = zero in [scoring])",
		 n, n == 1 ? "" : "s", n == 1 ? "has" : "have", s->year,
		 peg_buf_str(&b));
	peg_buf_release(&b);
	return -1;
}

/* Lists the phases with no verification that indicators of kind phases
 * measure, under missing = error. */
static int report_missing_phases(const struct peg_plan *p,
				 const struct peg_scores *s,
				 const struct peg_sched *sc,
				 struct peg_diag *d)
{
	struct peg_buf b = {0};
	size_t n = 0;
	const struct peg_phases *ps = sc->ps;
	for (size_t k = 0; k < p->nobj; k++) {
		int measured = 0;
		for (size_t j = p->by_obj_start[k]; j < p->by_obj_start[k + 1];
		     j++)
			measured |= s->ind[p->by_obj[j]].in_year &&
				    s->ind[p->by_obj[j]].ph_missing;
		for (size_t j = ps->by_obj_start[k];
		     measured && j < ps->by_obj_start[k + 1]; j++) {
			size_t x = ps->by_obj[j];
			if (sc->ph[x].state != PEG_PH_MISSING)
				continue;
			if (n < 10)
				peg_buf_printf(&b, "%s'%s' (%s:%ld)", n ? ", " : "",
					       ps->ph[x].id, ps->path,
					       ps->ph[x].line);
			n++;
		}
	}
	if (n > 10)
		peg_buf_printf(&b, " and %zu more", n - 10);
	peg_fail(d, PEG_EDATA, sc->verif_path ? sc->verif_path : ps->path, 0,
		 "%zu phase%s measured by indicators of kind phases %s no "
		 "verification for %d: %s (%s, or set missing = zero in "
		 "[scoring])",
		 n, n == 1 ? "" : "s", n == 1 ? "has" : "have", s->year,
		 peg_buf_str(&b),
		 sc->verif_path ? "add the rows"
				: "name a phase_verification file in [run]");
	peg_buf_release(&b);
	return -1;
}

/* ---- objectives ------------------------------------------------------- */

static void aggregate(struct peg_obj_result *o, const peg_fix *x,
		      const peg_fix *w, size_t n, enum peg_aggregate agg)
{
	if (n == 0) {
		o->status = o->indicators ? PEG_OS_NEUTRALIZED
					  : PEG_OS_NO_INDICATORS;
		o->achievement = 0;
		return;
	}
	o->status = PEG_OS_SCORED;
	switch (agg) {
	case PEG_AGG_MIN: {
		peg_fix m = x[0];
		for (size_t i = 1; i < n; i++)
			if (x[i] < m)
				m = x[i];
		o->achievement = m;
		break;
	}
	case PEG_AGG_ALL_OR_NOTHING: {
		int all = 1;
		for (size_t i = 0; i < n; i++)
			all &= x[i] >= HUNDRED;
		o->achievement = all ? HUNDRED : 0;
		break;
	}
	default:
		o->achievement = peg_weighted_mean(x, w, n);
	}
}

/* Builds the settore list (sorted) and the objective -> settore map. */
static int build_sectors(struct peg_scores *s, const struct peg_plan *p)
{
	const char **names;
	s->sec = calloc(p->nobj ? p->nobj : 1, sizeof(*s->sec));
	s->obj_sector = calloc(p->nobj ? p->nobj : 1, sizeof(*s->obj_sector));
	if (!s->sec || !s->obj_sector ||
	    peg_plan_sectors(p, &names, &s->nsec, s->obj_sector))
		return -1;
	for (size_t k = 0; k < s->nsec; k++)
		s->sec[k].name = names[k];
	free(names);
	s->sec_obj_start = calloc(s->nsec + 2, sizeof(*s->sec_obj_start));
	s->sec_obj = malloc((p->nobj ? p->nobj : 1) * sizeof(*s->sec_obj));
	if (!s->sec_obj_start || !s->sec_obj)
		return -1;
	for (size_t i = 0; i < p->nobj; i++)
		s->sec_obj_start[s->obj_sector[i] + 1]++;
	for (size_t k = 1; k <= s->nsec; k++)
		s->sec_obj_start[k] += s->sec_obj_start[k - 1];
	/* Placing in id order advances each start to the next one. */
	for (size_t i = 0; i < p->nobj; i++)
		s->sec_obj[s->sec_obj_start[s->obj_sector[i]]++] = i;
	for (size_t k = s->nsec; k > 0; k--)
		s->sec_obj_start[k] = s->sec_obj_start[k - 1];
	s->sec_obj_start[0] = 0;
	return 0;
}

/* Running sums of a weighted mean, for everyone and for pay. */
struct acc {
	__int128 num, den, pnum, pden;
};

static void acc_close(const struct acc *a, struct peg_sector_result *out)
{
	out->has_all = a->den > 0;
	out->all = a->den > 0 ? (peg_fix)peg_div_round(a->num, a->den) : 0;
	out->has_pay = a->pden > 0;
	out->pay_ach = a->pden > 0 ? (peg_fix)peg_div_round(a->pnum, a->pden)
				   : 0;
}

/* Buffers of one scoring, kept for the next (peg_score_again). */
struct peg_score_scratch {
	peg_fix *buf;    /* 2 x nmax: scores and weights of one objective */
	size_t nmax;
	struct acc *acc; /* nsec + 1 running sums */
	struct peg_phase_due *pbuf; /* room for every phase of the schedule */
};

/* Settore and ente means of objective achievements, in one pass. */
static void roll_up(struct peg_scores *s, const struct peg_plan *p)
{
	struct acc *acc = s->scratch->acc;
	memset(acc, 0, (s->nsec + 1) * sizeof(*acc));
	for (size_t k = 0; k < s->nsec; k++)
		s->sec[k].objectives = s->sec[k].scored = s->sec[k].pay = 0;
	s->ente.objectives = s->ente.scored = s->ente.pay = 0;
	struct acc *ente = &acc[s->nsec];
	for (size_t i = 0; i < p->nobj; i++) {
		size_t k = s->obj_sector[i];
		const struct peg_obj_result *o = &s->obj[i];
		s->sec[k].objectives++;
		s->ente.objectives++;
		if (o->status != PEG_OS_SCORED)
			continue;
		__int128 x = o->achievement, w = p->obj[i].weight;
		acc[k].num += x * w;
		acc[k].den += w;
		ente->num += x * w;
		ente->den += w;
		s->sec[k].scored++;
		s->ente.scored++;
		if (o->pay) {
			acc[k].pnum += x * w;
			acc[k].pden += w;
			ente->pnum += x * w;
			ente->pden += w;
			s->sec[k].pay++;
			s->ente.pay++;
		}
	}
	for (size_t k = 0; k < s->nsec; k++)
		acc_close(&acc[k], &s->sec[k]);
	acc_close(ente, &s->ente);
}

/* Scores and aggregates into s, whose arrays are allocated and whose
 * settori are built; every result is overwritten. */
static int score_eval(struct peg_scores *s, const struct peg_plan *p,
		      const struct peg_verifs *vs, const struct peg_rules *r,
		      const struct peg_actuals *alt, struct peg_diag *d)
{
	peg_fix *buf = s->scratch->buf;
	size_t nmax = s->scratch->nmax;
	int year = s->year;
	const struct peg_sched *sc = s->sched;
	struct peg_phase_due *pbuf = s->scratch->pbuf;

	memset(s->ind, 0, p->nind * sizeof(*s->ind));
	memset(s->obj, 0, p->nobj * sizeof(*s->obj));
	s->in_year = s->missing = s->missing_phases = 0;
	for (size_t i = 0; i < p->nind; i++) {
		if (p->ind[i].year != year)
			continue;
		s->ind[i].in_year = 1;
		s->in_year++;
		if (score_one(&s->ind[i], p, i, vs, sc, pbuf, r, alt, d))
			return -1;
		if (s->ind[i].status == PEG_VS_MISSING)
			s->missing++;
		s->missing_phases += s->ind[i].ph_missing;
	}
	if (s->missing && r->missing == PEG_MISSING_ERROR)
		return report_missing(p, s, vs, d);
	if (s->missing_phases && r->missing == PEG_MISSING_ERROR)
		return report_missing_phases(p, s, sc, d);

	struct peg_buf unknown = {0};
	size_t nunknown = 0;
	for (size_t k = 0; k < p->nobj; k++) {
		struct peg_obj_result *o = &s->obj[k];
		size_t n = 0;
		for (size_t j = p->by_obj_start[k]; j < p->by_obj_start[k + 1];
		     j++) {
			size_t i = p->by_obj[j];
			const struct peg_ind_result *ir = &s->ind[i];
			if (!ir->in_year)
				continue;
			o->indicators++;
			o->neutralized += ir->status == PEG_VS_NEUTRALIZED;
			o->not_due += ir->status == PEG_VS_NOT_DUE;
			o->missing += ir->status == PEG_VS_MISSING;
			o->judgement += ir->status == PEG_VS_JUDGEMENT;
			if (!ir->counted)
				continue;
			buf[n] = ir->score;
			buf[nmax + n] = p->ind[i].weight;
			n++;
		}
		o->counted = n;
		aggregate(o, buf, buf + nmax, n, r->aggregate);
		switch (p->obj[k].incentivized) {
		case PEG_INC_YES:
			o->pay = 1;
			break;
		case PEG_INC_NO:
			o->pay = 0;
			break;
		default:
			o->pay = r->unknown_incentivized == PEG_UNKNOWN_YES;
			if (r->unknown_incentivized == PEG_UNKNOWN_ERROR &&
			    o->indicators) {
				if (nunknown < 10)
					peg_buf_printf(&unknown, "%s'%s' (line %ld)",
						       nunknown ? ", " : "",
						       p->obj[k].id,
						       p->obj[k].line);
				nunknown++;
			}
		}
	}
	if (nunknown) {
		if (nunknown > 10)
			peg_buf_printf(&unknown, " and %zu more", nunknown - 10);
		peg_fail(d, PEG_EDATA, p->objectives_path, 0,
			 "%zu objective%s %s incentivized = unknown: %s "
			 "(decide yes or no in the plan, or set "
			 "unknown_incentivized in [scoring])",
			 nunknown, nunknown == 1 ? "" : "s",
			 nunknown == 1 ? "has" : "have", peg_buf_str(&unknown));
		peg_buf_release(&unknown);
		return -1;
	}
	peg_buf_release(&unknown);
	roll_up(s, p);
	return 0;
}

int peg_score_plan(struct peg_scores *s, const struct peg_plan *p,
		   const struct peg_verifs *vs, const struct peg_rules *r,
		   int year, const struct peg_actuals *alt, struct peg_diag *d)
{
	return peg_score_plan_sched(s, p, vs, NULL, r, year, alt, d);
}

int peg_score_plan_sched(struct peg_scores *s, const struct peg_plan *p,
			 const struct peg_verifs *vs,
			 const struct peg_sched *sc,
			 const struct peg_rules *r, int year,
			 const struct peg_actuals *alt, struct peg_diag *d)
{
	memset(s, 0, sizeof(*s));
	s->year = year;
	s->sched = sc;
	s->ente.name = "";
	s->ind = calloc(p->nind ? p->nind : 1, sizeof(*s->ind));
	s->obj = calloc(p->nobj ? p->nobj : 1, sizeof(*s->obj));
	s->scratch = calloc(1, sizeof(*s->scratch));
	if (!s->ind || !s->obj || !s->scratch || build_sectors(s, p))
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	size_t nmax = p->nind > p->nobj ? p->nind : p->nobj;
	s->scratch->nmax = nmax;
	s->scratch->buf = malloc((nmax ? nmax : 1) * 2 * sizeof(peg_fix));
	s->scratch->acc = calloc(s->nsec + 1, sizeof(struct acc));
	s->scratch->pbuf = malloc((sc && sc->n ? sc->n : 1) *
				  sizeof(*s->scratch->pbuf));
	if (!s->scratch->buf || !s->scratch->acc || !s->scratch->pbuf)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	return score_eval(s, p, vs, r, alt, d);
}

int peg_score_again(struct peg_scores *s, const struct peg_plan *p,
		    const struct peg_verifs *vs, const struct peg_rules *r,
		    const struct peg_actuals *alt, struct peg_diag *d)
{
	return score_eval(s, p, vs, r, alt, d);
}

void peg_scores_release(struct peg_scores *s)
{
	if (s->scratch) {
		free(s->scratch->buf);
		free(s->scratch->acc);
		free(s->scratch->pbuf);
		free(s->scratch);
	}
	free(s->ind);
	free(s->obj);
	free(s->sec);
	free(s->obj_sector);
	free(s->sec_obj_start);
	free(s->sec_obj);
	memset(s, 0, sizeof(*s));
}
