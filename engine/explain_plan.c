/*
 * explain_plan.c - the scoring half of an explanation (see explain.h):
 * an indicator from its verified actual value to its score, an objective
 * from its indicators to its achievement, a settore or the ente from
 * their objectives; plus the story's line and number helpers.
 *
 * Every figure is the value the engine computed (read from the run, not
 * recomputed here), printed exactly; the formulas name the operands so a
 * reader can redo each step by hand.
 */
#include "explain.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- helpers ---------------------------------------------------------- */

static char *ring(struct peg_story *s)
{
	return s->ring[s->ri++ % PEG_COUNT(s->ring)];
}

const char *peg_story_num(struct peg_story *s, __int128 v, int digits)
{
	return peg_fmt_exact(s->lang, v, digits, ring(s));
}

const char *peg_story_fix(struct peg_story *s, peg_fix v)
{
	return peg_story_num(s, v, PEG_FIX_DECIMALS);
}

const char *peg_story_pct(struct peg_story *s, peg_fix v)
{
	char n[PEG_BIGNUMBUF];
	char *buf = ring(s);
	peg_fmt_exact(s->lang, v, PEG_FIX_DECIMALS, n);
	snprintf(buf, PEG_BIGNUMBUF, s->lang == PEG_LANG_EN ? "%s%%" : "%s %%",
		 n);
	return buf;
}

const char *peg_story_eur(struct peg_story *s, peg_cents v)
{
	return peg_fmt_eur(s->lang, v, ring(s));
}

const char *peg_story_yesno(struct peg_story *s, int v)
{
	return peg_msg(s->lang, v ? M_EX_YES : M_EX_NO);
}

const char *peg_story_msg(const struct peg_story *s, enum peg_msg id)
{
	return peg_msg(s->lang, id);
}

const char *peg_story_path(const struct peg_story *s, const char *path)
{
	const char *dir = s->r->rf.dir;
	size_t n = strlen(dir);
	if (!path || strcmp(dir, ".") == 0 || strncmp(path, dir, n) != 0)
		return path ? path : "";
	if (n && dir[n - 1] == '/')
		return path + n;
	return path[n] == '/' ? path + n + 1 : path;
}

void peg_story_line(struct peg_story *s, int indent, enum peg_msg id, ...)
{
	va_list ap;
	va_start(ap, id);
	peg_buf_printf(&s->b, "%*s", indent, "");
	peg_buf_vprintf(&s->b, peg_msg(s->lang, id), ap);
	peg_buf_putc(&s->b, '\n');
	va_end(ap);
}

void peg_story_text(struct peg_story *s, int indent, const char *text)
{
	peg_buf_printf(&s->b, "%*s%s\n", indent, "", text);
}

void peg_story_ref2(struct peg_story *s, int indent, const char *section,
		    const char *section2, const char *basis)
{
	char sec[160];
	if (section2)
		snprintf(sec, sizeof(sec), "[%s] [%s]", section, section2);
	else
		snprintf(sec, sizeof(sec), "[%s]", section);
	if (basis && *basis)
		peg_story_line(s, indent, M_EX_REF, sec, basis);
	else
		peg_story_line(s, indent, M_EX_REF_NOBASIS, sec);
}

void peg_story_ref(struct peg_story *s, int indent, const char *section,
		   const char *basis)
{
	peg_story_ref2(s, indent, section, NULL, basis);
}

/* "x:y, x:y" of a curve, as a rules file writes it. */
static void curve_text(struct peg_buf *b, const struct peg_curve *c)
{
	char x[PEG_NUMBUF], y[PEG_NUMBUF];
	for (size_t i = 0; i < c->n; i++)
		peg_buf_printf(b, "%s%s:%s", i ? ", " : "",
			       peg_fix_str(c->x[i], x),
			       peg_fix_str(c->y[i], y));
}

/* ---- indicators ------------------------------------------------------- */

static const struct peg_verif *verif_of(const struct peg_run *r, size_t i)
{
	long vi = r->verifs.by_indicator[i];
	return vi < 0 ? NULL : &r->verifs.v[vi];
}

