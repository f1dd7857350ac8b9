/*
 * manifest.c - writing and reading a run folder's manifest (see
 * manifest.h), finding the run file of a folder and checking that the
 * inputs a manifest records are unchanged.
 *
 * The file is plain text, one record per line, so that an auditor can
 * read it and check it with standard tools:
 *
 *     pegaso-manifest 1
 *     engine 0.1.0-12-gabc1234
 *     numflags -ffp-contract=off -fno-fast-math
 *     lang it
 *     run run.ini
 *     run-output out/2020
 *     input <sha256>  run.ini
 *     input <sha256>  plan/objectives.csv
 *     output <sha256>  indicators.csv
 *
 * Lines starting with '#' are comments.  "<sha256>  name" after the
 * keyword is the format of sha256sum(1).
 */
#include "manifest.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef PEG_NUMFLAGS
#define PEG_NUMFLAGS "unknown"
#endif

#define OOM(d) peg_fail((d), PEG_EINTERNAL, NULL, 0, "out of memory")

/* ---- paths ------------------------------------------------------------ */

char *peg_path_normalise(struct peg_arena *a, const char *p)
{
	size_t n = strlen(p);
	char *out = peg_arena_alloc(a, n + 2);
	if (!out)
		return NULL;
	size_t o = 0;
	if (p[0] == '/')
		out[o++] = '/';
	for (const char *s = p; *s;) {
		while (*s == '/')
			s++;
		size_t len = strcspn(s, "/");
		if (len == 0)
			break;
		if (!(len == 1 && s[0] == '.')) {
			if (o && out[o - 1] != '/')
				out[o++] = '/';
			memcpy(out + o, s, len);
			o += len;
		}
		s += len;
	}
	if (o == 0)
		out[o++] = '.';
	out[o] = '\0';
	return out;
}

/* A path the run file resolved (dir/value), as the run file wrote it. */
static const char *relative_to_run(const struct peg_runfile *rf,
				   const char *path)
{
	const char *dir = rf->dir;
	size_t n = strlen(dir);
	if (strcmp(dir, ".") == 0 || path[0] != dir[0])
		return path;
	if (strncmp(path, dir, n) != 0)
		return path;
	if (dir[n - 1] == '/')
		return path + n;
	return path[n] == '/' ? path + n + 1 : path;
}

/* ---- listing a folder ------------------------------------------------- */

struct names {
	struct peg_arena *a;
	const char **v;
	size_t n, cap;
};

static int add_name(struct names *l, const char *s)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 16;
		const char **v = realloc(l->v, cap * sizeof(*v));
		if (!v)
			return -1;
		l->v = v;
		l->cap = cap;
	}
	const char *c = peg_arena_strdup(l->a, s);
	if (!c)
		return -1;
	l->v[l->n++] = c;
	return 0;
}

static int list_dir(struct names *l, const char *root, const char *rel,
		    const char *skip)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s%s%s", root, *rel ? "/" : "", rel);
	DIR *dir = opendir(path);
	if (!dir)
		return -1;
	struct dirent *de;
	int rc = 0;
	while (rc == 0 && (de = readdir(dir))) {
		if (de->d_name[0] == '.')
			continue;
		char sub[4096], full[8192];
		snprintf(sub, sizeof(sub), "%s%s%s", rel, *rel ? "/" : "",
			 de->d_name);
		if (skip && strcmp(sub, skip) == 0)
			continue;
		snprintf(full, sizeof(full), "%s/%s", root, sub);
		struct stat st;
		if (lstat(full, &st) != 0)
			rc = -1;
		else if (S_ISDIR(st.st_mode))
			rc = list_dir(l, root, sub, skip);
		else if (S_ISREG(st.st_mode))
			rc = add_name(l, sub);
	}
	int e = errno;
	closedir(dir);
	errno = e;
	return rc;
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int peg_list_files(struct peg_arena *a, const char *dir, const char *skip,
		   const char ***names, size_t *n)
{
	struct names l = {a, NULL, 0, 0};
	*names = NULL;
	*n = 0;
	if (list_dir(&l, dir, "", skip)) {
		int e = errno;
		free(l.v);
		errno = e;
		return -1;
	}
	/* into the arena, so the caller frees nothing */
	const char **v = peg_arena_alloc(a, (l.n ? l.n : 1) * sizeof(*v));
	if (!v) {
		free(l.v);
		errno = ENOMEM;
		return -1;
	}
	if (l.n)
		memcpy(v, l.v, l.n * sizeof(*v));
	free(l.v);
	qsort(v, l.n, sizeof(*v), cmp_name);
	*names = v;
	*n = l.n;
	return 0;
}

