/*
 * bench_import.c - one line of `make bench`: for a PEG document, the time
 * to only read it and split it into lines and cells (the baseline) and
 * the time of the whole import (read, parse, write the output folder),
 * best of several repetitions in this process.
 *
 *   bench_import PEG.txt LABEL [REPS]
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "doctext.h"
#include "outdir.h"
#include "pegaso.h"
#include "util.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads the document and splits it into cells; 0 on success. */
static int split_only(const char *path)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return 1;
	struct peg_buf b = {0};
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		peg_buf_add(&b, chunk, n);
	fclose(fp);
	struct peg_arena a = {0};
	struct peg_diag d;
	struct peg_docline *lines;
	size_t nlines;
	peg_diag_init(&d);
	int rc = peg_doc_split(&a, peg_buf_str(&b), b.len, path, &lines,
			       &nlines, &d);
	peg_arena_release(&a);
	peg_buf_release(&b);
	peg_diag_release(&d);
	return rc != 0 || nlines == 0;
}

static int import(const char *path, const char *out)
{
	struct peg_import_options opt = {path, out, NULL, 0, 1};
	struct peg_diag d;
	peg_diag_init(&d);
	int rc = peg_import(&opt, NULL, &d);
	for (size_t i = 0; rc && i < d.n; i++)
		fprintf(stderr, "%s\n", d.item[i].message);
	peg_diag_release(&d);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: bench_import PEG.txt LABEL [REPS]\n");
		return 1;
	}
	int reps = argc > 3 ? atoi(argv[3]) : 20;
	char dir[] = "/tmp/pegaso-bench.XXXXXX";
	if (!mkdtemp(dir))
		return 1;
	char out[sizeof(dir) + 8];
	snprintf(out, sizeof(out), "%s/out", dir);
	double best_split = 1e30, best_import = 1e30;
	for (int i = 0; i < reps; i++) {
		double t0 = now();
		if (split_only(argv[1]))
			return 1;
		double t1 = now();
		if (import(argv[1], out))
			return 1;
		double t2 = now();
		if (t1 - t0 < best_split)
			best_split = t1 - t0;
		if (t2 - t1 < best_import)
			best_import = t2 - t1;
	}
	peg_remove_tree(dir);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("%-28s %12.2f %12.2f %8.2f %12.1f\n", argv[2], best_split * 1e3,
	       best_import * 1e3, best_import / best_split,
	       (double)ru.ru_maxrss / 1024.0);
	return 0;
}
