/*
 * import.c - the card segmenter and the card blocks of the PEG document
 * (see import.h): headings "SCHEDA OBIETTIVO GESTIONALE n. N" cut the
 * document into cards; inside a card, header rows found by their labels
 * (never by position) open the anagrafica, DUP, title, phase and
 * indicator blocks; the "obiettivo incentivabile" line closes the card.
 *
 * Table rows that appear after a card is closed and before the next
 * heading belong to a card whose heading is missing: they are read and
 * reported for a human, never attached to the card above.
 */
#include "import.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- line classes ------------------------------------------------------ */

enum lclass {
	L_BLANK, L_SEP, L_HEADING, L_ANAG_H, L_DUP_H, L_OBJ_H, L_RES_H,
	L_TEMPI, L_PHASE_H, L_QUARTER_H, L_INDIC_HEAD, L_INDIC_H, L_INCENT,
	L_ROW
};

static int any_cell(const struct peg_docline *l, const char *prefix)
{
	for (size_t i = 0; i < l->n; i++)
		if (peg_key_starts(l->key[i], prefix))
			return 1;
	return 0;
}

static int any_contains(const struct peg_docline *l, const char *part)
{
	for (size_t i = 0; i < l->n; i++)
		if (strstr(l->key[i], part))
			return 1;
	return 0;
}

static int is_separator(const struct peg_docline *l)
{
	if (!l->nfull)
		return 0;
	for (size_t i = 0; i < l->n; i++)
		for (const char *p = l->key[i]; *p; p++)
			if (*p != '-' && *p != '_' && *p != '=' && *p != ' ')
				return 0;
	return 1;
}

/* "scheda obiettivo gestionale n. 12": the number, -1 without one;
 * -2 when the line is not a heading. */
static long heading_number(const struct peg_docline *l)
{
	if (l->nfull != 1)
		return -2;
	const char *k = l->key[l->first];
	static const char *const pre[] = {"scheda obiettivo gestionale",
					  "scheda obiettivo"};
	size_t pl = 0;
	for (size_t i = 0; i < PEG_COUNT(pre) && !pl; i++)
		if (peg_key_starts(k, pre[i]))
			pl = strlen(pre[i]);
	if (!pl)
		return -2;
	const char *p = k + pl;
	while (*p == ' ')
		p++;
	static const char *const num[] = {"numero", "num", "nr", "n"};
	for (size_t i = 0; i < PEG_COUNT(num); i++)
		if (peg_key_starts(p, num[i])) {
			p += strlen(num[i]);
			break;
		}
	while (*p == '.' || *p == ' ' || *p == 'o')
		p++;
	long v = 0;
	int nd = 0;
	while (*p >= '0' && *p <= '9' && nd < 9) {
		v = v * 10 + (*p++ - '0');
		nd++;
	}
	return nd ? v : -1;
}

static int phase_label(const char *k)
{
	return !*k || strstr(k, "trimestre") || peg_key_starts(k, "settore") ||
	       peg_key_starts(k, "tempi di realizzazione");
}

static enum lclass classify(const struct peg_docline *l)
{
	if (!l->nfull)
		return L_BLANK;
	const char *first = l->key[l->first];
	if (heading_number(l) != -2)
		return L_HEADING;
	if (peg_key_starts(first, "obiettivo incentivabile") ||
	    peg_key_starts(first, "incentivat"))
		return L_INCENT;
	if (any_cell(l, "tipologia") &&
	    (any_cell(l, "valore target") || any_cell(l, "descrizione")))
		return L_INDIC_H;
	if (any_cell(l, "descrizione fase"))
		return L_PHASE_H;
	if (any_cell(l, "anagrafica") ||
	    (any_cell(l, "dirigente") && any_cell(l, "responsabile")))
		return L_ANAG_H;
	if (any_cell(l, "collegamenti con il d.u.p") ||
	    any_cell(l, "linea programmatica"))
		return L_DUP_H;
	if (any_cell(l, "obiettivo gestionale") ||
	    (any_cell(l, "titolo") && any_cell(l, "durata")))
		return L_OBJ_H;
	if (any_cell(l, "risultato atteso"))
		return L_RES_H;
	if (l->nfull == 1 && peg_key_starts(first, "indicatori di performance"))
		return L_INDIC_HEAD;
	if (any_contains(l, "trimestre") &&
	    (any_cell(l, "primo") || any_cell(l, "secondo") ||
	     any_cell(l, "terzo") || any_cell(l, "quarto"))) {
		int all = 1;
		for (size_t i = 0; i < l->n && all; i++)
			all = phase_label(l->key[i]);
		if (all)
			return L_QUARTER_H;
	}
	if (peg_key_starts(first, "tempi di realizzazione") ||
	    any_contains(l, "barrare con") ||
	    any_contains(l, "corrispondente alla realizzazione"))
		return L_TEMPI;
	if (is_separator(l))
		return L_SEP;
	return L_ROW;
}

