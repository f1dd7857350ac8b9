/*
 * outdir.h - a run folder written atomically.
 *
 * Files are written into a private temporary folder beside the target
 * (".NAME.pegaso-tmp.PID.XXXXXX", mode 0700, files 0600: they hold
 * personal pay data); commit then puts it in place with one rename, or
 * with an atomic exchange when an existing folder is replaced.  Abort
 * removes it.  Temporary folders left by a killed run are removed the next
 * time a run writes beside them.
 */
#ifndef PEG_OUTDIR_H
#define PEG_OUTDIR_H

#include <stdio.h>

#include "pegaso.h"

struct peg_outdir {
	char *final;   /* target folder */
	char *tmp;     /* temporary folder, NULL once committed/aborted */
	char *parent;  /* folder holding both */
	char **created;/* parent folders this run created, deepest last */
	size_t ncreated;
	struct peg_outdir_hash *hash; /* SHA-256 of files already hashed */
	size_t nhash, caphash;
};

struct peg_outdir_hash {
	char *name;
	char hex[65];
};

/*
 * peg_outdir_begin - prepare to write folder path.  Fails (PEG_EIO) when
 * the target exists and !force, or is not a folder, or the temporary
 * folder cannot be made.  Missing parent folders are created (and removed
 * again on abort).
 */
int peg_outdir_begin(struct peg_outdir *o, const char *path, int force,
		     struct peg_diag *d);
/* A new file in the temporary folder, or NULL (reported). */
FILE *peg_outdir_create(struct peg_outdir *o, const char *name,
			struct peg_diag *d);
/* Flushes, syncs and closes fp; reports a write error (disk full, file
 * size limit) against the file name. */
int peg_outdir_close(struct peg_outdir *o, FILE *fp, const char *name,
		     struct peg_diag *d);
/*
 * peg_outdir_adopt - a file that a library wrote itself at tmp/name:
 * gives it mode 0600 and syncs it, like the files of peg_outdir_create.
 * Fails (PEG_EIO) when it is missing or cannot be synced.
 */
int peg_outdir_adopt(struct peg_outdir *o, const char *name,
		     struct peg_diag *d);
/* Records the SHA-256 (hex) of the finished file tmp/name, so that the
 * manifest need not read it again; 0, or -1 out of memory. */
int peg_outdir_note_hash(struct peg_outdir *o, const char *name,
			 const char *hex);
/* The recorded SHA-256 of name, or NULL. */
const char *peg_outdir_hash_of(const struct peg_outdir *o, const char *name);
/* Puts the folder in place; the old one, if any, is removed. */
int peg_outdir_commit(struct peg_outdir *o, struct peg_diag *d);
/* Removes the temporary folder and any parents this run created. */
void peg_outdir_abort(struct peg_outdir *o);
void peg_outdir_release(struct peg_outdir *o);

/* One file of a folder and the function that writes it from ctx;
 * write returns 0, or -1 out of memory. */
struct peg_outfile {
	const char *name;
	int (*write)(const void *ctx, FILE *fp);
};

/*
 * peg_outdir_write - the whole folder `path` from files[0..n), written
 * atomically as above (begin, each file, commit; abort on any failure).
 */
int peg_outdir_write(const char *path, int force,
		     const struct peg_outfile *files, size_t n,
		     const void *ctx, struct peg_diag *d);

/*
 * peg_tmpdir_make - a new private folder (0700) under $TMPDIR, default
 * /tmp, named pegaso-TAG.XXXXXX, into buf; PEG_EIO naming $TMPDIR when
 * it cannot be made ("the temporary folder of the PURPOSE").  The caller
 * removes it (peg_remove_tree).
 */
int peg_tmpdir_make(char *buf, size_t size, const char *tag,
		    const char *purpose, struct peg_diag *d);

/* Removes a folder and its contents; 0 or -1 (errno set). */
int peg_remove_tree(const char *path);

#endif
