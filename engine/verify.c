/*
 * verify.c - audit reproduction of a run folder (peg_verify, see
 * pegaso.h): the folder against its manifest, the inputs against their
 * recorded SHA-256, a new run of the same inputs into a private temporary
 * folder, and a byte-for-byte comparison of every file, reporting the
 * first differing line of each.
 *
 * The temporary folder lives under $TMPDIR (default /tmp), not beside the
 * run folder, so that an archived run folder can be verified from
 * read-only media; it is created 0700 (the reproduction holds the same
 * personal pay data) and removed before returning.
 */
#include "verify.h"
#include "manifest.h"
#include "run.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define OOM(d) peg_fail((d), PEG_EINTERNAL, NULL, 0, "out of memory")

/* ---- files ------------------------------------------------------------ */

/* ---- comparing two versions of a file --------------------------------- */

/* Appends the part of a line worth showing around byte col (0-based);
 * cut: the line began before `line`. */
static void excerpt(struct peg_buf *b, const char *line, size_t len, size_t col,
		    int cut)
{
	if (len && line[len - 1] == '\r' && col < len - 1)
		len--;
	size_t start = col > 60 ? col - 40 : 0, end = len;
	if (start > len)
		start = len;
	if (end - start > 100)
		end = start + 100;
	while (start > 0 && ((unsigned char)line[start] & 0xC0) == 0x80)
		start--;
	while (end < len && ((unsigned char)line[end] & 0xC0) == 0x80)
		end++;
	size_t bad;
	int utf8 = peg_utf8_check(line + start, end - start, &bad, NULL) == 0;
	if (start || cut)
		peg_buf_puts(b, "...");
	for (size_t i = start; i < end; i++) {
		unsigned char c = (unsigned char)line[i];
		if (c < 0x20 || c == 0x7f || (!utf8 && c >= 0x80))
			peg_buf_printf(b, "\\x%02X", c);
		else
			peg_buf_putc(b, (char)c);
	}
	if (end < len)
		peg_buf_puts(b, "...");
}

static void note_line(struct peg_diag *d, const char *shown, long line,
		      const char *label, int width, const char *s, size_t n,
		      size_t ls, size_t col, int cut)
{
	struct peg_buf b = {0};
	if (ls >= n) {
		peg_buf_puts(&b, "(end of file)");
	} else {
		const char *e = memchr(s + ls, '\n', n - ls);
		size_t len = e ? (size_t)(e - (s + ls)) : n - ls;
		excerpt(&b, s + ls, len, col, cut);
	}
	peg_note(d, shown, line, "%s:%*s%s", label,
		 width - (int)strlen(label) + 1, "", peg_buf_str(&b));
	if (b.oom)
		d->oom = 1;
	peg_buf_release(&b);
}

int peg_compare_bytes(struct peg_diag *d, const char *shown, const char *a,
		      size_t na, const char *la, const char *b, size_t nb,
		      const char *lb)
{
	size_t n = na < nb ? na : nb, o = 0;
	while (o + 4096 <= n && memcmp(a + o, b + o, 4096) == 0)
		o += 4096;
	while (o < n && a[o] == b[o])
		o++;
	if (o == n && na == nb)
		return 0;
	/* the line holding byte o: same start in both versions */
	long line = 1;
	size_t ls = 0;
	for (const char *p = a; (p = memchr(p, '\n', (size_t)(a + o - p)));
	     p++) {
		line++;
		ls = (size_t)(p - a) + 1;
	}
	size_t col = o - ls;
	peg_fail(d, PEG_EDIFFER, shown, line,
		 "differs from the %s (column %zu)", lb, col + 1);
	int w = (int)(strlen(la) > strlen(lb) ? strlen(la) : strlen(lb));
	note_line(d, shown, line, la, w, a, na, ls, col, 0);
	note_line(d, shown, line, lb, w, b, nb, ls, col, 0);
	return 1;
}

/* Up to n bytes of fp from offset at; the count read. */
static size_t read_at(FILE *fp, uint64_t at, char *buf, size_t n)
{
	if (fseeko(fp, (off_t)at, SEEK_SET) != 0)
		return 0;
	return fread(buf, 1, n, fp);
}