/* Where the verification row is, as written. */
static void source(struct peg_story *s, const struct peg_verif *v, int indent)
{
	char line[32];
	snprintf(line, sizeof(line), "%ld", v->line);
	if (v->actual_raw && *v->actual_raw)
		peg_story_line(s, indent, M_EX_IND_SOURCE,
			       peg_story_path(s, s->r->verifs.path), line,
			       v->actual_raw);
	else
		peg_story_line(s, indent, M_EX_IND_SOURCE_LINE,
			       peg_story_path(s, s->r->verifs.path), line);
	if (v->evidence && *v->evidence)
		peg_story_line(s, indent, M_EX_IND_EVIDENCE, v->evidence);
}

/* The formula of an achievement ratio, by kind. */
static enum peg_msg ratio_formula(const struct peg_indicator *in,
				  const struct peg_verif *v)
{
	switch (in->kind) {
	case PEG_KIND_MAX:
		return v->actual <= in->target ? M_EX_F_MAX_MET : M_EX_F_MAX;
	case PEG_KIND_PP_INCREMENT:
		return M_EX_F_PP;
	case PEG_KIND_RELATIVE_CHANGE:
		return in->has_baseline ? M_EX_F_REL : M_EX_F_REL_NOBASE;
	default:
		return M_EX_F_RATIO;
	}
}

/*
 * An indicator of kind phases measured from its objective's schedule (no
 * verification row): each phase due in the year with its state and
 * score, the function, the mean, the ratio to the target, the score.
 */
static void phases_story(struct peg_story *s, size_t i, int ind)
{
	const struct peg_run *r = s->r;
	const struct peg_indicator *in = &r->plan.ind[i];
	const struct peg_ind_result *ir = &r->scores.ind[i];
	const struct peg_kind_rule *kr = &r->rules.kind[in->kind];
	const struct peg_phases *ps = &r->phases;
	char n[7][32], due[PEG_NUMBUF], on[PEG_NUMBUF];
	size_t counts[] = {ir->phases,	   (size_t)in->year,
			   ir->ph_on_time, ir->ph_late,
			   ir->ph_not_done, ir->ph_missing,
			   ir->ph_neutralized};
	size_t counted = 0;

	for (size_t k = 0; k < PEG_COUNT(counts); k++)
		snprintf(n[k], sizeof(n[k]), "%zu", counts[k]);
	peg_story_line(s, ind, M_EX_PH_HEAD, n[0], n[1], n[2], n[3], n[4],
		       n[5], n[6]);
	for (size_t j = ps->by_obj_start[in->objective];
	     j < ps->by_obj_start[in->objective + 1]; j++) {
		const struct peg_phase_eval *e = &r->sched.ph[ps->by_obj[j]];
		const char *id = ps->ph[ps->by_obj[j]].id;
		if (!e->scheduled)
			continue;
		peg_date_str(e->due, due);
		const char *score = peg_story_pct(s, e->score);
		counted += e->counted != 0;
		if (e->state == PEG_PH_NEUTRALIZED)
			peg_story_line(s, ind + 2, M_EX_PH_NEUTRALIZED, id, due,
				       e->v && e->v->note ? e->v->note : "");
		else if (!e->counted)
			peg_story_line(s, ind + 2, M_EX_PH_NOT_COUNTED, id, due,
				       peg_phase_state_name(e->state));
		else if (e->state == PEG_PH_ON_TIME)
			peg_story_line(s, ind + 2, M_EX_PH_DONE, id, due,
				       peg_date_str(e->done_on, on), score);
		else if (e->state == PEG_PH_LATE) {
			char late[32];
			snprintf(late, sizeof(late), "%ld", e->days_late);
			peg_story_line(s, ind + 2, M_EX_PH_LATE, id, due,
				       peg_date_str(e->done_on, on), late,
				       score);
		} else
			peg_story_line(s, ind + 2,
				       e->state == PEG_PH_NOT_DONE
					       ? M_EX_PH_NOT_DONE
					       : M_EX_PH_MISSING,
				       id, due, score);
	}
	if (ir->counted && ir->out.has_share) {
		char grace[32], zero[32], cnt[32];
		snprintf(grace, sizeof(grace), "%ld", kr->grace_days);
		snprintf(zero, sizeof(zero), "%ld", kr->zero_after_days);
		snprintf(cnt, sizeof(cnt), "%zu", counted);
		if (ir->fn == PEG_FN_PHASES_LINEAR)
			peg_story_line(s, ind, M_EX_FN_PH_LINEAR, grace, zero,
				       cnt, peg_story_pct(s, ir->out.share));
		else
			peg_story_line(s, ind, M_EX_FN_PH_ON_TIME, grace, cnt,
				       peg_story_pct(s, ir->out.share));
		peg_story_line(s, ind, M_EX_PH_RATIO,
			       peg_story_fix(s, ir->out.share),
			       peg_story_fix(s, in->target),
			       peg_story_pct(s, ir->out.ratio));
		if (ir->floored)
			peg_story_line(s, ind, M_EX_FLOORED,
				       peg_story_pct(s, kr->floor));
		if (ir->capped)
			peg_story_line(s, ind, M_EX_CAPPED,
				       peg_story_pct(s, kr->cap));
		peg_story_line(s, ind, M_EX_SCORE, peg_story_pct(s, ir->score));
	}
	if (r->pverifs.path)
		peg_story_line(s, ind, M_EX_PH_SOURCE,
			       peg_story_path(s, ps->path),
			       peg_story_path(s, r->pverifs.path));
	else
		peg_story_line(s, ind, M_EX_PH_SOURCE_NONE,
			       peg_story_path(s, ps->path));
	peg_story_ref(s, ind, kr->section, PEG_BASIS_SCORING);
}

