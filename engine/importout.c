/*
 * importout.c - pegaso import end to end (peg_import in pegaso.h): read
 * the document, parse it (import.c), apply the corrections (overrides.c)
 * and write the output folder atomically: objectives.csv, indicators.csv
 * and phases.csv in the plan formats of SPEC 2.2, and import-report.csv.
 *
 * Rows are in natural id order, report lines in document order; nothing
 * depends on the machine, the time or the path: the same document gives
 * the same bytes.
 */
#include "csvwrite.h"
#include "import.h"
#include "outdir.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_DOC (64L * 1024 * 1024)

static int read_file(const char *path, char **buf, size_t *n,
		     struct peg_diag *d)
{
	struct stat st;
	*buf = NULL;
	*n = 0;
	if (stat(path, &st) != 0)
		return peg_fail(d, PEG_EIO, path, 0, "cannot read: %s",
				strerror(errno));
	if (!S_ISREG(st.st_mode))
		return peg_fail(d, PEG_EIO, path, 0,
				"cannot read: not a regular file");
	if (st.st_size > MAX_DOC)
		return peg_fail(d, PEG_EDATA, path, 0,
				"the document is larger than 64 MiB (expected "
				"the PEG cards as tab-separated text)");
	if (peg_read_file(path, buf, n))
		return errno == ENOMEM ? peg_fail(d, PEG_EINTERNAL, NULL, 0,
						  "out of memory")
				       : peg_fail(d, PEG_EIO, path, 0,
						  "cannot read: %s",
						  strerror(errno));
	return 0;
}

/* ---- ordering ----------------------------------------------------------- */

/* Objectives are sorted through their ids (indicators refer to them by
 * index); indicators, phases and report lines are sorted in place. */
struct oid {
	const char *id;
	size_t i;
};

static int cmp_oid(const void *a, const void *b)
{
	const struct oid *x = a, *y = b;
	return peg_natcmp(x->id, y->id);
}

static int cmp_ind(const void *a, const void *b)
{
	const struct peg_imp_ind *x = a, *y = b;
	int c = peg_natcmp(x->id, y->id);
	return c ? c : (x->year > y->year) - (x->year < y->year);
}

static int cmp_ph(const void *a, const void *b)
{
	const struct peg_imp_phase *x = a, *y = b;
	return peg_natcmp(x->id, y->id);
}

