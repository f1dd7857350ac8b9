/*
 * importind.c - the indicator tables of the PEG cards (see import.h).
 *
 * Columns are found by their labels: TIPOLOGIA, DESCRIZIONE, VALORE
 * TARGET, the verification columns with the year they name ("VERIFICA
 * 2021", "31/12/2020", in any order) and a baseline column ("Valore
 * medio anni 2017-2019").  At plan time the verification columns hold
 * no results: a value there is a planned value (used when the target
 * cell has nothing measurable, or as the target of a later year), a
 * baseline (an earlier year), or a note.
 *
 * Rows: a row with only a tipologia is a placeholder, one with only a
 * non-tipologia text a group sub-heading, one with only a target the
 * continuation of the target above; an empty tipologia inherits the one
 * above (the cell was merged).  Every other row is an indicator, one per
 * measurable part of its target and per year.
 */
#include "import.h"

#include <stdlib.h>
#include <string.h>

#define MAX_COLS 64

enum role { R_NONE, R_CAT, R_DESC, R_TARGET, R_YEAR, R_BASE, R_OTHER };

struct cols {
	int role[MAX_COLS];
	int year[MAX_COLS];
	const char *label[MAX_COLS];
};

struct table {
	struct peg_imp *im;
	size_t obj;                 /* (size_t)-1: no card heading */
	const char *cid;
	struct cols c;
	const char *lastcat;        /* the tipologia of the rows above */
};

/* 1 when a folded text names an indicator tipologia ("risultato",
 * "indicatore di qualita", "efficacia (crescita ...)"). */
static int is_tipologia(const char *key)
{
	static const char *const w[] = {
		"risultato", "qualita", "efficienza", "efficacia", "processo",
		"temporale", "economicita", "quantita", "tempestivita",
		"indicatore", "output", "outcome", "impatto", "soddisfazione"};
	for (size_t i = 0; i < PEG_COUNT(w); i++)
		if (peg_key_starts(key, w[i]))
			return 1;
	return 0;
}

static void map_columns(struct table *t, const struct peg_docline *h)
{
	for (size_t i = 0; i < MAX_COLS; i++) {
		const char *k = i < h->n ? h->key[i] : "";
		int role = R_OTHER, y = 0;
		if (!*k)
			role = R_NONE;
		else if (peg_key_starts(k, "tipologia"))
			role = R_CAT;
		else if (peg_key_starts(k, "descrizione"))
			role = R_DESC;
		else if (peg_key_starts(k, "valore target") ||
			 peg_key_starts(k, "target") ||
			 peg_key_starts(k, "valore atteso"))
			role = R_TARGET;
		else if (strstr(k, "medi") || strstr(k, "baseline") ||
			 strstr(k, "partenza") || strstr(k, "iniziale") ||
			 strstr(k, "storico"))
			role = R_BASE;
		else if ((y = peg_imp_label_year(k)) != 0)
			role = R_YEAR;
		t->c.role[i] = role;
		t->c.year[i] = y;
		t->c.label[i] = i < h->n ? h->cell[i] : "";
	}
	/* Two columns naming the same year: the first one counts. */
	for (size_t i = 0; i < MAX_COLS; i++)
		for (size_t j = i + 1; j < MAX_COLS; j++)
			if (t->c.role[i] == R_YEAR && t->c.role[j] == R_YEAR &&
			    t->c.year[i] == t->c.year[j])
				t->c.role[j] = R_OTHER;
}

/* Columns beyond the first MAX_COLS have no role and no label. */
static int role_of(const struct table *t, size_t i)
{
	return i < MAX_COLS ? t->c.role[i] : R_OTHER;
}

static const char *label_of(const struct table *t, size_t i)
{
	return i < MAX_COLS ? t->c.label[i] : "";
}

/* The first non-empty cell with role r, "" if none. */
static const char *cell_role(const struct table *t,
			     const struct peg_docline *l, int r)
{
	for (size_t i = 0; i < l->n; i++)
		if (role_of(t, i) == r && *l->cell[i])
			return l->cell[i];
	return "";
}

/* ---- one indicator row -------------------------------------------------- */

