/*
 * main.c - the pegaso command line, built on the public API alone.
 *
 * The only place that prints and chooses the exit code: every command
 * returns a peg_code and the diagnostics its library calls collected,
 * which are printed to stderr as "file:line: message".
 */
#include "pegaso.h"

#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: pegaso <command> [options]\n"
	"\n"
	"commands:\n"
	"  run RUN.ini [--out DIR] [--force] [--lang it|en] "
	"[--csv standard|it]\n"
	"         [--reports auto|always|never] [--threads T]\n"
	"        score the plan and distribute the fund; write the run folder\n"
	"  whatif RUN.ini [--set SECTION.KEY=VALUE ...] [--scenarios FILE.ini]\n"
	"         [--out DIR] [--force]\n"
	"        compare the run with other rule or fund values, per pool\n"
	"        and per employee; write the comparison folder\n"
	"  simulate RUN.ini --runs N --seed S [--threads T] [--spread P]\n"
	"         [--distribution uniform|triangular|normal] [--out DIR]\n"
	"         [--force]\n"
	"        Monte Carlo over uncertain actual values: quantiles of every\n"
	"        payout, probabilities of eligibility and of reaching 100%\n"
	"  monitor RUN.ini --at DATE [--out DIR] [--force] [--lang it|en]\n"
	"        the state of the plan at a date (in-year monitoring)\n"
	"  import PEG.txt --out DIR [--overrides FILE] [--year YEAR] [--force]\n"
	"        read the PEG card document into plan tables and a report\n"
	"  verify OUT [--run RUN.ini]\n"
	"        audit reproduction: check the inputs of the run folder OUT\n"
	"        against its manifest, run again, compare every file\n"
	"  explain OUT EMPLOYEE_ID | --objective ID | --indicator ID\n"
	"          [--run RUN.ini] [--lang it|en]\n"
	"        every step of an employee's pay, an objective's achievement\n"
	"        or an indicator's score, with rules and legal references\n"
	"  diff OUT_A OUT_B [--lang it|en]\n"
	"        what changed between two run folders, by how much, and the\n"
	"        first step where each change starts\n"
	"  version\n"
	"        print the engine version\n"
	"  help\n"
	"        print this text\n"
	"\n"
	"exit codes: 0 ok, 1 usage, 2 input data, 3 rules or run file,\n"
	"4 file access, 5 legal check, 6 differences (verify, diff), 7 money\n"
	"not conserved, 8 internal error\n";

static int usage_error(const char *fmt, const char *arg)
{
	fputs("pegaso: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs("\n(see pegaso help)\n", stderr);
	return PEG_EUSAGE;
}

/* Prints every diagnostic, returns the exit code they imply. */
static int report(struct peg_diag *d)
{
	char line[4096];
	for (size_t i = 0; i < d->n; i++) {
		size_t n = peg_diag_format(&d->item[i], line, sizeof(line));
		fputs(line, stderr);
		if (n >= sizeof(line))
			fputs("...", stderr);
		fputc('\n', stderr);
	}
	if (d->oom)
		fputs("pegaso: out of memory while reporting errors\n", stderr);
	int code = peg_diag_code(d);
	peg_diag_release(d);
	return code;
}

static int cmd_run(int argc, char **argv)
{
	struct peg_run_options opt = {NULL, 0, PEG_LANG_IT, PEG_CSV_RUNFILE,
				      PEG_REPORTS_RUNFILE, 0};
	const char *runfile = NULL;

	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--force") == 0)
			opt.force = 1;
		else if (strcmp(a, "--out") == 0) {
			if (++i == argc)
				return usage_error("%s needs a folder", a);
			opt.output = argv[i];
		} else if (strcmp(a, "--lang") == 0) {
			if (++i == argc || peg_parse_lang(argv[i], &opt.lang))
				return usage_error("%s needs it or en", a);
		} else if (strcmp(a, "--csv") == 0) {
			if (++i == argc ||
			    peg_parse_csv_choice(argv[i], &opt.csv))
				return usage_error("%s needs standard or it", a);
		} else if (strcmp(a, "--reports") == 0) {
			if (++i == argc ||
			    peg_parse_reports_choice(argv[i], &opt.reports))
				return usage_error("%s needs auto, always or never",
						   a);
		} else if (strcmp(a, "--threads") == 0) {
			char *end;
			long t = ++i < argc ? strtol(argv[i], &end, 10) : 0;
			if (i == argc || end == argv[i] || *end || t < 1 || t > 64)
				return usage_error("%s needs a number from 1 to "
						   "64",
						   a);
			opt.threads = (int)t;
		} else if (a[0] == '-' && a[1])
			return usage_error("run: unknown option '%s'", a);
		else if (runfile)
			return usage_error("run: unexpected argument '%s'", a);
		else
			runfile = a;
	}
	if (!runfile)
		return usage_error("%s", "run: the run file is required");

	struct peg_diag d;
	struct peg_run *r = NULL;
	peg_diag_init(&d);
	if (peg_run_load(&r, runfile, &d) || peg_run_compute(r, &d) ||
	    peg_run_write(r, &opt, &d)) {
		peg_run_free(r);
		return report(&d);
	}
	struct peg_run_stats st;
	peg_run_stats(r, &st);
	report(&d); /* warnings */
	printf("pegaso: wrote %s\n", peg_run_output_dir(r));
	printf("  %zu objectives, %zu indicators", st.objectives,
	       st.indicators);
	if (st.ente_achievement_micro >= 0) {
		long long c = (st.ente_achievement_micro + 5000) / 10000;
		printf(", ente achievement %lld.%02lld%%", c / 100, c % 100);
	}
	printf("\n");
	peg_run_free(r);
	return PEG_OK;
}

