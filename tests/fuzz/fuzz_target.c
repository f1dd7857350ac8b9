/*
 * fuzz_target.c - libFuzzer harness for the target normaliser: any bytes
 * as a target cell, for a plan year taken from the first byte.  Checks
 * the reading's invariants: one or two parts, a known kind, a target
 * that pegaso run accepts (numbers > 0, dates in the calendar), a year
 * not before the plan year, a terminated note.
 */
#include "target.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(c)                                                               \
	do {                                                                   \
		if (!(c))                                                      \
			__builtin_trap();                                      \
	} while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int year = 2019;
	if (size > 0) {
		year = 2000 + data[0] % 40;
		data++;
		size--;
	}
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	struct peg_target t;
	peg_target_read(text, year, &t);
	CHECK(t.n == 1 || t.n == 2);
	CHECK(t.level >= PEG_TL_PLAIN && t.level <= PEG_TL_HUMAN);
	CHECK(memchr(t.note, '\0', sizeof(t.note)) != NULL);
	for (size_t i = 0; i < t.n; i++) {
		const struct peg_target_part *p = &t.part[i];
		char buf[PEG_NUMBUF];
		CHECK((unsigned)p->kind < PEG_KIND_COUNT_);
		CHECK(p->unit != NULL);
		CHECK(p->year >= year && p->year <= 2100);
		switch (p->kind) {
		case PEG_KIND_DEADLINE: {
			int y, m, d;
			peg_date_to_ymd(p->date, &y, &m, &d);
			CHECK(y >= 1900 && y <= 2100);
			CHECK(p->year == (y > year ? y : year));
			break;
		}
		case PEG_KIND_QUALITATIVE:
			CHECK(t.n == 1);
			break;
		case PEG_KIND_BOOLEAN:
			CHECK(p->value == PEG_FIX_ONE);
			break;
		default:
			CHECK(p->value > 0 && p->value <= PEG_FIX_MAX + PEG_FIX_ONE);
		}
		peg_target_str(p, buf);
		CHECK(strlen(buf) < sizeof(buf));
	}
	if (t.n == 2)
		CHECK(t.part[1].kind == PEG_KIND_DEADLINE &&
		      t.part[0].kind != PEG_KIND_DEADLINE);
	free(text);
	return 0;
}
