/*
 * runfile.c - loads the run file (see runfile.h).
 *
 * [run] names the inputs and options, [fund] the amounts in euros (point
 * decimal, at most 2 decimals, read straight into cents).  Unknown
 * sections and keys are errors, like in rules files, so a typo never
 * silently drops an input.
 */
#include "runfile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const lang_names[] = {"it", "en", NULL};
static const int lang_values[] = {PEG_LANG_IT, PEG_LANG_EN};
static const char *const csv_names[] = {"standard", "it", NULL};
static const int csv_values[] = {PEG_CSV_STANDARD, PEG_CSV_IT};
static const char *const reports_names[] = {"auto", "always", "never", NULL};
static const int reports_values[] = {PEG_REPORTS_AUTO, PEG_REPORTS_ALWAYS,
				     PEG_REPORTS_NEVER};
static const char *const decimal_names[] = {"auto", "point", "comma", NULL};
static const int decimal_values[] = {-1, PEG_DEC_POINT, PEG_DEC_COMMA};

static const struct peg_choices lang_words = {lang_names, lang_values};
static const struct peg_choices csv_words = {csv_names, csv_values};
static const struct peg_choices reports_words = {reports_names,
						 reports_values};
static const struct peg_choices decimal_words = {decimal_names,
						 decimal_values};

const struct peg_choices *peg_lang_words(void)
{
	return &lang_words;
}

const struct peg_choices *peg_csv_words(void)
{
	return &csv_words;
}

const struct peg_choices *peg_reports_words(void)
{
	return &reports_words;
}

int peg_parse_lang(const char *s, enum peg_lang *out)
{
	int v;
	if (peg_choices_find(&lang_words, s, &v))
		return -1;
	*out = (enum peg_lang)v;
	return 0;
}

int peg_parse_csv_choice(const char *s, enum peg_csv_choice *out)
{
	int v;
	if (peg_choices_find(&csv_words, s, &v))
		return -1;
	*out = (enum peg_csv_choice)v;
	return 0;
}

int peg_parse_reports_choice(const char *s, enum peg_reports_choice *out)
{
	int v;
	if (peg_choices_find(&reports_words, s, &v))
		return -1;
	*out = (enum peg_reports_choice)v;
	return 0;
}

/* [run] keys with a fixed set of words, and where their value goes. */
static const struct {
	const char *key;
	const struct peg_choices *words;
	size_t offset;
} choice_keys[] = {
	{"decimal", &decimal_words, offsetof(struct peg_runfile, csv.decimal)},
	{"reports", &reports_words, offsetof(struct peg_runfile, reports)},
	{"csv", &csv_words, offsetof(struct peg_runfile, out_csv)},
};

/* [run] keys that name a file or folder, and where they are stored. */
struct path_key {
	const char *key;
	size_t offset;
	int required;
};

static const struct path_key path_keys[] = {
	{"plan", offsetof(struct peg_runfile, plan), 1},
	{"verification", offsetof(struct peg_runfile, verification), 1},
	{"rules", offsetof(struct peg_runfile, rules), 1},
	{"output", offsetof(struct peg_runfile, output), 1},
	{"staff", offsetof(struct peg_runfile, staff), 0},
	{"absences", offsetof(struct peg_runfile, absences), 0},
	{"assignments", offsetof(struct peg_runfile, assignments), 0},
	{"evaluations", offsetof(struct peg_runfile, evaluations), 0},
	{"phases", offsetof(struct peg_runfile, phases), 0},
	{"phase_verification", offsetof(struct peg_runfile, phase_verification),
	 0},
};