static int cmd_monitor(int argc, char **argv)
{
	struct peg_monitor_options opt = {NULL, 0, PEG_LANG_IT};
	const char *runfile = NULL, *at = NULL;

	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--force") == 0)
			opt.force = 1;
		else if (strcmp(a, "--out") == 0) {
			if (++i == argc)
				return usage_error("%s needs a folder", a);
			opt.output = argv[i];
		} else if (strcmp(a, "--at") == 0) {
			if (++i == argc)
				return usage_error("%s needs a date", a);
			at = argv[i];
		} else if (strcmp(a, "--lang") == 0) {
			if (++i == argc || peg_parse_lang(argv[i], &opt.lang))
				return usage_error("%s needs it or en", a);
		} else if (a[0] == '-' && a[1])
			return usage_error("monitor: unknown option '%s'", a);
		else if (runfile)
			return usage_error("monitor: unexpected argument '%s'",
					   a);
		else
			runfile = a;
	}
	if (!runfile)
		return usage_error("%s", "monitor: the run file is required");
	if (!at)
		return usage_error("%s", "monitor: --at DATE is required");

	struct peg_diag d;
	struct peg_monitor *m = NULL;
	peg_diag_init(&d);
	if (peg_monitor_load(&m, runfile, &d) ||
	    peg_monitor_compute(m, at, &d) || peg_monitor_write(m, &opt, &d)) {
		peg_monitor_free(m);
		return report(&d);
	}
	struct peg_monitor_stats st;
	peg_monitor_stats(m, &st);
	report(&d); /* warnings */
	printf("pegaso: wrote %s\n", peg_monitor_output_dir(m));
	printf("  at %s, %zu objectives: %zu behind schedule, %zu with "
	       "verifications missing, %zu ahead, %zu on track, %zu not "
	       "measurable\n",
	       st.at, st.objectives, st.behind, st.missing, st.ahead,
	       st.on_track, st.not_measurable);
	peg_monitor_free(m);
	return PEG_OK;
}