struct row {
	const struct peg_docline *l;
	const char *cat, *desc;
	struct peg_buf target;      /* with continuation rows appended */
	long cont;                  /* last continuation line, 0 if none */
};

static int measurable(const struct peg_target *t)
{
	return t->part[0].kind != PEG_KIND_QUALITATIVE;
}

static const char *unit_of(const struct peg_target_part *p, const char *desc,
			   const char *raw, struct peg_imp *im)
{
	if (p->kind == PEG_KIND_COUNT) {
		const char *fd = peg_fold(&im->arena, desc);
		const char *fr = peg_fold(&im->arena, raw);
		if ((fd && (strstr(fd, "importo") || strstr(fd, "euro"))) ||
		    (fr && strstr(fr, "euro")) || strstr(raw, "\xE2\x82\xAC"))
			return "EUR";
	}
	return p->unit;
}

static const char *part_text(struct peg_imp *im, const struct peg_target_part *p)
{
	char b[PEG_NUMBUF];
	const char *v = peg_target_str(p, b);
	return peg_imp_printf(im, "%s%s%s", peg_kind_name(p->kind),
			      *v ? " " : "", v);
}

#define NO_ROW ((size_t)-1)

/*
 * Emits one indicator (without a card: nothing, the caller reports it).
 * Returns its index in im->ind, NO_ROW if none; an index, not a pointer:
 * the next emit may move the array.
 */
static size_t emit(struct table *t, const struct row *r,
		   const struct peg_target_part *p, int year, const char *raw,
		   const char *id)
{
	struct peg_imp *im = t->im;
	if (t->obj == (size_t)-1)
		return NO_ROW;
	struct peg_imp_ind *in = peg_imp_new_ind(im);
	if (!in)
		return NO_ROW;
	in->obj = t->obj;
	in->id = id;
	in->year = year;
	in->category = peg_imp_str(im, r->cat);
	in->description = peg_imp_str(im, r->desc);
	in->kind = p->kind;
	in->value = p->value;
	in->date = p->date;
	in->unit = unit_of(p, r->desc, raw, im);
	in->target_raw = peg_imp_str(im, raw);
	in->weight = PEG_FIX_ONE;
	in->line = r->l->no;
	return im->nind - 1;
}

/* The quantity the description states ("creazione di n. 100 fascicoli",
 * "del 40 % delle notifiche"), "" if none. */
static const char *desc_quantity(struct peg_imp *im, const char *desc)
{
	const char *f = peg_fold(&im->arena, desc);
	if (!f)
		return "";
	for (const char *p = f; *p; p++) {
		if (*p < '0' || *p > '9' || (p > f && p[-1] >= '0' && p[-1] <= '9'))
			continue;
		const char *e = p;
		while ((*e >= '0' && *e <= '9') || *e == '.' || *e == ',')
			e++;
		const char *a = e;
		while (*a == ' ')
			a++;
		int pct = *a == '%';
		int counted = p >= f + 2 && (strncmp(p - 2, "n.", 2) == 0 ||
					     strncmp(p - 2, "n ", 2) == 0 ||
					     (p >= f + 3 &&
					      strncmp(p - 3, "n. ", 3) == 0));
		if (pct || counted)
			return peg_imp_printf(im, "%s%.*s%s",
					      counted ? "n. " : "",
					      (int)(e - p), p, pct ? "%" : "");
		p = e - 1;
	}
	return "";
}

int peg_imp_is_phase_timing(const char *key)
{
	int timing = strstr(key, "tempi") || strstr(key, "tempistic") ||
		     strstr(key, "scadenz");
	int phases = strstr(key, "fasi") || strstr(key, "fase ") ||
		     (strlen(key) >= 4 && strcmp(key + strlen(key) - 4, "fase") == 0);
	return strstr(key, "rispetto") && timing && phases;
}

