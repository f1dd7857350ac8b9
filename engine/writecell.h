/*
 * writecell.h - cells that several output tables share: an indicator's
 * target and its verified actual value, in the fixed formats of the run
 * folder (a number, an ISO date, yes/no, empty).
 */
#ifndef PEG_WRITECELL_H
#define PEG_WRITECELL_H

#include "csvwrite.h"
#include "plan.h"
#include "verif.h"

/* The target: empty for qualitative, a date for deadline, "yes" for
 * boolean, the number otherwise. */
void peg_cell_target(struct peg_csvw *w, const struct peg_indicator *in);

/* The actual value of v (NULL or without a value: empty): the stated
 * achievement of a judgement, the date of a deadline, yes/no, the
 * number. */
void peg_cell_actual(struct peg_csvw *w, const struct peg_indicator *in,
		     const struct peg_verif *v);

#endif