static int cmd_import(int argc, char **argv)
{
	struct peg_import_options opt = {NULL, NULL, NULL, 0, 0};

	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--force") == 0)
			opt.force = 1;
		else if (strcmp(a, "--out") == 0) {
			if (++i == argc)
				return usage_error("%s needs a folder", a);
			opt.output = argv[i];
		} else if (strcmp(a, "--overrides") == 0) {
			if (++i == argc)
				return usage_error("%s needs a file", a);
			opt.overrides = argv[i];
		} else if (strcmp(a, "--year") == 0) {
			char *end;
			long y = ++i == argc ? 0 : strtol(argv[i], &end, 10);
			if (y < 1900 || y > 2100 || *end)
				return usage_error("%s needs a year (1900 to "
						   "2100)",
						   a);
			opt.year = (int)y;
		} else if (a[0] == '-' && a[1])
			return usage_error("import: unknown option '%s'", a);
		else if (opt.input)
			return usage_error("import: unexpected argument '%s'",
					   a);
		else
			opt.input = a;
	}
	if (!opt.input)
		return usage_error("%s", "import: the PEG document is required");
	if (!opt.output)
		return usage_error("%s", "import: --out DIR is required");

	struct peg_diag d;
	struct peg_import_stats st;
	peg_diag_init(&d);
	if (peg_import(&opt, &st, &d))
		return report(&d);
	report(&d); /* warnings */
	printf("pegaso: wrote %s\n", opt.output);
	printf("  %zu objectives, %zu indicators, %zu phases (plan year %d)\n",
	       st.objectives, st.indicators, st.phases, st.year);
	printf("  import-report.csv: %zu lines need a human, %zu notes",
	       st.report_human, st.report_info);
	if (opt.overrides)
		printf(", %zu corrections applied, %zu lines resolved by them",
		       st.overrides, st.report_resolved);
	printf("\n");
	return PEG_OK;
}

static int cmd_verify(int argc, char **argv)
{
	struct peg_audit_options opt = {NULL, PEG_LANG_IT};
	const char *out = NULL;

	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--run") == 0) {
			if (++i == argc)
				return usage_error("%s needs a run file", a);
			opt.runfile = argv[i];
		} else if (a[0] == '-' && a[1])
			return usage_error("verify: unknown option '%s'", a);
		else if (out)
			return usage_error("verify: unexpected argument '%s'", a);
		else
			out = a;
	}
	if (!out)
		return usage_error("%s", "verify: the run folder is required");

	struct peg_diag d;
	struct peg_verify_stats st;
	peg_diag_init(&d);
	int rc = peg_verify(out, &opt, &st, &d);
	int code = report(&d);
	if (rc == 0)
		printf("pegaso: %s verified: %zu inputs unchanged, %zu files "
		       "identical to the reproduction\n",
		       out, st.inputs, st.files);
	else if (code == PEG_EDIFFER && st.reproduced)
		printf("pegaso: %s does not verify: %zu of %zu inputs changed "
		       "or missing, %zu of %zu files differ\n",
		       out, st.inputs_changed, st.inputs, st.files_differ,
		       st.files);
	else if (code == PEG_EDIFFER)
		printf("pegaso: %s does not verify: %zu of %zu inputs changed "
		       "or missing, %zu of %zu files differ from the "
		       "manifest; no reproduction\n",
		       out, st.inputs_changed, st.inputs, st.files_differ,
		       st.files);
	return rc == 0 ? PEG_OK : code;
}

static int cmd_explain(int argc, char **argv)
{
	struct peg_audit_options opt = {NULL, PEG_LANG_IT};
	enum peg_subject kind = PEG_SUBJECT_EMPLOYEE;
	const char *out = NULL, *id = NULL;

	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		int obj = strcmp(a, "--objective") == 0;
		if (obj || strcmp(a, "--indicator") == 0) {
			if (++i == argc)
				return usage_error("%s needs an id", a);
			if (id)
				return usage_error("explain: one subject at a "
						   "time ('%s')",
						   argv[i]);
			kind = obj ? PEG_SUBJECT_OBJECTIVE
				   : PEG_SUBJECT_INDICATOR;
			id = argv[i];
		} else if (strcmp(a, "--run") == 0) {
			if (++i == argc)
				return usage_error("%s needs a run file", a);
			opt.runfile = argv[i];
		} else if (strcmp(a, "--lang") == 0) {
			if (++i == argc || peg_parse_lang(argv[i], &opt.lang))
				return usage_error("%s needs it or en", a);
		} else if (a[0] == '-' && a[1])
			return usage_error("explain: unknown option '%s'", a);
		else if (!out)
			out = a;
		else if (!id)
			id = a;
		else
			return usage_error("explain: unexpected argument '%s'", a);
	}
	if (!out)
		return usage_error("%s", "explain: the run folder is required");
	if (!id)
		return usage_error("%s", "explain: an employee id, --objective "
					 "ID or --indicator ID is required");

	struct peg_diag d;
	char *text = NULL;
	peg_diag_init(&d);
	int rc = peg_explain(out, kind, id, &opt, &text, &d);
	int code = report(&d);
	if (rc == 0)
		fputs(text, stdout);
	free(text);
	return rc == 0 ? PEG_OK : code;
}

