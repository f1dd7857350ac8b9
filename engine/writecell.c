/*
 * writecell.c - cells shared by the output tables (see writecell.h).
 */
#include "writecell.h"

void peg_cell_target(struct peg_csvw *w, const struct peg_indicator *in)
{
	switch (in->kind) {
	case PEG_KIND_QUALITATIVE:
		peg_csvw_text(w, NULL);
		break;
	case PEG_KIND_DEADLINE:
		peg_csvw_date(w, in->target_date);
		break;
	case PEG_KIND_BOOLEAN:
		peg_csvw_text(w, "yes");
		break;
	default:
		peg_csvw_fix(w, in->target);
	}
}

void peg_cell_actual(struct peg_csvw *w, const struct peg_indicator *in,
		     const struct peg_verif *v)
{
	if (!v || !v->has_actual)
		peg_csvw_text(w, NULL);
	else if (v->status == PEG_VS_JUDGEMENT)
		peg_csvw_fix(w, v->actual);
	else if (in->kind == PEG_KIND_DEADLINE)
		peg_csvw_date(w, v->actual_date);
	else if (in->kind == PEG_KIND_BOOLEAN)
		peg_csvw_text(w, v->actual ? "yes" : "no");
	else
		peg_csvw_fix(w, v->actual);
}
