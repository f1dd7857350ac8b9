/*
 * test_target.c - the target normaliser of target.c, table-driven: every
 * shape of target cell the PEG document writes (and more), with the
 * kind, target, year and unit expected written by hand from the
 * normalisation conventions (README, "Importing the PEG document").
 */
#include "peg_test.h"
#include "target.h"

struct tcase {
	const char *text;
	int year;         /* plan year */
	const char *want; /* "kind target year unit[; ...]" then " split" */
	int level;        /* enum peg_target_level */
	const char *note; /* a substring of the note, or NULL */
};

#define P PEG_TL_PLAIN
#define I PEG_TL_INFO
#define H PEG_TL_HUMAN

static const struct tcase cases[] = {
	/* percentages: the number, '%' dropped, decimal comma */
	{"100%", 2020, "percent 100 2020 %", P, NULL},
	{"60,00%", 2020, "percent 60 2020 %", P, NULL},
	{"70 %", 2020, "percent 70 2020 %", P, NULL},
	{"0,5%", 2020, "percent 0.5 2020 %", P, NULL},
	{"12,5 %", 2020, "percent 12.5 2020 %", P, NULL},
	{"100% inserimento completo nel libro cespite dei dati pervenuti",
	 2020, "percent 100 2020 %", P, NULL},
	{"10% delle SCIA presentate", 2020, "percent 10 2020 %", P, NULL},
	/* counts: Italian thousands, "n.", a unit word after the number */
	{"1.200", 2020, "count 1200 2020 n", P, NULL},
	{"500.000", 2020, "count 500000 2020 n", P, NULL},
	{"1.234.567", 2020, "count 1234567 2020 n", P, NULL},
	{"1200", 2020, "count 1200 2020 n", P, NULL},
	{"2,5", 2020, "count 2.5 2020 n", P, NULL},
	{"1", 2020, "count 1 2020 n", P, NULL},
	{"n. 8", 2020, "count 8 2020 n", P, NULL},
	{"n.8", 2020, "count 8 2020 n", P, NULL},
	{"N. 12 fascicoli", 2020, "count 12 2020 n", P, NULL},
	{"10 utenti", 2020, "count 10 2020 n", P, NULL},
	{"100 pratiche", 2020, "count 100 2020 n", P, NULL},
	{"2 incontri", 2020, "count 2 2020 n", P, NULL},
	{"circa 100", 2020, "count 100 2020 n", I, "free text"},
	{"Stipula di 3 contratti", 2020, "count 3 2020 n", I, "free text"},
	/* at least */
	{"almeno 6", 2020, "min 6 2020 n", P, NULL},
	{"almeno 6 giornate di formazione/orientamento", 2020,
	 "min 6 2020 n", P, NULL},
	{"almeno un servizio", 2020, "min 1 2020 n", I, "words"},
	{"digitalizzazione di almeno un servizio", 2020, "min 1 2020 n", I,
	 "words"},
	{"almeno tre incontri", 2020, "min 3 2020 n", I, "words"},
	{"minimo 4", 2020, "min 4 2020 n", P, NULL},
	{"non inferiore a 10", 2020, "min 10 2020 n", P, NULL},
	{"Risposte corrette non inferiori al 70 % delle richieste", 2020,
	 "min 70 2020 %", P, NULL},
	/* "> 5" on a whole number: at least 6 */
	{"> 5", 2020, "min 6 2020 n", I, "at least 6"},
	{"oltre 20", 2020, "min 21 2020 n", I, "at least 21"},
	/* a strict bound on a percentage keeps the number */
	{"> 5%", 2020, "min 5 2020 %", I, "percentage"},
	{"\xE2\x89\xA5 50%", 2020, "min 50 2020 %", P, NULL}, /* ≥ 50% */
	{"\xE2\x89\xA5 20%", 2020, "min 20 2020 %", P, NULL},
	{">= 50%", 2020, "min 50 2020 %", P, NULL},
	/* at most */
	{"massimo 5", 2020, "max 5 2020 n", P, NULL},
	{"max 3", 2020, "max 3 2020 n", P, NULL},
	{"massimo 5 giorni", 2020, "max 5 2020 days", P, NULL},
	{"\xE2\x89\xA4 4", 2020, "max 4 2020 n", P, NULL}, /* ≤ 4 */
	{"non superiore a 10", 2020, "max 10 2020 n", P, NULL},
	{"fino a 3", 2020, "max 3 2020 n", P, NULL},
	/* "inferiore a 30 giorni": less than 30 is at most 29 */
	{"inferiore a 30 giorni", 2020, "max 29 2020 days", I, "at most 29"},
	{"< 30 giorni", 2020, "max 29 2020 days", I, "at most 29"},
	{"tempo di predisposizione di un servizio online inferiore a 30 "
	 "giorni",
	 2020, "max 29 2020 days", I, "at most 29"},
	{"inferiore al 5%", 2020, "max 5 2020 %", I, "percentage"},
	/* deadlines: a month is its last day */
	{"entro dicembre 2020", 2020, "deadline 2020-12-31 2020", P, NULL},
	{"ENTRO OTTOBRE 2020", 2020, "deadline 2020-10-31 2020", P, NULL},
	{"entroluglio 2020", 2020, "deadline 2020-07-31 2020", P, NULL},
	{"Entro febbraio 2020", 2020, "deadline 2020-02-29 2020", P, NULL},
	{"entro febbraio 2021", 2020, "deadline 2021-02-28 2021", I,
	 "falls in 2021"},
	{"Giugno 2020", 2020, "deadline 2020-06-30 2020", P, NULL},
	{"avvio entro giugno 2020", 2020, "deadline 2020-06-30 2020", P, NULL},
	{"15 settembre 2020", 2020, "deadline 2020-09-15 2020", P, NULL},
	/* exact dates, with '.', '/', two-digit years */
	{"entro il 31.07.20", 2020, "deadline 2020-07-31 2020", P, NULL},
	{"entro il 30/6/2020", 2020, "deadline 2020-06-30 2020", P, NULL},
	{"31/03/2020", 2020, "deadline 2020-03-31 2020", P, NULL},
	{"31.12.2020", 2020, "deadline 2020-12-31 2020", P, NULL},
	{"adozione entro il 30/11/2020", 2020, "deadline 2020-11-30 2020", P,
	 NULL},
	{"entro 30/12/2020", 2020, "deadline 2020-12-30 2020", P, NULL},
	/* Italian month abbreviations */
	{"31-dic-20", 2020, "deadline 2020-12-31 2020", P, NULL},
	{"01-nov-20", 2020, "deadline 2020-11-01 2020", P, NULL},
	{"15-set-20", 2020, "deadline 2020-09-15 2020", P, NULL},
	{"30-giu-19", 2020, "deadline 2019-06-30 2020", I, "before the plan"},
	{"set-19", 2020, "deadline 2019-09-30 2020", I, "before the plan"},
	{"mar-2021", 2020, "deadline 2021-03-31 2021", I, "falls in 2021"},
	/* a date a spreadsheet turned into a time */
	{"15:09:20", 2020, "deadline 2020-09-15 2020", I, "time"},
	/* years and periods */
	{"entro 2022", 2020, "deadline 2022-12-31 2022", I, "falls in 2022"},
	{"2020", 2020, "deadline 2020-12-31 2020", I, "bare year"},
	{"entro il 2020", 2020, "deadline 2020-12-31 2020", P, NULL},
	{"entro il primo semestre 2020", 2020, "deadline 2020-06-30 2020", P,
	 NULL},
	{"entro il terzo trimestre 2020", 2020, "deadline 2020-09-30 2020", P,
	 NULL},
	{"entro 31/03/2021", 2020, "deadline 2021-03-31 2021", I,
	 "falls in 2021"},
	{"entro 30/06/2019", 2020, "deadline 2019-06-30 2020", I,
	 "before the plan"},
	/* a month alone: the plan year (verification columns: "febbraio") */
	{"febbraio", 2020, "deadline 2020-02-29 2020", I, "without a year"},
	{"dicembre", 2021, "deadline 2021-12-31 2021", I, "without a year"},
	/* free text around a date */
	{"costante per tutto il periodo, con verifica finale entro dicembre "
	 "2020",
	 2020, "deadline 2020-12-31 2020", P, NULL},
	{"Avvio del processo di dematerializzazione entro il 31/12/2020 (il "
	 "processo deve prevedere il suo termine entro il primo bimestre "
	 "2021)",
	 2020, "deadline 2020-12-31 2020", I, "several dates"},
	{"Attivazione del servizio on line interamente integrato con il "
	 "software di gestione dei servizi demografici entro dicembre 2020",
	 2020, "deadline 2020-12-31 2020", P, NULL},
	/* yes */
	{"SI", 2020, "boolean yes 2020", P, NULL},
	{"si", 2020, "boolean yes 2020", P, NULL},
	{"S\xC3\xAC", 2020, "boolean yes 2020", P, NULL}, /* Sì */
	{"SI'", 2020, "boolean yes 2020", P, NULL},
	/* percentage points and relative changes */
	{"5 punti percentuali", 2020, "pp_increment 5 2020 pp", I, "baseline"},
	{"+5 punti", 2020, "pp_increment 5 2020 pp", I, "baseline"},
	{"aumento follower del 50%", 2020, "relative_change 50 2020 %", P,
	 NULL},
	{"+50% follower", 2020, "relative_change 50 2020 %", P, NULL},
	{"incremento del 20%", 2020, "relative_change 20 2020 %", P, NULL},
	/* a triennial total split in the year columns */
	{"totali nel triennio 1800 cos\xC3\xAC suddivisi", 2020,
	 "count 1800 2020 n split", I, "split"},
	/* a quantity and a date: two parts, the quantity first */
	{"Entro febbraio 2020 formazione di almeno 14 persone", 2020,
	 "min 14 2020 n; deadline 2020-02-29 2020", I, "two targets"},
	{"50% ENTRO LUGLIO 2020", 2020,
	 "percent 50 2020 %; deadline 2020-07-31 2020", I, "two targets"},
	{"Almeno il 50 % delle procedure gestite entro gennaio 2020", 2020,
	 "min 50 2020 %; deadline 2020-01-31 2020", I, "two targets"},
	{"Entro gennaio 2020 recupero del 100 % delle informazioni e "
	 "documenti",
	 2020, "percent 100 2020 %; deadline 2020-01-31 2020", I,
	 "two targets"},
	{"10 incontri entro marzo 2021", 2020,
	 "count 10 2021 n; deadline 2021-03-31 2021", I, "two targets"},
	/* nothing measurable: qualitative, a human decides */
	{"", 2020, "qualitative  2020", H, "no target"},
	{"   ", 2020, "qualitative  2020", H, "no target"},
	{"rispetto della tempistica", 2020, "qualitative  2020", H,
	 "free text"},
	{"numero gare cuc", 2020, "qualitative  2020", H, "free text"},
	{"sottoscrizione contratti", 2020, "qualitative  2020", H, "free text"},
	{"Approvazione atti di indirizzo dell'A.C. entro le tempistiche "
	 "individuate",
	 2020, "qualitative  2020", H, "without a date"},
	{"stabile rispetto al 2019", 2020, "qualitative  2020", H, "baseline"},
	{"stabile rispetto al 2019*", 2020, "qualitative  2020", H, "baseline"},
	{"no", 2020, "qualitative  2020", H, "'no'"},
	{"riduzione del 30%", 2020, "qualitative  2020", H, "reduction"},
	{"Svolgimento di una sessione di formazione settimanale per 8/15 "
	 "persone su prenotazione da partire da febbraio 2020 in via "
	 "sperimentale per tre mesi",
	 2020, "qualitative  2020", H, "several numbers"},
	{"da febbraio 2020", 2020, "qualitative  2020", H, "start date"},
	{"0", 2020, "qualitative  2020", H, "of 0"},
	{"entro il 31/02/2020", 2020, "qualitative  2020", H, "calendar"},
	{"29/02/2019", 2020, "qualitative  2020", H, "calendar"},
	/* a minus sign is a reduction, like "riduzione del 30%": never the
	 * number without its sign (U+2212 and the dashes fold to '-') */
	{"-10%", 2020, "qualitative  2020", H, "minus sign"},
	{"-20% dei tempi", 2020, "qualitative  2020", H, "minus sign"},
	{"-5", 2020, "qualitative  2020", H, "minus sign"},
	{"\xE2\x88\x92" "5", 2020, "qualitative  2020", H, "minus sign"},
	{"\xE2\x80\x93 5%", 2020, "qualitative  2020", H, "minus sign"},
	{"- 3 giorni", 2020, "qualitative  2020", H, "minus sign"},
	{"tempi di risposta -5 giorni", 2020, "qualitative  2020", H,
	 "minus sign"},
	{"(-15%)", 2020, "qualitative  2020", H, "minus sign"},
	{"-10% entro dicembre 2020", 2020, "qualitative  2020", H,
	 "minus sign"},
	/* a dash that is no sign: a bullet before text or a date, a range,
	 * a separator between numbers, a date with month abbreviations */
	{"- realizzazione di 3 eventi", 2020, "count 3 2020 n", P, NULL},
	{"- entro dicembre 2020", 2020, "deadline 2020-12-31 2020", P, NULL},
	{"- 31/12/2020", 2020, "deadline 2020-12-31 2020", P, NULL},
	{"-31/12/2020", 2020, "deadline 2020-12-31 2020", P, NULL},
	{"2020-2022", 2020, "qualitative  2020", H, "several numbers"},
	{"10-20", 2020, "qualitative  2020", H, "several numbers"},
	{"5 - 10 utenti", 2020, "qualitative  2020", H, "several numbers"},
	{"triennio 2020-2022: 50 pratiche", 2020, "qualitative  2020", H,
	 "several numbers"},
	{"co-progettazione di 4 servizi", 2020, "count 4 2020 n", I,
	 "free text"},
	/* a time: "at most" only when the text says so */
	{"30 giorni", 2020, "qualitative  2020", H, "30 days"},
	{"entro 30 giorni dalla richiesta", 2020, "max 30 2020 days", I,
	 "at most 30 days"},
	{"evasione entro i 15 gg", 2020, "max 15 2020 days", I,
	 "at most 15 days"},
	{"entro 2 mesi", 2020, "max 2 2020 months", I, "at most 2 months"},
	{"tempo medio di risposta 20 giorni", 2020, "qualitative  2020", H,
	 "20 days"},
	{"n. 10 giorni", 2020, "qualitative  2020", H, "10 days"},
	{"48 ore", 2020, "qualitative  2020", H, "48 hours"},
	{"3 settimane", 2020, "qualitative  2020", H, "3 weeks"},
	{"non oltre 30 giorni", 2020, "max 30 2020 days", P, NULL},
	{"entro e non oltre 60 giorni", 2020, "max 60 2020 days", P, NULL},
	{"massimo 10 giorni lavorativi", 2020, "max 10 2020 days", P, NULL},
	{"inferiore a 2 mesi", 2020, "max 1 2020 months", I, "at most 1"},
	{"almeno 30 giorni", 2020, "min 30 2020 days", P, NULL},
	{"oltre 5 anni", 2020, "min 6 2020 years", I, "at least 6"},
	{"non oltre 20", 2020, "max 20 2020 n", P, NULL},
	{"riduzione di 5 giorni", 2020, "qualitative  2020", H, "reduction"},
	{"formazione settimanale di 8 persone", 2020, "count 8 2020 n", I,
	 "free text"},
	{"10% entro 30 giorni", 2020, "qualitative  2020", H,
	 "several numbers"},
	/* a year outside 1900-2100 is no year of the calendar: never a
	 * count, never the plan year */
	{"entro 1899", 2020, "qualitative  2020", H, "'1899'"},
	{"entro 2101", 2020, "qualitative  2020", H, "'2101'"},
	{"entro il 2150", 2020, "qualitative  2020", H, "outside 1900-2100"},
	{"entro giugno 2150", 2020, "qualitative  2020", H, "'2150'"},
	{"giugno 2150", 2020, "qualitative  2020", H, "'2150'"},
	{"entro il primo semestre 1899", 2020, "qualitative  2020", H,
	 "'1899'"},
	{"entro 2100", 2020, "deadline 2100-12-31 2100", I, "falls in 2100"},
	{"entro 1900", 2020, "deadline 1900-12-31 2020", I, "before the plan"},
	{"2500", 2020, "count 2500 2020 n", P, NULL},
	{"2500 avvisi", 2020, "count 2500 2020 n", P, NULL},
	/* "1.5" is not Italian: never guessed */
	{"1.5", 2020, "qualitative  2020", H, "several numbers"},
	{"99999999999999999999", 2020, "qualitative  2020", H,
	 "cannot be read"},
};