static int cmd_diff(int argc, char **argv)
{
	struct peg_audit_options opt = {NULL, PEG_LANG_IT};
	const char *a = NULL, *b = NULL;

	for (int i = 0; i < argc; i++) {
		const char *x = argv[i];
		if (strcmp(x, "--lang") == 0) {
			if (++i == argc || peg_parse_lang(argv[i], &opt.lang))
				return usage_error("%s needs it or en", x);
		} else if (x[0] == '-' && x[1])
			return usage_error("diff: unknown option '%s'", x);
		else if (!a)
			a = x;
		else if (!b)
			b = x;
		else
			return usage_error("diff: unexpected argument '%s'", x);
	}
	if (!b)
		return usage_error("%s", "diff: two run folders are required");

	struct peg_diag d;
	char *text = NULL;
	size_t changes = 0;
	peg_diag_init(&d);
	int rc = peg_diff(a, b, &opt, &text, &changes, &d);
	int code = report(&d);
	if (rc == 0)
		fputs(text, stdout);
	free(text);
	if (rc)
		return code;
	return changes ? PEG_EDIFFER : PEG_OK;
}

static int cmd_whatif(int argc, char **argv)
{
	struct peg_whatif_options opt = {NULL, 0, NULL, NULL, 0};
	const char *runfile = NULL;
	const char **set = calloc((size_t)argc + 1, sizeof(*set));

	if (!set)
		return usage_error("%s", "out of memory");
	opt.set = set;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--force") == 0)
			opt.force = 1;
		else if (strcmp(a, "--out") == 0 ||
			 strcmp(a, "--scenarios") == 0) {
			if (++i == argc) {
				free(set);
				return usage_error(a[2] == 'o' ? "%s needs a folder"
							       : "%s needs a file",
						   a);
			}
			if (a[2] == 'o')
				opt.output = argv[i];
			else
				opt.scenarios = argv[i];
		} else if (strcmp(a, "--set") == 0) {
			/* one item, then any more that look like items */
			if (++i == argc) {
				free(set);
				return usage_error("%s needs SECTION.KEY=VALUE",
						   a);
			}
			set[opt.nset++] = argv[i];
			while (i + 1 < argc && argv[i + 1][0] != '-' &&
			       strchr(argv[i + 1], '='))
				set[opt.nset++] = argv[++i];
		} else if (a[0] == '-' && a[1]) {
			free(set);
			return usage_error("whatif: unknown option '%s'", a);
		} else if (runfile) {
			free(set);
			return usage_error("whatif: unexpected argument '%s'",
					   a);
		} else
			runfile = a;
	}
	if (!runfile) {
		free(set);
		return usage_error("%s", "whatif: the run file is required");
	}

	struct peg_diag d;
	struct peg_whatif *w = NULL;
	peg_diag_init(&d);
	if (peg_whatif_run(&w, runfile, &opt, &d) ||
	    peg_whatif_write(w, &opt, &d)) {
		peg_whatif_free(w);
		free(set);
		return report(&d);
	}
	report(&d); /* warnings */
	printf("pegaso: wrote %s\n", peg_whatif_output_dir(w));
	fputs(peg_whatif_report(w), stdout);
	peg_whatif_free(w);
	free(set);
	return PEG_OK;
}

/* The progress bar of simulate, on stderr when it is a terminal. */
struct bar {
	int drawn;   /* something is on the line */
	int percent; /* last shown */
	int ended;   /* the last line (every draw done) is out */
};

