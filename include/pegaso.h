/*
 * pegaso.h - public interface of libpegaso.
 *
 * pegaso scores a municipality's performance plan (PEG) and distributes the
 * performance part of the staff fund to each employee, to the cent.  The
 * library reads plain files (CSV data, INI rules), computes, and writes a
 * run folder; it never prints and never exits.  Every function that can
 * fail returns 0 on success and -1 on failure, after appending one or more
 * entries to a caller-supplied struct peg_diag.  The program (engine/main.c)
 * is built on this header alone.
 *
 * Every exported name starts with peg_ (checked by `make check-symbols`).
 */
#ifndef PEGASO_H
#define PEGASO_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The kind of a failure; the program's exit code is this value. */
enum peg_code {
	PEG_OK = 0,
	PEG_EUSAGE = 1,        /* bad command line */
	PEG_EDATA = 2,         /* an input data file is wrong */
	PEG_ERULES = 3,        /* the rules file or the run file is wrong */
	PEG_EIO = 4,           /* a file cannot be read or written */
	PEG_ELEGAL = 5,        /* a legal check configured as an error failed */
	PEG_EDIFFER = 6,       /* verify: the reproduction differs */
	PEG_ECONSERVATION = 7, /* money not conserved: an internal error */
	PEG_EINTERNAL = 8      /* out of memory or a bug */
};

enum peg_severity {
	PEG_SEV_ERROR = 0,
	PEG_SEV_WARNING = 1,
	PEG_SEV_NOTE = 2 /* follow-up line of the previous entry */
};

/* One diagnostic: "file:line: message". */
struct peg_error {
	int code;      /* enum peg_code; PEG_OK for warnings */
	int severity;  /* enum peg_severity */
	char *file;    /* owned; NULL when not about a file */
	long line;     /* physical line, 1-based; 0 when not about a line */
	char *message; /* owned, never NULL */
};

/* A list of diagnostics, in the order they were found. */
struct peg_diag {
	struct peg_error *item; /* owned array of n entries */
	size_t n;               /* entries used */
	size_t cap;             /* entries allocated */
	size_t errors;          /* how many entries are errors */
	int oom;                /* set when an entry could not be stored */
};

void peg_diag_init(struct peg_diag *d);
void peg_diag_release(struct peg_diag *d);

/*
 * peg_diag_code - the code of the first error, PEG_OK when there is none
 * (PEG_EINTERNAL when the list ran out of memory).
 */
int peg_diag_code(const struct peg_diag *d);

/*
 * peg_diag_format - "file:line: message" (warnings: "file:line: warning:
 * message") into buf, truncated to size.  Returns the length it wanted.
 */
size_t peg_diag_format(const struct peg_error *e, char *buf, size_t size);