static void format(const struct peg_target *t, char *buf, size_t size)
{
	size_t o = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < t->n; i++) {
		char b[PEG_NUMBUF];
		const struct peg_target_part *p = &t->part[i];
		o += (size_t)snprintf(buf + o, size - o, "%s%s %s %d%s%s",
				      i ? "; " : "", peg_kind_name(p->kind),
				      peg_target_str(p, b), p->year,
				      *p->unit ? " " : "", p->unit);
	}
	if (t->split)
		snprintf(buf + o, size - o, " split");
}

static void test_cases(void **state)
{
	(void)state;
	for (size_t i = 0; i < PEG_COUNT(cases); i++) {
		const struct tcase *c = &cases[i];
		struct peg_target t;
		char got[256];
		peg_target_read(c->text, c->year, &t);
		format(&t, got, sizeof(got));
		if (strcmp(got, c->want) != 0)
			fail_msg("'%s' (case %zu): got '%s', expected '%s' "
				 "(note: %s)",
				 c->text, i, got, c->want, t.note);
		if (t.level != c->level)
			fail_msg("'%s' (case %zu): level %d, expected %d "
				 "(note: %s)",
				 c->text, i, t.level, c->level, t.note);
		if (c->note)
			PEG_ASSERT_CONTAINS(t.note, c->note);
		else if (c->level == P && t.note[0])
			fail_msg("'%s' (case %zu): unexpected note '%s'",
				 c->text, i, t.note);
	}
	assert_true(PEG_COUNT(cases) >= 80);
}

