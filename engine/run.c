/*
 * run.c - the year-end run, end to end: read (run file, rules, plan,
 * verification) -> score -> write (atomic run folder).  Implements the
 * public peg_run_* functions of pegaso.h.
 */
#include "run.h"
#include "manifest.h"
#include "outdir.h"
#include "sha256.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PEG_VERSION
#define PEG_VERSION "unknown"
#endif

const char *peg_version(void)
{
	return PEG_VERSION;
}

void peg_run_keep_warnings(struct peg_run *r, const struct peg_diag *d,
			   size_t from)
{
	char line[1024];
	size_t dl = strlen(r->rf.dir);
	for (size_t i = from; i < d->n; i++) {
		if (d->item[i].severity != PEG_SEV_WARNING)
			continue;
		/* Paths as seen from the run file: the same on every
		 * machine, whatever the working folder.  No line numbers:
		 * the outputs must not depend on the order of input rows
		 * (stderr has them). */
		struct peg_error e = d->item[i];
		e.line = 0;
		if (e.file && strcmp(r->rf.dir, ".") != 0 &&
		    strncmp(e.file, r->rf.dir, dl) == 0 && e.file[dl] == '/')
			e.file += dl + 1;
		peg_diag_format(&e, line, sizeof(line));
		peg_buf_printf(&r->warnings, "  - %s\n", line);
		r->nwarnings++;
	}
}

int peg_run_load(struct peg_run **out, const char *path, struct peg_diag *d)
{
	size_t from = d->n;
	struct peg_run *r = calloc(1, sizeof(*r));

	*out = NULL;
	if (!r)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	peg_gsl_init();
	if (peg_runfile_load(&r->rf, path, d) ||
	    peg_rules_load(&r->rules, r->rf.rules, d) ||
	    peg_plan_load(&r->plan, r->rf.plan, r->rf.year, &r->rf.csv, d) ||
	    peg_verifs_load(&r->verifs, r->rf.verification, &r->plan,
			    r->rf.year, &r->rf.csv, d) ||
	    peg_sched_load(&r->phases, &r->pverifs, &r->rf, &r->plan, d)) {
		peg_run_free(r);
		return -1;
	}
	if (r->rf.staff) {
		r->has_staff = 1;
		if (!r->rules.pay.npool) {
			peg_fail(d, PEG_ERULES, r->rules.path, 0,
				 "the run file names a staff file but the rules "
				 "define no [pool NAME] to distribute");
			peg_run_free(r);
			return -1;
		}
		if (peg_staff_load(&r->staff, r->rf.staff, r->rf.absences,
				   r->rf.assignments, r->rf.evaluations,
				   r->rf.year, &r->plan, &r->rules.pay,
				   &r->rf.csv, d)) {
			peg_run_free(r);
			return -1;
		}
	} else if (r->rules.pay.npool)
		peg_warn(d, r->rf.path, 0,
			 "no staff file in [run]: the rules' pools are not "
			 "distributed");
	peg_run_keep_warnings(r, d, from);
	*out = r;
	return 0;
}

int peg_run_sched(const struct peg_run *r, const struct peg_rules *rules,
		  struct peg_sched *out, struct peg_diag *d)
{
	if (peg_sched_eval(out, &r->phases, &r->pverifs,
			   &rules->kind[PEG_KIND_PHASES], r->rf.year,
			   peg_date_from_ymd(r->rf.year, 12, 31), 1))
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	return 0;
}

int peg_run_compute(struct peg_run *r, struct peg_diag *d)
{
	size_t from = d->n;
	peg_scores_release(&r->scores);
	peg_sched_release(&r->sched);
	peg_multiyear_release(&r->multi);
	r->computed = 0;
	if (peg_run_sched(r, &r->rules, &r->sched, d))
		return -1;
	if (peg_score_plan_sched(&r->scores, &r->plan, &r->verifs, &r->sched,
				 &r->rules, r->rf.year, NULL, d) ||
	    peg_multiyear_compute(&r->multi, &r->plan, &r->verifs, &r->phases,
				  &r->pverifs, &r->rules, &r->scores,
				  r->rf.year, d))
		return -1;
	if (r->has_staff) {
		peg_pay_release(&r->pay);
		if (peg_pay_compute(&r->pay, &r->staff, &r->plan, &r->scores,
				    &r->rules, &r->rf, d) ||
		    peg_pay_legal(&r->pay, &r->staff, &r->rules, &r->rf, d))
			return -1;
	}
	for (size_t k = 0; k < r->plan.nobj; k++)
		if (r->scores.obj[k].status == PEG_OS_NO_INDICATORS)
			peg_warn(d, r->plan.objectives_path, r->plan.obj[k].line,
				 "objective '%s' has no indicator for %d; it "
				 "is left out of every mean",
				 r->plan.obj[k].id, r->rf.year);
	peg_run_keep_warnings(r, d, from);
	r->computed = 1;
	return 0;
}

