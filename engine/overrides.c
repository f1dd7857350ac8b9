/*
 * overrides.c - a human's corrections to an imported plan (see
 * import.h, peg_imp_overrides).
 *
 * The corrections file is a CSV read with the project's reader: one row
 * per correction, `id, field, value, reason` (and an optional `year` to
 * correct one year of a multi-year indicator).  Corrections are applied
 * after the document is read, so they survive a re-import of a revised
 * document, and each one is listed in the import report with the value
 * it replaced.  An unknown id or field, a blank reason, a value that
 * does not fit its field, or a second correction of the same id and
 * field (the same year, or a year and all years) stops the import with
 * the file and line.
 */
#include "import.h"
#include "load.h"

#include <stdlib.h>
#include <string.h>

enum { C_ID, C_FIELD, C_VALUE, C_REASON, C_YEAR, C_NCOLS };

static const struct peg_csv_col cols[C_NCOLS] = {
	[C_ID] = {"id", 1},
	[C_FIELD] = {"field", 1},
	[C_VALUE] = {"value", 1},
	[C_REASON] = {"reason", 1},
	[C_YEAR] = {"year", 0},
};

enum ftype { F_TEXT, F_REQUIRED, F_INCENTIVIZED, F_WEIGHT, F_KIND, F_TARGET,
	     F_BASELINE };

struct field {
	const char *name;
	int indicator; /* an indicator field (else an objective field) */
	enum ftype type;
	size_t off;    /* offset of the const char * member (text fields) */
};

#define OBJ(m) offsetof(struct peg_imp_obj, m)
#define IND(m) offsetof(struct peg_imp_ind, m)

static const struct field fields[] = {
	{"sector", 0, F_REQUIRED, OBJ(sector)},
	{"service", 0, F_TEXT, OBJ(service)},
	{"manager", 0, F_TEXT, OBJ(manager)},
	{"owner", 0, F_TEXT, OBJ(owner)},
	{"title", 0, F_REQUIRED, OBJ(title)},
	{"strategic_code", 0, F_TEXT, OBJ(strategic_code)},
	{"duration", 0, F_TEXT, OBJ(duration)},
	{"nature", 0, F_TEXT, OBJ(nature)},
	{"impact", 0, F_TEXT, OBJ(impact)},
	{"incentivized", 0, F_INCENTIVIZED, 0},
	{"weight", 0, F_WEIGHT, 0},
	{"category", 1, F_TEXT, IND(category)},
	{"description", 1, F_TEXT, IND(description)},
	{"unit", 1, F_TEXT, IND(unit)},
	{"kind", 1, F_KIND, 0},
	{"target", 1, F_TARGET, 0},
	{"baseline", 1, F_BASELINE, 0},
	{"weight", 1, F_WEIGHT, 0},
};

/* Per indicator row: what the corrections touched, to check the kind
 * and the target together at the end. */
struct touch {
	const char *orig;   /* the target as read, before any correction */
	const char *target; /* corrected target text, NULL if none */
	long target_line;   /* line of the correction of the target */
	long kind_line;     /* line of the correction of the kind */
	const char *where;  /* "file:line" of the last correction of the
			     * kind, target or baseline, NULL if none */
};

/* Marks the needs-human lines of card about field (at line, or any line
 * when line is 0) resolved by the correction at where. */
static void resolve(struct peg_imp *im, const char *card, const char *field,
		    long line, const char *where)
{
	for (size_t i = 0; i < im->nnote; i++) {
		struct peg_imp_note *n = &im->note[i];
		if (n->severity != PEG_IMP_HUMAN || strcmp(n->card, card) != 0 ||
		    strcmp(n->field, field) != 0 || (line && n->line != line))
			continue;
		n->severity = PEG_IMP_RESOLVED;
		n->assumed = peg_imp_printf(im, "%s; resolved by the "
						"correction at %s",
					    n->assumed, where);
	}
}

/*
 * A target line that needed a human is resolved when every indicator
 * read from it had its kind, target or baseline corrected and none is
 * left a pp_increment without a baseline.
 */