#define CHUNK (1u << 16)
#define WINDOW 4400 /* bytes read around a difference to show it */

int peg_compare_files(struct peg_diag *d, const char *shown, const char *pa,
		      const char *la, const char *pb, const char *lb)
{
	FILE *fa = fopen(pa, "rb");
	int e = errno, rc = -1;
	FILE *fb = fa ? fopen(pb, "rb") : NULL;
	if (fa && !fb)
		e = errno;
	char *ba = malloc(2 * CHUNK), *bb = ba + CHUNK;
	if (!ba)
		e = ENOMEM;
	if (!fa || !fb || !ba)
		goto done;
	uint64_t off = 0, ls = 0, o = 0;
	long line = 1;
	int differ = 0;
	for (;;) {
		size_t na = fread(ba, 1, CHUNK, fa),
		       nb = fread(bb, 1, CHUNK, fb);
		if (ferror(fa) || ferror(fb)) {
			e = EIO;
			goto done;
		}
		size_t n = na < nb ? na : nb, i = 0;
		while (i + 64 <= n && memcmp(ba + i, bb + i, 64) == 0)
			i += 64;
		while (i < n && ba[i] == bb[i])
			i++;
		for (const char *p = ba;
		     (p = memchr(p, '\n', (size_t)(ba + i - p))); p++) {
			line++;
			ls = off + (uint64_t)(p - ba) + 1;
		}
		if (i < n || na != nb) {
			o = off + i;
			differ = 1;
			break;
		}
		if (na == 0)
			break;
		off += n;
	}
	rc = 0;
	if (differ) {
		/* a window of each version around the difference */
		size_t col = (size_t)(o - ls);
		uint64_t ws = col > WINDOW - 400 ? o - 48 : ls;
		char wa[WINDOW], wb[WINDOW];
		size_t wna = read_at(fa, ws, wa, sizeof(wa));
		size_t wnb = read_at(fb, ws, wb, sizeof(wb));
		int w = (int)(strlen(la) > strlen(lb) ? strlen(la)
						      : strlen(lb));
		peg_fail(d, PEG_EDIFFER, shown, line,
			 "differs from the %s (column %zu)", lb, col + 1);
		note_line(d, shown, line, la, w, wa, wna, 0, (size_t)(o - ws),
			  ws > ls);
		note_line(d, shown, line, lb, w, wb, wnb, 0, (size_t)(o - ws),
			  ws > ls);
		rc = 1;
	}
done:
	if (fa)
		fclose(fa);
	if (fb)
		fclose(fb);
	free(ba);
	if (rc < 0)
		errno = e ? e : EIO;
	return rc;
}

/* ---- verify ----------------------------------------------------------- */

/* Moves x into d: errors other than differences first (their code is the
 * exit code), then everything else in order. */
static void move_errors_first(struct peg_diag *d, struct peg_diag *x)
{
	struct peg_diag rest;
	peg_diag_init(&rest);
	for (size_t i = 0; i < x->n; i++) {
		const struct peg_error *e = &x->item[i];
		if (e->severity == PEG_SEV_ERROR && e->code != PEG_EDIFFER)
			peg_fail(d, e->code, e->file, e->line, "%s",
				 e->message);
		else if (e->severity == PEG_SEV_ERROR)
			peg_fail(&rest, e->code, e->file, e->line, "%s",
				 e->message);
		else if (e->severity == PEG_SEV_WARNING)
			peg_warn(&rest, e->file, e->line, "%s", e->message);
		else
			peg_note(&rest, e->file, e->line, "%s", e->message);
	}
	if (x->oom)
		d->oom = 1;
	peg_diag_release(x);
	peg_diag_move(d, &rest);
}

static const struct peg_manifest_file *recorded(const struct peg_manifest *m,
						const char *name)
{
	for (size_t i = 0; i < m->noutput; i++)
		if (strcmp(m->output[i].path, name) == 0)
			return &m->output[i];
	return NULL;
}

