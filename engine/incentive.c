/*
 * incentive.c - the "obiettivo incentivabile ex art. 67" answer (see
 * peg_incentive_read in import.h): the cells after the label are tokens
 * (si / no / a mark / a comment); a mark belongs to the option written
 * just before it; anything not certain is unknown, with the reason.
 */
#include "import.h"

#include <stdio.h>
#include <string.h>

/* ---- the incentivabile reader ------------------------------------------ */

enum itok { I_YES, I_NO, I_MARK };

int peg_imp_yes_word(const char *k)
{
	return strcmp(k, "si") == 0 || strcmp(k, "si'") == 0 ||
	       strcmp(k, "si.") == 0 || strcmp(k, "yes") == 0;
}

static int mark_word(const char *k)
{
	return strcmp(k, "x") == 0 || strcmp(k, "[x]") == 0 ||
	       strcmp(k, "(x)") == 0;
}

void peg_incentive_read(const char *const *cells, size_t n,
			struct peg_incentive *out)
{
	int tok[16], marked[16];
	size_t nt = 0;
	int comment = 0, repeat = 0;
	const char *odd = NULL; /* a short text that is no answer */

	memset(out, 0, sizeof(*out));
	out->value = PEG_INC_UNKNOWN;
	for (size_t i = 0; i < n && nt < 14; i++) {
		char k[64];
		const char *c = cells[i] ? cells[i] : "";
		while (*c == ' ')
			c++;
		size_t len = strlen(c);
		while (len && c[len - 1] == ' ')
			len--;
		if (!len)
			continue;
		if (len >= sizeof(k)) {
			comment = 1;
			if (peg_key_starts(c, "obiettivo incentivabile"))
				repeat = 1, comment = 0;
			continue;
		}
		memcpy(k, c, len);
		k[len] = '\0';
		const char *opt = k;
		int pre_mark = 0, post_mark = 0;
		/* "xno", "x si": a mark glued before the option */
		if (k[0] == 'x' && (peg_imp_yes_word(k + 1) || strcmp(k + 1, "no") == 0 ||
				    (k[1] == ' ' && (peg_imp_yes_word(k + 2) ||
						     strcmp(k + 2, "no") == 0)))) {
			pre_mark = 1;
			opt = k[1] == ' ' ? k + 2 : k + 1;
		} else if (len > 2 && k[len - 1] == 'x' && k[len - 2] == ' ') {
			/* "si x", "no x": a mark after the option */
			k[len - 2] = '\0';
			if (peg_imp_yes_word(k) || strcmp(k, "no") == 0)
				post_mark = 1;
			else
				k[len - 2] = ' ';
		}
		if (peg_imp_yes_word(opt) || strcmp(opt, "no") == 0) {
			tok[nt] = peg_imp_yes_word(opt) ? I_YES : I_NO;
			marked[nt++] = pre_mark || post_mark;
		} else if (mark_word(k)) {
			tok[nt] = I_MARK;
			marked[nt++] = 0;
		} else if (peg_key_starts(k, "obiettivo incentivabile")) {
			repeat = 1;
		} else if (len < 8) {
			odd = cells[i];
		} else {
			comment = 1;
		}
	}
	/* A mark belongs to the option written just before it (or, first in
	 * the row, to the one after it). */
	for (size_t i = 0; i < nt; i++) {
		if (tok[i] != I_MARK)
			continue;
		if (i > 0 && tok[i - 1] != I_MARK)
			marked[i - 1] = 1;
		else if (i + 1 < nt && tok[i + 1] != I_MARK)
			marked[i + 1] = 1;
	}
	int yes = 0, no = 0, myes = 0, mno = 0, marks = 0;
	for (size_t i = 0; i < nt; i++) {
		if (tok[i] == I_MARK) {
			marks++;
			continue;
		}
		if (tok[i] == I_YES)
			yes++, myes += marked[i];
		else
			no++, mno += marked[i];
	}
	if (odd) {
		/* "s", "si?", "forse": maybe a misspelled answer */
		out->human = 1;
		snprintf(out->note, sizeof(out->note),
			 "an answer that cannot be read ('%s')", odd);
		return;
	}
	const char *extra = comment  ? "; a comment next to it is ignored"
			    : repeat ? "; the label is written twice"
				     : "";
	if (myes || mno) {
		if (myes && mno) {
			out->human = 1;
			snprintf(out->note, sizeof(out->note),
				 "both 'si' and 'no' are marked%s", extra);
			return;
		}
		out->value = myes ? PEG_INC_YES : PEG_INC_NO;
		snprintf(out->note, sizeof(out->note),
			 "the X marks '%s'%s", myes ? "si" : "no", extra);
		return;
	}
	if (yes && no) {
		out->human = 1;
		snprintf(out->note, sizeof(out->note),
			 "both 'si' and 'no' are written and neither is "
			 "marked: undecided%s",
			 extra);
		return;
	}
	if (!yes && !no) {
		out->human = 1;
		snprintf(out->note, sizeof(out->note), "%s%s",
			 marks ? "a mark with no option next to it"
			       : "no answer after the label",
			 extra);
		return;
	}
	out->value = yes ? PEG_INC_YES : PEG_INC_NO;
	if (*extra)
		snprintf(out->note, sizeof(out->note), "%s", extra + 2);
}