static int run_key(struct peg_runfile *rf, struct peg_ini_entry *e,
		   struct peg_diag *d)
{
	const char *why;
	for (size_t i = 0; i < PEG_COUNT(path_keys); i++) {
		if (strcmp(e->key, path_keys[i].key) != 0)
			continue;
		if (!*e->value)
			return peg_fail(d, PEG_ERULES, rf->path, e->line,
					"[run] %s: a path is required",
					e->key);
		char *p = peg_path_join(&rf->arena, rf->dir, e->value);
		if (!p)
			return peg_fail(d, PEG_EINTERNAL, NULL, 0,
					"out of memory");
		*(const char **)((char *)rf + path_keys[i].offset) = p;
		return 0;
	}
	if (strcmp(e->key, "year") == 0) {
		long y;
		if (peg_parse_int(e->value, 1900, 2100, &y, &why))
			return peg_fail(d, PEG_ERULES, rf->path, e->line,
					"[run] year = '%s': %s (1900 to 2100)",
					e->value, why);
		rf->year = (int)y;
		return 0;
	}
	if (strcmp(e->key, "ente") == 0) {
		rf->ente = e->value;
		return 0;
	}
	for (size_t i = 0; i < PEG_COUNT(choice_keys); i++) {
		if (strcmp(e->key, choice_keys[i].key) != 0)
			continue;
		int *field = (int *)((char *)rf + choice_keys[i].offset);
		char list[64];
		if (peg_choices_find(choice_keys[i].words, e->value, field))
			return peg_fail(d, PEG_ERULES, rf->path, e->line,
					"[run] %s = '%s': expected %s", e->key,
					e->value,
					peg_choices_list(choice_keys[i].words,
							 list, sizeof(list)));
		return 0;
	}
	if (strcmp(e->key, "encoding") == 0) {
		if (peg_strieq(e->value, "utf-8") || peg_strieq(e->value, "utf8"))
			rf->csv.encoding = PEG_ENC_UTF8;
		else if (peg_strieq(e->value, "windows-1252") ||
			 peg_strieq(e->value, "cp1252") ||
			 peg_strieq(e->value, "latin-1") ||
			 peg_strieq(e->value, "latin1"))
			rf->csv.encoding = PEG_ENC_CP1252;
		else
			return peg_fail(d, PEG_ERULES, rf->path, e->line,
					"[run] encoding = '%s': expected "
					"utf-8 or windows-1252",
					e->value);
		return 0;
	}
	return peg_fail(d, PEG_ERULES, rf->path, e->line,
			"unknown key '%s' in [run]", e->key);
}

static int fund_key(struct peg_runfile *rf, struct peg_ini_entry *e,
		    size_t *cap, struct peg_diag *d)
{
	const char *why;
	peg_cents c;
	if (peg_parse_cents(e->value, PEG_DEC_POINT, PEG_NUM_NONNEG, &c, &why))
		return peg_fail(d, PEG_ERULES, rf->path, e->line,
				"[fund] %s = '%s': %s (euros with a point and "
				"at most 2 decimals, e.g. 150000.00)",
				e->key, e->value, why);
	if (rf->nfund == *cap) {
		size_t n = *cap ? *cap * 2 : 8;
		struct peg_fund_item *p = realloc(rf->fund, n * sizeof(*p));
		if (!p)
			return peg_fail(d, PEG_EINTERNAL, NULL, 0,
					"out of memory");
		rf->fund = p;
		*cap = n;
	}
	rf->fund[rf->nfund].key = e->key;
	rf->fund[rf->nfund].amount = c;
	rf->fund[rf->nfund].line = e->line;
	rf->nfund++;
	return 0;
}

static int load(struct peg_runfile *rf, struct peg_ini *ini, const char *path,
		const struct peg_ini_override *ov, size_t nov,
		struct peg_diag *d);

int peg_runfile_load_with(struct peg_runfile *rf, const char *path,
			  const struct peg_ini_override *ov, size_t nov,
			  struct peg_diag *out)
{
	struct peg_diag local;
	struct peg_ini ini;
	size_t from = out->n;
	peg_diag_init(&local);
	memset(&ini, 0, sizeof(ini));
	int rc = load(rf, &ini, path, ov, nov, &local);
	peg_ini_move_sorted(out, &local);
	peg_ini_blame(&ini, out, from);
	peg_ini_release(&ini);
	return rc;
}