/* ---- the card reader --------------------------------------------------- */

#define MAX_COLS 64

enum prole { P_NONE, P_DESC, P_SECTOR, P_Q1, P_Q2, P_Q3, P_Q4, P_OTHER,
	     P_IGNORE };

struct card {
	struct peg_imp *im;
	size_t obj;                   /* (size_t)-1: a card with no heading */
	const char *cid;              /* card id for the report */
	enum lclass expect;           /* header whose data row comes next */
	const struct peg_docline *hdr;
	int have_anag, closed, incent, in_phases;
	long indic_head;              /* a lone "INDICATORI" heading line */
	int prole[MAX_COLS];          /* phase column roles */
	const char *plabel[MAX_COLS]; /* phase column labels */
	int noted_cols;               /* the 'other' columns were reported */
	size_t last_phase;            /* index of the last phase + 1, 0 if
				       * none (an index: the array moves) */
};

static struct peg_imp_obj *cobj(struct card *c)
{
	return c->obj == (size_t)-1 ? NULL : &c->im->obj[c->obj];
}

static const char *cell_at(const struct peg_docline *l, size_t i)
{
	return i < l->n ? l->cell[i] : "";
}

static long label_col(const struct peg_docline *h, const char *prefix)
{
	for (size_t i = 0; i < h->n; i++)
		if (peg_key_starts(h->key[i], prefix))
			return (long)i;
	return -1;
}

static const char *value_at(struct card *c, const struct peg_docline *h,
			    const struct peg_docline *l, const char *label,
			    int shift)
{
	long i = label_col(h, label);
	return i < 0 ? "" : peg_imp_str(c->im, cell_at(l, (size_t)(i + shift)));
}

static void read_anagrafica(struct card *c, const struct peg_docline *l)
{
	struct peg_imp_obj *o = cobj(c);
	const struct peg_docline *h = c->hdr;
	long sc = label_col(h, "settore");
	long lc = label_col(h, "anagrafica");
	int shift = 0;
	/* The values stand one cell right of their labels: the label column
	 * is empty, SETTORE is empty and the cell after it is not. */
	if (sc >= 0 && !*cell_at(l, (size_t)sc) && *cell_at(l, (size_t)sc + 1) &&
	    (lc < 0 || !*cell_at(l, (size_t)lc)))
		shift = 1;
	if (!o)
		return;
	o->sector = value_at(c, h, l, "settore", shift);
	o->service = value_at(c, h, l, "servizio", shift);
	o->manager = value_at(c, h, l, "dirigente", shift);
	o->owner = value_at(c, h, l, "responsabile", shift);
	if (shift)
		peg_imp_report(c->im, l->no, c->cid, "anagrafica",
			       peg_imp_line_text(c->im, l), PEG_IMP_INFO,
			       "the values stand one cell right of their "
			       "labels: read shifted (settore '%s', dirigente "
			       "'%s'); RESPONSABILE %s",
			       o->sector, o->manager,
			       *o->owner ? "read from the cell beyond the "
					   "table" : "not given");
	c->have_anag = 1;
}