/* A new run of runfile into dir/run; 0, or -1 with the reasons in rd. */
static int reproduce(const char *runfile, const char *dir,
		     const struct peg_manifest *m, struct peg_diag *rd)
{
	char out[4096 + 8];
	snprintf(out, sizeof(out), "%s/run", dir);
	struct peg_run *r = NULL;
	/* the options the run was written with, as the manifest says */
	struct peg_run_options ro = {out, 0, m->lang, m->csv, m->reports};
	int rc = peg_run_load(&r, runfile, rd) || peg_run_compute(r, rd) ||
				 peg_run_write(r, &ro, rd)
			 ? -1
			 : 0;
	peg_run_free(r);
	return rc;
}

/*
 * One file of the union of the run folder, the reproduction and the
 * manifest's outputs: checks against the manifest, then the comparison.
 * Returns 1 when something differs, 0 when not, -1 on a hard error
 * (in x).
 */
static int check_file(const struct peg_manifest *m, const char *outdir,
		      const char *repdir, const char *name, int in_f, int in_r,
		      struct peg_diag *x)
{
	char shown[8192], rpath[8192];
	const struct peg_manifest_file *mf = recorded(m, name);
	int is_manifest = strcmp(name, PEG_MANIFEST_NAME) == 0;
	int differ = 0;

	snprintf(shown, sizeof(shown), "%s%s%s", outdir,
		 outdir[strlen(outdir) - 1] == '/' ? "" : "/", name);
	if (!is_manifest) {
		char hex[PEG_SHA256_HEX];
		if (mf && !in_f) {
			peg_fail(x, PEG_EDIFFER, shown, 0,
				 "missing from the run folder (%s:%ld records "
				 "it)",
				 m->path, mf->line);
			differ = 1;
		} else if (!mf && in_f) {
			peg_fail(x, PEG_EDIFFER, shown, 0,
				 "not written by the run (%s does not record "
				 "it)",
				 m->path);
			differ = 1;
		} else if (mf && peg_sha256_file(shown, hex)) {
			return peg_fail(x, PEG_EIO, shown, 0, "cannot read: %s",
					strerror(errno));
		} else if (mf && strcmp(hex, mf->sha) != 0) {
			peg_fail(
				x, PEG_EDIFFER, shown, 0,
				"changed after the run (its SHA-256 is not the "
				"one in %s:%ld)",
				m->path, mf->line);
			differ = 1;
		}
	}
	if (repdir && in_f && in_r) {
		snprintf(rpath, sizeof(rpath), "%s/%s", repdir, name);
		int rc = peg_compare_files(x, shown, shown, "run folder", rpath,
					   "reproduction");
		if (rc < 0)
			return peg_fail(x, PEG_EIO, shown, 0, "cannot read: %s",
					strerror(errno));
		differ |= rc;
	} else if (repdir && in_f && (mf || is_manifest)) {
		peg_fail(x, PEG_EDIFFER, shown, 0,
			 "not written by the reproduction");
		differ = 1;
	} else if (repdir && in_r && !mf) {
		peg_fail(x, PEG_EDIFFER, shown, 0,
			 "missing from the run folder (the reproduction "
			 "writes it)");
		differ = 1;
	}
	return differ;
}

/* Adds the names of b not in a (both sorted) to the union u. */
static const char **merge(const char **a, size_t na, const char **b, size_t nb,
			  size_t *n)
{
	const char **u = malloc((na + nb + 1) * sizeof(*u));
	size_t i = 0, j = 0, k = 0;
	if (!u)
		return NULL;
	while (i < na || j < nb) {
		int c = i == na ? 1 : j == nb ? -1 : strcmp(a[i], b[j]);
		u[k++] = c <= 0 ? a[i] : b[j];
		i += c <= 0;
		j += c >= 0;
	}
	*n = k;
	return u;
}

static int contains(const char **v, size_t n, const char *s)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(v[mid], s);
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int peg_verify(const char *outdir, const struct peg_audit_options *opt,
	       struct peg_verify_stats *st, struct peg_diag *d)
{
	struct peg_manifest m;
	struct peg_diag x;
	struct peg_arena a = {0};
	const char *runfile = NULL;
	char tmp[4096] = "";
	const char **fo = NULL, **fr = NULL, **fm = NULL, **u1 = NULL,
		   **u = NULL;
	size_t nfo = 0, nfr = 0, nu1 = 0, nu = 0;
	int repro_ok = 0;