static void measured(struct peg_story *s, size_t i, int ind)
{
	const struct peg_run *r = s->r;
	const struct peg_indicator *in = &r->plan.ind[i];
	const struct peg_ind_result *ir = &r->scores.ind[i];
	const struct peg_verif *v = verif_of(r, i);
	const struct peg_kind_rule *kr = &r->rules.kind[in->kind];
	char a[PEG_NUMBUF], b[PEG_NUMBUF], grace[32], late[32], z[32];

	if (ir->out.has_ratio) {
		if (in->has_baseline)
			peg_story_line(s, ind, M_EX_IND_VALUES_BASE,
				       peg_story_fix(s, v->actual),
				       peg_story_fix(s, in->baseline),
				       peg_story_fix(s, in->target));
		else
			peg_story_line(s, ind, M_EX_IND_VALUES,
				       peg_story_fix(s, v->actual),
				       peg_story_fix(s, in->target));
		peg_story_line(s, ind, M_EX_IND_RATIO,
			       peg_story_msg(s, ratio_formula(in, v)),
			       peg_story_pct(s, ir->out.ratio));
	} else if (ir->out.has_late) {
		snprintf(grace, sizeof(grace), "%ld", kr->grace_days);
		snprintf(late, sizeof(late), "%ld", ir->out.days_late);
		peg_story_line(s, ind, M_EX_IND_DEADLINE,
			       peg_date_str(v->actual_date, a),
			       peg_date_str(in->target_date, b), grace, late);
	} else if (in->kind == PEG_KIND_BOOLEAN) {
		peg_story_line(s, ind, M_EX_IND_BOOL,
			       peg_story_yesno(s, v->actual == PEG_FIX_ONE));
	}
	switch (ir->fn) {
	case PEG_FN_RATIO:
	case PEG_FN_INVERSE_RATIO:
		peg_story_line(
			s, ind, M_EX_FN_RATIO, peg_scorefn_get(ir->fn)->name,
			peg_story_pct(s, kr->cap), peg_story_pct(s, kr->floor));
		break;
	case PEG_FN_CURVE: {
		struct peg_buf c = {0};
		curve_text(&c, &kr->curve);
		peg_story_line(s, ind, M_EX_FN_CURVE, peg_buf_str(&c),
			       peg_story_pct(s, ir->out.score),
			       peg_story_pct(s, kr->cap),
			       peg_story_pct(s, kr->floor));
		peg_buf_release(&c);
		break;
	}
	case PEG_FN_ON_TIME:
		peg_story_line(s, ind, M_EX_FN_ON_TIME);
		break;
	case PEG_FN_DEADLINE_LINEAR:
		snprintf(z, sizeof(z), "%ld", kr->zero_after_days);
		peg_story_line(s, ind, M_EX_FN_LINEAR, z);
		break;
	case PEG_FN_BINARY:
		peg_story_line(s, ind, M_EX_FN_BINARY);
		break;
	default:
		break;
	}
	if (ir->floored)
		peg_story_line(s, ind, M_EX_FLOORED,
			       peg_story_pct(s, kr->floor));
	if (ir->capped)
		peg_story_line(s, ind, M_EX_CAPPED, peg_story_pct(s, kr->cap));
	peg_story_line(s, ind, M_EX_SCORE, peg_story_pct(s, ir->score));
	source(s, v, ind);
	peg_story_ref(s, ind, kr->section, PEG_BASIS_SCORING);
}

