/*
 * outdir.c - atomic, private run folders (see outdir.h).
 *
 * Linux's renameat2(RENAME_EXCHANGE) swaps the new folder with the old one
 * in one step, so a reader (or a crash) sees either the old folder whole or
 * the new one whole.  Where the exchange is not supported, the old folder
 * is first renamed aside, which leaves a short window without a target but
 * never a partial one.
 */
#define _GNU_SOURCE
#include "outdir.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int unlink_cb(const char *path, const struct stat *st, int flag,
		     struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	return flag == FTW_DP ? rmdir(path) : unlink(path);
}

int peg_tmpdir_make(char *buf, size_t size, const char *tag,
		    const char *purpose, struct peg_diag *d)
{
	const char *base = getenv("TMPDIR");
	if (!base || !*base)
		base = "/tmp";
	snprintf(buf, size, "%s/pegaso-%s.XXXXXX", base, tag);
	if (!mkdtemp(buf))
		return peg_fail(d, PEG_EIO, base, 0,
				"cannot create the temporary folder of the "
				"%s here: %s (set TMPDIR)",
				purpose, strerror(errno));
	return 0;
}

int peg_remove_tree(const char *path)
{
	return nftw(path, unlink_cb, 16, FTW_DEPTH | FTW_PHYS);
}

static char *base_name(const char *path)
{
	size_t n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		n--;
	size_t s = n;
	while (s > 0 && path[s - 1] != '/')
		s--;
	return strndup(path + s, n - s);
}

static char *dir_name(const char *path)
{
	size_t n = strlen(path);
	while (n > 1 && path[n - 1] == '/')
		n--;
	while (n > 0 && path[n - 1] != '/')
		n--;
	if (n == 0)
		return strdup(".");
	while (n > 1 && path[n - 1] == '/')
		n--;
	return strndup(path, n);
}

/* Creates the missing folders of path, outermost first. */
static int make_parents(struct peg_outdir *o, const char *path,
			struct peg_diag *d)
{
	struct stat st;
	if (stat(path, &st) == 0) {
		if (!S_ISDIR(st.st_mode))
			return peg_fail(d, PEG_EIO, path, 0,
					"is not a folder");
		return 0;
	}
	char *up = dir_name(path);
	if (!up)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	int r = strcmp(up, path) != 0 ? make_parents(o, up, d) : 0;
	free(up);
	if (r)
		return r;
	if (mkdir(path, 0700) != 0 && errno != EEXIST)
		return peg_fail(d, PEG_EIO, path, 0, "cannot create folder: %s",
				strerror(errno));
	char **p = realloc(o->created, (o->ncreated + 1) * sizeof(*p));
	if (!p)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	o->created = p;
	o->created[o->ncreated] = strdup(path);
	if (!o->created[o->ncreated])
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	o->ncreated++;
	return 0;
}

/* Removes ".BASE.pegaso-tmp.PID.*" folders whose process is gone. */
static void sweep_stale(const char *parent, const char *base)
{
	DIR *dir = opendir(parent);
	if (!dir)
		return;
	char prefix[512];
	snprintf(prefix, sizeof(prefix), ".%s.pegaso-tmp.", base);
	size_t pl = strlen(prefix);
	struct dirent *de;
	while ((de = readdir(dir))) {
		if (strncmp(de->d_name, prefix, pl) != 0)
			continue;
		long pid = strtol(de->d_name + pl, NULL, 10);
		if (pid <= 0 || (kill((pid_t)pid, 0) == 0 || errno == EPERM))
			continue; /* its writer may still be running */
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", parent, de->d_name);
		peg_remove_tree(path);
	}
	closedir(dir);
}

