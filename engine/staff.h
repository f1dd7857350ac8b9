/*
 * staff.h - the people of a run (SPEC 2.7): staff.csv (one row per
 * position; several positions per person for a transfer or an interim),
 * absences.csv, assignments.csv and evaluations.csv.
 *
 * Positions are held sorted by employee id (natural order) then position
 * key; a person is the run of positions with the same employee id.
 */
#ifndef PEG_STAFF_H
#define PEG_STAFF_H

#include "csvread.h"
#include "payrules.h"
#include "plan.h"

struct peg_position {
	const char *employee_id;
	const char *position;     /* "" when the person has one row */
	size_t person;            /* index into staff.person */
	size_t area;              /* index into payrules.area */
	const char *area_written; /* as in staff.csv */
	const char *sector;
	peg_fix part_time;        /* percent, (0, 100] */
	long days;                /* days in service in the year */
	peg_fix convention;       /* percent of time at this ente, (0, 100] */
	int has_base;
	peg_cents base_amount;    /* budget pools with max = base_amount */
	int excluded;
	const char *excluded_reason;
	peg_fix reducing_own;     /* reducing absence days of this position */
	peg_fix protected_days;   /* protected absence days (never reduce) */
	long line;
};

struct peg_assignment {
	size_t objective; /* index into plan.obj */
	peg_fix weight;
	long line;        /* of assignments.csv */
};

struct peg_evaluation {
	size_t component; /* index into staff.component */
	long position;    /* index into staff.pos, or -1 for the person */
	peg_fix score;    /* 0..100 */
	long line;
};

struct peg_person {
	const char *id;
	size_t first, npos;         /* positions [first, first + npos) */
	long total_days;            /* Σ days of its positions */
	peg_fix reducing_person;    /* reducing days without a position */
	struct peg_assignment *asg; /* in objective id order (in staff.asg) */
	size_t nasg;
	struct peg_evaluation *eval;/* by component, position (in staff.eval) */
	size_t neval;
};

struct peg_staff {
	struct peg_arena arena;
	int year, days_in_year;
	struct peg_position *pos;
	size_t npos;
	struct peg_person *person;
	size_t nperson;
	struct peg_map person_by_id;
	struct peg_assignment *asg; /* every person's, person by person */
	struct peg_evaluation *eval;/* the same for the evaluations */
	const char **component;     /* evaluation components, sorted */
	size_t ncomponent;
	size_t absences, protected_rows, assignments, evaluations; /* rows */
	const char *staff_path, *absences_path, *assignments_path,
		*evaluations_path;
};

/*
 * peg_staff_load - read staff.csv and the optional absences, assignments
 * and evaluations files (NULL paths are skipped) for `year`, against the
 * plan and the pay rules.  Stops at the first bad value (PEG_EDATA).
 * Release with peg_staff_release in every case.
 */
int peg_staff_load(struct peg_staff *s, const char *staff,
		   const char *absences, const char *assignments,
		   const char *evaluations, int year, const struct peg_plan *p,
		   const struct peg_payrules *pr,
		   const struct peg_csv_opts *o, struct peg_diag *d);
void peg_staff_release(struct peg_staff *s);

/* Index of an evaluation component by (lower-case) name, or -1. */
long peg_staff_component(const struct peg_staff *s, const char *name);

#endif