static void read_row(struct table *t, struct row *r)
{
	struct peg_imp *im = t->im;
	const struct peg_docline *l = r->l;
	const char *raw = r->target.oom ? "" : peg_buf_str(&r->target);
	const char *text = peg_imp_line_text(im, l);
	int year = im->year;
	struct peg_target tg;
	peg_target_read(raw, year, &tg);
	const char *src = raw;
	int level = tg.level;
	struct peg_buf why = {0};
	if (*tg.note)
		peg_buf_puts(&why, tg.note);

	/* The verification column of the plan year. */
	const char *planned = "", *plabel = "";
	for (size_t i = 0; i < l->n; i++)
		if (role_of(t, i) == R_YEAR && t->c.year[i] == year &&
		    *l->cell[i]) {
			planned = l->cell[i];
			plabel = t->c.label[i];
		}
	if (*planned && !tg.split) {
		struct peg_target tp;
		peg_target_read(planned, year, &tp);
		if (!measurable(&tg) && measurable(&tp)) {
			tg = tp;
			level = tp.level > PEG_TL_INFO ? tp.level : PEG_TL_INFO;
			src = *raw ? peg_imp_printf(im, "%s [%s: %s]", raw,
						    plabel, planned)
				   : peg_imp_printf(im, "[%s: %s]", plabel,
						    planned);
			peg_buf_reset(&why);
			peg_buf_printf(&why, "the target cell has nothing "
					     "measurable: the planned value "
					     "'%s' in column '%s' is used",
				       planned, plabel);
			if (*tp.note)
				peg_buf_printf(&why, "; %s", tp.note);
		} else {
			peg_buf_printf(&why, "%scolumn '%s' holds '%s' at plan "
					     "time: a planned value or a note, "
					     "not a result; not imported",
				       why.len ? "; " : "", plabel, planned);
			if (level < PEG_TL_INFO)
				level = PEG_TL_INFO;
		}
	}
	if (tg.n == 1 && tg.part[0].kind == PEG_KIND_PERCENT &&
	    tg.part[0].value == PEG_FIX(100)) {
		const char *q = desc_quantity(im, r->desc);
		if (*q) {
			peg_buf_printf(&why, "%sthe description states a "
					     "quantity ('%s'): the target is "
					     "kept as written (100%%)",
				       why.len ? "; " : "", q);
			if (level < PEG_TL_INFO)
				level = PEG_TL_INFO;
		}
	}
	/* "Rispetto dei tempi delle singole fasi": the card's own schedule */
	const struct peg_imp_obj *co = t->obj == (size_t)-1 ? NULL
							    : &im->obj[t->obj];
	const char *fdesc = peg_fold(&im->arena, r->desc);
	if (co && co->nphase && tg.n == 1 && !tg.split &&
	    tg.part[0].kind == PEG_KIND_PERCENT &&
	    tg.part[0].value <= PEG_FIX(100) && fdesc &&
	    peg_imp_is_phase_timing(fdesc)) {
		tg.part[0].kind = PEG_KIND_PHASES;
		peg_buf_printf(&why, "%sthe description asks for the timing "
				     "of the card's %zu phases: kind phases "
				     "(the share of them done on time, "
				     "measured from the phase verifications)",
			       why.len ? "; " : "", co->nphase);
		if (level < PEG_TL_INFO)
			level = PEG_TL_INFO;
	}
	if (r->cont) {
		peg_buf_printf(&why, "%sthe target continues on the row(s) "
				     "below, up to line %ld",
			       why.len ? "; " : "", r->cont);
		if (level < PEG_TL_INFO)
			level = PEG_TL_INFO;
	}

	struct peg_imp_obj *o = t->obj == (size_t)-1 ? NULL
						     : &im->obj[t->obj];
	struct peg_buf got = {0};
	size_t first = NO_ROW;
	for (size_t k = 0; k < tg.n; k++) {
		const struct peg_target_part *p = &tg.part[k];
		const char *id = o ? peg_imp_printf(im, "%s.%zu", o->id,
						    ++o->nind)
				   : "";
		int py = p->year;
		/* A total over several years: the share of each year. */
		if (tg.split) {
			int have = 0;
			for (size_t i = 0; i < l->n; i++) {
				if (role_of(t, i) != R_YEAR || !*l->cell[i])
					continue;
				int y = t->c.year[i];
				peg_fix share;
				const char *bad;
				if (peg_parse_fix(l->cell[i], PEG_DEC_COMMA, 0,
						  &share, NULL, &bad) ||
				    share < 0) {
					peg_buf_printf(&why, "; '%s' in column "
							     "'%s' is not a "
							     "number",
						       l->cell[i], t->c.label[i]);
					level = PEG_TL_HUMAN;
					continue;
				}
				if (y < year) {
					peg_buf_printf(&why, "; the share for "
							     "%d (%s) is before "
							     "the plan year",
						       y, l->cell[i]);
					continue;
				}
				if (share == 0) {
					peg_buf_printf(&why, "; the share for "
							     "%d is 0: no "
							     "target",
						       y);
					level = PEG_TL_HUMAN;
					continue;
				}
				struct peg_target_part sp = *p;
				sp.value = share;
				emit(t, r, &sp, y, raw, id);
				peg_buf_printf(&got, "%s%d: count %s", got.len
								? "; " : "",
					       y, l->cell[i]);
				have |= y == year;
			}
			if (!have) {
				emit(t, r, p, py, raw, id);
				peg_buf_printf(&why, "; no share for %d: the "
						     "total is used",
					       year);
				level = PEG_TL_HUMAN;
			}
			continue;
		}
		size_t in = emit(t, r, p, py, src, id);
		if (first == NO_ROW)
			first = in;
		peg_buf_printf(&got, "%s%s%s", got.len ? "; " : "",
			       part_text(im, p),
			       py != year ? peg_imp_printf(im, " (for %d)", py)
					  : "");
		if (k > 0)
			continue;
		/* Planned values of later years; earlier years are not
		 * targets (a baseline at most). */
		for (size_t i = 0; i < l->n; i++) {
			int rl = role_of(t, i);
			const char *v = l->cell[i];
			if (!*v || (rl != R_YEAR && rl != R_BASE &&
				    rl != R_NONE && rl != R_OTHER))
				continue;
			const char *lab = label_of(t, i);
			if (rl == R_NONE || rl == R_OTHER) {
				peg_buf_printf(&why, "; '%s' under a column %s%s%s "
						     "is not read",
					       v, *lab ? "'" : "with no label",
					       lab, *lab ? "'" : "");
				level = PEG_TL_HUMAN;
				continue;
			}
			int y = t->c.year[i];
			if (rl == R_YEAR && y == year)
				continue;
			if (rl == R_YEAR && y == py) {
				peg_buf_printf(&why, "; column '%s' holds '%s' "
						     "for the year of the "
						     "target: not read",
					       lab, v);
				level = PEG_TL_HUMAN;
				continue;
			}
			struct peg_target ty;
			peg_target_read(v, rl == R_YEAR ? y : year, &ty);
			int num = ty.n == 1 &&
				  (ty.part[0].kind == PEG_KIND_COUNT ||
				   ty.part[0].kind == PEG_KIND_PERCENT);
			if (rl == R_YEAR && y > year && measurable(&ty)) {
				struct peg_target_part yp = ty.part[0];
				if (num && p->kind != PEG_KIND_DEADLINE &&
				    p->kind != PEG_KIND_BOOLEAN &&
				    p->kind != PEG_KIND_QUALITATIVE)
					yp.kind = p->kind;
				yp.year = y;
				emit(t, r, &yp, y, v, id);
				peg_buf_printf(&got, "; %s (for %d, from "
						     "column '%s')",
					       part_text(im, &yp), y, lab);
				peg_buf_printf(&why, "%scolumn '%s' plans '%s' "
						     "for %d: a target of "
						     "that year",
					       why.len ? "; " : "", lab, v, y);
				if (level < PEG_TL_INFO)
					level = PEG_TL_INFO;
				continue;
			}
			if (num && (rl == R_BASE ||
				    p->kind == PEG_KIND_PP_INCREMENT ||
				    p->kind == PEG_KIND_RELATIVE_CHANGE) &&
			    in != NO_ROW && !im->ind[in].has_baseline) {
				im->ind[in].has_baseline = 1;
				im->ind[in].baseline = ty.part[0].value;
				peg_buf_printf(&got, "; baseline %s", v);
				peg_buf_printf(&why, "; the baseline is '%s' "
						     "from column '%s'",
					       v, lab);
				continue;
			}
			peg_buf_printf(&why, "; column '%s' holds '%s': %s",
				       lab, v,
				       rl == R_YEAR && y < year
					       ? "a value before the plan year "
						 "is not a target"
					       : "not read as a target");
			if (level < PEG_TL_INFO)
				level = PEG_TL_INFO;
		}
	}
	if (first != NO_ROW && im->ind[first].kind == PEG_KIND_PP_INCREMENT &&
	    !im->ind[first].has_baseline)
		level = PEG_TL_HUMAN;

	const char *reading = got.oom ? "" : peg_buf_str(&got);
	const char *reason = why.oom ? "" : peg_buf_str(&why);
	if (!o)
		peg_imp_report(im, l->no, t->cid, "indicator", text,
			       PEG_IMP_HUMAN,
			       "not imported (a card heading is missing): "
			       "read as %s%s%s",
			       reading, *reason ? "; " : "", reason);
	else if (level > PEG_TL_PLAIN)
		peg_imp_report(im, l->no, t->cid, "target", raw,
			       level == PEG_TL_HUMAN ? PEG_IMP_HUMAN
						     : PEG_IMP_INFO,
			       "%s: %s", reading, reason);
	peg_buf_release(&got);
	peg_buf_release(&why);
}

