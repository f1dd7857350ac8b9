/*
 * phase.h - the schedule of the plan ("TEMPI DI REALIZZAZIONE"): the
 * phases of each objective with the quarters they are planned in
 * (phases.csv, written by pegaso import), read into due dates per year;
 * and the phase verification file, which says when each phase was done.
 *
 * A phase is due at the end of the last quarter of a year it is marked
 * in (a phase spanning several quarters is due at the end of the last
 * one); a date written in a cell is the due date itself; a cell naming
 * another year ("2021", "Primo trimestre 2021", "entro dicembre 2019")
 * plans the phase in that year, not in the quarter of its column.  The
 * reading rules are in README.md ("Phases and their verification").
 */
#ifndef PEG_PHASE_H
#define PEG_PHASE_H

#include <stddef.h>

#include "csvread.h"
#include "num.h"
#include "plan.h"
#include "util.h"

#define PEG_QUARTERS 4

/* One scheduled slot of a phase: a quarter of a year, a year, a date. */
struct peg_phase_slot {
	int year;          /* the year the slot belongs to */
	int quarter;       /* 1-4; 0 for a date written or a whole year */
	peg_date due;      /* end of the quarter, the date written, or the
			    * year's 31 December */
	const char *where; /* "q2", or the label of the other column */
	const char *text;  /* the mark as written: "X", "Delibera G.C." */
};

struct peg_phase {
	const char *id;            /* "35.F2" */
	const char *objective_id;
	size_t objective;          /* index into plan.obj */
	const char *description;
	const char *sector;        /* the SETTORE cell of the phase, "" */
	const char *q[PEG_QUARTERS], *other; /* the cells as written */
	long source_line;          /* line in the PEG document, 0 */
	long line;                 /* line in phases.csv */
	struct peg_phase_slot *slot; /* by year, then due date */
	size_t nslot;
	const char *note;          /* marks that give no date ("Fase
				    * pluriennale"), "" when none */
};

struct peg_phases {
	struct peg_arena arena;    /* owns every string and the slots */
	char *path;                /* NULL when the plan has no phases */
	struct peg_phase *ph;      /* sorted by id, natural order */
	size_t n;
	struct peg_map by_id;      /* id -> index into ph */
	/* Phases of objective k, in id order:
	 * by_obj[by_obj_start[k] .. by_obj_start[k + 1]). */
	size_t *by_obj_start;      /* plan.nobj + 1 entries */
	size_t *by_obj;            /* n entries */
};

/*
 * peg_phases_load - read path (phases.csv) against plan p; path NULL
 * gives an empty schedule.  Each phase's quarters are those of its
 * objective's year.  Fails (PEG_EDATA, file:line) on an unknown
 * objective or a phase id given twice.  Release with peg_phases_release
 * in every case.
 */
int peg_phases_load(struct peg_phases *ps, const char *path,
		    const struct peg_plan *p, const struct peg_csv_opts *o,
		    struct peg_diag *d);
void peg_phases_release(struct peg_phases *ps);

/*
 * peg_phase_schedule - read the marks of one phase: the four quarter
 * cells q[] of plan_year and the `other` cell ("LABEL: VALUE; ...").
 * Slots go to the arena (*slot, *n, sorted by year then due date);
 * *note receives the marks that give no date, joined with "; " ("" when
 * none).  -1 only out of memory.
 */
int peg_phase_schedule(struct peg_arena *a, int plan_year,
		       const char *const q[PEG_QUARTERS], const char *other,
		       struct peg_phase_slot **slot, size_t *n,
		       const char **note);

/* The due date of phase ph in year: 1 and *due when it has a slot in
 * that year (the latest one), else 0. */
int peg_phase_due(const struct peg_phase *ph, int year, peg_date *due);

/*
 * peg_phase_describe - into b: the marks of year ("q1: X; q3: Delibera
 * G.C."), or, when the phase has none that year, why ("scheduled in
 * 2021", the marks that give no date, "no quarter marked").  Sets
 * *scheduled to whether it has marks in year.
 */
void peg_phase_describe(const struct peg_phase *ph, int year,
			struct peg_buf *b, int *scheduled);

/* The end of quarter q (1-4) of year y: 31 March, 30 June, 30
 * September, 31 December. */
peg_date peg_quarter_end(int y, int q);

/* ---- the phase verification file ------------------------------------- */

enum peg_pstatus {
	PEG_PS_DONE = 0,        /* done, on the date given */
	PEG_PS_NOT_DONE,        /* not done (yet) */
	PEG_PS_NEUTRALIZED,     /* causes not attributable: left out */
	PEG_PS_COUNT_
};
const char *peg_pstatus_name(enum peg_pstatus s);

struct peg_phase_verif {
	size_t phase;           /* index into phases.ph */
	int year;
	enum peg_pstatus status;
	peg_date done;          /* PEG_PS_DONE */
	const char *note, *evidence;
	long line;
};

struct peg_phase_verifs {
	struct peg_arena arena;
	char *path;             /* NULL when the run has no such file */
	struct peg_phase_verif *v; /* sorted by phase, then year */
	size_t n;
};

/*
 * peg_phase_verifs_load - read the phase verification file at path
 * (phase_id, year, done, status, note, evidence) against the schedule
 * ps; path NULL gives no rows.  A blank year is default_year.  Every row
 * is checked: an unknown phase, a row given twice for a year, a date
 * that is not a date, a status with a date it cannot have, a done phase
 * without its date, a neutralized phase without a note: each stops the
 * load with file:line (PEG_EDATA).  Release with peg_phase_verifs_release.
 */
int peg_phase_verifs_load(struct peg_phase_verifs *pv, const char *path,
			  const struct peg_phases *ps, int default_year,
			  const struct peg_csv_opts *o, struct peg_diag *d);
void peg_phase_verifs_release(struct peg_phase_verifs *pv);

/* The row of phase (index) for year, or NULL. */
const struct peg_phase_verif *
peg_phase_verif_find(const struct peg_phase_verifs *pv, size_t phase,
		     int year);

#endif