/* Append an entry; returns -1 so callers can write `return peg_fail(...)`. */
int peg_fail(struct peg_diag *d, int code, const char *file, long line,
	     const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
void peg_warn(struct peg_diag *d, const char *file, long line,
	      const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Version string baked in at build time (git describe), e.g. "0.1.0-12-gabc". */
const char *peg_version(void);

/* ---------------------------------------------------------------------
 * The year-end run.
 */

enum peg_lang { PEG_LANG_IT = 0, PEG_LANG_EN = 1 };

struct peg_run_options {
	const char *output;  /* output folder; NULL = the run file's `output` */
	int force;           /* replace an existing output folder */
	enum peg_lang lang;  /* language of summary.txt and reports */
};

struct peg_run; /* opaque: a loaded run file, its rules and inputs */

/*
 * peg_run_load - read the run file at path, the rules file and every input
 * it names, with every check of the input formats.
 *
 * On success *out is a new run (free with peg_run_free).  On failure *out
 * is NULL and d holds the reasons: rule files report every problem found,
 * data files stop at the first bad value.
 */
int peg_run_load(struct peg_run **out, const char *path,
		 struct peg_diag *d);

/*
 * peg_run_compute - score the plan and distribute the fund.  Warnings found
 * on the way are appended to d.  Fails with PEG_ECONSERVATION if a pool's
 * money does not balance (a bug), PEG_EDATA for inconsistent inputs.
 */
int peg_run_compute(struct peg_run *r, struct peg_diag *d);

/*
 * peg_run_write - write the run folder atomically: everything is written to
 * a temporary folder beside the target, which then replaces the target in
 * one rename.  An existing target is an error unless opt->force.  On
 * failure nothing is left behind and the previous folder is untouched.
 * The chosen folder is stored in the run (peg_run_output_dir).
 */
int peg_run_write(struct peg_run *r, const struct peg_run_options *opt,
		  struct peg_diag *d);

/* The output folder of the last peg_run_write; borrowed from r. */
const char *peg_run_output_dir(const struct peg_run *r);

/* Headline figures for the program's closing lines. */
struct peg_run_stats {
	size_t objectives;
	size_t indicators;
	size_t employees;
	size_t positions;
	size_t pools;
	int64_t paid_cents;     /* Σ paid + maggiorazione over pools */
	int64_t economy_cents;  /* Σ economies over pools */
	int64_t ente_achievement_micro; /* 100% = 100000000; -1 if none */
};
void peg_run_stats(const struct peg_run *r, struct peg_run_stats *st);

void peg_run_free(struct peg_run *r);

/* ---------------------------------------------------------------------
 * What-if scenarios: the year-end run again with other rules or fund
 * amounts, compared with the run as it is (the baseline).
 */

struct peg_whatif_options {
	const char *const *set; /* "SECTION.KEY=VALUE" items of --set */
	size_t nset;            /* nset > 0: they make one scenario, "set" */
	const char *scenarios;  /* a scenario file, or NULL */
	const char *output;     /* folder; NULL = the run file's output
				   followed by "-whatif" */
	int force;              /* replace an existing folder */
};

struct peg_whatif; /* opaque: the baseline and every scenario, computed */

/*
 * peg_whatif_run - load the run file, compute the baseline, then each
 * scenario in memory (only the rules and the run file are read again,
 * with the scenario's values applied before they are checked: a bad
 * value gets the file's message, naming where it was written).  Every
 * problem of every scenario is reported before failing (PEG_EUSAGE for a
 * malformed --set item, PEG_ERULES for scenarios and values).  Legal
 * checks that fail are warnings here: a scenario may be what HR wants to
 * see refused.  On success *out is new (free with peg_whatif_free).
 */
int peg_whatif_run(struct peg_whatif **out, const char *runfile,
		   const struct peg_whatif_options *opt, struct peg_diag *d);

/* Write the comparison folder atomically (like a run folder). */
int peg_whatif_write(struct peg_whatif *w, const struct peg_whatif_options *opt,
		     struct peg_diag *d);

/* The report for the terminal: per-pool totals of the baseline and of
 * each scenario with their changes, and every employee whose amount
 * changes.  Borrowed from w. */
const char *peg_whatif_report(const struct peg_whatif *w);

/* The folder of the last peg_whatif_write; borrowed from w. */
const char *peg_whatif_output_dir(const struct peg_whatif *w);

void peg_whatif_free(struct peg_whatif *w);

/* ---------------------------------------------------------------------
 * Monte Carlo simulation over uncertain actual values.
 */

struct peg_sim_options {
	/* The command line's values, checked by the library (PEG_EUSAGE). */
	const char *runs;         /* --runs N, 1 to 100000 (required) */
	const char *seed;         /* --seed S, 0 to 10^15 - 1 (required) */
	const char *threads;      /* --threads T, 1 to 256; NULL = the cores */
	const char *spread;       /* --spread P: every measured number without
				     a range varies by +-P% (0 to 100); NULL */
	const char *distribution; /* of --spread: uniform (default),
				     triangular or normal */
	const char *output;       /* folder; NULL = the run file's output
				     followed by "-simulate" */
	int force;                /* replace an existing folder */
	/* Called now and then from the calling thread while draws run,
	 * and once at the end with done == total; NULL for none. */
	void (*progress)(void *arg, uint64_t done, uint64_t total);
	void *progress_arg;
};

struct peg_sim; /* opaque: the draws and their statistics */

/*
 * peg_sim_run - load the run file, compute the run as it is, then draw
 * the uncertain actual values (ranges in the verification file, or
 * --spread) `runs` times and score and distribute each draw, on
 * `threads` threads.  The results depend on the seed alone: the same
 * seed gives the same bytes whatever the number of threads.  Fails as
 * peg_run_load and peg_run_compute do (a draw that cannot be distributed
 * is reported with its number); legal checks are not run.
 */
int peg_sim_run(struct peg_sim **out, const char *runfile,
		const struct peg_sim_options *opt, struct peg_diag *d);

/* Write the simulation folder atomically (like a run folder). */
int peg_sim_write(struct peg_sim *s, const struct peg_sim_options *opt,
		  struct peg_diag *d);

/* The report for the terminal; borrowed from s. */
const char *peg_sim_report(const struct peg_sim *s);

/* The folder of the last peg_sim_write; borrowed from s. */
const char *peg_sim_output_dir(const struct peg_sim *s);

void peg_sim_free(struct peg_sim *s);

#ifdef __cplusplus
}
#endif
#endif
