/*
 * main.c - the pegaso command line, built on the public API alone.
 *
 * The only place that prints and chooses the exit code: every command
 * returns a peg_code and the diagnostics its library calls collected,
 * which are printed to stderr as "file:line: message".
 */
#include "pegaso.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
	"usage: pegaso <command> [options]\n"
	"\n"
	"commands:\n"
	"  run RUN.ini [--out DIR] [--force] [--lang it|en]\n"
	"        score the plan and distribute the fund; write the run folder\n"
	"  monitor RUN.ini --at DATE [--out DIR] [--force] [--lang it|en]\n"
	"        the state of the plan at a date (in-year monitoring)\n"
	"  import PEG.txt --out DIR [--overrides FILE] [--year YEAR] [--force]\n"
	"        read the PEG card document into plan tables and a report\n"
	"  version\n"
	"        print the engine version\n"
	"  help\n"
	"        print this text\n"
	"\n"
	"exit codes: 0 ok, 1 usage, 2 input data, 3 rules or run file,\n"
	"4 file access, 5 legal check, 6 verify mismatch, 7 money not\n"
	"conserved, 8 internal error\n";

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

static int parse_lang(const char *s, enum peg_lang *lang)
{
	if (strcmp(s, "it") == 0)
		*lang = PEG_LANG_IT;
	else if (strcmp(s, "en") == 0)
		*lang = PEG_LANG_EN;
	else
		return -1;
	return 0;
}

static int cmd_run(int argc, char **argv)
{
	struct peg_run_options opt = {NULL, 0, PEG_LANG_IT};
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
			if (++i == argc || parse_lang(argv[i], &opt.lang))
				return usage_error("%s needs it or en", a);
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
			if (++i == argc || parse_lang(argv[i], &opt.lang))
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
		printf(", %zu corrections applied", st.overrides);
	printf("\n");
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
