/*
 * fuzz_num.c - libFuzzer harness for the checked parsers of num.c: every
 * line of the input through every parser.  Invariants: what parses
 * formats back to text that parses to the same value (numbers, money,
 * dates), within range; a refusal always gives a reason.
 */
#include "fuzz_io.h"

#include <stdlib.h>
#include <string.h>

#include "num.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void one(const char *s)
{
	const char *why = NULL;
	char buf[PEG_NUMBUF];
	for (int dec = 0; dec < 2; dec++) {
		peg_fix v, back;
		int pct;
		why = NULL;
		if (peg_parse_fix(s, (enum peg_decimal)dec, PEG_NUM_PERCENT, &v,
				  &pct, &why) == 0) {
			CHECK(v <= PEG_FIX_MAX && v >= -PEG_FIX_MAX);
			/* the canonical form is point-decimal, no grouping */
			CHECK(peg_parse_fix(peg_fix_str(v, buf), PEG_DEC_POINT, 0,
					    &back, NULL, &why) == 0);
			CHECK(back == v);
		} else
			CHECK(why != NULL);
		peg_cents c, cb;
		why = NULL;
		if (peg_parse_cents(s, (enum peg_decimal)dec, 0, &c, &why) == 0) {
			CHECK(peg_parse_cents(peg_cents_str(c, buf), PEG_DEC_POINT,
					      0, &cb, &why) == 0);
			CHECK(cb == c);
		} else
			CHECK(why != NULL);
	}
	peg_date t, tb;
	why = NULL;
	if (peg_parse_date(s, &t, &why) == 0) {
		CHECK(peg_parse_date(peg_date_str(t, buf), &tb, &why) == 0);
		CHECK(tb == t);
		int y, m, d;
		peg_date_to_ymd(t, &y, &m, &d);
		CHECK(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 &&
		      d <= peg_days_in_month(y, m));
	} else
		CHECK(why != NULL);
	int b;
	why = NULL;
	CHECK(peg_parse_bool(s, &b, &why) == 0 ? (b == 0 || b == 1)
					       : why != NULL);
	long l;
	why = NULL;
	CHECK(peg_parse_int(s, -1000000, 1000000, &l, &why) == 0
		      ? (l >= -1000000 && l <= 1000000)
		      : why != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	for (char *p = text, *nl; p; p = nl ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		one(p);
	}
	free(text);
	return 0;
}
