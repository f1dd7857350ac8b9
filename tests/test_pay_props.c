/*
 * test_pay_props.c - properties of the distribution over 1,000 generated
 * datasets (random staff, part time, positions, absences, assignments,
 * evaluations, pools of every mode, curve and residual policy, art. 69):
 *
 *  - conservation to the cent, recomputed here from every row;
 *  - no negative amount anywhere;
 *  - a share pool pays everything when anyone is eligible;
 *  - in a share pool a higher factor never pays less, all else equal
 *    (twins differing only in their evaluation), and an equal factor
 *    pays the same within the one leftover cent;
 *  - permuting the rows of every input file changes no amount (every
 *    dataset) and no byte of the written folder (every 10th: writing
 *    is the slow part);
 *  - a prepared distribution evaluated again with other scores equals a
 *    fresh computation (simulation reuses its buffers).
 */
#include "peg_test.h"
#include "run.h"

#include <sys/stat.h>

#define DATASETS 1000

static char *dir;

static uint64_t rng;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static unsigned pick(unsigned n)
{
	return (unsigned)(next() % n);
}

static int setup(void **state)
{
	(void)state;
	dir = peg_test_tmpdir();
	char p[4096];
	snprintf(p, sizeof(p), "%s/plan", dir);
	mkdir(p, 0700);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	peg_remove_tree(dir);
	free(dir);
	return 0;
}

/* A CSV file as header + rows, so rows can be shuffled before writing. */
struct table {
	char head[256];
	struct peg_buf row[256];
	size_t n;
};

