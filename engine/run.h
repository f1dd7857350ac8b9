/*
 * run.h - the inside of struct peg_run, shared by the pipeline (run.c)
 * and the output writers (write*.c).
 */
#ifndef PEG_RUN_H
#define PEG_RUN_H

#include <stdio.h>

#include "csvwrite.h"
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
	int reports;             /* the last write wrote report.html/.xlsx */
	int reports_auto_skipped;/* ... left them out for the run's size */
	enum peg_reports_choice reports_choice; /* ... as it was asked */
	enum peg_csv_dialect csv;/* of the last write's CSV tables */
};

/* Legal bases of the steps of trace.csv, also quoted by explain. */
#define PEG_BASIS_SCORING "D.Lgs. 150/2009 art. 8; SMVP"
#define PEG_BASIS_ART69 "CCNL 21.5.2018 art. 69"
#define PEG_BASIS_TIME "CCNL 21.5.2018 art. 68; contratto integrativo"
#define PEG_BASIS_CENTS                                                        \
	"rules/README.md, distribution step 5: largest remainder, ties by "    \
	"employee_id"

/*
 * peg_run_sched - the schedule of the run year evaluated at year end
 * with the [kind phases] rule of `rules` (the run's own, or a
 * scenario's), into out (release with peg_sched_release).
 */
int peg_run_sched(const struct peg_run *r, const struct peg_rules *rules,
		  struct peg_sched *out, struct peg_diag *d);

/* Copies the warnings of d from index `from` into r->warnings. */
void peg_run_keep_warnings(struct peg_run *r, const struct peg_diag *d,
			   size_t from);

/* ---- output writers (write.c) ----------------------------------------- */

/* One output file: its name and the function that writes it, in one of
 * three ways (the first non-NULL): */
struct peg_writer {
	const char *name;
	int (*write)(const struct peg_run *r, FILE *fp);
	int pay_only; /* written only when the run distributes the fund */
	/* a table: a CSV file in the run's dialect, and a sheet of the
	 * workbook */
	int (*table)(const struct peg_run *r, struct peg_csvw *w);
	/* a file that a library writes itself, given its path (created
	 * empty, 0600, in the temporary folder tmpdir); failures in d */
	int (*write_path)(const struct peg_run *r, const char *path,
			  const char *tmpdir, struct peg_diag *d);
	int report;   /* a report for people: only when reports are wanted */
	int big;      /* among the largest files: started first */
	int no_sheet; /* a table left out of report.xlsx */
};

/* reports = auto writes the reports up to these sizes (README). */
#define PEG_REPORTS_AUTO_POSITIONS 20000
#define PEG_REPORTS_AUTO_OBJECTIVES 5000

/* Writes a text or table writer's file to fp (not a write_path one). */
int peg_writer_to_file(const struct peg_run *r, const struct peg_writer *w,
		       FILE *fp);

/* The writers of a run folder, in the order they run; n set to count. */
const struct peg_writer *peg_writers(size_t *n);

/* ---- the pay outputs (write_pay.c) ------------------------------------ */

int peg_table_payouts(const struct peg_run *r, struct peg_csvw *w);
int peg_table_transparency(const struct peg_run *r, struct peg_csvw *w);

/* One row of the D.Lgs. 33/2013 art. 20 table (transparency.csv). */
struct peg_tr_row {
	enum peg_group group;
	const char *group_name;  /* "staff" or "managers" */
	const char *area;        /* "" for the whole group */
	const char *measure;     /* "allocated", "gini", ... */
	const char *value;       /* plain number, or "<N" when suppressed */
	enum peg_cell type;      /* money, integer, number; text if suppressed */
};
/* Calls fn for every row of the transparency table, in its order. */
void peg_transparency_rows(const struct peg_run *r,
			   void (*fn)(void *ctx, const struct peg_tr_row *row),
			   void *ctx);
/* Appends the pay steps to an open trace table. */
struct peg_csvw;
void peg_trace_pay(const struct peg_run *r, struct peg_csvw *w);
/* The pools and legal checks part of summary.txt. */
void peg_summary_pay(const struct peg_run *r, FILE *fp);
/* ---- the reports (report_html.c, xlsx.c) ------------------------------ */

int peg_write_report_html(const struct peg_run *r, FILE *fp);
int peg_write_xlsx(const struct peg_run *r, const char *path,
		   const char *tmpdir, struct peg_diag *d);

/* One trace row. */
void peg_trace_row(struct peg_csvw *w, const char *type, const char *id,
		   const char *step, const char *section, const char *basis,
		   const char *inputs, const char *result);

/* ---- the schedule outputs (write_sched.c) ----------------------------- */

int peg_table_phases(const struct peg_run *r, struct peg_csvw *w);
int peg_table_multiyear(const struct peg_run *r, struct peg_csvw *w);
/* The phases and multi-year part of summary.txt (nothing when the plan
 * has neither). */
void peg_summary_sched(const struct peg_run *r, FILE *fp);
/* The trace rows of indicator row i, of kind phases, measured from its
 * objective's phases. */
void peg_trace_phases(const struct peg_run *r, struct peg_csvw *w, size_t i);

#endif
