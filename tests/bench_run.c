/*
 * bench_run.c - one line of `make bench`: for a run file, the time to only
 * parse its CSV inputs with pegaso's reader (the baseline) and the time of
 * the full run (load, score, write every output), best of several
 * repetitions, each in a child process so that peak memory is its own.
 *
 *   bench_run RUN.ini LABEL [REPS]
 *
 * With --simulate, the baseline is the full deterministic run and the
 * figure is a whole simulation (load, RUNS draws on THREADS threads,
 * statistics, write): its time, draws per second and the ratio to one
 * deterministic run.
 *
 *   bench_run --simulate RUN.ini LABEL RUNS SPREAD THREADS [REPS]
 *   bench_run RUN.ini LABEL [REPS] [monitor=DATE | reports=never]
 *
 * With monitor=DATE the timed work is pegaso monitor at that date (load,
 * states at the date, write the folder) instead of the year-end run;
 * with reports=never the run writes no report.html and report.xlsx.
 *
 * Columns: parse_ms (the baseline), run_ms, run/parse, out_mb (bytes of
 * the run folder), floor_ms (writing, syncing and hashing as many bytes
 * of plain text, with no formatting: what any engine writing these
 * outputs pays), floor/parse, peak_mb (peak resident memory of the run).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <dirent.h>
#include <sys/stat.h>

#include "csvread.h"
#include "sha256.h"
#include "outdir.h"
#include "pegaso.h"
#include "runfile.h"
#include "util.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads every field of a CSV file; returns the number of fields. */
static long parse_file(const char *path, const struct peg_csv_opts *o)
{
	struct peg_diag d;
	struct peg_csv *c;
	struct peg_csv_row row;
	long fields = 0;
	peg_diag_init(&d);
	if (!path || peg_csv_open(&c, path, o, &d)) {
		peg_diag_release(&d);
		return 0;
	}
	while (peg_csv_next(c, &row, &d) == 1)
		fields += (long)row.n;
	peg_csv_close(c);
	peg_diag_release(&d);
	return fields;
}

static int parse_only(const char *runfile)
{
	struct peg_runfile rf;
	struct peg_diag d;
	struct peg_arena a = {0};
	peg_diag_init(&d);
	if (peg_runfile_load(&rf, runfile, &d))
		return 1;
	long n = 0;
	n += parse_file(peg_path_join(&a, rf.plan, "objectives.csv"), &rf.csv);
	n += parse_file(peg_path_join(&a, rf.plan, "indicators.csv"), &rf.csv);
	n += parse_file(rf.verification, &rf.csv);
	n += parse_file(rf.staff, &rf.csv);
	n += parse_file(rf.absences, &rf.csv);
	n += parse_file(rf.assignments, &rf.csv);
	n += parse_file(rf.evaluations, &rf.csv);
	n += parse_file(rf.phases ? rf.phases
				  : peg_path_join(&a, rf.plan, "phases.csv"),
			&rf.csv);
	n += parse_file(rf.phase_verification, &rf.csv);
	peg_arena_release(&a);
	peg_runfile_release(&rf);
	peg_diag_release(&d);
	return n > 0 ? 0 : 1;
}

static const char *monitor_at; /* monitor=DATE, or NULL */
static int no_reports;         /* reports=never */

static int monitor_run(const char *runfile, const char *out)
{
	struct peg_diag d;
	struct peg_monitor *m = NULL;
	struct peg_monitor_options opt = {out, 1, PEG_LANG_IT};
	peg_diag_init(&d);
	int rc = peg_monitor_load(&m, runfile, &d) ||
		 peg_monitor_compute(m, monitor_at, &d) ||
		 peg_monitor_write(m, &opt, &d);
	if (rc)
		for (size_t i = 0; i < d.n; i++)
			fprintf(stderr, "%s\n", d.item[i].message);
	peg_monitor_free(m);
	peg_diag_release(&d);
	return rc;
}

static int full_run(const char *runfile, const char *out)
{
	if (monitor_at)
		return monitor_run(runfile, out);
	struct peg_diag d;
	struct peg_run *r = NULL;
	struct peg_run_options opt = {out, 1, PEG_LANG_IT, PEG_CSV_RUNFILE,
				      no_reports ? PEG_REPORTS_NEVER
						 : PEG_REPORTS_RUNFILE,
				      0};
	peg_diag_init(&d);
	int rc = peg_run_load(&r, runfile, &d) || peg_run_compute(r, &d) ||
		 peg_run_write(r, &opt, &d);
	if (rc)
		for (size_t i = 0; i < d.n; i++)
			fprintf(stderr, "%s\n", d.item[i].message);
	peg_run_free(r);
	peg_diag_release(&d);
	return rc;
}

static const char *sim_runs, *sim_spread, *sim_threads;

static int simulation(const char *runfile, const char *out)
{
	struct peg_diag d;
	struct peg_sim *s = NULL;
	struct peg_sim_options opt;
	memset(&opt, 0, sizeof(opt));
	opt.runs = sim_runs;
	opt.seed = "1";
	opt.spread = sim_spread;
	opt.threads = sim_threads;
	opt.output = out;
	opt.force = 1;
	peg_diag_init(&d);
	int rc = peg_sim_run(&s, runfile, &opt, &d) ||
		 peg_sim_write(s, &opt, &d);
	if (rc)
		for (size_t i = 0; i < d.n; i++)
			fprintf(stderr, "%s\n", d.item[i].message);
	peg_sim_free(s);
	peg_diag_release(&d);
	return rc;
}

static double last_cpu; /* user + system seconds of the last child */