int peg_runfile_load(struct peg_runfile *rf, const char *path,
		     struct peg_diag *out)
{
	return peg_runfile_load_with(rf, path, NULL, 0, out);
}

/* Reads the file into ini (released by the caller) and rf. */
static int load(struct peg_runfile *rf, struct peg_ini *ini, const char *path,
		const struct peg_ini_override *ov, size_t nov,
		struct peg_diag *d)
{
	int bad = 0;
	size_t cap = 0;

	memset(rf, 0, sizeof(*rf));
	rf->csv.decimal = -1;
	rf->out_csv = PEG_CSV_STANDARD;
	rf->reports = PEG_REPORTS_AUTO;
	rf->path = peg_arena_strdup(&rf->arena, path);
	rf->dir = peg_path_dir(&rf->arena, path);
	if (!rf->path || !rf->dir)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	rf->ente = "";
	if (peg_ini_load_with(ini, path, PEG_ERULES, ov, nov, d))
		return -1;
	for (size_t i = 0; i < ini->nsec; i++)
		if (strcmp(ini->sec[i].name, "run") != 0 &&
		    strcmp(ini->sec[i].name, "fund") != 0) {
			peg_fail(d, PEG_ERULES, path, ini->sec[i].line,
				 "unknown section [%s] (expected [run] and "
				 "[fund])",
				 ini->sec[i].name);
			bad = 1;
		}
	for (size_t i = 0; i < ini->nent; i++) {
		struct peg_ini_entry *e = &ini->ent[i];
		/* Keep strings: the ini's arena dies at the end. */
		e->value = peg_arena_strdup(&rf->arena, e->value);
		e->key = peg_arena_strdup(&rf->arena, e->key);
		if (!e->value || !e->key)
			return peg_fail(d, PEG_EINTERNAL, NULL, 0,
					"out of memory");
		if (strcmp(e->section, "run") == 0)
			bad |= run_key(rf, e, d) != 0;
		else if (strcmp(e->section, "fund") == 0 && e->added) {
			/* Any key is a fund amount in the file; an override
			 * may only change one, so a typo is not a new fund. */
			peg_fail(d, PEG_ERULES, path, e->line,
				 "unknown key '%s' in [fund] (an override "
				 "changes an amount of the run file)",
				 e->key);
			bad = 1;
		} else if (strcmp(e->section, "fund") == 0)
			bad |= fund_key(rf, e, &cap, d) != 0;
	}
	if (!peg_ini_section_line(ini, "run")) {
		peg_fail(d, PEG_ERULES, path, 0, "no [run] section");
		bad = 1;
	} else {
		if (!rf->year && !peg_ini_find(ini, "run", "year")) {
			peg_fail(d, PEG_ERULES, path,
				 peg_ini_section_line(ini, "run"),
				 "[run] year is required");
			bad = 1;
		}
		for (size_t i = 0; i < PEG_COUNT(path_keys); i++)
			if (path_keys[i].required &&
			    !peg_ini_find(ini, "run", path_keys[i].key)) {
				peg_fail(d, PEG_ERULES, path,
					 peg_ini_section_line(ini, "run"),
					 "[run] %s is required",
					 path_keys[i].key);
				bad = 1;
			}
	}
	return bad ? -1 : 0;
}

void peg_runfile_release(struct peg_runfile *rf)
{
	free(rf->fund);
	peg_arena_release(&rf->arena);
	memset(rf, 0, sizeof(*rf));
}

const struct peg_fund_item *peg_runfile_fund(const struct peg_runfile *rf,
					     const char *key)
{
	for (size_t i = 0; i < rf->nfund; i++)
		if (strcmp(rf->fund[i].key, key) == 0)
			return &rf->fund[i];
	return NULL;
}