static void resolve_targets(struct peg_imp *im, const struct touch *tc)
{
	for (size_t i = 0; i < im->nind; i++) {
		const struct peg_imp_ind *in = &im->ind[i];
		if (!tc[i].where)
			continue;
		const char *card = im->obj[in->obj].id;
		int all = 1;
		for (size_t j = 0; j < im->nind && all; j++) {
			const struct peg_imp_ind *o = &im->ind[j];
			if (o->line != in->line || o->obj != in->obj)
				continue;
			if (!tc[j].where || (o->kind == PEG_KIND_PP_INCREMENT &&
					     !o->has_baseline))
				all = 0;
		}
		if (all)
			resolve(im, card, "target", in->line, tc[i].where);
	}
}

/* A correction already read: its id, field and year (0: all years). */
struct seen {
	const char *id;
	const struct field *f;
	long year;
	long line;
};

/* The line of an earlier correction of the same id and field whose year
 * overlaps year, 0 if none. */
static long seen_before(const struct seen *sv, size_t n, const char *id,
			const struct field *f, long year)
{
	for (size_t i = 0; i < n; i++)
		if (sv[i].f == f && strcmp(sv[i].id, id) == 0 &&
		    (!sv[i].year || !year || sv[i].year == year))
			return sv[i].line;
	return 0;
}

static const struct field *find_field(const char *name, int indicator,
				      int *other)
{
	*other = 0;
	for (size_t i = 0; i < PEG_COUNT(fields); i++)
		if (strcmp(fields[i].name, name) == 0) {
			if (fields[i].indicator == indicator)
				return &fields[i];
			*other = 1;
		}
	return NULL;
}

static const char *target_text(struct peg_imp *im, const struct peg_imp_ind *in)
{
	struct peg_target_part p;
	char b[PEG_NUMBUF];
	memset(&p, 0, sizeof(p));
	p.kind = in->kind;
	p.value = in->value;
	p.date = in->date;
	return peg_imp_str(im, peg_target_str(&p, b));
}

/* The current value of a field, for the report. */
static const char *current(struct peg_imp *im, const struct field *f,
			   void *rec)
{
	char b[PEG_NUMBUF];
	switch (f->type) {
	case F_TEXT:
	case F_REQUIRED:
		return *(const char **)((char *)rec + f->off);
	case F_INCENTIVIZED:
		return peg_incentivized_name(
			((struct peg_imp_obj *)rec)->incentivized);
	case F_WEIGHT:
		return peg_imp_str(im, peg_fix_str(
					       f->indicator
						       ? ((struct peg_imp_ind *)rec)->weight
						       : ((struct peg_imp_obj *)rec)->weight,
					       b));
	case F_KIND:
		return peg_kind_name(((struct peg_imp_ind *)rec)->kind);
	case F_TARGET:
		return target_text(im, rec);
	case F_BASELINE: {
		struct peg_imp_ind *in = rec;
		return in->has_baseline ? peg_imp_str(im, peg_fix_str(in->baseline, b))
					: "";
	}
	}
	return "";
}

/* Applies one correction to one record; -1 (reported) for a bad value. */
static int apply(struct peg_imp *im, struct peg_loader *l,
		 const struct field *f, void *rec, const char *value,
		 struct touch *tc)
{
	const char *why;
	peg_fix v;
	switch (f->type) {
	case F_REQUIRED:
		if (!*value)
			return peg_cell_fail(l, C_VALUE, "a value is required "
							 "for this field");
		/* fallthrough */
	case F_TEXT:
		*(const char **)((char *)rec + f->off) = peg_imp_str(im, value);
		return 0;
	case F_INCENTIVIZED: {
		int yes;
		struct peg_imp_obj *o = rec;
		if (strcmp(value, "unknown") == 0)
			o->incentivized = PEG_INC_UNKNOWN;
		else if (peg_parse_bool(value, &yes, &why) == 0)
			o->incentivized = yes ? PEG_INC_YES : PEG_INC_NO;
		else
			return peg_cell_fail(l, C_VALUE,
					     "expected yes, no or unknown");
		return 0;
	}
	case F_WEIGHT:
		if (peg_parse_fix(value, peg_csv_decimal(l->csv), 0, &v, NULL,
				  &why))
			return peg_cell_fail(l, C_VALUE, why);
		if (v <= 0)
			return peg_cell_fail(l, C_VALUE,
					     "a weight must be greater than 0");
		if (f->indicator)
			((struct peg_imp_ind *)rec)->weight = v;
		else
			((struct peg_imp_obj *)rec)->weight = v;
		return 0;
	case F_KIND: {
		int k = peg_kind_parse(value);
		if (k < 0)
			return peg_cell_fail(l, C_VALUE,
					     "unknown kind (expected percent, "
					     "count, min, max, deadline, "
					     "boolean, pp_increment, "
					     "relative_change, qualitative or "
					     "phases)");
		((struct peg_imp_ind *)rec)->kind = (enum peg_kind)k;
		tc->kind_line = l->row.line;
		return 0;
	}
	case F_TARGET:
		tc->target = peg_imp_str(im, value);
		tc->target_line = l->row.line;
		return 0;
	case F_BASELINE: {
		struct peg_imp_ind *in = rec;
		if (!*value) {
			in->has_baseline = 0;
			return 0;
		}
		if (peg_parse_fix(value, peg_csv_decimal(l->csv),
				  PEG_NUM_PERCENT, &v, NULL, &why))
			return peg_cell_fail(l, C_VALUE, why);
		in->has_baseline = 1;
		in->baseline = v;
		return 0;
	}
	}
	return 0;
}

