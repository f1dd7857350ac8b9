/*
 * explain.h - the text of `pegaso explain` (peg_explain in pegaso.h),
 * shared by its two halves: explain.c (the checks, employees and pools)
 * and explain_plan.c (indicators, objectives, settori and the ente).
 *
 * A story is written line by line into a buffer, with the words of the
 * msg table in the run's chosen language and every number printed exactly
 * (the value the engine used, without trailing zeros).
 */
#ifndef PEG_EXPLAIN_H
#define PEG_EXPLAIN_H

#include "msg.h"
#include "run.h"

struct peg_story {
	const struct peg_run *r;
	enum peg_lang lang;
	struct peg_buf b;             /* the text */
	char ring[24][PEG_BIGNUMBUF]; /* formatted numbers of one line */
	unsigned ri;
};

/* Numbers, into the story's ring of buffers (valid for a few lines):
 * exact with `digits` decimals, a percent, money, a yes/no word. */
const char *peg_story_num(struct peg_story *s, __int128 v, int digits);
const char *peg_story_fix(struct peg_story *s, peg_fix v);
const char *peg_story_pct(struct peg_story *s, peg_fix v);
const char *peg_story_eur(struct peg_story *s, peg_cents v);
const char *peg_story_yesno(struct peg_story *s, int v);
/* A message of the table. */
const char *peg_story_msg(const struct peg_story *s, enum peg_msg id);
/* A path of the run as the run file names it (relative to its folder). */
const char *peg_story_path(const struct peg_story *s, const char *path);

/* One line: `indent` spaces, then the message id formatted with the
 * arguments (every argument a string). */
void peg_story_line(struct peg_story *s, int indent, enum peg_msg id, ...);
/* One line of literal text. */
void peg_story_text(struct peg_story *s, int indent, const char *text);
/* "(rules [section]; reference: basis)" on its own line. */
void peg_story_ref(struct peg_story *s, int indent, const char *section,
		   const char *basis);
/* The same with two sections: "(rules [a] [b]; reference: basis)". */
void peg_story_ref2(struct peg_story *s, int indent, const char *section,
		    const char *section2, const char *basis);

/* Indicator row i of the plan: actual value -> ratio -> score. */
void peg_story_indicator(struct peg_story *s, size_t i, int indent);
/* Objective k: heading, its indicators of the year, its achievement. */
void peg_story_objective(struct peg_story *s, size_t k, int indent);
/* The pay achievement of settore `sector` (or the ente when NULL). */
void peg_story_sector(struct peg_story *s, const char *sector, int indent);

#endif
