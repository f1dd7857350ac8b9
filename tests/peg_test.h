/*
 * peg_test.h - what every unit test includes: cmocka in the right include
 * order, and the assertions cmocka lacks (doubles with a tolerance via
 * gsl_fcmp, fixed-point values printed as decimals, strings containing a
 * substring), plus small helpers to write temporary input files.
 */
#ifndef PEG_TEST_H
#define PEG_TEST_H

/* clang-format off */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
/* clang-format on */

#include <gsl/gsl_math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "num.h"
#include "pegaso.h"
#include "util.h"

/* Doubles: equal within a relative tolerance (gsl_fcmp). */
#define PEG_ASSERT_CLOSE(actual, expected, tol)                                \
	do {                                                                   \
		double a_ = (actual), e_ = (expected);                         \
		if (gsl_fcmp(a_, e_, (tol)) != 0)                              \
			fail_msg("%s = %.17g, expected %.17g (tol %g)",        \
				 #actual, a_, e_, (double)(tol));             \
	} while (0)

/* Fixed-point values compared exactly, printed as decimals. */
#define PEG_ASSERT_FIX(actual, expected)                                       \
	do {                                                                   \
		peg_fix a_ = (actual), e_ = (expected);                        \
		char ba_[PEG_NUMBUF], be_[PEG_NUMBUF];                         \
		if (a_ != e_)                                                  \
			fail_msg("%s = %s, expected %s", #actual,              \
				 peg_fix_str(a_, ba_), peg_fix_str(e_, be_));  \
	} while (0)

/* Signed integers (cmocka compares as unsigned). */
#define PEG_ASSERT_INT(actual, expected)                                       \
	do {                                                                   \
		long long a_ = (long long)(actual), e_ = (long long)(expected);\
		if (a_ != e_)                                                  \
			fail_msg("%s = %lld, expected %lld", #actual, a_, e_); \
	} while (0)

#define PEG_ASSERT_CONTAINS(haystack, needle)                                  \
	do {                                                                   \
		const char *h_ = (haystack), *n_ = (needle);                   \
		if (!h_ || !strstr(h_, n_))                                    \
			fail_msg("%s = \"%s\" does not contain \"%s\"",        \
				 #haystack, h_ ? h_ : "(null)", n_);           \
	} while (0)

/* The whole file at path (free() it), its length in *len unless len is
 * NULL; the test fails when the file cannot be read. */
static inline char *peg_test_slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		fail_msg("cannot read %s", path);
	struct peg_buf b = {0};
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		peg_buf_add(&b, chunk, n);
	fclose(fp);
	if (b.oom)
		fail_msg("out of memory reading %s", path);
	if (len)
		*len = b.len;
	return b.data ? b.data : strdup("");
}

/* The first diagnostic of d formatted, or "" (static buffer). */
static inline const char *peg_test_diag(const struct peg_diag *d, size_t i)
{
	static char buf[2048];
	buf[0] = '\0';
	if (i < d->n)
		peg_diag_format(&d->item[i], buf, sizeof(buf));
	return buf;
}

/* A fresh temporary folder for the test (caller frees the string). */
static inline char *peg_test_tmpdir(void)
{
	char *t = strdup("/tmp/pegaso-test.XXXXXX");
	assert_non_null(t);
	assert_non_null(mkdtemp(t));
	return t;
}

/* Writes len bytes of text (len 0: strlen) to dir/name; returns the path
 * (static buffer, valid until the next call). */
static inline const char *peg_test_write(const char *dir, const char *name,
					 const char *text, size_t len)
{
	static char path[4096];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	FILE *fp = fopen(path, "wb");
	assert_non_null(fp);
	fwrite(text, 1, len ? len : strlen(text), fp);
	fclose(fp);
	return path;
}

/* rm -rf of a test folder. */
int peg_remove_tree(const char *path);

#endif
