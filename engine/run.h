/*
 * run.h - the inside of struct peg_run, shared by the pipeline (run.c)
 * and the output writers (write*.c).
 */
#ifndef PEG_RUN_H
#define PEG_RUN_H

#include <stdio.h>

#include "pegaso.h"
#include "plan.h"
#include "rules.h"
#include "runfile.h"
#include "score.h"
#include "verif.h"

struct peg_run {
	struct peg_runfile rf;
	struct peg_rules rules;
	struct peg_plan plan;
	struct peg_verifs verifs;
	struct peg_scores scores;
	int computed;            /* peg_run_compute succeeded */
	struct peg_buf warnings; /* formatted warnings, one per line */
	size_t nwarnings;
	char *outdir;            /* folder of the last write */
	enum peg_lang lang;      /* of the last write */
};

/* Copies the warnings of d from index `from` into r->warnings. */
void peg_run_keep_warnings(struct peg_run *r, const struct peg_diag *d,
			   size_t from);

/* ---- output writers (write.c) ----------------------------------------- */

/* One output file: its name and the function that writes it. */
struct peg_writer {
	const char *name;
	int (*write)(const struct peg_run *r, FILE *fp);
};

/* The writers of a run folder, in the order they run; n set to count. */
const struct peg_writer *peg_writers(size_t *n);

#endif