int peg_outdir_begin(struct peg_outdir *o, const char *path, int force,
		     struct peg_diag *d)
{
	memset(o, 0, sizeof(*o));
	struct stat st;
	if (lstat(path, &st) == 0) {
		if (!S_ISDIR(st.st_mode))
			return peg_fail(d, PEG_EIO, path, 0,
					"exists and is not a folder");
		if (!force)
			return peg_fail(d, PEG_EIO, path, 0,
					"output folder exists (use --force to "
					"replace it)");
	}
	o->final = strdup(path);
	o->parent = dir_name(path);
	char *base = base_name(path);
	if (!o->final || !o->parent || !base) {
		free(base);
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	}
	if (make_parents(o, o->parent, d)) {
		free(base);
		peg_outdir_abort(o);
		return -1;
	}
	sweep_stale(o->parent, base);
	size_t n = strlen(o->parent) + strlen(base) + 64;
	o->tmp = malloc(n);
	if (!o->tmp) {
		free(base);
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	}
	snprintf(o->tmp, n, "%s/.%s.pegaso-tmp.%ld.XXXXXX", o->parent, base,
		 (long)getpid());
	free(base);
	if (!mkdtemp(o->tmp)) {
		int e = errno;
		free(o->tmp);
		o->tmp = NULL;
		peg_outdir_abort(o);
		return peg_fail(d, PEG_EIO, o->parent, 0,
				"cannot create a folder here: %s",
				strerror(e));
	}
	return 0;
}