/* NULL reads like an empty cell; a very long cell is read on its start. */
static void test_edges(void **state)
{
	(void)state;
	struct peg_target t;
	peg_target_read(NULL, 2020, &t);
	PEG_ASSERT_INT(t.n, 1);
	PEG_ASSERT_INT(t.part[0].kind, PEG_KIND_QUALITATIVE);
	char big[5000];
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	memcpy(big, "almeno 7 ", 9);
	peg_target_read(big, 2020, &t);
	PEG_ASSERT_INT(t.part[0].kind, PEG_KIND_MIN);
	PEG_ASSERT_FIX(t.part[0].value, PEG_FIX(7));
	/* A note never overflows its buffer. */
	assert_true(strlen(t.note) < sizeof(t.note));
}

static void test_target_str(void **state)
{
	(void)state;
	char b[PEG_NUMBUF];
	struct peg_target_part p;
	memset(&p, 0, sizeof(p));
	p.kind = PEG_KIND_COUNT;
	p.value = 1500000; /* 1.5 */
	assert_string_equal(peg_target_str(&p, b), "1.5");
	p.kind = PEG_KIND_DEADLINE;
	p.date = peg_date_from_ymd(2020, 2, 29);
	assert_string_equal(peg_target_str(&p, b), "2020-02-29");
	p.kind = PEG_KIND_BOOLEAN;
	assert_string_equal(peg_target_str(&p, b), "yes");
	p.kind = PEG_KIND_QUALITATIVE;
	assert_string_equal(peg_target_str(&p, b), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_target_str),
	};
	return cmocka_run_group_tests_name("target", tests, NULL, NULL);
}