/*
 * The kind and target of a corrected indicator must agree (SPEC 2.4).
 * A corrected target is read in the dialect of the corrections file; a
 * kind corrected alone must fit the target as read.
 */
static int check_target(struct peg_imp_ind *in, const struct touch *tc,
			const char *path, enum peg_decimal dec,
			struct peg_diag *d)
{
	const char *why = NULL;
	const char *text = tc->target ? tc->target : tc->orig;
	long line = tc->target ? tc->target_line : tc->kind_line;
	peg_fix v = 0;
	int yes = 1, bad = 0;
	switch (in->kind) {
	case PEG_KIND_QUALITATIVE:
		in->value = 0;
		in->date = 0;
		return 0;
	case PEG_KIND_DEADLINE:
		bad = peg_parse_date(text, &in->date, &why) != 0;
		break;
	case PEG_KIND_BOOLEAN:
		if (*text && (peg_parse_bool(text, &yes, &why) || !yes)) {
			why = "a boolean target must be yes";
			bad = 1;
		}
		in->value = PEG_FIX_ONE;
		break;
	case PEG_KIND_PHASES:
		/* the share of the phases to keep on time; 100% when blank */
		if (peg_is_blank(text)) {
			in->value = PEG_FIX(100);
			break;
		}
		/* fall through */
	default:
		bad = peg_parse_fix(text, tc->target ? dec : PEG_DEC_POINT,
				    PEG_NUM_PERCENT, &v, NULL, &why) != 0;
		if (!bad && v <= 0) {
			why = "a target must be greater than 0";
			bad = 1;
		}
		if (!bad && in->kind == PEG_KIND_PHASES && v > PEG_FIX(100)) {
			why = "a share of the phases above 100% cannot be "
			      "reached";
			bad = 1;
		}
		in->value = v;
	}
	if (!bad)
		return 0;
	if (!tc->target)
		return peg_fail(d, PEG_EDATA, path, line,
				"indicator '%s': the kind '%s' does not fit "
				"the target read ('%s'): correct the target "
				"too",
				in->id, peg_kind_name(in->kind), text);
	return peg_fail(d, PEG_EDATA, path, line,
			"indicator '%s': target '%s': %s (kind %s)", in->id,
			text, why, peg_kind_name(in->kind));
}

int peg_imp_overrides(struct peg_imp *im, const char *path,
		      struct peg_diag *d)
{
	struct peg_loader l;
	int idx[C_NCOLS];
	struct touch *tc = calloc(im->nind ? im->nind : 1, sizeof(*tc));
	struct seen *sv = NULL;
	size_t nsv = 0, capsv = 0;
	int r;

