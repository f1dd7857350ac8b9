/*
 * verify.h - audit reproduction (peg_verify in pegaso.h) and the helpers
 * explain shares with it: reading a whole file, and comparing two
 * versions of a file byte for byte with a report of the first differing
 * line.
 */
#ifndef PEG_VERIFY_H
#define PEG_VERIFY_H

#include <stddef.h>

#include "pegaso.h"

/*
 * peg_compare_bytes - compare version a (labelled la, e.g. "run folder")
 * with version b (lb, e.g. "reproduction") of the file shown as `shown`.
 * Returns 0 when identical.  Otherwise returns 1 and appends a PEG_EDIFFER
 * error "shown:LINE: differs from the <lb> (column C)" and two notes
 * with both versions of that line (carriage returns dropped, control
 * bytes escaped, cut around the difference to about 100 bytes); a line
 * beyond the end of one version reads "(end of file)".
 */
int peg_compare_bytes(struct peg_diag *d, const char *shown, const char *a,
		      size_t na, const char *la, const char *b, size_t nb,
		      const char *lb);

/*
 * peg_compare_files - the same for the files at pa (labelled la) and pb
 * (lb), read in blocks: memory does not grow with the files.  Returns 0
 * identical, 1 differing (reported against `shown`), -1 with errno set
 * when a file cannot be read.
 */
int peg_compare_files(struct peg_diag *d, const char *shown, const char *pa,
		      const char *la, const char *pb, const char *lb);

#endif