static void read_title(struct card *c, const struct peg_docline *l)
{
	struct peg_imp_obj *o = cobj(c);
	if (!o)
		return;
	const struct peg_docline *h = c->hdr;
	o->title = value_at(c, h, l, "titolo", 0);
	o->duration = value_at(c, h, l, "durata", 0);
	o->nature = value_at(c, h, l, "natura", 0);
	o->impact = value_at(c, h, l, "impatto", 0);
	if (!*o->title) {
		const char *desc = value_at(c, h, l, "descrizione", 0);
		size_t n = strlen(desc);
		if (n > 100) {
			n = 100;
			while (n > 0 && desc[n] != ' ')
				n--;
			if (n == 0)
				n = 100;
			while (n > 0 && ((unsigned char)desc[n] & 0xC0) == 0x80)
				n--;
		}
		o->title = n ? peg_imp_printf(c->im, "%.*s%s", (int)n, desc,
					      n < strlen(desc) ? "..." : "")
			     : "";
		peg_imp_report(c->im, l->no, c->cid, "title",
			       peg_imp_line_text(c->im, l), PEG_IMP_HUMAN,
			       "no TITOLO: %s",
			       n ? "the beginning of the DESCRIZIONE is used"
				 : "the title is left as '(not given)'");
	}
}

static void read_dup(struct card *c, const struct peg_docline *l)
{
	struct peg_imp_obj *o = cobj(c);
	if (o)
		o->strategic_code =
			value_at(c, c->hdr, l, "codice obiettivo strategico", 0);
}

/* ---- phases -------------------------------------------------------------- */

int peg_imp_label_year(const char *k)
{
	for (const char *p = k; *p; p++)
		if ((p[0] == '1' || p[0] == '2') && p[1] >= '0' && p[1] <= '9' &&
		    p[2] >= '0' && p[2] <= '9' && p[3] >= '0' && p[3] <= '9' &&
		    (p == k || p[-1] < '0' || p[-1] > '9') &&
		    (p[4] < '0' || p[4] > '9')) {
			int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 +
				(p[2] - '0') * 10 + (p[3] - '0');
			if (y >= 1900 && y <= 2100)
				return y;
		}
	return 0;
}

static void phase_columns(struct card *c, const struct peg_docline *l,
			  int first)
{
	static const char *const ord[4] = {"primo", "secondo", "terzo",
					   "quarto"};
	if (first)
		for (size_t i = 0; i < MAX_COLS; i++) {
			c->prole[i] = P_NONE;
			c->plabel[i] = "";
		}
	for (size_t i = 0; i < l->n && i < MAX_COLS; i++) {
		const char *k = l->key[i];
		if (!*k)
			continue;
		int role = P_OTHER;
		if (peg_key_starts(k, "descrizione fase"))
			role = P_DESC;
		else if (peg_key_starts(k, "settore"))
			role = P_SECTOR;
		else if (peg_key_starts(k, "tempi di realizzazione"))
			role = P_IGNORE;
		else if (strstr(k, "trimestre")) {
			int y = peg_imp_label_year(k);
			for (int q = 0; q < 4; q++)
				if (peg_key_starts(k, ord[q]) &&
				    (!y || y == c->im->year))
					role = P_Q1 + q;
		}
		c->prole[i] = role;
		c->plabel[i] = l->cell[i];
	}
	c->noted_cols = 0;
	c->last_phase = 0;
}

