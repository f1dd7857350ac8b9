/*
 * monitor.h - in-year monitoring ("controllo di gestione"): the state of
 * the plan at a date, per objective and per settore.  What is due by the
 * date (deadlines on their date, phases at the end of their last quarter,
 * every other target at the end of the year), whether it is done on
 * time, done late, overdue, without a verification, not yet due or
 * neutralized; and each objective's trend: in linea, in ritardo, in
 * anticipo, verifiche mancanti, non misurabile.
 *
 * It reads the run file's plan, verification, phases and rules, never
 * the staff files; partial verification files are expected (what is due
 * after the date is not missing).  Implements the peg_monitor_* functions
 * of pegaso.h; the writers are in write_monitor.c.
 */
#ifndef PEG_MONITOR_H
#define PEG_MONITOR_H

#include <stdio.h>

#include "outdir.h"
#include "pegaso.h"
#include "phase.h"
#include "plan.h"
#include "rules.h"
#include "runfile.h"
#include "sched.h"
#include "verif.h"

/* An objective's (settore's) trend at the date, worst first. */
enum peg_trend {
	PEG_TR_BEHIND = 0,     /* in ritardo: something overdue or late */
	PEG_TR_MISSING,        /* verifiche mancanti: due, not verified */
	PEG_TR_AHEAD,          /* in anticipo: something done before due */
	PEG_TR_ON_TRACK,       /* in linea */
	PEG_TR_NOT_MEASURABLE, /* nothing of the year to measure */
	PEG_TR_COUNT_
};
const char *peg_trend_name(enum peg_trend t);

/* An indicator of the year at the date (states as for phases). */
struct peg_mon_ind {
	int in_year;                 /* the row is of the monitored year */
	peg_date due;                /* deadline target, or 31 December */
	enum peg_phase_state state;  /* never PEG_PH_NOT_SCHEDULED */
	int ahead;                   /* done, and due after the date */
	int has_days;
	long days_late;              /* late: done - due - grace;
				      * not_done, missing: at - due - grace */
	const struct peg_verif *v;   /* the verification row, NULL */
};

/* Counts of items (indicators and phases of the year) by state. */
struct peg_mon_counts {
	size_t state[PEG_PH_COUNT_];
	size_t ahead;
	size_t indicators, phases;   /* items of each sort */
	size_t unscheduled;          /* phases with no quarter of the year */
};

struct peg_mon_obj {
	enum peg_trend trend;
	struct peg_mon_counts c;
	int has_next;
	peg_date next_due;           /* the earliest due date after the date
				      * of an item not done yet */
};

struct peg_mon_sector {
	const char *name;            /* borrowed from the plan; "" = ente */
	size_t objectives;
	size_t trend[PEG_TR_COUNT_]; /* objectives by trend */
	enum peg_trend worst;        /* the settore's own trend */
	struct peg_mon_counts c;
};

struct peg_monitor {
	struct peg_runfile rf;
	struct peg_rules rules;
	struct peg_plan plan;
	struct peg_verifs verifs;
	struct peg_phases phases;
	struct peg_phase_verifs pverifs;
	int computed;
	peg_date at;                 /* the monitoring date */
	struct peg_sched sched;      /* the phases at the date */
	struct peg_mon_ind *ind;     /* one per plan.ind */
	struct peg_mon_obj *obj;     /* one per plan.obj */
	struct peg_mon_sector *sec;  /* sorted by name, natural order */
	size_t nsec;
	size_t *obj_sector;          /* plan.obj index -> sec index */
	struct peg_mon_sector ente;
	enum peg_lang lang;          /* of the last write */
	char *outdir;                /* folder of the last write */
};

/* The files of a monitoring folder (write_monitor.c), in order; each
 * writer takes the struct peg_monitor. */
const struct peg_outfile *peg_mon_writers(size_t *n);

#endif