	memset(st, 0, sizeof(*st));
	peg_diag_init(&x);
	if (peg_manifest_load(&m, outdir, d)) {
		peg_manifest_release(&m);
		return -1;
	}
	st->inputs = m.ninput;
	if (strcmp(m.engine, peg_version()) != 0)
		peg_warn(d, m.path, 0,
			 "the run was made by pegaso %s, this is pegaso %s: "
			 "the files naming the engine (summary.txt, the "
			 "manifest) cannot be identical",
			 m.engine, peg_version());
	if (peg_manifest_runfile(&m, outdir, opt ? opt->runfile : NULL,
				 &runfile, d)) {
		peg_manifest_release(&m);
		return -1;
	}

	/* the inputs */
	peg_manifest_check_inputs(&m, runfile, &st->inputs_changed, &x);

	/* the reproduction */
	if (peg_tmpdir_make(tmp, sizeof(tmp), "verify", "reproduction", &x)) {
		tmp[0] = '\0';
		goto done;
	}
	struct peg_diag rd;
	peg_diag_init(&rd);
	if (reproduce(runfile, tmp, &m, &rd) == 0) {
		repro_ok = st->reproduced = 1;
	} else if (st->inputs_changed) {
		char line[1024] = "";
		for (size_t i = 0; i < rd.n; i++)
			if (rd.item[i].severity == PEG_SEV_ERROR) {
				peg_diag_format(&rd.item[i], line,
						sizeof(line));
				break;
			}
		peg_note(&x, NULL, 0,
			 "the inputs changed and the reproduction stopped: %s",
			 line);
	} else {
		/* unchanged inputs that no longer run: keep the reasons */
		for (size_t i = 0; i < rd.n; i++)
			if (rd.item[i].severity == PEG_SEV_ERROR)
				peg_fail(&x, rd.item[i].code, rd.item[i].file,
					 rd.item[i].line, "%s",
					 rd.item[i].message);
		peg_note(&x, NULL, 0,
			 "the reproduction of %s failed on the inputs its "
			 "manifest records",
			 outdir);
	}
	peg_diag_release(&rd);

	/* every file: the folder, the reproduction, the manifest */
	char rep[4096 + 8];
	snprintf(rep, sizeof(rep), "%s/run", tmp);
	if (peg_list_files(&a, outdir, NULL, &fo, &nfo)) {
		peg_fail(&x, PEG_EIO, outdir, 0, "cannot list the folder: %s",
			 strerror(errno));
		goto done;
	}
	if (repro_ok && peg_list_files(&a, rep, NULL, &fr, &nfr)) {
		peg_fail(&x, PEG_EIO, rep, 0, "cannot list the folder: %s",
			 strerror(errno));
		goto done;
	}
	fm = malloc((m.noutput + 1) * sizeof(*fm));
	if (!fm) {
		OOM(&x);
		goto done;
	}
	for (size_t i = 0; i < m.noutput; i++)
		fm[i] = m.output[i].path;
	qsort(fm, m.noutput, sizeof(*fm), cmp_str);
	u1 = merge(fo, nfo, fr, nfr, &nu1);
	u = u1 ? merge(u1, nu1, fm, m.noutput, &nu) : NULL;
	if (!u) {
		OOM(&x);
		goto done;
	}
	st->files = nu;
	for (size_t i = 0; i < nu; i++) {
		int rc = check_file(&m, outdir, repro_ok ? rep : NULL, u[i],
				    contains(fo, nfo, u[i]),
				    contains(fr, nfr, u[i]), &x);
		if (rc < 0)
			break;
		st->files_differ += (size_t)rc;
	}
done:
	if (tmp[0])
		peg_remove_tree(tmp);
	free(fm);
	free(u1);
	free(u);
	peg_arena_release(&a);
	peg_manifest_release(&m);
	int bad = x.errors > 0 || x.oom;
	move_errors_first(d, &x);
	return bad ? -1 : 0;
}
