/*
 * payrules.h - the distribution part of a rules file (SPEC 2.6, 3):
 * [areas], [area_map], [absences], [pool NAME], [legal], [transparency].
 *
 * Parsed by payrules.c from the INI entries that rules.c hands over;
 * everything lives in the payrules' own arena.
 */
#ifndef PEG_PAYRULES_H
#define PEG_PAYRULES_H

#include "curve.h"
#include "ini.h"

/* Built-in components; evaluation components are named by the data. */
#define PEG_COMPONENT_ENTE "ente"
#define PEG_COMPONENT_SECTOR "sector"
#define PEG_COMPONENT_OBJECTIVES "objectives"

/* One weighted term of a pool score: "behaviour:70". */
struct peg_term {
	const char *component; /* lower-case */
	peg_fix weight;
};

/* A pool score: its terms (weights total 100), for all or one area. */
struct peg_score_spec {
	const char *area;      /* NULL: the pool's default score */
	size_t area_ix;        /* index into payrules.area when area */
	struct peg_term *term;
	size_t nterm;
	long line;
};

struct peg_band {
	peg_fix lo, hi, factor;
};

/* "objectives:sector": use `to` when an employee has no `from`. */
struct peg_fallback {
	const char *from, *to;
};

enum peg_curve_kind { PEG_CURVE_LINEAR = 0, PEG_CURVE_BANDS, PEG_CURVE_POINTS };
enum peg_mode { PEG_MODE_SHARE = 0, PEG_MODE_BUDGET };
enum peg_max { PEG_MAX_PARAMETER = 0, PEG_MAX_BASE_AMOUNT };
enum peg_residual {
	PEG_RES_RETURN = 0,
	PEG_RES_REDISTRIBUTE,
	PEG_RES_REDISTRIBUTE_SECTOR
};
enum peg_ties { PEG_TIES_SHARE = 0, PEG_TIES_EMPLOYEE_ID };
enum peg_group { PEG_GROUP_STAFF = 0, PEG_GROUP_MANAGERS };

const char *peg_curve_kind_name(enum peg_curve_kind k);
const char *peg_mode_name(enum peg_mode m);
const char *peg_residual_name(enum peg_residual r);

struct peg_pool {
	const char *name;        /* lower-case, from "[pool NAME]" */
	char section[64];        /* "pool NAME" */
	long line;               /* of the section */
	const char *basis;       /* legal basis, e.g. "CCNL ... art. 68" */
	const char *amount_key;  /* key of the run file's [fund] */
	long amount_line;        /* line of amount_key, 0 when defaulted */
	enum peg_group group;
	size_t *areas;           /* indices into payrules.area */
	size_t nareas;           /* 0 = every area */
	struct peg_score_spec score;      /* default score */
	struct peg_score_spec *score_area;/* per-area overrides */
	size_t nscore_area;
	struct peg_fallback *fallback;
	size_t nfallback;
	enum peg_curve_kind curve;
	struct peg_band *band;
	size_t nband;
	int bands_right;         /* (lo, hi] instead of [lo, hi) */
	struct peg_curve points;
	peg_fix threshold;       /* pool score >= threshold */
	long min_days;           /* days_in_service >= min_days */
	enum peg_mode mode;
	enum peg_max max;
	enum peg_residual residual;
	int use_part_time, use_days, use_absences;
	int has_maggiorazione;
	peg_fix mag_percent;     /* art. 69: bonus as % of the average */
	peg_fix mag_quota;       /* at most this % of positively evaluated */
	enum peg_ties mag_ties;
};

struct peg_area_def {
	const char *key;      /* lower-case, as iniparser gives it */
	const char *display;  /* canonical spelling */
	peg_fix param;        /* parametro di categoria/area */
	long line;
};

struct peg_area_map {
	const char *legacy;   /* lower-case legacy category, e.g. "b" */
	size_t area;          /* index into area */
	long line;
};

enum peg_level { PEG_LEVEL_OFF = 0, PEG_LEVEL_WARNING, PEG_LEVEL_ERROR };
const char *peg_level_name(enum peg_level l);

/* The checks of SPEC 3.7 and how each is enforced. */
enum peg_legal_check {
	PEG_LEGAL_ART68_C3 = 0,   /* individual >= 30% of variable resources */
	PEG_LEGAL_FUNDED,         /* organizational and individual funded */
	PEG_LEGAL_ART69,          /* maggiorazione percent and bonus size */
	PEG_LEGAL_UNDIFFERENTIATED, /* D.Lgs. 150/2009 art. 18 c.2 */
	PEG_LEGAL_PROTECTED,      /* protected absences never reduce */
	PEG_LEGAL_COUNT_
};

struct peg_legal {
	const char *individual_pool;     /* pool names (lower-case) */
	const char *organizational_pool;
	const char *variable_key;        /* [fund] key of art. 67 c.3 */
	peg_fix min_individual_share;    /* 30 */
	peg_fix maggiorazione_min;       /* 30 */
	enum peg_level level[PEG_LEGAL_COUNT_];
	long line;
	long individual_line;            /* of individual_pool, 0: default */
};

struct peg_payrules {
	struct peg_arena arena;
	struct peg_area_def *area;
	size_t narea;
	struct peg_area_map *amap;
	size_t namap;
	const char **reducing, **protected_causes;
	size_t nreducing, nprotected;
	struct peg_pool *pool;   /* in file order */
	size_t npool;
	struct peg_legal legal;
	long min_cell;           /* transparency: smallest published group */
};

/*
 * peg_payrules_section - 1 when `section` (lower-case) belongs to the pay
 * rules, 0 otherwise.
 */
int peg_payrules_section(const char *section);
/*
 * peg_payrules_load - parse every pay section of ini into pr.  Problems
 * are appended to d (PEG_ERULES) with their lines; returns the number of
 * problems.  Release with peg_payrules_release in every case.
 */
int peg_payrules_load(struct peg_payrules *pr, struct peg_ini *ini,
		      const char *path, struct peg_diag *d);
void peg_payrules_release(struct peg_payrules *pr);

/* Index of an area by code (case-insensitive), or -1. */
long peg_payrules_area(const struct peg_payrules *pr, const char *code);
/* 1 when the cause is listed as reducing / protected. */
int peg_payrules_reducing(const struct peg_payrules *pr, const char *cause);
int peg_payrules_protected(const struct peg_payrules *pr, const char *cause);
/* The pool's score for an area index (its override, or the default). */
const struct peg_score_spec *peg_pool_score(const struct peg_pool *p,
					    size_t area);
/* 1 when the area takes part in the pool. */
int peg_pool_has_area(const struct peg_pool *p, size_t area);
/* The band factor of a score; *band receives the band index or -1. */
peg_fix peg_pool_band(const struct peg_pool *p, peg_fix score, long *band);

#endif