static int cmp_note(const void *a, const void *b)
{
	const struct peg_imp_note *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

/* ---- the tables --------------------------------------------------------- */

static void put_line(struct peg_csvw *w, long line)
{
	if (line > 0)
		peg_csvw_long(w, line);
	else
		peg_csvw_text(w, NULL);
}

static int write_objectives(const void *ctx, FILE *fp)
{
	const struct peg_imp *im = ctx;
	static const char *const head[] = {
		"objective_id", "year",	    "sector",	"service",
		"manager",	"owner",    "title",	"strategic_code",
		"duration",	"nature",   "impact",	"incentivized",
		"weight",	"source_line", NULL};
	struct peg_csvw w;
	struct oid *ix = malloc((im->nobj ? im->nobj : 1) * sizeof(*ix));
	if (!ix)
		return -1;
	for (size_t k = 0; k < im->nobj; k++) {
		ix[k].id = im->obj[k].id;
		ix[k].i = k;
	}
	qsort(ix, im->nobj, sizeof(*ix), cmp_oid);
	peg_csvw_init(&w, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&w, head);
	for (size_t k = 0; k < im->nobj; k++) {
		const struct peg_imp_obj *o = &im->obj[ix[k].i];
		peg_csvw_text(&w, o->id);
		peg_csvw_long(&w, im->year);
		peg_csvw_text(&w, o->sector);
		peg_csvw_text(&w, o->service);
		peg_csvw_text(&w, o->manager);
		peg_csvw_text(&w, o->owner);
		peg_csvw_text(&w, o->title);
		peg_csvw_text(&w, o->strategic_code);
		peg_csvw_text(&w, o->duration);
		peg_csvw_text(&w, o->nature);
		peg_csvw_text(&w, o->impact);
		peg_csvw_text(&w, peg_incentivized_name(o->incentivized));
		peg_csvw_fix(&w, o->weight);
		put_line(&w, o->line);
		peg_csvw_end(&w);
	}
	free(ix);
	return 0;
}

static int write_indicators(const void *ctx, FILE *fp)
{
	const struct peg_imp *im = ctx;
	static const char *const head[] = {
		"objective_id", "indicator_id", "year",	  "category",
		"description",	"kind",		"target", "baseline",
		"unit",		"weight",	"target_raw", "source_line",
		NULL};
	struct peg_csvw w;
	peg_csvw_init(&w, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&w, head);
	for (size_t k = 0; k < im->nind; k++) {
		const struct peg_imp_ind *in = &im->ind[k];
		struct peg_target_part p;
		char b[PEG_NUMBUF];
		memset(&p, 0, sizeof(p));
		p.kind = in->kind;
		p.value = in->value;
		p.date = in->date;
		peg_csvw_text(&w, im->obj[in->obj].id);
		peg_csvw_text(&w, in->id);
		peg_csvw_long(&w, in->year);
		peg_csvw_text(&w, in->category);
		peg_csvw_text(&w, in->description);
		peg_csvw_text(&w, peg_kind_name(in->kind));
		if (in->kind == PEG_KIND_DEADLINE ||
		    in->kind == PEG_KIND_BOOLEAN ||
		    in->kind == PEG_KIND_QUALITATIVE)
			peg_csvw_text(&w, peg_target_str(&p, b));
		else
			peg_csvw_fix(&w, in->value);
		if (in->has_baseline)
			peg_csvw_fix(&w, in->baseline);
		else
			peg_csvw_text(&w, NULL);
		peg_csvw_text(&w, in->unit);
		peg_csvw_fix(&w, in->weight);
		peg_csvw_text(&w, in->target_raw);
		put_line(&w, in->line);
		peg_csvw_end(&w);
	}
	return 0;
}

static int write_phases(const void *ctx, FILE *fp)
{
	const struct peg_imp *im = ctx;
	static const char *const head[] = {
		"objective_id", "phase_id", "description", "sector", "q1",
		"q2",		"q3",	    "q4",	   "other",  "source_line",
		NULL};
	struct peg_csvw w;
	peg_csvw_init(&w, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&w, head);
	for (size_t k = 0; k < im->nph; k++) {
		const struct peg_imp_phase *p = &im->ph[k];
		peg_csvw_text(&w, im->obj[p->obj].id);
		peg_csvw_text(&w, p->id);
		peg_csvw_text(&w, p->description);
		peg_csvw_text(&w, p->sector);
		for (int q = 0; q < PEG_IMP_QUARTERS; q++)
			peg_csvw_text(&w, p->q[q]);
		peg_csvw_text(&w, p->other);
		put_line(&w, p->line);
		peg_csvw_end(&w);
	}
	return 0;
}

static int write_report(const void *ctx, FILE *fp)
{
	const struct peg_imp *im = ctx;
	static const char *const head[] = {"line",  "card",    "field",
					   "found", "assumed", "severity",
					   NULL};
	struct peg_csvw w;
	peg_csvw_init(&w, fp, PEG_CSV_RFC4180);
	peg_csvw_header(&w, head);
	for (size_t k = 0; k < im->nnote; k++) {
		const struct peg_imp_note *n = &im->note[k];
		put_line(&w, n->line);
		peg_csvw_text(&w, n->card);
		peg_csvw_text(&w, n->field);
		peg_csvw_text(&w, n->found);
		peg_csvw_text(&w, n->assumed);
		peg_csvw_text(&w, n->severity == PEG_IMP_HUMAN ? "needs_human"
				  : n->severity == PEG_IMP_RESOLVED ? "resolved"
								    : "info");
		peg_csvw_end(&w);
	}
	return 0;
}

static const struct peg_outfile writers[] = {
	{"objectives.csv", write_objectives},
	{"indicators.csv", write_indicators},
	{"phases.csv", write_phases},
	{"import-report.csv", write_report},
};

int peg_import(const struct peg_import_options *opt,
	       struct peg_import_stats *st, struct peg_diag *d)
{
	struct peg_imp im;
	char *buf;
	size_t n;

	memset(&im, 0, sizeof(im));
	if (st)
		memset(st, 0, sizeof(*st));
	if (read_file(opt->input, &buf, &n, d))
		return -1;
	int rc = peg_imp_parse(&im, buf, n, opt->input, opt->year, d);
	free(buf);
	if (rc == 0 && opt->overrides)
		rc = peg_imp_overrides(&im, opt->overrides, d);
	if (rc == 0) {
		/* qsort wants a valid pointer even for no element */
		if (im.nnote > 1)
			qsort(im.note, im.nnote, sizeof(*im.note), cmp_note);
		if (im.nind > 1)
			qsort(im.ind, im.nind, sizeof(*im.ind), cmp_ind);
		if (im.nph > 1)
			qsort(im.ph, im.nph, sizeof(*im.ph), cmp_ph);
		rc = peg_outdir_write(opt->output, opt->force, writers,
				      PEG_COUNT(writers), &im, d);
	}
	if (rc == 0 && st) {
		st->year = im.year;
		st->objectives = im.nobj;
		st->indicators = im.nind;
		st->phases = im.nph;
		st->overrides = im.noverride;
		for (size_t i = 0; i < im.nnote; i++)
			if (im.note[i].severity == PEG_IMP_HUMAN)
				st->report_human++;
			else if (im.note[i].severity == PEG_IMP_RESOLVED)
				st->report_resolved++;
			else
				st->report_info++;
	}
	peg_imp_release(&im);
	return rc;
}