/* ---- writing ---------------------------------------------------------- */

/* The inputs of a run: where they are, and how the manifest names them. */
struct input {
	const char *path; /* as the engine opened it */
	const char *rel;  /* relative to the run file's folder */
};

static size_t run_inputs(const struct peg_run *r, struct peg_arena *a,
			 struct input *in)
{
	const struct peg_runfile *rf = &r->rf;
	const char *paths[] = {
		rf->rules,
		r->plan.objectives_path,
		r->plan.indicators_path,
		rf->verification,
		rf->staff,
		rf->absences,
		rf->assignments,
		rf->evaluations,
		r->phases.path,
		r->pverifs.path,
	};
	size_t n = 0;
	in[n].path = rf->path;
	in[n++].rel = peg_path_base(rf->path);
	for (size_t i = 0; i < PEG_COUNT(paths); i++) {
		if (!paths[i])
			continue;
		const char *rel =
			peg_path_normalise(a, relative_to_run(rf, paths[i]));
		if (!rel)
			return (size_t)-1;
		size_t k = 0;
		while (k < n && strcmp(in[k].rel, rel) != 0)
			k++;
		if (k < n)
			continue; /* the same file in two roles */
		in[n].path = paths[i];
		in[n++].rel = rel;
	}
	return n;
}

/* One "KEYWORD <sha256>  name" line for the file at path. */
static int hash_line(FILE *fp, const char *keyword, const char *path,
		     const char *name, const char *shown, struct peg_diag *d)
{
	char hex[PEG_SHA256_HEX];
	if (peg_sha256_file(path, hex))
		return peg_fail(d, PEG_EIO, shown, 0,
				"cannot read it back to record its SHA-256: %s",
				strerror(errno));
	fprintf(fp, "%s %s  %s\n", keyword, hex, name);
	return 0;
}

int peg_manifest_write(const struct peg_run *r, struct peg_outdir *od,
		       struct peg_diag *d)
{
	struct peg_arena a = {0};
	struct input in[16];
	const char **out = NULL;
	size_t nout = 0;
	int rc = -1;

	size_t nin = run_inputs(r, &a, in);
	if (nin == (size_t)-1) {
		OOM(d);
		goto done;
	}
	if (peg_list_files(&a, od->tmp, PEG_MANIFEST_NAME, &out, &nout)) {
		peg_fail(d, PEG_EIO, od->final, 0,
			 "cannot list the files written: %s", strerror(errno));
		goto done;
	}
	const char *output =
		peg_path_normalise(&a, relative_to_run(&r->rf, r->rf.output));
	if (!output) {
		OOM(d);
		goto done;
	}

	FILE *fp = peg_outdir_create(od, PEG_MANIFEST_NAME, d);
	if (!fp)
		goto done;
	int bad = 0;
	fprintf(fp,
		"pegaso-manifest %d\n"
		"# SHA-256 of every input (paths relative to the run file's "
		"folder)\n"
		"# and of every output (relative to this folder); check with\n"
		"# `pegaso verify FOLDER` (see README.md, For auditors)\n",
		PEG_MANIFEST_FORMAT);
	fprintf(fp, "engine %s\n", peg_version());
	fprintf(fp, "numflags %s\n", PEG_NUMFLAGS);
	fprintf(fp, "lang %s\n", peg_choices_name(peg_lang_words(), r->lang));
	fprintf(fp, "csv %s\n",
		peg_choices_name(peg_csv_words(), r->csv == PEG_CSV_ITALIAN
							 ? PEG_CSV_IT
							 : PEG_CSV_STANDARD));
	fprintf(fp, "reports %s\n",
		peg_choices_name(peg_reports_words(), r->reports_choice));
	fprintf(fp, "run %s\n", in[0].rel);
	fprintf(fp, "run-output %s\n", output);
	for (size_t i = 0; !bad && i < nin; i++)
		bad = hash_line(fp, "input", in[i].path, in[i].rel, in[i].path,
				d) != 0;
	char path[8192];
	for (size_t i = 0; !bad && i < nout; i++) {
		const char *known = peg_outdir_hash_of(od, out[i]);
		if (known) { /* hashed by its writer when it was finished */
			fprintf(fp, "output %s  %s\n", known, out[i]);
			continue;
		}
		snprintf(path, sizeof(path), "%s/%s", od->tmp, out[i]);
		bad = hash_line(fp, "output", path, out[i], out[i], d) != 0;
	}
	if (peg_outdir_close(od, fp, PEG_MANIFEST_NAME, d) || bad)
		goto done;
	rc = 0;
done:
	peg_arena_release(&a);
	return rc;
}