static void add_row(struct table *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void add_row(struct table *t, const char *fmt, ...)
{
	assert_true(t->n < 256);
	va_list ap;
	va_start(ap, fmt);
	peg_buf_reset(&t->row[t->n]);
	peg_buf_vprintf(&t->row[t->n], fmt, ap);
	va_end(ap);
	t->n++;
}

static void write_table(struct table *t, const char *name, int shuffle)
{
	size_t *ix = malloc((t->n ? t->n : 1) * sizeof(*ix));
	for (size_t i = 0; i < t->n; i++)
		ix[i] = i;
	for (size_t i = t->n; shuffle && i > 1; i--) {
		size_t j = pick((unsigned)i), x = ix[i - 1];
		ix[i - 1] = ix[j];
		ix[j] = x;
	}
	struct peg_buf b = {0};
	peg_buf_puts(&b, t->head);
	for (size_t i = 0; i < t->n; i++)
		peg_buf_puts(&b, peg_buf_str(&t->row[ix[i]]));
	peg_test_write(dir, name, peg_buf_str(&b), 0);
	peg_buf_release(&b);
	free(ix);
}

struct dataset {
	struct table staff, absences, assignments, evaluations;
	char rules[4096];
	char run[1024];
	int twins; /* a twin pair exists: "t1" (higher) and "t2" */
};

static const char *const areas[] = {"A", "B", "C", "D"};
static const char *const pts[] = {"100", "100", "50", "83.33", "75"};
static const char *const convs[] = {"100", "100", "100", "50", "33.33"};

static void generate(struct dataset *x, uint64_t seed)
{
	rng = seed * 2654435761u + 12345;
	memset(x, 0, sizeof(*x));
	snprintf(x->staff.head, sizeof(x->staff.head),
		 "employee_id,area,position,sector,part_time,days_in_service,"
		 "convention_share,base_amount,excluded,excluded_reason\n");
	snprintf(x->absences.head, sizeof(x->absences.head),
		 "employee_id,cause,days,position\n");
	snprintf(x->assignments.head, sizeof(x->assignments.head),
		 "employee_id,objective_id,weight\n");
	snprintf(x->evaluations.head, sizeof(x->evaluations.head),
		 "employee_id,component,score\n");
	unsigned n = 3 + pick(28);
	long base_total = 0;
	for (unsigned e = 1; e <= n; e++) {
		const char *area = areas[pick(4)];
		const char *sector = pick(2) ? "S1" : "S2";
		const char *conv = convs[pick(5)];
		long base = 50000 + pick(450000);
		int two = pick(10) == 0;
		int excluded = pick(20) == 0;
		if (two) {
			unsigned d1 = 1 + pick(364);
			add_row(&x->staff, "%u,%s,a,S1,%s,%u,%s,%ld.%02ld,no,\n", e,
				area, pts[pick(5)], d1, conv, base / 100,
				base % 100);
			add_row(&x->staff, "%u,%s,b,S2,%s,%u,%s,%ld.%02ld,no,\n", e,
				area, pts[pick(5)], 366 - d1, conv, base / 100,
				base % 100);
			base_total += 2 * base;
		} else {
			add_row(&x->staff, "%u,%s,,%s,%s,%u,%s,%ld.%02ld,%s,%s\n",
				e, area, sector, pts[pick(5)], 30 + pick(337),
				conv, base / 100, base % 100,
				excluded ? "yes" : "no",
				excluded ? "disciplinare" : "");
			base_total += base;
		}
		if (pick(3) == 0)
			add_row(&x->absences, "%u,MAL,%u.%u,\n", e, pick(25),
				1 + pick(9));
		if (pick(10) == 0)
			add_row(&x->absences, "%u,MAT,%u,\n", e, 1 + pick(100));
		unsigned a = pick(3);
		if (a != 1)
			add_row(&x->assignments, "%u,1,%u\n", e, 1 + pick(3));
		if (a != 0)
			add_row(&x->assignments, "%u,2,%u\n", e, 1 + pick(3));
		unsigned v = pick(10001);
		add_row(&x->evaluations, "%u,behaviour,%u.%02u\n", e, v / 100,
			v % 100);
		add_row(&x->evaluations, "%u,contribution,%u\n", e, pick(101));
	}
	/* twins: identical but for the behaviour score */
	unsigned hi = 40 + pick(61), lo = pick(hi);
	const char *area = areas[pick(4)];
	add_row(&x->staff, "t1,%s,,S1,83.33,300,50,1000.00,no,\n", area);
	add_row(&x->staff, "t2,%s,,S1,83.33,300,50,1000.00,no,\n", area);
	add_row(&x->assignments, "t1,1,1\n");
	add_row(&x->assignments, "t2,1,1\n");
	add_row(&x->evaluations, "t1,behaviour,%u\n", hi);
	add_row(&x->evaluations, "t2,behaviour,%u\n", lo);
	add_row(&x->evaluations, "t1,contribution,50\n");
	add_row(&x->evaluations, "t2,contribution,50\n");
	base_total += 200000;
	x->twins = 1;

	static const char *const curves[] = {
		"curve = linear\n",
		"curve = bands\nbands = 0-40:0, 40-70:80, 70-90:100, 90-100:100\n",
		"curve = points\npoints = 0:0, 50:0, 50:50, 100:100\n",
		"curve = bands\nbands_edges = right\nbands = 0-60:0, 60-80:100, "
		"80-100:100\n"};
	static const char *const residual[] = {
		"return", "redistribute", "redistribute_sector"};
	int budget = pick(2), base_amount = pick(2);
	int mag = pick(2);
	unsigned threshold = pick(2) * 50;
	const char *curve = curves[pick(4)];
	const char *res = residual[pick(3)];
	char magl[160] = "";
	if (mag)
		snprintf(magl, sizeof(magl),
			 "maggiorazione_percent = %u\nmaggiorazione_quota = %u\n"
			 "maggiorazione_ties = %s\n",
			 30 + pick(20), 5 + pick(25),
			 pick(2) ? "share" : "employee_id");
	/* the modes go to the individual pool (scored on evaluations: the
	 * same in every simulation draw) or, on every third dataset, to the
	 * organizational one (scored on objectives: it changes) */
	char modes[512];
	snprintf(modes, sizeof(modes), "%s%s%s%s%s%s%s", curve,
		 budget ? "mode = budget\n" : "",
		 budget && base_amount ? "max = base_amount\n" : "",
		 budget ? "residual = " : "", budget ? res : "",
		 budget ? "\n" : "", magl);
	int org_modes = seed % 3 == 0;
	snprintf(x->rules, sizeof(x->rules),
		 "[scoring]\nmissing = zero\n"
		 "[areas]\nA = 1\nB = 1.05\nC = 1.12\nD = 1.2\n"
		 "[absences]\nreducing = MAL\nprotected = MAT\n"
		 "[pool organizational]\nscore = objectives:100\n"
		 "threshold = %u\n%s"
		 "[pool individual]\nscore = behaviour:70, contribution:30\n"
		 "%s"
		 "[legal]\nart68_c3 = warning\nfunded = warning\nart69 = "
		 "warning\nundifferentiated = warning\n",
		 threshold, org_modes ? modes : "", org_modes ? "" : modes);
	long org = pick(1000000), ind = pick(1000000);
	if (budget && base_amount && org_modes)
		org += base_total; /* theoretical premiums fit the pool */
	else if (budget && base_amount)
		ind += base_total;
	snprintf(x->run, sizeof(x->run),
		 "[run]\nyear = 2020\nplan = plan\nverification = "
		 "verifiche.csv\nrules = rules.ini\noutput = out\nstaff = "
		 "staff.csv\nabsences = absences.csv\nassignments = "
		 "assignments.csv\nevaluations = evaluations.csv\n[fund]\n"
		 "organizational = %ld.%02ld\nindividual = %ld.%02ld\n",
		 org / 100, org % 100, ind / 100, ind % 100);
}

static void write_dataset(struct dataset *x, int shuffle)
{
	peg_test_write(dir, "rules.ini", x->rules, 0);
	peg_test_write(dir, "run.ini", x->run, 0);
	write_table(&x->staff, "staff.csv", shuffle);
	write_table(&x->absences, "absences.csv", shuffle);
	write_table(&x->assignments, "assignments.csv", shuffle);
	write_table(&x->evaluations, "evaluations.csv", shuffle);
}

static void release_dataset(struct dataset *x)
{
	struct table *t[] = {&x->staff, &x->absences, &x->assignments,
			     &x->evaluations};
	for (size_t k = 0; k < 4; k++)
		for (size_t i = 0; i < 256; i++)
			peg_buf_release(&t[k]->row[i]);
}

static struct peg_run *load(struct peg_diag *d)
{
	char p[4096];
	snprintf(p, sizeof(p), "%s/run.ini", dir);
	struct peg_run *r = NULL;
	peg_diag_init(d);
	if (peg_run_load(&r, p, d) || peg_run_compute(r, d)) {
		peg_run_free(r);
		return NULL;
	}
	return r;
}

static void check_properties(const struct peg_run *r, uint64_t seed)
{
	const struct peg_pay *pay = &r->pay;
	for (size_t pi = 0; pi < pay->npool; pi++) {
		const struct peg_pool_res *res = &pay->pool[pi];
		__int128 sum = 0;
		for (size_t i = 0; i < pay->npos; i++) {
			const struct peg_pp *pp = peg_pp_at(pay, i, pi);
			if (pp->paid < 0 || pp->redistributed < 0)
				fail_msg("seed %llu: negative amount",
					 (unsigned long long)seed);
			sum += pp->paid + pp->redistributed;
		}
		for (size_t h = 0; h < pay->nperson; h++) {
			const struct peg_ppers *pp = peg_ppers_at(pay, h, pi);
			if (pp->maggiorazione < 0)
				fail_msg("seed %llu: negative bonus",
					 (unsigned long long)seed);
			sum += pp->maggiorazione;
		}
		if (res->economies < 0 || sum + res->economies != res->amount)
			fail_msg("seed %llu pool %s: %lld + %lld != %lld",
				 (unsigned long long)seed, res->pool->name,
				 (long long)sum, (long long)res->economies,
				 (long long)res->amount);
		if (res->pool->mode == PEG_MODE_SHARE && res->eligible &&
		    res->economies != 0)
			fail_msg("seed %llu pool %s: economies in a share pool",
				 (unsigned long long)seed, res->pool->name);
		/* twins */
		size_t t1 = 0, t2 = 0;
		for (size_t i = 0; i < r->staff.npos; i++) {
			if (strcmp(r->staff.pos[i].employee_id, "t1") == 0)
				t1 = i;
			if (strcmp(r->staff.pos[i].employee_id, "t2") == 0)
				t2 = i;
		}
		const struct peg_pp *a = peg_pp_at(pay, t1, pi),
				    *b = peg_pp_at(pay, t2, pi);
		if (res->pool->mode != PEG_MODE_SHARE || !b->eligible)
			continue;
		peg_cents pa = a->paid, pb = b->paid;
		if (!a->eligible)
			fail_msg("seed %llu: the higher twin is not eligible",
				 (unsigned long long)seed);
		if (a->factor > b->factor && pa < pb)
			fail_msg("seed %llu pool %s: higher factor paid %lld < "
				 "%lld",
				 (unsigned long long)seed, res->pool->name,
				 (long long)pa, (long long)pb);
		if (a->factor == b->factor && (pa - pb > 1 || pb - pa > 1))
			fail_msg("seed %llu: equal factors paid %lld and %lld",
				 (unsigned long long)seed, (long long)pa,
				 (long long)pb);
	}
}

/*
 * A distribution prepared once and evaluated again and again (as a
 * simulation does) gives, each time, what a fresh computation with the
 * same scores gives: the buffers it reuses keep nothing of the previous
 * evaluation.  The scores come from other actual values of the two
 * indicators.
 */
static void check_reuse(const struct peg_run *r, uint64_t seed)
{
	struct peg_pay_prep prep;
	struct peg_pay again = {0};
	struct peg_diag d;
	peg_diag_init(&d);
	if (peg_pay_prepare(&prep, &r->staff, &r->plan, &r->scores, &r->rules,
			    &r->rf, &d))
		fail_msg("seed %llu: %s", (unsigned long long)seed,
			 peg_test_diag(&d, 0));
	for (int k = 0; k < 4; k++) {
		peg_fix value[2] = {PEG_FIX(pick(130)), PEG_FIX(pick(130))};
		struct peg_actuals alt = {value, NULL};
		struct peg_scores sc;
		struct peg_pay fresh;
		struct peg_diag d1, d2;
		peg_diag_init(&d1);
		peg_diag_init(&d2);
		if (peg_score_plan(&sc, &r->plan, &r->verifs, &r->rules,
				   r->rf.year, k ? &alt : NULL, &d1))
			fail_msg("%s", peg_test_diag(&d1, 0));
		int rc1 = peg_pay_eval(&again, &prep, &sc, &d1);
		int rc2 = peg_pay_compute(&fresh, &r->staff, &r->plan, &sc,
					  &r->rules, &r->rf, &d2);
		assert_int_equal(rc1, rc2);
		if (rc1) {
			char m1[2048], m2[2048];
			snprintf(m1, sizeof(m1), "%s", peg_test_diag(&d1, 0));
			snprintf(m2, sizeof(m2), "%s", peg_test_diag(&d2, 0));
			assert_string_equal(m1, m2);
		} else {
			size_t npp = fresh.npos * fresh.npool;
			size_t npe = fresh.nperson * fresh.npool;
			if (memcmp(again.pp, fresh.pp, npp * sizeof(*fresh.pp)) ||
			    memcmp(again.pers, fresh.pers,
				   npe * sizeof(*fresh.pers)) ||
			    memcmp(again.pool, fresh.pool,
				   fresh.npool * sizeof(*fresh.pool)) ||
			    memcmp(again.person_total, fresh.person_total,
				   fresh.nperson * sizeof(peg_cents)) ||
			    memcmp(again.comp, fresh.comp,
				   fresh.npos * fresh.ncomp *
					   sizeof(*fresh.comp)))
				fail_msg("seed %llu, evaluation %d: the reused "
					 "distribution differs from a fresh one",
					 (unsigned long long)seed, k);
		}
		peg_pay_release(&fresh);
		peg_scores_release(&sc);
		peg_diag_release(&d1);
		peg_diag_release(&d2);
	}
	peg_pay_release(&again);
	peg_pay_prep_release(&prep);
	peg_diag_release(&d);
}

/*
 * Every amount of b equals a's, position by position (found by employee
 * and position id: the loaders order positions canonically, but the
 * comparison does not rely on it), person by person and pool by pool.
 */
static void same_amounts(const struct peg_run *a, const struct peg_run *b,
			 uint64_t seed)
{
	if (a->staff.npos != b->staff.npos || a->pay.npool != b->pay.npool)
		fail_msg("seed %llu: the permuted rows load differently",
			 (unsigned long long)seed);
	for (size_t i = 0; i < a->staff.npos; i++) {
		const struct peg_position *q = &a->staff.pos[i];
		size_t j = 0;
		while (j < b->staff.npos &&
		       (strcmp(b->staff.pos[j].employee_id, q->employee_id) ||
			strcmp(b->staff.pos[j].position, q->position)))
			j++;
		if (j == b->staff.npos)
			fail_msg("seed %llu: %s/%s lost", (unsigned long long)seed,
				 q->employee_id, q->position);
		for (size_t pi = 0; pi < a->pay.npool; pi++) {
			const struct peg_pp *x = peg_pp_at(&a->pay, i, pi),
					    *y = peg_pp_at(&b->pay, j, pi);
			if (x->paid != y->paid ||
			    x->redistributed != y->redistributed ||
			    x->eligible != y->eligible)
				fail_msg("seed %llu: %s/%s pool %zu: %lld "
					 "becomes %lld with the row order",
					 (unsigned long long)seed,
					 q->employee_id, q->position, pi,
					 (long long)x->paid,
					 (long long)y->paid);
		}
	}
	for (size_t h = 0; h < a->staff.nperson; h++) {
		size_t g;
		if (!peg_map_get(&b->staff.person_by_id, a->staff.person[h].id,
				 &g) ||
		    a->pay.person_total[h] != b->pay.person_total[g])
			fail_msg("seed %llu: the total of %s changes with the "
				 "row order",
				 (unsigned long long)seed, a->staff.person[h].id);
		for (size_t pi = 0; pi < a->pay.npool; pi++)
			if (peg_ppers_at(&a->pay, h, pi)->maggiorazione !=
			    peg_ppers_at(&b->pay, g, pi)->maggiorazione)
				fail_msg("seed %llu: the maggiorazione of %s "
					 "changes with the row order",
					 (unsigned long long)seed,
					 a->staff.person[h].id);
	}
	for (size_t pi = 0; pi < a->pay.npool; pi++)
		if (a->pay.pool[pi].economies != b->pay.pool[pi].economies ||
		    a->pay.pool[pi].maggiorazione !=
			    b->pay.pool[pi].maggiorazione)
			fail_msg("seed %llu: pool %zu changes with the row order",
				 (unsigned long long)seed, pi);
}

static void write_out(const char *name)
{
	char p[4096], o[4096];
	snprintf(p, sizeof(p), "%s/run.ini", dir);
	snprintf(o, sizeof(o), "%s/%s", dir, name);
	struct peg_diag d;
	struct peg_run *r = NULL;
	struct peg_run_options opt = {o, 1, PEG_LANG_IT};
	peg_diag_init(&d);
	if (peg_run_load(&r, p, &d) || peg_run_compute(r, &d) ||
	    peg_run_write(r, &opt, &d))
		fail_msg("%s", peg_test_diag(&d, 0));
	peg_run_free(r);
	peg_diag_release(&d);
}

static void test_properties(void **state)
{
	(void)state;
	/* the plan: objective 1 in S1, 2 in S2; random achievements */
	for (uint64_t seed = 1; seed <= DATASETS; seed++) {
		struct dataset *x = calloc(1, sizeof(*x));
		generate(x, seed);
		char obj[256], ver[256];
		snprintf(obj, sizeof(obj),
			 "objective_id,sector,title,incentivized\n1,S1,Uno,yes\n"
			 "2,S2,Due,yes\n");
		snprintf(ver, sizeof(ver), "indicator_id,actual\n1.1,%u\n2.1,%u\n",
			 pick(130), pick(130));
		peg_test_write(dir, "plan/objectives.csv", obj, 0);
		peg_test_write(dir, "plan/indicators.csv",
			       "objective_id,indicator_id,kind,target\n"
			       "1,1.1,percent,100\n2,2.1,percent,100\n",
			       0);
		peg_test_write(dir, "verifiche.csv", ver, 0);
		write_dataset(x, 0);
		struct peg_diag d;
		struct peg_run *r = load(&d);
		if (!r)
			fail_msg("seed %llu: %s", (unsigned long long)seed,
				 peg_test_diag(&d, 0));
		check_properties(r, seed);
		check_reuse(r, seed);
		/* every dataset: the same amounts from permuted rows */
		write_dataset(x, 1);
		struct peg_diag d2;
		struct peg_run *r2 = load(&d2);
		if (!r2)
			fail_msg("seed %llu (permuted): %s",
				 (unsigned long long)seed,
				 peg_test_diag(&d2, 0));
		same_amounts(r, r2, seed);
		peg_run_free(r2);
		peg_diag_release(&d2);
		write_dataset(x, 0);
		peg_run_free(r);
		peg_diag_release(&d);
		/* one in ten: every byte of the written folder */
		if (seed % 10 == 0) {
			static const char *const files[] = {
				"payouts.csv", "transparency.csv", "summary.txt",
				"trace.csv", "report.html", "report.xlsx", NULL};
			write_out("o1");
			write_dataset(x, 1);
			write_out("o2");
			for (size_t k = 0; files[k]; k++) {
				char a[4096], b[4096];
				snprintf(a, sizeof(a), "%s/o1/%s", dir, files[k]);
				snprintf(b, sizeof(b), "%s/o2/%s", dir, files[k]);
				size_t la = 0, lb = 0;
				char *ca = peg_test_slurp(a, &la),
				     *cb = peg_test_slurp(b, &lb);
				if (!ca || !cb || la != lb ||
				    memcmp(ca, cb, la) != 0)
					fail_msg("seed %llu: %s changes with the "
						 "row order",
						 (unsigned long long)seed,
						 files[k]);
				free(ca);
				free(cb);
			}
		}
		release_dataset(x);
		free(x);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_properties),
	};
	return cmocka_run_group_tests_name("pay properties", tests, setup,
					   teardown);
}
