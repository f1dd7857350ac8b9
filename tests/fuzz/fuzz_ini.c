/*
 * fuzz_ini.c - libFuzzer harness for the INI loaders: any bytes as a
 * rules file (first byte even) or a run file (odd).  Invariants: a load
 * that fails says why (at least one error), one that succeeds reports no
 * error; every reported line is within the file.
 */
#include "fuzz_io.h"

#include "rules.h"
#include "runfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int run = 0;
	if (size > 0) {
		run = data[0] & 1;
		data++;
		size--;
	}
	char path[64];
	int fd = fuzz_file(data, size, path, sizeof(path));
	if (fd < 0)
		return 0;
	long lines = 1;
	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n';
	struct peg_diag d;
	peg_diag_init(&d);
	int rc;
	if (run) {
		struct peg_runfile rf;
		rc = peg_runfile_load(&rf, path, &d);
		peg_runfile_release(&rf);
	} else {
		struct peg_rules r;
		rc = peg_rules_load(&r, path, &d);
		peg_rules_release(&r);
	}
	CHECK(rc == 0 ? d.errors == 0 : d.errors > 0 || d.oom);
	for (size_t i = 0; i < d.n; i++)
		CHECK(d.item[i].line >= 0 && d.item[i].line <= lines);
	peg_diag_release(&d);
	close(fd);
	return 0;
}
