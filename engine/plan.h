/*
 * plan.h - the performance plan: objectives.csv and indicators.csv
 * (SPEC 2.2), loaded with every check, held sorted in natural id order.
 */
#ifndef PEG_PLAN_H
#define PEG_PLAN_H

#include <stddef.h>

#include "csvread.h"
#include "num.h"
#include "pegaso.h"
#include "util.h"

/* Indicator kinds (SPEC 2.4). */
enum peg_kind {
	PEG_KIND_PERCENT,
	PEG_KIND_COUNT,
	PEG_KIND_MIN,
	PEG_KIND_MAX,
	PEG_KIND_DEADLINE,
	PEG_KIND_BOOLEAN,
	PEG_KIND_PP_INCREMENT,
	PEG_KIND_RELATIVE_CHANGE,
	PEG_KIND_QUALITATIVE,
	PEG_KIND_PHASES, /* the objective's schedule (phase.h) */
	PEG_KIND_COUNT_ /* number of kinds */
};

const char *peg_kind_name(enum peg_kind k);
/* -1 when the name is not a kind. */
int peg_kind_parse(const char *name);

enum peg_incentivized {
	PEG_INC_NO = 0,
	PEG_INC_YES = 1,
	PEG_INC_UNKNOWN = 2
};
const char *peg_incentivized_name(enum peg_incentivized v);

struct peg_objective {
	const char *id;
	int year;
	const char *sector;   /* settore, as written (trimmed) */
	const char *service, *manager, *owner, *title, *strategic_code;
	const char *duration, *nature, *impact;
	enum peg_incentivized incentivized;
	peg_fix weight;       /* > 0, default 1 */
	long source_line;     /* line in the PEG document, 0 if unknown */
	long line;            /* line in objectives.csv */
};

struct peg_indicator {
	const char *id;
	const char *objective_id;
	size_t objective;     /* index into plan.obj */
	int year;
	const char *category, *description, *unit, *target_raw;
	enum peg_kind kind;
	peg_fix target;       /* numeric kinds; 1 for boolean; phases: the
			       * share of the schedule to keep, percent */
	peg_date target_date; /* deadline */
	int has_baseline;
	peg_fix baseline;
	peg_fix weight;       /* > 0, default 1 */
	long source_line;
	long line;            /* line in indicators.csv */
};

struct peg_plan {
	struct peg_arena arena;       /* owns every string and array */
	char *objectives_path;        /* for messages */
	char *indicators_path;
	struct peg_objective *obj;    /* sorted by id (natural order) */
	size_t nobj;
	struct peg_indicator *ind;    /* every row, sorted by id then year */
	size_t nind;
	struct peg_map obj_by_id;     /* id -> index into obj */
	struct peg_map ind_by_key;    /* "id\x1fyear" -> index into ind */
	struct peg_map ind_ids;       /* id -> index of its first row */
	/* Indicator rows of objective k (every year, id order):
	 * by_obj[by_obj_start[k] .. by_obj_start[k + 1]). */
	size_t *by_obj_start;         /* nobj + 1 entries */
	size_t *by_obj;               /* nind entries */
};

/*
 * peg_plan_load - read dir/objectives.csv and dir/indicators.csv.
 * default_year fills blank year cells of objectives; an indicator's blank
 * year is its objective's.  Stops at the first bad value (PEG_EDATA).
 * Release with peg_plan_release in every case.
 */
int peg_plan_load(struct peg_plan *p, const char *dir, int default_year,
		  const struct peg_csv_opts *o, struct peg_diag *d);
void peg_plan_release(struct peg_plan *p);

/*
 * peg_plan_sectors - the settori of plan p in natural order: *names, a
 * new array of *n names borrowed from the plan (free() the array), and
 * for each objective the index of its settore in obj_sector[0..nobj)
 * (the caller's).  -1 only out of memory (nothing to free).
 */
int peg_plan_sectors(const struct peg_plan *p, const char ***names,
		     size_t *n, size_t *obj_sector);

/* Index of the row of indicator id for year, or -1. */
long peg_plan_find_indicator(const struct peg_plan *p, const char *id,
			     int year);

#endif