/* ---- the table ---------------------------------------------------------- */

/* Which role holds the only non-empty cell of l. */
static int only_role(const struct table *t, const struct peg_docline *l)
{
	return l->n == 1 ? R_CAT : role_of(t, l->first);
}

static void flush(struct table *t, struct row *r)
{
	if (r->l)
		read_row(t, r);
	peg_buf_release(&r->target);
	memset(r, 0, sizeof(*r));
}

void peg_imp_indicators(struct peg_imp *im, size_t obj,
			const struct peg_docline *hdr,
			const struct peg_docline *const *rows, size_t nrows)
{
	struct table t;
	memset(&t, 0, sizeof(t));
	t.im = im;
	t.obj = obj;
	t.cid = obj == (size_t)-1 ? "?" : im->obj[obj].id;
	t.lastcat = "";
	map_columns(&t, hdr);
	int has_target = 0;
	for (size_t i = 0; i < MAX_COLS; i++)
		has_target |= t.c.role[i] == R_TARGET;
	if (!has_target)
		peg_imp_report(im, hdr->no, t.cid, "indicator columns",
			       peg_imp_line_text(im, hdr), PEG_IMP_HUMAN,
			       "no VALORE TARGET column: every target of the "
			       "table is empty");

	struct row pend;
	memset(&pend, 0, sizeof(pend));
	for (size_t k = 0; k < nrows; k++) {
		const struct peg_docline *l = rows[k];
		const char *text = peg_imp_line_text(im, l);
		if (l->nfull == 1) {
			int r = only_role(&t, l);
			const char *v = l->cell[l->first];
			const char *key = l->key[l->first];
			if (r == R_TARGET && pend.l) {
				peg_buf_printf(&pend.target, " %s", v);
				pend.cont = l->no;
				peg_imp_report(im, l->no, t.cid, "row", text,
					       PEG_IMP_INFO,
					       "the target of line %ld continues "
					       "here: read with it",
					       pend.l->no);
				continue;
			}
			if (r == R_CAT || r == R_NONE || r == R_OTHER) {
				flush(&t, &pend);
				int tip = r == R_CAT && is_tipologia(key);
				if (tip)
					t.lastcat = v;
				peg_imp_report(im, l->no, t.cid, "row", text,
					       PEG_IMP_INFO,
					       tip ? "a placeholder row with only "
						     "a tipologia: not an "
						     "indicator"
						   : "a group sub-heading or a "
						     "note in the indicator "
						     "table: not an indicator");
				continue;
			}
			if (r != R_DESC && r != R_TARGET) {
				flush(&t, &pend);
				peg_imp_report(im, l->no, t.cid, "row", text,
					       PEG_IMP_HUMAN,
					       "a value with no description "
					       "and no target: not an "
					       "indicator");
				continue;
			}
		}
		flush(&t, &pend);
		pend.l = l;
		const char *cat = cell_role(&t, l, R_CAT);
		if (*cat)
			t.lastcat = cat;
		pend.cat = *cat ? cat : t.lastcat;
		pend.desc = cell_role(&t, l, R_DESC);
		peg_buf_puts(&pend.target, cell_role(&t, l, R_TARGET));
	}
	flush(&t, &pend);
}