static void phase_row(struct card *c, const struct peg_docline *l)
{
	struct peg_imp *im = c->im;
	const char *desc = "", *sector = "", *q[4] = {"", "", "", ""};
	struct peg_buf other = {0};
	int has_desc_col = 0, odd_cols = 0;
	for (size_t i = 0; i < MAX_COLS; i++)
		has_desc_col |= c->prole[i] == P_DESC;
	for (size_t i = 0; i < l->n; i++) {
		int role = i < MAX_COLS ? c->prole[i] : P_OTHER;
		if (!has_desc_col && i == 0)
			role = P_DESC;
		const char *v = l->cell[i];
		if (!*v)
			continue;
		switch (role) {
		case P_DESC:
			desc = v;
			break;
		case P_SECTOR:
			sector = v;
			break;
		case P_Q1: case P_Q2: case P_Q3: case P_Q4:
			q[role - P_Q1] = v;
			break;
		default:
			if (other.len)
				peg_buf_puts(&other, "; ");
			if (i < MAX_COLS && *c->plabel[i])
				peg_buf_printf(&other, "%s: %s", c->plabel[i],
					       v);
			else
				peg_buf_printf(&other, "column %zu: %s", i + 1,
					       v);
			odd_cols = 1;
		}
	}
	const char *text = peg_imp_line_text(im, l);
	if (!cobj(c)) {
		peg_imp_report(im, l->no, c->cid, "phase", text, PEG_IMP_HUMAN,
			       "a phase of a card whose heading is missing: "
			       "not imported");
		peg_buf_release(&other);
		return;
	}
	/* Marks alone on a row continue the phase above. */
	if (!*desc && !*sector && c->last_phase) {
		struct peg_imp_phase *p = &im->ph[c->last_phase - 1];
		for (int k = 0; k < 4; k++)
			if (*q[k])
				p->q[k] = *p->q[k] ? peg_imp_printf(im, "%s %s",
								    p->q[k], q[k])
						   : peg_imp_str(im, q[k]);
		if (other.len)
			p->other = *p->other
					   ? peg_imp_printf(im, "%s; %s", p->other,
							    peg_buf_str(&other))
					   : peg_imp_str(im, peg_buf_str(&other));
		peg_imp_report(im, l->no, c->cid, "phase", text, PEG_IMP_INFO,
			       "marks on a row with no description: added to "
			       "the phase at line %ld",
			       p->line);
		peg_buf_release(&other);
		return;
	}
	struct peg_imp_obj *o = cobj(c);
	struct peg_imp_phase *p = peg_imp_new_phase(im);
	if (!p) {
		peg_buf_release(&other);
		return;
	}
	p->obj = c->obj;
	p->id = peg_imp_printf(im, "%s.F%zu", o->id, ++o->nphase);
	p->description = peg_imp_str(im, desc);
	p->sector = peg_imp_str(im, sector);
	for (int k = 0; k < 4; k++)
		p->q[k] = peg_imp_str(im, q[k]);
	p->other = peg_imp_str(im, other.oom ? "" : peg_buf_str(&other));
	p->line = l->no;
	c->last_phase = im->nph;
	if (strcmp(p->sector, "X") == 0 || strcmp(p->sector, "x") == 0)
		peg_imp_report(im, l->no, c->cid, "phase", text, PEG_IMP_INFO,
			       "the SETTORE cell holds only a mark '%s': kept "
			       "as written (perhaps a mark of the quarter "
			       "beside it)",
			       p->sector);
	if (odd_cols && !c->noted_cols) {
		c->noted_cols = 1;
		peg_imp_report(im, l->no, c->cid, "phase columns", text,
			       PEG_IMP_INFO,
			       "marks in columns that are not quarters of %d "
			       "are kept in 'other' with their label",
			       im->year);
	}
	peg_buf_release(&other);
}

/* ---- the incentivabile line -------------------------------------------- */

/* Reads the line at L[i] (and, for "Incentivato:" with nothing after it,
 * the answer on the next lines); returns the last line used. */
static size_t incentive_line(struct card *c, size_t i, size_t end)
{
	struct peg_imp *im = c->im;
	const struct peg_docline *l = &im->line[i];
	const char *vals[MAX_COLS + 1];
	size_t nv = 0, used = i;
	/* "Incentivato: NO": the answer in the label's own cell */
	const char *colon = strchr(l->key[l->first], ':');
	if (colon && colon[1])
		vals[nv++] = colon + 1;
	for (size_t k = l->first + 1; k < l->n && nv < MAX_COLS; k++)
		vals[nv++] = l->key[k];
	int any = 0;
	for (size_t k = 0; k < nv; k++)
		any |= !peg_is_blank(vals[k]);
	const char *below = "";
	if (!any) {
		/* The answer two lines below the label. */
		for (size_t j = i + 1; j < end && j <= i + 3; j++) {
			const struct peg_docline *b = &im->line[j];
			if (!b->nfull)
				continue;
			if (b->nfull == 1 &&
			    (peg_imp_yes_word(b->key[b->first]) ||
			     strcmp(b->key[b->first], "no") == 0)) {
				vals[nv++] = b->key[b->first];
				used = j;
				below = peg_imp_printf(im, "; the answer is on "
							   "line %ld, below "
							   "the label",
						       b->no);
			}
			break;
		}
	}
	struct peg_incentive r;
	peg_incentive_read(vals, nv, &r);
	const char *text = peg_imp_line_text(im, l);
	struct peg_imp_obj *o = cobj(c);
	if (!o) {
		peg_imp_report(im, l->no, c->cid, "incentivized", text,
			       PEG_IMP_HUMAN,
			       "the line of a card whose heading is missing "
			       "(read as %s): not imported",
			       peg_incentivized_name(r.value));
		return used;
	}
	if (c->incent) {
		peg_imp_report(im, l->no, c->cid, "incentivized", text,
			       PEG_IMP_HUMAN,
			       "a second 'incentivabile' line (read as %s): "
			       "the first one is kept",
			       peg_incentivized_name(r.value));
		return used;
	}
	c->incent = 1;
	o->incentivized = r.value;
	if (r.human || *r.note || *below)
		peg_imp_report(im, l->no, c->cid, "incentivized", text,
			       r.human ? PEG_IMP_HUMAN : PEG_IMP_INFO,
			       "%s: %s%s", peg_incentivized_name(r.value),
			       *r.note ? r.note : "read as written", below);
	return used;
}

