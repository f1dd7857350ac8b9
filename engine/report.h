/*
 * report.h - what the reports derive from a computed run, beyond the
 * tables: the status of indicators and objectives in words (met, partly
 * met, not met, neutralized), each person's premium by group and area,
 * the histogram of premiums, the Gini index; and the message of each
 * enumeration shown to people.  Used by transparency.csv, summary.txt,
 * report.html and report.xlsx, so that they all say the same.
 */
#ifndef PEG_REPORT_H
#define PEG_REPORT_H

#include <stdio.h>

#include "msg.h"
#include "run.h"

/* How an indicator or an objective went, for people. */
enum peg_rstatus {
	PEG_RS_MET = 0,	    /* score or achievement >= 100 */
	PEG_RS_PARTLY,	    /* above 0, below 100 */
	PEG_RS_NOT_MET,	    /* 0 */
	PEG_RS_NEUTRALIZED, /* left out: causes not attributable */
	PEG_RS_NOT_DUE,	    /* nothing due this year */
	PEG_RS_MISSING,	    /* no verification row: scored 0 */
	PEG_RS_NONE,	    /* objective without indicators this year */
	PEG_RS_COUNT_
};

/* Status of indicator row i / objective k of the plan; of a result. */
enum peg_rstatus peg_ind_rstatus(const struct peg_run *r, size_t i);
enum peg_rstatus peg_result_rstatus(const struct peg_ind_result *ir);
enum peg_rstatus peg_obj_rstatus(const struct peg_run *r, size_t k);

/* The words of a status, a pool mode, a check level, a check result and
 * an indicator kind, as message ids. */
enum peg_msg peg_rstatus_msg(enum peg_rstatus s);
enum peg_msg peg_mode_msg(enum peg_mode m);
enum peg_msg peg_level_msg(enum peg_level l);
enum peg_msg peg_check_status_msg(enum peg_check_status s);
enum peg_msg peg_kind_msg(enum peg_kind k);

/*
 * An indicator row of a multi-year objective's year (multiyear.csv,
 * report.html): its result stands unless the row was not verified in a
 * year other than the run's - then it is not yet due (a later year) or
 * not verified (an earlier one).  peg_my_ind_scored: 1 when its score is
 * shown.
 */
enum peg_my_pending {
	PEG_MYP_NONE = 0,
	PEG_MYP_NOT_YET_DUE,
	PEG_MYP_NOT_VERIFIED
};
enum peg_my_pending peg_my_ind_pending(const struct peg_run *r,
				       const struct peg_my_year *yr,
				       const struct peg_my_ind *mi);
int peg_my_ind_scored(const struct peg_run *r, const struct peg_my_year *yr,
		      const struct peg_my_ind *mi);

/*
 * peg_person_group_total - what person h received from the pools of
 * group g (paid + maggiorazione); *in is set when one of the person's
 * positions is in an area of those pools.
 */
peg_cents peg_person_group_total(const struct peg_run *r, size_t h,
				 enum peg_group g, int *in);
/* The area a person is counted in: that of their longest position. */
size_t peg_person_area(const struct peg_run *r, size_t h);

/* qsort comparison of peg_cents, ascending. */
int peg_cmp_cents(const void *a, const void *b);
/*
 * peg_gini - Gini coefficient of n amounts sorted ascending:
 * Σ (2i - n - 1) x_i / (n Σ x), i from 1; 0 when n = 0 or Σ x = 0.  A
 * reporting index, in double.  peg_gini_str prints it with 4 decimals
 * into a PEG_NUMBUF buffer.
 */
double peg_gini(const peg_cents *sorted, size_t n);
char *peg_gini_str(const peg_cents *sorted, size_t n, char *buf);

/*
 * The histogram of the premiums of a group (staff or managers: their
 * amounts differ too much to share classes): each person of the group's
 * areas, by the area they are counted in (peg_person_area).  Classes are
 * [i·step, (i+1)·step), step a round amount (1, 2, 2.5 or 5 times a power
 * of ten euros) chosen as the smallest that needs at most max_bins
 * classes.  People paid nothing are counted apart.
 */
struct peg_hist {
	peg_cents step; /* class width */
	size_t nbin;	/* classes */
	size_t narea;	/* areas of the rules */
	size_t *count;	/* nbin x narea: people per class and area */
	size_t paid;	/* people with a premium */
	size_t unpaid;	/* people without */
};

/* Fails (-1) only out of memory.  Release with peg_hist_release. */
int peg_hist_build(struct peg_hist *h, const struct peg_run *r,
		   enum peg_group g, size_t max_bins);
void peg_hist_release(struct peg_hist *h);

/*
 * peg_group_totals - the premiums of the payees of group g (> 0), sorted
 * ascending, in a new array (caller frees) of *n entries; NULL with *n = 0
 * when there are none or out of memory (*oom set).
 */
peg_cents *peg_group_totals(const struct peg_run *r, enum peg_group g,
			    size_t *n, int *oom);
/* 1 when some pool of the rules belongs to group g. */
int peg_group_has_pools(const struct peg_run *r, enum peg_group g);

/* ---- HTML ------------------------------------------------------------- */

/* Writes s with & < > " ' escaped (NULL writes nothing). */
void peg_html_esc(FILE *fp, const char *s);

/* ---- charts: inline SVG drawn from the run (report_svg.c) -------------- */

/* The colour of the i-th series (areas, groups), colour-blind safe. */
const char *peg_svg_color(size_t i);
/* Ente and settore achievement: bars over all and incentivized
 * objectives. */
void peg_svg_achievement(FILE *fp, const struct peg_run *r, enum peg_lang L);
/* The histogram of premiums by area (h from peg_hist_build); id tells
 * one chart's title from another's. */
void peg_svg_histogram(FILE *fp, const struct peg_run *r, enum peg_lang L,
		       const struct peg_hist *h, const char *id);
/* Lorenz curves of the groups' payees: totals[g] sorted, n[g] entries;
 * gini[g] as printed. */
void peg_svg_lorenz(FILE *fp, enum peg_lang L, peg_cents *const totals[2],
		    const size_t n[2], const char *const gini[2]);
/* Each pool split into paid, redistributed, maggiorazione, economies. */
void peg_svg_pools(FILE *fp, const struct peg_run *r, enum peg_lang L);

#endif