void peg_story_indicator(struct peg_story *s, size_t i, int indent)
{
	const struct peg_run *r = s->r;
	const struct peg_indicator *in = &r->plan.ind[i];
	const struct peg_ind_result *ir = &r->scores.ind[i];
	const struct peg_verif *v = verif_of(r, i);
	const struct peg_kind_rule *kr = &r->rules.kind[in->kind];
	int ind = indent + 2;

	peg_story_line(s, indent, M_EX_IND_HEAD, in->id,
		       peg_kind_name(in->kind), peg_story_fix(s, in->weight));
	if (!v && in->kind == PEG_KIND_PHASES) {
		phases_story(s, i, ind);
		return;
	}
	switch (ir->status) {
	case PEG_VS_MISSING:
		peg_story_line(s, ind, M_EX_IND_MISSING);
		peg_story_ref(s, ind, "scoring", PEG_BASIS_SCORING);
		return;
	case PEG_VS_NEUTRALIZED:
	case PEG_VS_NOT_DUE:
		if (ir->status == PEG_VS_NOT_DUE && !(v->note && *v->note))
			peg_story_line(s, ind, M_EX_IND_NOT_DUE_PLAIN);
		else
			peg_story_line(s, ind,
				       ir->status == PEG_VS_NOT_DUE
					       ? M_EX_IND_NOT_DUE
					       : M_EX_IND_NEUTRALIZED,
				       v->note ? v->note : "");
		source(s, v, ind);
		peg_story_ref(s, ind, "verification", PEG_BASIS_SCORING);
		return;
	case PEG_VS_JUDGEMENT:
		peg_story_line(s, ind, M_EX_IND_JUDGEMENT,
			       peg_story_pct(s, v->actual), v->note);
		if (v->actual > kr->cap)
			peg_story_line(s, ind, M_EX_CAPPED,
				       peg_story_pct(s, kr->cap));
		peg_story_line(s, ind, M_EX_SCORE, peg_story_pct(s, ir->score));
		source(s, v, ind);
		peg_story_ref(s, ind, "verification", PEG_BASIS_SCORING);
		return;
	default:
		measured(s, i, ind);
	}
}

/* ---- objectives ------------------------------------------------------- */

static const char *incentivized_word(struct peg_story *s,
				     enum peg_incentivized v)
{
	return v == PEG_INC_UNKNOWN ? peg_story_msg(s, M_EX_UNKNOWN)
				    : peg_story_yesno(s, v == PEG_INC_YES);
}