/* Runs fn in a child; returns seconds, sets *rss_kb to its peak. */
static double measure(int which, const char *runfile, const char *out,
		      long *rss_kb)
{
	double t0 = now();
	pid_t pid = fork();
	if (pid == 0)
		_exit(which == 2   ? simulation(runfile, out)
		      : which == 1 ? full_run(runfile, out)
				   : parse_only(runfile));
	int status;
	struct rusage ru;
	wait4(pid, &status, 0, &ru);
	double t = now() - t0;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "bench_run: %s failed on %s\n",
			which ? "run" : "parse", runfile);
		exit(1);
	}
	*rss_kb = ru.ru_maxrss;
	last_cpu = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
		   (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
	return t;
}

/* --simulate: the deterministic run, then the simulation, best of reps. */
static int bench_simulate(int argc, char **argv)
{
	if (argc < 7) {
		fprintf(stderr, "usage: bench_run --simulate RUN.ini LABEL RUNS "
				"SPREAD THREADS [REPS]\n");
		return 1;
	}
	sim_runs = argv[4];
	sim_spread = argv[5];
	sim_threads = argv[6];
	int reps = argc > 7 ? atoi(argv[7]) : 3;
	char out[] = "/tmp/pegaso-bench.XXXXXX";
	if (!mkdtemp(out))
		return 1;
	char target[sizeof(out) + 8];
	snprintf(target, sizeof(target), "%s/out", out);
	double best_run = 1e30, best_sim = 1e30, cpu_sim = 0;
	long rss;
	for (int i = 0; i < reps; i++) {
		double t = measure(1, argv[2], target, &rss);
		if (t < best_run)
			best_run = t;
		t = measure(2, argv[2], target, &rss);
		if (t < best_sim) {
			best_sim = t;
			cpu_sim = last_cpu;
		}
	}
	peg_remove_tree(out);
	double runs = atof(sim_runs);
	printf("%-34s %8.2f %11.1f %8.1f %11.0f %7.1f %s\n", argv[3],
	       best_run * 1e3, best_sim * 1e3, cpu_sim * 1e3, runs / best_sim,
	       best_sim / best_run,
	       runs == 10000 ? (best_sim < 2.0 ? "under 2 s" : "OVER 2 s")
			     : "");
	return 0;
}

/* Bytes of the regular files of a folder. */
static double folder_bytes(const char *dir)
{
	DIR *d = opendir(dir);
	double n = 0;
	struct dirent *de;
	char p[8192];
	struct stat st;
	while (d && (de = readdir(d))) {
		snprintf(p, sizeof(p), "%s/%s", dir, de->d_name);
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode))
			n += (double)st.st_size;
	}
	if (d)
		closedir(d);
	return n;
}

/*
 * The floor of any engine that writes these outputs: `bytes` of text
 * written to one file in 1 MiB writes, synced, and read back for its
 * SHA-256, as a run folder's files are (no formatting at all).
 */
static double write_floor(const char *dir, double bytes)
{
	static char chunk[1 << 20];
	for (size_t i = 0; i < sizeof(chunk); i++)
		chunk[i] = "0123456789,.\r\nabcdefghij"[i % 24];
	char path[4096];
	snprintf(path, sizeof(path), "%s/floor.bin", dir);
	double t0 = now();
	FILE *fp = fopen(path, "wb");
	if (!fp)
		return 0;
	for (double left = bytes; left > 0; left -= sizeof(chunk))
		fwrite(chunk, 1,
		       left < (double)sizeof(chunk) ? (size_t)left : sizeof(chunk),
		       fp);
	fflush(fp);
	fsync(fileno(fp));
	fclose(fp);
	char hex[PEG_SHA256_HEX];
	peg_sha256_file(path, hex);
	double t = now() - t0;
	unlink(path);
	return t;
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--simulate") == 0)
		return bench_simulate(argc, argv);
	if (argc < 3) {
		fprintf(stderr, "usage: bench_run RUN.ini LABEL [REPS] "
				"[monitor=DATE]\n");
		return 1;
	}
	int reps = argc > 3 ? atoi(argv[3]) : 5;
	if (argc > 4 && strncmp(argv[4], "monitor=", 8) == 0)
		monitor_at = argv[4] + 8;
	if (argc > 4 && strcmp(argv[4], "reports=never") == 0)
		no_reports = 1;
	char out[] = "/tmp/pegaso-bench.XXXXXX";
	if (!mkdtemp(out))
		return 1;
	char target[sizeof(out) + 8];
	snprintf(target, sizeof(target), "%s/out", out);
	double best_parse = 1e30, best_run = 1e30;
	long rss_parse = 0, rss_run = 0, rss;
	for (int i = 0; i < reps; i++) {
		double t = measure(0, argv[1], target, &rss);
		if (t < best_parse)
			best_parse = t;
		rss_parse = rss;
		t = measure(1, argv[1], target, &rss);
		if (t < best_run)
			best_run = t;
		if (rss > rss_run)
			rss_run = rss;
	}
	double bytes = folder_bytes(target), best_floor = 1e30;
	for (int i = 0; i < reps; i++) {
		double t = write_floor(out, bytes);
		if (t < best_floor)
			best_floor = t;
	}
	peg_remove_tree(out);
	printf("%-26s %9.1f %9.1f %6.2f %8.1f %8.1f %6.2f %8.1f\n", argv[2],
	       best_parse * 1e3, best_run * 1e3, best_run / best_parse,
	       bytes / 1e6, best_floor * 1e3, best_floor / best_parse,
	       (double)rss_run / 1024.0);
	(void)rss_parse;
	return 0;
}