	if (!tc)
		return peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	if (peg_loader_open(&l, path, NULL, cols, C_NCOLS, idx, d)) {
		free(tc);
		return -1;
	}
	while ((r = peg_loader_next(&l)) == 1) {
		const char *id = peg_cell_req(&l, C_ID, &im->arena);
		const char *fname = peg_cell_req(&l, C_FIELD, &im->arena);
		const char *value = peg_cell_str(&l, C_VALUE, &im->arena);
		const char *reason = peg_cell_req(&l, C_REASON, &im->arena);
		long year = 0;
		if (!id || !fname || !value || !reason ||
		    (!peg_cell_blank(&l, C_YEAR) &&
		     peg_cell_int(&l, C_YEAR, 1900, 2100, &year))) {
			r = -1;
			break;
		}
		size_t oi = im->nobj;
		for (size_t i = 0; i < im->nobj && oi == im->nobj; i++)
			if (strcmp(im->obj[i].id, id) == 0)
				oi = i;
		int is_ind = oi == im->nobj;
		size_t nmatch = 0;
		if (is_ind)
			for (size_t i = 0; i < im->nind; i++)
				nmatch += strcmp(im->ind[i].id, id) == 0 &&
					  (!year || im->ind[i].year == year);
		if (is_ind && !nmatch) {
			r = peg_cell_fail(&l, C_ID,
					  year ? "no indicator with this id "
						 "for that year"
					       : "not an objective or an "
						 "indicator of the document");
			break;
		}
		if (!is_ind && year) {
			r = peg_cell_fail(&l, C_YEAR,
					  "a year applies to indicators only");
			break;
		}
		int other;
		const struct field *f = find_field(fname, is_ind, &other);
		if (!f) {
			r = peg_cell_fail(
				&l, C_FIELD,
				other ? (is_ind ? "an objective field, and the "
						  "id is an indicator"
						: "an indicator field, and the "
						  "id is an objective")
				      : "unknown field (objectives: sector, "
					"service, manager, owner, title, "
					"strategic_code, duration, nature, "
					"impact, incentivized, weight; "
					"indicators: category, description, "
					"unit, kind, target, baseline, "
					"weight)");
			break;
		}
		long first = seen_before(sv, nsv, id, f, year);
		if (first) {
			r = peg_cell_fail(
				&l, C_FIELD,
				peg_imp_printf(im, "'%s'%s is already corrected "
						   "at line %ld (one correction "
						   "per id and field)",
					       id,
					       year ? peg_imp_printf(im, " (%ld)",
								     year)
						    : "",
					       first));
			break;
		}
		if (peg_grow((void **)&sv, &capsv, nsv, sizeof(*sv))) {
			r = peg_fail(d, PEG_EINTERNAL, NULL, 0,
				     "out of memory");
			break;
		}
		sv[nsv++] = (struct seen){id, f, year, l.row.line};
		const char *where = peg_imp_printf(im, "%s:%ld",
						   peg_path_base(path),
						   l.row.line);
		if (!is_ind) {
			struct peg_imp_obj *o = &im->obj[oi];
			const char *old = current(im, f, o);
			if (apply(im, &l, f, o, value, NULL)) {
				r = -1;
				break;
			}
			peg_imp_report(im, o->line, o->id, f->name, old,
				       PEG_IMP_INFO,
				       "corrected to '%s' (%s: %s)", value,
				       where, reason);
			if (f->type != F_INCENTIVIZED ||
			    o->incentivized != PEG_INC_UNKNOWN)
				resolve(im, o->id, f->name, 0, where);
			im->noverride++;
			continue;
		}
		for (size_t i = 0; i < im->nind && r == 1; i++) {
			struct peg_imp_ind *in = &im->ind[i];
			if (strcmp(in->id, id) != 0 || (year && in->year != year))
				continue;
			if (!tc[i].orig)
				tc[i].orig = target_text(im, in);
			const char *old = f->type == F_TARGET ? tc[i].orig
							      : current(im, f, in);
			if (apply(im, &l, f, in, value, &tc[i])) {
				r = -1;
				break;
			}
			peg_imp_report(im, in->line, im->obj[in->obj].id,
				       peg_imp_printf(im, "%s (%s, %d)", f->name,
						      in->id, in->year),
				       old, PEG_IMP_INFO,
				       "corrected to '%s' (%s: %s)", value,
				       where, reason);
			if (f->type == F_KIND || f->type == F_TARGET ||
			    f->type == F_BASELINE)
				tc[i].where = where;
		}
		if (r != 1)
			break;
		im->noverride++;
	}
	enum peg_decimal dec = l.csv ? peg_csv_decimal(l.csv) : PEG_DEC_POINT;
	if (r == 0)
		for (size_t i = 0; i < im->nind && r == 0; i++)
			if (tc[i].target || tc[i].kind_line)
				r = check_target(&im->ind[i], &tc[i], path,
						 dec, d);
	if (r == 0)
		resolve_targets(im, tc);
	peg_loader_close(&l);
	free(tc);
	free(sv);
	if (im->oom && r == 0)
		r = peg_fail(d, PEG_EINTERNAL, NULL, 0, "out of memory");
	return r < 0 ? -1 : 0;
}