/* ---- the card loop ----------------------------------------------------- */

static void card_block(struct card *c, size_t from, size_t end);

/* Rows after a closed card and before the next heading. */
static void orphan_block(struct card *c, size_t from, size_t end)
{
	struct peg_imp *im = c->im;
	const struct peg_docline *l = &im->line[from];
	struct peg_imp_obj *o = cobj(c);
	peg_imp_report(im, l->no, "?", "card heading",
		       peg_imp_line_text(im, l), PEG_IMP_HUMAN,
		       "table rows after the end of card %s (its "
		       "'incentivabile' line) and before the next heading: "
		       "a card heading is missing; lines %ld-%ld are read "
		       "and reported, never attached to card %s",
		       o ? o->id : "?", l->no, im->line[end - 1].no,
		       o ? o->id : "?");
	struct card oc;
	memset(&oc, 0, sizeof(oc));
	oc.im = im;
	oc.obj = (size_t)-1;
	oc.cid = "?";
	card_block(&oc, from, end);
}

static void note_line(struct card *c, const struct peg_docline *l,
		      const char *what)
{
	peg_imp_report(c->im, l->no, c->cid, "note",
		       peg_imp_line_text(c->im, l), PEG_IMP_INFO,
		       "%s: not part of the plan", what);
}

static size_t indicator_table(struct card *c, size_t i, size_t end)
{
	struct peg_imp *im = c->im;
	const struct peg_docline **rows =
		malloc((end - i + 1) * sizeof(*rows));
	size_t nr = 0, j;
	if (!rows) {
		im->oom = 1;
		return end;
	}
	for (j = i + 1; j < end; j++) {
		enum lclass k = classify(&im->line[j]);
		if (k == L_BLANK || k == L_SEP || k == L_INDIC_HEAD)
			continue;
		if (k != L_ROW)
			break;
		rows[nr++] = &im->line[j];
	}
	peg_imp_indicators(im, c->obj, &im->line[i], rows, nr);
	free(rows);
	return j;
}

static void card_block(struct card *c, size_t from, size_t end)
{
	struct peg_imp *im = c->im;
	for (size_t i = from; i < end; i++) {
		const struct peg_docline *l = &im->line[i];
		enum lclass k = classify(l);
		if (k == L_BLANK || k == L_SEP)
			continue;
		int more = (c->closed && k != L_INCENT &&
			    !(k == L_ROW && l->nfull == 1)) ||
			   (k == L_ANAG_H && c->have_anag);
		if (more && cobj(c)) {
			orphan_block(c, i, end);
			return;
		}
		if (more) {
			/* Already a block with no heading: it goes on (one
			 * level of nesting, whatever the document). */
			c->closed = 0;
			c->incent = 0;
			c->have_anag = 0;
		}
		switch (k) {
		case L_ANAG_H:
		case L_DUP_H:
		case L_OBJ_H:
		case L_RES_H:
			c->expect = k;
			c->hdr = l;
			c->in_phases = 0;
			break;
		case L_PHASE_H:
			phase_columns(c, l, 1);
			c->in_phases = 1;
			c->expect = L_BLANK;
			break;
		case L_QUARTER_H:
			if (c->in_phases)
				phase_columns(c, l, 0);
			break;
		case L_INDIC_HEAD:
			c->indic_head = l->no;
			break;
		case L_INDIC_H:
			i = indicator_table(c, i, end) - 1;
			c->in_phases = 0;
			c->indic_head = 0;
			c->expect = L_BLANK;
			break;
		case L_INCENT:
			i = incentive_line(c, i, end);
			c->closed = 1;
			break;
		case L_TEMPI:
			break;
		default: /* L_ROW */
			if (c->expect == L_ANAG_H)
				read_anagrafica(c, l);
			else if (c->expect == L_DUP_H)
				read_dup(c, l);
			else if (c->expect == L_OBJ_H)
				read_title(c, l);
			if (c->expect != L_BLANK) {
				c->expect = L_BLANK;
				break;
			}
			if (c->in_phases && l->n >= 2) {
				if (c->indic_head) {
					peg_imp_report(
						im, c->indic_head, c->cid,
						"indicators",
						"INDICATORI DI PERFORMANCE",
						PEG_IMP_INFO,
						"a heading with no indicator "
						"table under it: the rows below "
						"are read as phases");
					c->indic_head = 0;
				}
				phase_row(c, l);
			} else if (l->nfull == 1) {
				note_line(c, l, c->closed ? "a line after the "
							    "card"
							  : "a text line");
			} else {
				peg_imp_report(im, l->no, c->cid, "row",
					       peg_imp_line_text(im, l),
					       cobj(c) ? PEG_IMP_INFO
						       : PEG_IMP_HUMAN,
					       "a row outside the card's "
					       "tables: not part of the plan");
			}
		}
	}
}