FILE *peg_outdir_create(struct peg_outdir *o, const char *name,
			struct peg_diag *d)
{
	size_t n = strlen(o->tmp) + strlen(name) + 2;
	char *p = malloc(n);
	if (!p) {
		peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
		return NULL;
	}
	snprintf(p, n, "%s/%s", o->tmp, name);
	int fd = open(p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	free(p);
	FILE *fp = fd >= 0 ? fdopen(fd, "wb") : NULL;
	if (!fp) {
		peg_fail(d, PEG_EIO, o->final, 0, "cannot create %s: %s", name,
			 strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	static const size_t bufsize = 1 << 16;
	setvbuf(fp, NULL, _IOFBF, bufsize);
	return fp;
}

int peg_outdir_close(struct peg_outdir *o, FILE *fp, const char *name,
		     struct peg_diag *d)
{
	int err = 0;
	if (fflush(fp) != 0 || ferror(fp))
		err = errno ? errno : EIO;
	else if (fsync(fileno(fp)) != 0 && errno != EINVAL)
		err = errno;
	if (fclose(fp) != 0 && !err)
		err = errno;
	if (err)
		return peg_fail(d, PEG_EIO, o->final, 0, "cannot write %s: %s",
				name, strerror(err));
	return 0;
}

int peg_outdir_adopt(struct peg_outdir *o, const char *name,
		     struct peg_diag *d)
{
	size_t n = strlen(o->tmp) + strlen(name) + 2;
	char *p = malloc(n);
	if (!p)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	snprintf(p, n, "%s/%s", o->tmp, name);
	int fd = open(p, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	free(p);
	int err = fd < 0 ? errno : 0;
	if (!err && fchmod(fd, 0600) != 0)
		err = errno;
	if (!err && fsync(fd) != 0 && errno != EINVAL)
		err = errno;
	if (fd >= 0)
		close(fd);
	if (err)
		return peg_fail(d, PEG_EIO, o->final, 0, "cannot write %s: %s",
				name, strerror(err));
	return 0;
}

static void sync_dir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

/* After a commit the parents hold the folder: keep them. */
static void keep_parents(struct peg_outdir *o)
{
	for (size_t i = 0; i < o->ncreated; i++)
		free(o->created[i]);
	o->ncreated = 0;
}

int peg_outdir_commit(struct peg_outdir *o, struct peg_diag *d)
{
	sync_dir(o->tmp);
	struct stat st;
	if (lstat(o->final, &st) == 0) {
		if (renameat2(AT_FDCWD, o->tmp, AT_FDCWD, o->final,
			      RENAME_EXCHANGE) == 0) {
			/* o->tmp now names the old folder. */
			sync_dir(o->parent);
			peg_remove_tree(o->tmp);
			free(o->tmp);
			o->tmp = NULL;
			keep_parents(o);
			return 0;
		}
		if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
			return peg_fail(d, PEG_EIO, o->final, 0,
					"cannot replace the folder: %s",
					strerror(errno));
		/* No exchange here: move the old folder aside first. */
		size_t n = strlen(o->tmp) + 8;
		char *old = malloc(n);
		if (!old)
			return peg_fail(d, PEG_EINTERNAL, NULL, 0,
					"out of memory");
		snprintf(old, n, "%s.old", o->tmp);
		if (rename(o->final, old) != 0) {
			free(old);
			return peg_fail(d, PEG_EIO, o->final, 0,
					"cannot replace the folder: %s",
					strerror(errno));
		}
		if (rename(o->tmp, o->final) != 0) {
			int e = errno;
			rename(old, o->final);
			free(old);
			return peg_fail(d, PEG_EIO, o->final, 0,
					"cannot move the new folder in "
					"place: %s",
					strerror(e));
		}
		peg_remove_tree(old);
		free(old);
	} else if (rename(o->tmp, o->final) != 0) {
		return peg_fail(d, PEG_EIO, o->final, 0,
				"cannot move the new folder in place: %s",
				strerror(errno));
	}
	sync_dir(o->parent);
	free(o->tmp);
	o->tmp = NULL;
	keep_parents(o);
	return 0;
}

void peg_outdir_abort(struct peg_outdir *o)
{
	if (o->tmp) {
		peg_remove_tree(o->tmp);
		free(o->tmp);
		o->tmp = NULL;
	}
	while (o->ncreated) {
		o->ncreated--;
		rmdir(o->created[o->ncreated]);
		free(o->created[o->ncreated]);
	}
}

void peg_outdir_release(struct peg_outdir *o)
{
	peg_outdir_abort(o);
	free(o->final);
	free(o->parent);
	for (size_t i = 0; i < o->ncreated; i++)
		free(o->created[i]);
	free(o->created);
	for (size_t i = 0; i < o->nhash; i++)
		free(o->hash[i].name);
	free(o->hash);
	memset(o, 0, sizeof(*o));
}

int peg_outdir_note_hash(struct peg_outdir *o, const char *name,
			 const char *hex)
{
	if (strlen(hex) != sizeof(o->hash[0].hex) - 1 ||
	    peg_grow((void **)&o->hash, &o->caphash, o->nhash,
		     sizeof(*o->hash)))
		return -1;
	struct peg_outdir_hash *h = &o->hash[o->nhash];
	if (!(h->name = strdup(name)))
		return -1;
	memcpy(h->hex, hex, sizeof(h->hex));
	o->nhash++;
	return 0;
}

const char *peg_outdir_hash_of(const struct peg_outdir *o, const char *name)
{
	for (size_t i = 0; i < o->nhash; i++)
		if (strcmp(o->hash[i].name, name) == 0)
			return o->hash[i].hex;
	return NULL;
}

int peg_outdir_write(const char *path, int force,
		     const struct peg_outfile *files, size_t n,
		     const void *ctx, struct peg_diag *d)
{
	struct peg_outdir od;
	if (peg_outdir_begin(&od, path, force, d)) {
		peg_outdir_release(&od);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		FILE *fp = peg_outdir_create(&od, files[i].name, d);
		if (!fp)
			goto fail;
		int rc = files[i].write(ctx, fp);
		if (peg_outdir_close(&od, fp, files[i].name, d))
			goto fail;
		if (rc) {
			peg_fail(d, PEG_EINTERNAL, NULL, 0,
				 "out of memory while writing %s",
				 files[i].name);
			goto fail;
		}
	}
	if (peg_outdir_commit(&od, d))
		goto fail;
	peg_outdir_release(&od);
	return 0;
fail:
	peg_outdir_abort(&od);
	peg_outdir_release(&od);
	return -1;
}
