/*
 * runfile.h - the run file (run.ini, SPEC 2.8): which inputs, which rules,
 * which year, the fund amounts and the output folder.  Paths inside it are
 * relative to the run file's folder and are stored resolved.
 */
#ifndef PEG_RUNFILE_H
#define PEG_RUNFILE_H

#include "csvread.h"
#include "ini.h"
#include "num.h"
#include "pegaso.h"
#include "util.h"

/* The words for the language, the CSV dialect and the reports (the
 * enums of pegaso.h), in the run file, on the command line and in the
 * manifest alike (functions: the library exports no data). */
const struct peg_choices *peg_lang_words(void);
const struct peg_choices *peg_csv_words(void);
const struct peg_choices *peg_reports_words(void);

struct peg_fund_item {
	const char *key;   /* lower-cased, as iniparser gives it */
	peg_cents amount;
	long line;
};

struct peg_runfile {
	struct peg_arena arena;  /* owns every string */
	const char *path;        /* the run file as given */
	const char *dir;         /* its folder */
	int year;
	const char *ente;        /* name of the ente, "" when not given */
	/* Resolved paths; NULL when the key is absent (optional inputs). */
	const char *plan, *verification, *rules, *output;
	const char *staff, *absences, *assignments, *evaluations;
	const char *phases;             /* default: plan/phases.csv if any */
	const char *phase_verification; /* phase verification file */
	struct peg_csv_opts csv; /* decimal and encoding settings */
	int out_csv;             /* [run] csv: enum peg_csv_choice */
	int reports;             /* [run] reports: enum peg_reports_choice */
	struct peg_fund_item *fund;
	size_t nfund;
};

/*
 * peg_runfile_load - read and check a run file.  Every problem is
 * reported (PEG_ERULES) before failing; PEG_EIO when it cannot be read.
 * Release with peg_runfile_release in every case.
 */
int peg_runfile_load(struct peg_runfile *rf, const char *path,
		     struct peg_diag *d);
/*
 * peg_runfile_load_with - the same with overrides applied first (ini.h:
 * peg_ini_load_with).  An override may change a [fund] amount but not add
 * a [fund] key the file lacks.
 */
int peg_runfile_load_with(struct peg_runfile *rf, const char *path,
			  const struct peg_ini_override *ov, size_t nov,
			  struct peg_diag *d);
void peg_runfile_release(struct peg_runfile *rf);

/* The amount of fund key (lower-case), or NULL. */
const struct peg_fund_item *peg_runfile_fund(const struct peg_runfile *rf,
					     const char *key);

#endif