int peg_writer_to_file(const struct peg_run *r, const struct peg_writer *w,
		       FILE *fp)
{
	if (w->write)
		return w->write(r, fp);
	if (w->table) {
		struct peg_csvw cw;
		peg_csvw_init(&cw, fp, r->csv);
		return w->table(r, &cw);
	}
	return 0;
}

/* Writes one file of the run folder into the temporary folder: a text
 * file, a table in the run's CSV dialect, or a file that a library writes
 * at a path (created empty and private first, adopted after). */
static int write_one(const struct peg_run *r, const struct peg_writer *w,
		     struct peg_outdir *od, struct peg_diag *d)
{
	FILE *fp = peg_outdir_create(od, w->name, d);
	if (!fp)
		return -1;
	int rc = peg_writer_to_file(r, w, fp);
	if (peg_outdir_close(od, fp, w->name, d))
		return -1;
	if (w->write_path && !w->write && !w->table) {
		size_t len = strlen(od->tmp) + strlen(w->name) + 2;
		char *path = malloc(len);
		if (!path)
			return peg_fail(d, PEG_EINTERNAL, NULL, 0,
					"out of memory");
		snprintf(path, len, "%s/%s", od->tmp, w->name);
		rc = w->write_path(r, path, od->tmp, d);
		free(path);
		if (rc)
			return -1;
		return peg_outdir_adopt(od, w->name, d);
	}
	if (rc)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0,
				"out of memory while writing %s", w->name);
	return 0;
}

/*
 * The files of a run folder are independent of each other: they are
 * written by a few threads at once, the largest first, each file by one
 * thread from the same const run, so its bytes are the same whatever the
 * threads.  Each job keeps its own diagnostics, merged in the writers'
 * order afterwards, and the SHA-256 of its file, read back while it is
 * still in the page cache, for the manifest.
 */
#define MAX_WRITE_THREADS 8

struct write_job {
	const struct peg_writer *w;
	struct peg_diag d;
	char hex[PEG_SHA256_HEX];
	int failed;
};

struct write_pool {
	const struct peg_run *r;
	struct peg_outdir *od;
	struct write_job **order; /* the jobs, largest first */
	size_t n, next;
	int stop;                 /* a job failed: start no other */
	pthread_mutex_t mu;
};

static void run_job(struct write_pool *p, struct write_job *j)
{
	if (write_one(p->r, j->w, p->od, &j->d)) {
		j->failed = 1;
		return;
	}
	char path[8192];
	snprintf(path, sizeof(path), "%s/%s", p->od->tmp, j->w->name);
	if (peg_sha256_file(path, j->hex))
		j->hex[0] = '\0'; /* the manifest reads it again, and reports */
}

static void *write_worker(void *arg)
{
	struct write_pool *p = arg;
	for (;;) {
		pthread_mutex_lock(&p->mu);
		struct write_job *j =
			p->stop || p->next == p->n ? NULL : p->order[p->next++];
		pthread_mutex_unlock(&p->mu);
		if (!j)
			return NULL;
		run_job(p, j);
		if (j->failed) {
			pthread_mutex_lock(&p->mu);
			p->stop = 1;
			pthread_mutex_unlock(&p->mu);
		}
	}
}

static unsigned write_threads(int asked, size_t njobs)
{
	long n = asked > 0 ? asked : sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1)
		n = 1;
	if (n > MAX_WRITE_THREADS)
		n = MAX_WRITE_THREADS;
	if ((size_t)n > njobs)
		n = (long)(njobs ? njobs : 1);
	return (unsigned)n;
}