/* ---- the document ------------------------------------------------------ */

/* The plan year: the earliest year named by the verification columns of
 * the most indicator tables. */
static int infer_year(struct peg_imp *im, int *tables, int *hits)
{
	int count[201] = {0};
	*tables = 0;
	for (size_t i = 0; i < im->nline; i++) {
		const struct peg_docline *l = &im->line[i];
		if (classify(l) != L_INDIC_H)
			continue;
		int seen[201] = {0};
		(*tables)++;
		for (size_t k = 0; k < l->n; k++) {
			const char *key = l->key[k];
			if (!strstr(key, "verifica") &&
			    !(key[0] >= '0' && key[0] <= '9'))
				continue;
			int y = peg_imp_label_year(key);
			if (y && !seen[y - 1900]) {
				seen[y - 1900] = 1;
				count[y - 1900]++;
			}
		}
	}
	int best = 0;
	for (int y = 0; y <= 200; y++)
		if (count[y] > count[best])
			best = y;
	*hits = count[best];
	return count[best] ? 1900 + best : 0;
}

static int new_card(struct peg_imp *im, size_t at, long num,
		    struct peg_map *seen, size_t *dup)
{
	if (peg_grow((void **)&im->obj, &im->capobj, im->nobj, sizeof(*im->obj)))
		return -1;
	struct peg_imp_obj *o = &im->obj[im->nobj];
	const struct peg_docline *l = &im->line[at];
	memset(o, 0, sizeof(*o));
	o->card = num;
	o->line = l->no;
	o->incentivized = PEG_INC_UNKNOWN;
	o->weight = PEG_FIX_ONE;
	o->sector = o->service = o->manager = o->owner = o->title = "";
	o->strategic_code = o->duration = o->nature = o->impact = "";
	const char *id = num >= 0 ? peg_imp_printf(im, "%ld", num)
				  : peg_imp_printf(im, "L%ld", l->no);
	const char *base = id;
	size_t other;
	if (peg_map_get(seen, id, dup))
		for (int k = 2; peg_map_get(seen, id, &other); k++)
			id = peg_imp_printf(im, "%s-%d", base, k);
	if (peg_map_put(seen, id, im->nobj, NULL) < 0)
		return -1;
	o->id = id;
	const char *text = peg_imp_line_text(im, l);
	if (num < 0)
		peg_imp_report(im, l->no, id, "card heading", text,
			       PEG_IMP_HUMAN,
			       "a card heading without a number: the card is "
			       "named '%s'",
			       id);
	else if (id != base)
		peg_imp_report(im, l->no, id, "card heading", text,
			       PEG_IMP_HUMAN,
			       "card number %ld appears again (first at line "
			       "%ld): this card is '%s'",
			       num, im->obj[*dup].line, id);
	im->nobj++;
	return 0;
}

