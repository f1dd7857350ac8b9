/*
 * run.h - the inside of struct peg_run, shared by the pipeline (run.c)
 * and the output writers (write*.c).
 */
#ifndef PEG_RUN_H
#define PEG_RUN_H

#include <stdio.h>

#include "multiyear.h"
#include "pay.h"
#include "pegaso.h"
#include "phase.h"
#include "plan.h"
#include "rules.h"
#include "runfile.h"
#include "sched.h"
#include "score.h"
#include "staff.h"
#include "verif.h"

struct peg_run {
	struct peg_runfile rf;
	struct peg_rules rules;
	struct peg_plan plan;
	struct peg_verifs verifs;
	struct peg_scores scores;
	struct peg_phases phases;        /* the schedule (phase.h) */
	struct peg_phase_verifs pverifs; /* when each phase was done */
	struct peg_sched sched;          /* the phases at year end */
	struct peg_multiyear multi;      /* multi-year objectives' years */
	int has_staff;           /* the run distributes the fund */
	struct peg_staff staff;
	struct peg_pay pay;
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
	int pay_only; /* written only when the run distributes the fund */
};

/* The writers of a run folder, in the order they run; n set to count. */
const struct peg_writer *peg_writers(size_t *n);

/* ---- the pay outputs (write_pay.c) ------------------------------------ */

int peg_write_payouts(const struct peg_run *r, FILE *fp);
int peg_write_transparency(const struct peg_run *r, FILE *fp);
/* Appends the pay steps to an open trace table. */
struct peg_csvw;
void peg_trace_pay(const struct peg_run *r, struct peg_csvw *w);
/* The pools and legal checks part of summary.txt. */
void peg_summary_pay(const struct peg_run *r, FILE *fp);
/* One trace row. */
void peg_trace_row(struct peg_csvw *w, const char *type, const char *id,
		   const char *step, const char *section, const char *basis,
		   const char *inputs, const char *result);

/* ---- the schedule outputs (write_sched.c) ----------------------------- */

int peg_write_phases(const struct peg_run *r, FILE *fp);
int peg_write_multiyear(const struct peg_run *r, FILE *fp);
/* The phases and multi-year part of summary.txt (nothing when the plan
 * has neither). */
void peg_summary_sched(const struct peg_run *r, FILE *fp);
/* The trace rows of indicator row i, of kind phases, measured from its
 * objective's phases. */
void peg_trace_phases(const struct peg_run *r, struct peg_csvw *w, size_t i);

#endif