/* Writes every wanted file into od; 0, or -1 with the reasons in d. */
static int write_files(const struct peg_run *r, struct peg_outdir *od,
		       int threads, struct peg_diag *d)
{
	size_t n;
	const struct peg_writer *w = peg_writers(&n);
	struct write_job *job = calloc(n, sizeof(*job));
	struct write_job **order = calloc(n, sizeof(*order));
	if (!job || !order) {
		free(job);
		free(order);
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	}
	size_t nj = 0, no = 0;
	for (size_t i = 0; i < n; i++) {
		if ((w[i].pay_only && !r->has_staff) ||
		    (w[i].report && !r->reports))
			continue;
		job[nj].w = &w[i];
		peg_diag_init(&job[nj].d);
		nj++;
	}
	for (int big = 1; big >= 0; big--)
		for (size_t i = 0; i < nj; i++)
			if (!!job[i].w->big == big)
				order[no++] = &job[i];
	struct write_pool p = {r, od, order, nj, 0, 0,
			       PTHREAD_MUTEX_INITIALIZER};
	unsigned nt = write_threads(threads, nj), started = 0;
	pthread_t tid[MAX_WRITE_THREADS];
	for (unsigned t = 1; t < nt; t++) {
		if (pthread_create(&tid[started], NULL, write_worker, &p) != 0)
			break; /* fewer threads: this one does the rest */
		started++;
	}
	write_worker(&p);
	for (unsigned t = 0; t < started; t++)
		pthread_join(tid[t], NULL);
	pthread_mutex_destroy(&p.mu);
	/* After a failure, the first failed job in the order they were
	 * started: it always ran, whatever the timing, while the jobs after
	 * it may or may not have (the same message on every run). */
	int rc = 0;
	for (size_t i = 0; p.stop && i < no; i++)
		if (order[i]->failed) {
			peg_diag_move(d, &order[i]->d);
			rc = -1;
			break;
		}
	for (size_t i = 0; i < nj; i++) {
		if (!rc && job[i].hex[0] &&
		    peg_outdir_note_hash(od, job[i].w->name, job[i].hex))
			rc = peg_fail(d, PEG_EINTERNAL, NULL, 0,
				      "out of memory");
		if (!p.stop)
			peg_diag_move(d, &job[i].d);
		peg_diag_release(&job[i].d);
	}
	free(job);
	free(order);
	return rc;
}

int peg_run_write(struct peg_run *r, const struct peg_run_options *opt,
		  struct peg_diag *d)
{
	struct peg_outdir od;
	const char *target = opt && opt->output ? opt->output : r->rf.output;

	if (!r->computed)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0,
				"peg_run_write before peg_run_compute");
	r->lang = opt ? opt->lang : PEG_LANG_IT;
	/* the command line's dialect, else the run file's */
	int italian = (opt && opt->csv ? (int)opt->csv : r->rf.out_csv) ==
		      PEG_CSV_IT;
	r->csv = italian ? PEG_CSV_ITALIAN : PEG_CSV_RFC4180;
	/* the command line's choice of reports, else the run file's; auto
	 * writes them for a comune, not for a region's millions of rows */
	enum peg_reports_choice rep = opt && opt->reports
					      ? opt->reports
					      : (enum peg_reports_choice)r->rf.reports;
	r->reports_choice = rep;
	r->reports = rep == PEG_REPORTS_ALWAYS ||
		     (rep != PEG_REPORTS_NEVER &&
		      r->staff.npos <= PEG_REPORTS_AUTO_POSITIONS &&
		      r->plan.nobj <= PEG_REPORTS_AUTO_OBJECTIVES);
	r->reports_auto_skipped = !r->reports && rep != PEG_REPORTS_NEVER;
	if (peg_outdir_begin(&od, target, opt && opt->force, d)) {
		peg_outdir_release(&od);
		return -1;
	}
	if (write_files(r, &od, opt ? opt->threads : 0, d))
		goto fail;
	/* Last, so that it records every file written above. */
	if (peg_manifest_write(r, &od, d))
		goto fail;
	if (peg_outdir_commit(&od, d))
		goto fail;
	free(r->outdir);
	r->outdir = strdup(target);
	peg_outdir_release(&od);
	if (!r->outdir)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	return 0;
fail:
	peg_outdir_abort(&od);
	peg_outdir_release(&od);
	return -1;
}

const char *peg_run_output_dir(const struct peg_run *r)
{
	return r->outdir;
}

void peg_run_stats(const struct peg_run *r, struct peg_run_stats *st)
{
	memset(st, 0, sizeof(*st));
	st->objectives = r->plan.nobj;
	st->indicators = r->scores.in_year;
	st->employees = r->staff.nperson;
	st->positions = r->staff.npos;
	st->pools = r->has_staff ? r->pay.npool : 0;
	for (size_t i = 0; r->computed && i < st->pools; i++) {
		st->paid_cents += r->pay.pool[i].paid +
				  r->pay.pool[i].redistributed +
				  r->pay.pool[i].maggiorazione;
		st->economy_cents += r->pay.pool[i].economies;
	}
	st->ente_achievement_micro =
		r->computed && r->scores.ente.has_all ? r->scores.ente.all : -1;
}

void peg_run_free(struct peg_run *r)
{
	if (!r)
		return;
	peg_pay_release(&r->pay);
	peg_staff_release(&r->staff);
	peg_scores_release(&r->scores);
	peg_multiyear_release(&r->multi);
	peg_sched_release(&r->sched);
	peg_phase_verifs_release(&r->pverifs);
	peg_phases_release(&r->phases);
	peg_verifs_release(&r->verifs);
	peg_plan_release(&r->plan);
	peg_rules_release(&r->rules);
	peg_runfile_release(&r->rf);
	peg_buf_release(&r->warnings);
	free(r->outdir);
	free(r);
}
