/*
 * fuzz_csv.c - libFuzzer harness for the CSV reader: any bytes as a CSV
 * file, read whole with small limits, in UTF-8 or (first byte odd)
 * Windows-1252.  Invariants: every record has the header's width, its
 * line never goes backwards, a failure leaves exactly one error.
 */
#include "fuzz_io.h"

#include "csvread.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct peg_csv_opts o = {0, -1, 0, 512, 16, 1000};
	if (size > 0) {
		o.encoding = data[0] & 1 ? PEG_ENC_CP1252 : PEG_ENC_UTF8;
		data++;
		size--;
	}
	char path[64];
	int fd = fuzz_file(data, size, path, sizeof(path));
	if (fd < 0)
		return 0;
	struct peg_diag d;
	struct peg_csv *c;
	peg_diag_init(&d);
	if (peg_csv_open(&c, path, &o, &d) == 0) {
		static const struct peg_csv_col cols[] = {{"id", 0}, {"a", 0}};
		int idx[2];
		int bound = peg_csv_bind(c, cols, 2, idx, &d);
		CHECK(bound == 0 || d.errors > 0);
		size_t after_bind = d.errors;
		struct peg_csv_row row;
		long last = 0;
		int r;
		while ((r = peg_csv_next(c, &row, &d)) == 1) {
			CHECK(row.n == peg_csv_width(c));
			CHECK(row.line >= last && row.line > 1);
			last = row.line;
			for (size_t i = 0; i < row.n; i++)
				CHECK(row.field[i] != NULL);
		}
		/* reading stops at the first bad record, with one error */
		CHECK(r == 0 || d.errors == after_bind + 1);
		peg_csv_close(c);
	} else {
		CHECK(d.errors == 1);
		CHECK(c == NULL);
	}
	peg_diag_release(&d);
	close(fd);
	return 0;
}