void peg_story_objective(struct peg_story *s, size_t k, int indent)
{
	const struct peg_run *r = s->r;
	const struct peg_plan *p = &r->plan;
	const struct peg_objective *o = &p->obj[k];
	const struct peg_obj_result *ores = &r->scores.obj[k];
	int ind = indent + 2;
	struct peg_buf terms = {0}, ids = {0};
	peg_fix wsum = 0;
	size_t n = 0;

	peg_story_line(s, indent, M_EX_OBJ_HEAD, o->id, o->title, o->sector,
		       incentivized_word(s, o->incentivized),
		       peg_story_yesno(s, ores->pay),
		       peg_story_fix(s, o->weight));
	for (size_t j = p->by_obj_start[k]; j < p->by_obj_start[k + 1]; j++) {
		size_t i = p->by_obj[j];
		const struct peg_ind_result *ir = &r->scores.ind[i];
		if (!ir->in_year)
			continue;
		peg_story_indicator(s, i, ind);
		if (!ir->counted)
			continue;
		const char *sep = r->rules.aggregate == PEG_AGG_WEIGHTED_MEAN
					  ? " + "
					  : "; ";
		if (r->rules.aggregate == PEG_AGG_WEIGHTED_MEAN)
			peg_buf_printf(&terms, "%s%s \xc3\x97 %s", n ? sep : "",
				       peg_story_fix(s, ir->score),
				       peg_story_fix(s, p->ind[i].weight));
		else
			peg_buf_printf(&terms, "%s%s", n ? sep : "",
				       peg_story_fix(s, ir->score));
		peg_buf_printf(&ids, "%s%s", n ? ", " : "", p->ind[i].id);
		wsum += p->ind[i].weight;
		n++;
	}
	switch (ores->status) {
	case PEG_OS_SCORED:
		switch (r->rules.aggregate) {
		case PEG_AGG_MIN:
			peg_story_line(s, ind, M_EX_OBJ_MIN,
				       peg_buf_str(&terms),
				       peg_story_pct(s, ores->achievement),
				       peg_buf_str(&ids));
			break;
		case PEG_AGG_ALL_OR_NOTHING:
			peg_story_line(s, ind, M_EX_OBJ_ALL,
				       peg_buf_str(&terms),
				       peg_story_pct(s, ores->achievement),
				       peg_buf_str(&ids));
			break;
		default:
			peg_story_line(s, ind, M_EX_OBJ_MEAN,
				       peg_buf_str(&terms),
				       peg_story_fix(s, wsum),
				       peg_story_pct(s, ores->achievement),
				       peg_buf_str(&ids));
		}
		break;
	case PEG_OS_NEUTRALIZED:
		peg_story_line(s, ind, M_EX_OBJ_NEUTRALIZED);
		break;
	default:
		peg_story_line(s, ind, M_EX_OBJ_NONE);
	}
	peg_story_ref(s, ind, "objective", PEG_BASIS_SCORING);
	peg_buf_release(&terms);
	peg_buf_release(&ids);
}

/* ---- settori and ente ------------------------------------------------- */

/* The most objectives whose terms are written out for the ente. */
#define ENTE_TERMS 12

void peg_story_sector(struct peg_story *s, const char *sector, int indent)
{
	const struct peg_run *r = s->r;
	const struct peg_scores *sc = &r->scores;
	const struct peg_sector_result *res = &sc->ente;
	size_t from = 0, to = r->plan.nobj;
	long k = -1;

	if (sector) {
		for (size_t j = 0; j < sc->nsec; j++)
			if (strcmp(sc->sec[j].name, sector) == 0)
				k = (long)j;
		if (k < 0) {
			peg_story_line(s, indent, M_EX_SECTOR_NONE, sector);
			return;
		}
		res = &sc->sec[k];
		from = sc->sec_obj_start[k];
		to = sc->sec_obj_start[k + 1];
	}
	struct peg_buf terms = {0}, ids = {0};
	peg_fix wsum = 0;
	size_t n = 0;
	for (size_t j = from; j < to; j++) {
		size_t i = sector ? sc->sec_obj[j] : j;
		const struct peg_obj_result *o = &sc->obj[i];
		if (o->status != PEG_OS_SCORED || !o->pay)
			continue;
		peg_buf_printf(&terms, "%s%s \xc3\x97 %s", n ? " + " : "",
			       peg_story_fix(s, o->achievement),
			       peg_story_fix(s, r->plan.obj[i].weight));
		peg_buf_printf(&ids, "%s%s", n ? ", " : "", r->plan.obj[i].id);
		wsum += r->plan.obj[i].weight;
		n++;
	}
	char count[32];
	snprintf(count, sizeof(count), "%zu", n);
	if (!res->has_pay)
		peg_story_line(s, indent,
			       sector ? M_EX_SECTOR_NA : M_EX_ENTE_NA, sector);
	else if (!sector && n > ENTE_TERMS)
		peg_story_line(s, indent, M_EX_ENTE_MANY,
			       peg_story_pct(s, res->pay_ach), count);
	else if (sector)
		peg_story_line(s, indent, M_EX_SECTOR_MEAN,
			       peg_story_pct(s, res->pay_ach), sector,
			       peg_buf_str(&terms), peg_story_fix(s, wsum),
			       peg_buf_str(&ids));
	else
		peg_story_line(s, indent, M_EX_ENTE_MEAN,
			       peg_story_pct(s, res->pay_ach),
			       peg_buf_str(&terms), peg_story_fix(s, wsum),
			       peg_buf_str(&ids));
	peg_story_ref(s, indent + 2, "objective", PEG_BASIS_SCORING);
	peg_buf_release(&terms);
	peg_buf_release(&ids);
}
