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
/* A follow-up line of the previous entry ("file:line: note: message"). */
void peg_note(struct peg_diag *d, const char *file, long line,
	      const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* Appends every entry of from to to, in order, and releases from. */
void peg_diag_move(struct peg_diag *to, struct peg_diag *from);

/* Version string baked in at build time (git describe), e.g. "0.1.0-12-gabc". */
const char *peg_version(void);

/* ---------------------------------------------------------------------
 * The year-end run.
 */

enum peg_lang { PEG_LANG_IT = 0, PEG_LANG_EN = 1 };

/* The CSV dialect of the output tables. */
enum peg_csv_choice {
	PEG_CSV_RUNFILE = 0,  /* the run file's [run] csv (default standard) */
	PEG_CSV_STANDARD = 1, /* RFC 4180: ',' and decimal point */
	PEG_CSV_IT = 2        /* Italian spreadsheets: ';', decimal comma, BOM */
};

/* Whether report.html and report.xlsx are written. */
enum peg_reports_choice {
	PEG_REPORTS_RUNFILE = 0, /* the run file's [run] reports (auto) */
	PEG_REPORTS_AUTO = 1,    /* for runs of a comune's size (README) */
	PEG_REPORTS_ALWAYS = 2,
	PEG_REPORTS_NEVER = 3
};

/* The words of --lang (it, en), --csv (standard, it) and --reports
 * (auto, always, never), as the run file and the manifest write them:
 * 0 and *out, or -1 when s is none of them. */
int peg_parse_lang(const char *s, enum peg_lang *out);
int peg_parse_csv_choice(const char *s, enum peg_csv_choice *out);
int peg_parse_reports_choice(const char *s, enum peg_reports_choice *out);

struct peg_run_options {
	const char *output;  /* output folder; NULL = the run file's `output` */
	int force;           /* replace an existing output folder */
	enum peg_lang lang;  /* language of summary.txt and reports */
	enum peg_csv_choice csv; /* dialect of the CSV outputs */
	enum peg_reports_choice reports; /* report.html, report.xlsx */
	int threads;         /* files written at once; 0 = one per core.
			      * The bytes never depend on it. */
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
 * In-year monitoring: the state of the plan at a date.
 */

struct peg_monitor; /* opaque: a loaded run file for monitoring */

/*
 * peg_monitor_load - read the run file at path, its rules, plan,
 * verification file and phases (never the staff files), with every
 * check of the input formats.  Missing verification rows are not an
 * error.  On success *out is new (free with peg_monitor_free); on
 * failure it is NULL and d holds the reasons.
 */
int peg_monitor_load(struct peg_monitor **out, const char *path,
		     struct peg_diag *d);

/*
 * peg_monitor_compute - the state of the plan at date `at` (YYYY-MM-DD
 * or DD/MM/YYYY; PEG_EUSAGE when it is not a date).  May be called again
 * with another date.
 */
int peg_monitor_compute(struct peg_monitor *m, const char *at,
			struct peg_diag *d);

struct peg_monitor_options {
	const char *output;  /* NULL = the run file's output + "-monitor-"
			      * + the date (YYYY-MM-DD) */
	int force;           /* replace an existing output folder */
	enum peg_lang lang;  /* language of summary.txt */
};

/*
 * peg_monitor_write - write the monitoring folder atomically (as
 * peg_run_write): summary.txt, objectives.csv, indicators.csv,
 * phases.csv, sectors.csv.
 */
int peg_monitor_write(struct peg_monitor *m,
		      const struct peg_monitor_options *opt,
		      struct peg_diag *d);

/* The folder of the last peg_monitor_write; borrowed from m. */
const char *peg_monitor_output_dir(const struct peg_monitor *m);

/* Headline figures for the program's closing lines. */
struct peg_monitor_stats {
	char at[11];               /* the date, YYYY-MM-DD */
	size_t objectives;
	size_t behind;             /* in ritardo */
	size_t missing;            /* verifiche mancanti */
	size_t ahead;              /* in anticipo */
	size_t on_track;           /* in linea */
	size_t not_measurable;
};
void peg_monitor_stats(const struct peg_monitor *m,
		       struct peg_monitor_stats *st);

void peg_monitor_free(struct peg_monitor *m);

/* ---------------------------------------------------------------------
 * Importing the PEG document (the cards the Giunta approved) into the
 * plan tables.
 */

struct peg_import_options {
	const char *input;     /* the PEG document, tab-separated text */
	const char *output;    /* the folder to write */
	const char *overrides; /* CSV of corrections, or NULL */
	int year;              /* plan year; 0 = read it from the document */
	int force;             /* replace an existing output folder */
};

/* What an import produced, for the program's closing lines. */
struct peg_import_stats {
	int year;              /* plan year used */
	size_t objectives;
	size_t indicators;     /* rows of indicators.csv */
	size_t phases;
	size_t report_info;    /* report lines of severity info */
	size_t report_human;   /* report lines that need a human */
	size_t report_resolved;/* lines that needed a human, resolved by a
				* correction */
	size_t overrides;      /* corrections applied */
};

/*
 * peg_import - read the PEG document opt->input and write opt->output
 * (atomically, like a run folder): objectives.csv, indicators.csv,
 * phases.csv and import-report.csv, then apply opt->overrides.  The
 * folder loads as a plan for pegaso run.  Fails with PEG_EDATA for a
 * document that is not UTF-8 text or not a PEG document and for a bad
 * corrections file, PEG_EIO when a file cannot be read or the folder
 * exists (without opt->force).  What the document gets wrong is not an
 * error: it is a line of the report.  st may be NULL.
 */
int peg_import(const struct peg_import_options *opt,
	       struct peg_import_stats *st, struct peg_diag *d);

/* ---------------------------------------------------------------------
 * Audit: reproduce, explain and compare run folders (README, "For
 * auditors").  Every run folder holds a manifest: the engine version, the
 * numeric build flags, the language and the SHA-256 of every input and
 * output.
 */

struct peg_audit_options {
	const char *runfile; /* the run file; NULL: found from the folder's
				place and the run file's `output` */
	enum peg_lang lang;  /* language of explain and diff texts */
};

struct peg_verify_stats {
	size_t inputs;         /* inputs recorded in the manifest */
	size_t inputs_changed; /* ... changed or missing */
	size_t files;          /* files of the folder and the reproduction */
	size_t files_differ;   /* ... differing, missing or extra */
	int reproduced;        /* the new run could be made and compared */
};

/*
 * peg_verify - audit reproduction of the run folder outdir: its files
 * against its manifest, the inputs against their recorded SHA-256, then a
 * new run of the same inputs into a private temporary folder (under
 * $TMPDIR, removed afterwards) compared byte for byte with every file of
 * outdir.  Returns 0 when everything is identical.  Each difference is a
 * PEG_EDIFFER error naming the file (and, for outputs, the first
 * differing line with both versions as notes); other failures (no
 * manifest, the run file not found, the reproduction failing on
 * unchanged inputs) carry their own codes and come first in d.
 */
int peg_verify(const char *outdir, const struct peg_audit_options *opt,
	       struct peg_verify_stats *st, struct peg_diag *d);

enum peg_subject {
	PEG_SUBJECT_EMPLOYEE = 0,
	PEG_SUBJECT_OBJECTIVE,
	PEG_SUBJECT_INDICATOR
};

/*
 * peg_explain - the story of one amount (an employee's pay), objective
 * achievement or indicator score of the run folder outdir, in words, in
 * opt->lang: every step with its rule section and legal basis.  The run is
 * recomputed from the inputs the manifest records, after checking their
 * SHA-256 and that the recomputation gives the folder's CSV files byte for
 * byte (else PEG_EDIFFER).  An unknown id is PEG_EUSAGE.  On success
 * *text is a NUL-terminated string the caller frees with free().
 */
int peg_explain(const char *outdir, enum peg_subject kind, const char *id,
		const struct peg_audit_options *opt, char **text,
		struct peg_diag *d);

/*
 * peg_diff - compare two run folders from their files alone: the inputs
 * whose SHA-256 differ, the indicators, objectives and settori whose
 * results changed, the pools and employees whose amounts changed and by
 * how much, and for each the first step of trace.csv where the two runs
 * diverge.  *text (freed by the caller with free()) is the report in
 * opt->lang; *changes counts what changed (0: the same results).
 */
int peg_diff(const char *a, const char *b,
	     const struct peg_audit_options *opt, char **text,
	     size_t *changes, struct peg_diag *d);

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