static void close_card(struct peg_imp *im, size_t k, struct card *c)
{
	struct peg_imp_obj *o = &im->obj[k];
	const char *h = peg_imp_line_text(im, &im->line[o->line - 1]);
	if (!c->incent)
		peg_imp_report(im, o->line, o->id, "incentivized", h,
			       PEG_IMP_HUMAN,
			       "unknown: the card has no 'obiettivo "
			       "incentivabile' line");
	if (!*o->sector) {
		o->sector = "(not given)";
		peg_imp_report(im, o->line, o->id, "sector", h, PEG_IMP_HUMAN,
			       "no SETTORE in the card: '(not given)'");
	}
	if (!*o->title) {
		o->title = "(not given)";
		peg_imp_report(im, o->line, o->id, "title", h, PEG_IMP_HUMAN,
			       "no TITOLO in the card: '(not given)'");
	}
	if (o->nind == 0)
		peg_imp_report(im, o->line, o->id, "indicators", h,
			       PEG_IMP_HUMAN,
			       "the card has no indicator with a description "
			       "or a target");
}

int peg_imp_parse(struct peg_imp *im, const char *buf, size_t n,
		  const char *name, int year, struct peg_diag *d)
{
	im->name = peg_imp_str(im, name);
	if (peg_doc_split(&im->arena, buf, n, name, &im->line, &im->nline, d))
		return -1;
	size_t first = im->nline;
	for (size_t i = 0; i < im->nline && first == im->nline; i++)
		if (classify(&im->line[i]) == L_HEADING)
			first = i;
	if (first == im->nline)
		return peg_fail(d, PEG_EDATA, name, 1,
				"not a PEG document (no card heading "
				"'SCHEDA OBIETTIVO GESTIONALE n. N' found)");
	int tables, hits;
	int found = infer_year(im, &tables, &hits);
	if (year) {
		im->year = year;
	} else if (found) {
		im->year = found;
		peg_imp_report(im, 0, "", "plan year",
			       peg_imp_printf(im, "%d in the verification "
						  "columns of %d of %d "
						  "indicator tables",
					      found, hits, tables),
			       PEG_IMP_INFO,
			       "plan year %d (pegaso import --year sets "
			       "another)",
			       found);
	} else {
		return peg_fail(d, PEG_EDATA, name, 0,
				"cannot tell the plan year: no verification "
				"column names a year (give it with --year)");
	}
	for (size_t i = 0; i < first; i++)
		if (im->line[i].nfull) {
			peg_imp_report(im, im->line[i].no, "", "note",
				       peg_imp_line_text(im, &im->line[i]),
				       PEG_IMP_INFO,
				       "text before the first card: not part "
				       "of the plan");
		}

	struct peg_map seen = {0};
	long prev = -1;
	for (size_t i = first; i < im->nline;) {
		size_t end = i + 1;
		while (end < im->nline && classify(&im->line[end]) != L_HEADING)
			end++;
		long num = heading_number(&im->line[i]);
		size_t dup = 0;
		if (new_card(im, i, num, &seen, &dup)) {
			im->oom = 1;
			break;
		}
		size_t k = im->nobj - 1;
		const char *htext = peg_imp_line_text(im, &im->line[i]);
		if (num >= 0 && prev >= 0 && num == prev + 2)
			peg_imp_report(im, im->line[i].no, im->obj[k].id,
				       "card number", htext, PEG_IMP_INFO,
				       "card %ld is missing (between %ld and "
				       "%ld)",
				       prev + 1, prev, num);
		else if (num >= 0 && prev >= 0 && num > prev + 2)
			peg_imp_report(im, im->line[i].no, im->obj[k].id,
				       "card number", htext, PEG_IMP_INFO,
				       "cards %ld to %ld are missing (between "
				       "%ld and %ld)",
				       prev + 1, num - 1, prev, num);
		else if (num >= 0 && prev >= 0 && num <= prev)
			peg_imp_report(im, im->line[i].no, im->obj[k].id,
				       "card number", htext, PEG_IMP_INFO,
				       "card %ld comes after card %ld", num,
				       prev);
		if (num >= 0)
			prev = num;
		struct card c;
		memset(&c, 0, sizeof(c));
		c.im = im;
		c.obj = k;
		c.cid = im->obj[k].id;
		card_block(&c, i + 1, end);
		close_card(im, k, &c);
		i = end;
	}
	peg_map_release(&seen);
	if (im->oom)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	return 0;
}