static void show_progress(void *arg, uint64_t done, uint64_t total)
{
	struct bar *b = arg;
	int pct = total ? (int)(done * 100 / total) : 100;
	if (b->ended || (b->drawn && pct == b->percent))
		return;
	char line[64];
	int fill = pct / 5;
	memset(line, '#', (size_t)fill);
	memset(line + fill, '.', (size_t)(20 - fill));
	line[20] = '\0';
	fprintf(stderr, "\rsimulate [%s] %3d%% %llu/%llu", line, pct,
		(unsigned long long)done, (unsigned long long)total);
	if (done == total) {
		fputc('\n', stderr);
		b->ended = 1;
	}
	fflush(stderr);
	b->drawn = done != total;
	b->percent = pct;
}

static int cmd_simulate(int argc, char **argv)
{
	struct peg_sim_options opt;
	const char *runfile = NULL;
	struct bar bar = {0, -1};
	static const struct {
		const char *name;
		size_t offset;
	} valued[] = {
		{"--runs", offsetof(struct peg_sim_options, runs)},
		{"--seed", offsetof(struct peg_sim_options, seed)},
		{"--threads", offsetof(struct peg_sim_options, threads)},
		{"--spread", offsetof(struct peg_sim_options, spread)},
		{"--distribution",
		 offsetof(struct peg_sim_options, distribution)},
		{"--out", offsetof(struct peg_sim_options, output)},
	};

	memset(&opt, 0, sizeof(opt));
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		size_t k = 0;
		while (k < sizeof(valued) / sizeof(valued[0]) &&
		       strcmp(a, valued[k].name) != 0)
			k++;
		if (k < sizeof(valued) / sizeof(valued[0])) {
			if (++i == argc)
				return usage_error("%s needs a value", a);
			*(const char **)((char *)&opt + valued[k].offset) =
				argv[i];
		} else if (strcmp(a, "--force") == 0)
			opt.force = 1;
		else if (a[0] == '-' && a[1])
			return usage_error("simulate: unknown option '%s'", a);
		else if (runfile)
			return usage_error("simulate: unexpected argument '%s'",
					   a);
		else
			runfile = a;
	}
	if (!runfile)
		return usage_error("%s", "simulate: the run file is required");
	if (isatty(fileno(stderr))) {
		opt.progress = show_progress;
		opt.progress_arg = &bar;
	}

	struct peg_diag d;
	struct peg_sim *s = NULL;
	peg_diag_init(&d);
	int rc = peg_sim_run(&s, runfile, &opt, &d);
	if (bar.drawn)
		fputc('\n', stderr); /* a failure left the bar open */
	if (rc || peg_sim_write(s, &opt, &d)) {
		peg_sim_free(s);
		return report(&d);
	}
	report(&d); /* warnings */
	printf("pegaso: wrote %s\n", peg_sim_output_dir(s));
	fputs(peg_sim_report(s), stdout);
	peg_sim_free(s);
	return PEG_OK;
}

static int cmd_version(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	printf("pegaso %s\n", peg_version());
	return PEG_OK;
}

static int cmd_help(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	fputs(usage_text, stdout);
	return PEG_OK;
}

static const struct command {
	const char *name;
	int (*fn)(int argc, char **argv);
} commands[] = {
	{"run", cmd_run},
	{"monitor", cmd_monitor},
	{"import", cmd_import},
	{"verify", cmd_verify},
	{"explain", cmd_explain},
	{"diff", cmd_diff},
	{"whatif", cmd_whatif},
	{"simulate", cmd_simulate},
	{"version", cmd_version},
	{"help", cmd_help},
};

int main(int argc, char **argv)
{
	/* A write beyond the file size limit or to a closed pipe must fail
	 * with an error we report, not kill the process. */
	signal(SIGXFSZ, SIG_IGN);
	signal(SIGPIPE, SIG_IGN);
	if (argc < 2) {
		fputs(usage_text, stderr);
		return PEG_EUSAGE;
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(argv[1], commands[i].name) == 0) {
			int rc = commands[i].fn(argc - 2, argv + 2);
			if (fflush(stdout) != 0 && rc == PEG_OK)
				rc = PEG_EIO;
			return rc;
		}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
		return cmd_help(0, NULL);
	if (strcmp(argv[1], "--version") == 0)
		return cmd_version(0, NULL);
	return usage_error("unknown command '%s'", argv[1]);
}
