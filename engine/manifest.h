/*
 * manifest.h - the manifest of a run folder: which engine made it, with
 * which numeric build flags and language, the SHA-256 of every input (the
 * run file, the rules, every data file) and of every output file.
 *
 * The manifest depends on the inputs alone: input paths are recorded as
 * the run file writes them (relative to its folder), the run file by its
 * base name, outputs by their names in the folder.  Two runs of the same
 * inputs give the same manifest, whatever the output folder, the working
 * folder or the machine.  The format is described in README.md ("For
 * auditors").
 */
#ifndef PEG_MANIFEST_H
#define PEG_MANIFEST_H

#include "outdir.h"
#include "run.h"
#include "sha256.h"
#include "util.h"

#define PEG_MANIFEST_NAME "manifest"
#define PEG_MANIFEST_FORMAT 1

/* One recorded file. */
struct peg_manifest_file {
	char sha[PEG_SHA256_HEX]; /* lower-case hex */
	const char *path;         /* as recorded (relative) */
	long line;                /* line in the manifest */
};

struct peg_manifest {
	struct peg_arena arena; /* owns every string */
	const char *path;       /* the manifest file, for messages */
	int format;
	const char *engine;     /* engine version */
	const char *numflags;   /* build flags that affect numbers */
	enum peg_lang lang;     /* language of the run's text outputs */
	enum peg_csv_choice csv;          /* dialect of the CSV outputs */
	enum peg_reports_choice reports;  /* the run's choice of reports */
	const char *run;        /* base name of the run file */
	const char *run_output; /* the run file's `output`, normalised */
	struct peg_manifest_file *input; /* the run file first */
	size_t ninput;
	struct peg_manifest_file *output; /* sorted by name */
	size_t noutput;
};

/*
 * peg_manifest_write - hash every file written so far in the temporary
 * folder of od and write the manifest there, last.  Fails (PEG_EIO) when
 * an input or an output cannot be read back or the manifest cannot be
 * written.
 */
int peg_manifest_write(const struct peg_run *r, struct peg_outdir *od,
		       struct peg_diag *d);

/*
 * peg_manifest_load - read outdir/manifest.  PEG_EIO when it cannot be
 * read, PEG_EDATA (with the line) when it is not a manifest this engine
 * understands.  Release with peg_manifest_release in every case.
 */
int peg_manifest_load(struct peg_manifest *m, const char *outdir,
		      struct peg_diag *d);
void peg_manifest_release(struct peg_manifest *m);

/*
 * peg_manifest_runfile - the run file of the folder: `given` when not
 * NULL, otherwise found from the folder's place: the run file's `output`
 * recorded in the manifest leads from outdir back to the run file's
 * folder (`output = out/2020` -> two levels up).  The path lives in m's
 * arena.  Fails (PEG_EIO) when that does not lead to an existing file.
 */
int peg_manifest_runfile(struct peg_manifest *m, const char *outdir,
			 const char *given, const char **path,
			 struct peg_diag *d);

/*
 * peg_manifest_check_inputs - hash every input the manifest records,
 * resolved against the run file at runfile.  Each changed or missing one
 * is reported as a PEG_EDIFFER error; *changed counts them.  An input that
 * exists but cannot be read is a PEG_EIO error.  Returns -1 when any
 * error was reported, 0 otherwise.
 */
int peg_manifest_check_inputs(struct peg_manifest *m, const char *runfile,
			      size_t *changed, struct peg_diag *d);

/*
 * peg_list_files - the regular files under folder dir (recursively, names
 * relative to dir, sorted bytewise), except `skip` (may be NULL) and
 * names starting with '.'.  *names is an array of n strings in arena a.
 * -1 with errno set when the folder cannot be read.
 */
int peg_list_files(struct peg_arena *a, const char *dir, const char *skip,
		   const char ***names, size_t *n);

/*
 * peg_path_normalise - p without empty and "." components ("plan//x",
 * "./plan/x" -> "plan/x"); ".." is kept.  Into arena a; "." when
 * nothing is left.
 */
char *peg_path_normalise(struct peg_arena *a, const char *p);

#endif