/* ---- reading ---------------------------------------------------------- */

static int is_hex64(const char *s)
{
	for (int i = 0; i < 64; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		      (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

/* "<sha256>  name" into f; -1 when malformed. */
static int parse_file(struct peg_manifest *m, const char *v, long line,
		      struct peg_manifest_file *f)
{
	if (strlen(v) < 67 || !is_hex64(v) || v[64] != ' ' || v[65] != ' ' ||
	    !v[66])
		return -1;
	memcpy(f->sha, v, 64);
	f->sha[64] = '\0';
	f->path = peg_arena_strdup(&m->arena, v + 66);
	f->line = line;
	return f->path ? 0 : -1;
}

static int push_file(struct peg_manifest_file **v, size_t *n,
		     const struct peg_manifest_file *f)
{
	if ((*n & (*n - 1)) == 0) { /* full at 0, 1, 2, 4, 8...: double */
		struct peg_manifest_file *p =
			realloc(*v, (*n ? 2 * *n : 1) * sizeof(*p));
		if (!p)
			return -1;
		*v = p;
	}
	(*v)[(*n)++] = *f;
	return 0;
}

/* An output name must stay inside the folder. */
static int inside(const char *name)
{
	if (name[0] == '/')
		return 0;
	for (const char *s = name; *s;) {
		size_t len = strcspn(s, "/");
		if (len == 2 && s[0] == '.' && s[1] == '.')
			return 0;
		s += len;
		while (*s == '/')
			s++;
	}
	return 1;
}

static int parse_line(struct peg_manifest *m, char *s, long line,
		      struct peg_diag *d)
{
	const char *path = m->path;
	char *sp = strchr(s, ' ');
	if (!sp)
		return peg_fail(d, PEG_EDATA, path, line,
				"'%s': expected a keyword and a value", s);
	*sp = '\0';
	const char *k = s, *v = sp + 1;
	if (line == 1 || !m->format) {
		long f;
		const char *why;
		if (strcmp(k, "pegaso-manifest") != 0 ||
		    peg_parse_int(v, 1, 1000, &f, &why))
			return peg_fail(d, PEG_EDATA, path, line,
					"not a pegaso manifest (the first line "
					"should be 'pegaso-manifest %d')",
					PEG_MANIFEST_FORMAT);
		if (f > PEG_MANIFEST_FORMAT)
			return peg_fail(
				d, PEG_EDATA, path, line,
				"manifest format %ld, written by a newer "
				"pegaso (this one reads format %d)",
				f, PEG_MANIFEST_FORMAT);
		m->format = (int)f;
		return 0;
	}
	const char **text = strcmp(k, "engine") == 0       ? &m->engine
			    : strcmp(k, "numflags") == 0   ? &m->numflags
			    : strcmp(k, "run") == 0        ? &m->run
			    : strcmp(k, "run-output") == 0 ? &m->run_output
							   : NULL;
	if (text) {
		if (*text)
			return peg_fail(d, PEG_EDATA, path, line,
					"'%s' given twice", k);
		*text = peg_arena_strdup(&m->arena, v);
		return *text ? 0 : OOM(d);
	}
	/* records with a fixed set of words */
	const struct {
		const char *key;
		const struct peg_choices *words;
	} fixed[] = {{"csv", peg_csv_words()},
		     {"reports", peg_reports_words()},
		     {"lang", peg_lang_words()}};
	for (size_t f = 0; f < PEG_COUNT(fixed); f++) {
		if (strcmp(k, fixed[f].key) != 0)
			continue;
		int value;
		char list[64];
		if (peg_choices_find(fixed[f].words, v, &value))
			return peg_fail(d, PEG_EDATA, path, line,
					"%s '%s': expected %s", k, v,
					peg_choices_list(fixed[f].words, list,
							 sizeof(list)));
		if (f == 0)
			m->csv = (enum peg_csv_choice)value;
		else if (f == 1)
			m->reports = (enum peg_reports_choice)value;
		else
			m->lang = (enum peg_lang)value;
		return 0;
	}
	int is_in = strcmp(k, "input") == 0;
	if (is_in || strcmp(k, "output") == 0) {
		struct peg_manifest_file f;
		if (parse_file(m, v, line, &f))
			return peg_fail(d, PEG_EDATA, path, line,
					"%s: expected a SHA-256 in hex, two "
					"spaces and a file name",
					k);
		if (!is_in && !inside(f.path))
			return peg_fail(d, PEG_EDATA, path, line,
					"output '%s' is outside the folder",
					f.path);
		int rc = is_in ? push_file(&m->input, &m->ninput, &f)
			       : push_file(&m->output, &m->noutput, &f);
		return rc ? OOM(d) : 0;
	}
	return peg_fail(d, PEG_EDATA, path, line, "unknown record '%s'", k);
}

int peg_manifest_load(struct peg_manifest *m, const char *outdir,
		      struct peg_diag *d)
{
	memset(m, 0, sizeof(*m));
	char *path = peg_path_join(&m->arena, outdir, PEG_MANIFEST_NAME);
	if (!path)
		return OOM(d);
	m->path = path;
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return peg_fail(d, PEG_EIO, path, 0,
				"cannot open: %s (every run folder written "
				"by pegaso has one)",
				strerror(errno));
	struct peg_buf line = {0};
	long n = 0;
	int rc = 0, c;
	do {
		peg_buf_reset(&line);
		while ((c = getc(fp)) != EOF && c != '\n')
			peg_buf_putc(&line, (char)c);
		if (c == EOF && line.len == 0)
			break;
		n++;
		if (line.oom) {
			rc = OOM(d);
			break;
		}
		char *s = line.data;
		if (!s || s[0] == '#' || !s[0])
			continue;
		if (strlen(s) != line.len) {
			rc = peg_fail(d, PEG_EDATA, path, n,
				      "a NUL byte: not a manifest");
			break;
		}
		rc = parse_line(m, s, n, d);
	} while (rc == 0 && c != EOF);
	if (rc == 0 && ferror(fp))
		rc = peg_fail(d, PEG_EIO, path, 0, "cannot read: %s",
			      strerror(errno));
	fclose(fp);
	peg_buf_release(&line);
	if (rc)
		return -1;
	const char *missing = !m->format       ? "pegaso-manifest"
			      : !m->engine     ? "engine"
			      : !m->run        ? "run"
			      : !m->run_output ? "run-output"
			      : !m->ninput     ? "input"
					       : NULL;
	if (missing)
		return peg_fail(d, PEG_EDATA, path, 0,
				"no '%s' record: not a complete manifest",
				missing);
	if (!m->numflags)
		m->numflags = "";
	return 0;
}

void peg_manifest_release(struct peg_manifest *m)
{
	free(m->input);
	free(m->output);
	peg_arena_release(&m->arena);
	memset(m, 0, sizeof(*m));
}

/* ---- the run file of a folder ----------------------------------------- */

int peg_manifest_runfile(struct peg_manifest *m, const char *outdir,
			 const char *given, const char **path,
			 struct peg_diag *d)
{
	*path = NULL;
	if (given) {
		*path = given;
		return 0;
	}
	const char *o = m->run_output;
	size_t k = 0;
	int usable = o[0] != '/' && strcmp(o, ".") != 0;
	for (const char *s = o; usable && *s;) {
		size_t len = strcspn(s, "/");
		if (len == 2 && s[0] == '.' && s[1] == '.')
			usable = 0;
		k++;
		s += len;
		while (*s == '/')
			s++;
	}
	if (!usable)
		return peg_fail(d, PEG_EIO, outdir, 0,
				"the run file's output ('%s') does not tell "
				"where the run file is: give it with --run "
				"RUN.ini",
				o);
	/* The folder must be the output the run file names (its last
	 * component at least): one written with --out, or renamed, does
	 * not tell where the run file is. */
	size_t ol = strlen(o), fl = strlen(outdir);
	while (ol > 1 && o[ol - 1] == '/')
		ol--;
	while (fl > 1 && outdir[fl - 1] == '/')
		fl--;
	size_t ob = ol, fb = fl;
	while (ob > 0 && o[ob - 1] != '/')
		ob--;
	while (fb > 0 && outdir[fb - 1] != '/')
		fb--;
	int same = ol - ob == fl - fb &&
		   memcmp(o + ob, outdir + fb, ol - ob) == 0;
	int dots = fl - fb <= 2 && outdir[fb] == '.' &&
		   (fl - fb == 1 || outdir[fb + 1] == '.');
	if (!same && !dots)
		return peg_fail(d, PEG_EIO, outdir, 0,
				"not the run file's output ('%s'), so it does "
				"not tell where the run file is (written with "
				"--out, or moved): give it with --run RUN.ini",
				o);
	/* Strip k components off outdir; where they run out (or are "."
	 * or ".."), climb with "..". */
	size_t len = strlen(outdir), up = 0;
	for (size_t i = 0; i < k; i++) {
		while (len > 1 && outdir[len - 1] == '/')
			len--;
		size_t s = len;
		while (s > 0 && outdir[s - 1] != '/')
			s--;
		size_t cl = len - s;
		if (cl == 0 || (cl == 1 && outdir[s] == '.') ||
		    (cl == 2 && outdir[s] == '.' && outdir[s + 1] == '.')) {
			up = k - i;
			break;
		}
		len = s;
	}
	struct peg_buf b = {0};
	if (len == 0)
		peg_buf_puts(&b, up ? ".." : ".");
	else {
		while (len > 1 && outdir[len - 1] == '/')
			len--;
		peg_buf_add(&b, outdir, len);
		if (up)
			peg_buf_puts(&b, "/..");
	}
	for (size_t i = 1; i < up; i++)
		peg_buf_puts(&b, "/..");
	char *p = b.oom ? NULL
			: peg_path_join(&m->arena, peg_buf_str(&b), m->run);
	peg_buf_release(&b);
	if (!p)
		return OOM(d);
	struct stat st;
	if (stat(p, &st) != 0 || !S_ISREG(st.st_mode))
		return peg_fail(d, PEG_EIO, p, 0,
				"cannot find the run file of %s here (its "
				"output is '%s'): give it with --run RUN.ini",
				outdir, o);
	*path = p;
	return 0;
}

/* ---- checking the inputs ---------------------------------------------- */

int peg_manifest_check_inputs(struct peg_manifest *m, const char *runfile,
			      size_t *changed, struct peg_diag *d)
{
	char *dir = peg_path_dir(&m->arena, runfile);
	int bad = 0;
	*changed = 0;
	if (!dir)
		return OOM(d);
	for (size_t i = 0; i < m->ninput; i++) {
		const struct peg_manifest_file *f = &m->input[i];
		const char *p =
			i == 0 && strcmp(f->path, m->run) == 0
				? runfile
				: peg_path_join(&m->arena, dir, f->path);
		if (!p)
			return OOM(d);
		char hex[PEG_SHA256_HEX];
		if (peg_sha256_file(p, hex)) {
			if (errno == ENOENT) {
				peg_fail(d, PEG_EDIFFER, p, 0,
					 "input missing (the manifest records "
					 "it, %s:%ld)",
					 m->path, f->line);
				(*changed)++;
			} else
				peg_fail(d, PEG_EIO, p, 0, "cannot read: %s",
					 strerror(errno));
			bad = 1;
		} else if (strcmp(hex, f->sha) != 0) {
			peg_fail(d, PEG_EDIFFER, p, 0,
				 "input changed since the run (its SHA-256 is "
				 "not the one in %s:%ld)",
				 m->path, f->line);
			(*changed)++;
			bad = 1;
		}
	}
	return bad ? -1 : 0;
}
