/*
 * fuzz_import.c - libFuzzer harness for the card parser: any bytes as a
 * PEG document (plan year inferred, or 2020 when the size is odd).
 * Checks that a document is either refused with an error or read into
 * tables whose rows point at real objectives, with ids, and report lines
 * that point inside the document.
 */
#include "import.h"

#include <stdint.h>
#include <string.h>

#define CHECK(c)                                                               \
	do {                                                                   \
		if (!(c))                                                      \
			__builtin_trap();                                      \
	} while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct peg_imp im;
	struct peg_diag d;
	memset(&im, 0, sizeof(im));
	peg_diag_init(&d);
	int rc = peg_imp_parse(&im, (const char *)data, size, "fuzz.txt",
			       (size & 1) ? 2020 : 0, &d);
	if (rc) {
		CHECK(d.errors > 0);
	} else {
		CHECK(d.errors == 0);
		CHECK(im.nobj > 0);
		for (size_t i = 0; i < im.nobj; i++)
			CHECK(im.obj[i].id && *im.obj[i].id &&
			      *im.obj[i].sector && *im.obj[i].title);
		for (size_t i = 0; i < im.nind; i++) {
			CHECK(im.ind[i].obj < im.nobj && im.ind[i].id);
			CHECK((unsigned)im.ind[i].kind < PEG_KIND_COUNT_);
			CHECK(im.ind[i].year >= im.year);
			CHECK(im.ind[i].line >= 1 &&
			      (size_t)im.ind[i].line <= im.nline);
		}
		for (size_t i = 0; i < im.nph; i++)
			CHECK(im.ph[i].obj < im.nobj && im.ph[i].id);
		for (size_t i = 0; i < im.nnote; i++)
			CHECK(im.note[i].line >= 0 &&
			      (size_t)im.note[i].line <= im.nline &&
			      im.note[i].assumed && im.note[i].found);
	}
	peg_imp_release(&im);
	peg_diag_release(&d);
	return 0;
}
