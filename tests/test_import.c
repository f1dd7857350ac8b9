/*
 * test_import.c - the card segmenter, the "incentivabile" reader, the
 * indicator tables mapped by label, the phase tables and the rows that
 * are not indicators, on small synthetic documents written by hand.
 */
#include "peg_test.h"
#include "import.h"

/* ---- the incentivabile reader ------------------------------------------ */

struct icase {
	const char *cells[5]; /* folded cells after the label */
	size_t n;
	enum peg_incentivized want;
	int human;
	const char *note; /* substring of the note, or NULL */
};

static const struct icase icases[] = {
	{{"si"}, 1, PEG_INC_YES, 0, NULL},
	{{"si'"}, 1, PEG_INC_YES, 0, NULL},       /* SI' */
	{{"si", ""}, 2, PEG_INC_YES, 0, NULL},
	{{"", "si"}, 2, PEG_INC_YES, 0, NULL},    /* | | SI */
	{{"no"}, 1, PEG_INC_NO, 0, NULL},
	{{"", "no", "", ""}, 4, PEG_INC_NO, 0, NULL},
	/* an X marks the option written just before it */
	{{"si", "x", "no"}, 3, PEG_INC_YES, 0, "marks 'si'"},
	{{"si", "no", "x"}, 3, PEG_INC_NO, 0, "marks 'no'"},
	{{"si", "xno"}, 2, PEG_INC_NO, 0, "marks 'no'"},
	{{"x si", "no"}, 2, PEG_INC_YES, 0, "marks 'si'"},
	{{"si x", "no"}, 2, PEG_INC_YES, 0, "marks 'si'"},
	{{"x", "si", "no"}, 3, PEG_INC_YES, 0, "marks 'si'"},
	/* both options, neither marked: undecided */
	{{"si", "no"}, 2, PEG_INC_UNKNOWN, 1, "undecided"},
	{{"si", "no", ""}, 3, PEG_INC_UNKNOWN, 1, "undecided"},
	{{"si", "x", "no", "x"}, 4, PEG_INC_UNKNOWN, 1, "both"},
	/* nothing there */
	{{""}, 0, PEG_INC_UNKNOWN, 1, "no answer"},
	{{"", "", ""}, 3, PEG_INC_UNKNOWN, 1, "no answer"},
	{{"x"}, 1, PEG_INC_UNKNOWN, 1, "mark with no option"},
	{{"forse"}, 1, PEG_INC_UNKNOWN, 1, "cannot be read"},
	{{"si?", "no"}, 2, PEG_INC_UNKNOWN, 1, "cannot be read"},
	{{"s", "no"}, 2, PEG_INC_UNKNOWN, 1, "cannot be read"},
	{{"obiettivo incentivabile ex art. 67 ccnl 2018"}, 1, PEG_INC_UNKNOWN,
	 1, "twice"},
	/* a comment beside the answer is ignored, and said so */
	{{"si", "se ne propone la valutazione come progetto ex art. 67. si "
		"ritiene che si tratti di un obiettivo incentivabile"},
	 2, PEG_INC_YES, 0, "comment"},
};

static void test_incentive(void **state)
{
	(void)state;
	for (size_t i = 0; i < PEG_COUNT(icases); i++) {
		const struct icase *c = &icases[i];
		struct peg_incentive r;
		peg_incentive_read(c->cells, c->n, &r);
		if (r.value != c->want || r.human != c->human)
			fail_msg("case %zu: %s (human %d), expected %s "
				 "(human %d): %s",
				 i, peg_incentivized_name(r.value), r.human,
				 peg_incentivized_name(c->want), c->human,
				 r.note);
		if (c->note)
			PEG_ASSERT_CONTAINS(r.note, c->note);
	}
}

/* ---- documents ---------------------------------------------------------- */

/* A whole card: anagrafica, DUP, title, phases, indicators, flag. */
#define CARD(head, n, sector, rows, flag)                                      \
	"SCHEDA OBIETTIVO GESTIONALE " head "\n"                               \
	"\n"                                                                   \
	"ANAGRAFICA\tSETTORE\tSERVIZIO\tASSESSORATO DI RIFERIMENTO\t"          \
	"DIRIGENTE\tRESPONSABILE\n"                                            \
	"\t" sector "\tServizio\tSindaco\tDirigente " n "\tResp " n "\n"       \
	"OBIETTIVO GESTIONALE\tTITOLO\tDESCRIZIONE\tDURATA\tNATURA\t"          \
	"IMPATTO ORGANIZZATIVO\n"                                              \
	"\tTitolo " n "\tDescrizione\tannuale\tmiglioramento\tsettoriale\n"    \
	"INDICATORI DI PERFORMANCE\t\t\t\t\t\n"                                \
	"TIPOLOGIA (risultato, qualit\xC3\xA0)\tDESCRIZIONE\tVALORE TARGET\t"  \
	"VERIFICA 2020\tVERIFICA 2021\tVERIFICA 2022\n" rows "\n"              \
	"Obiettivo incentivabile ex art. 67 CCNL 2018\t" flag "\n\n"

struct doc {
	struct peg_imp im;
	struct peg_diag d;
	int rc;
};

static void parse(struct doc *x, const char *text, int year)
{
	memset(&x->im, 0, sizeof(x->im));
	peg_diag_init(&x->d);
	x->rc = peg_imp_parse(&x->im, text, strlen(text), "peg.txt", year,
			      &x->d);
}

static void done(struct doc *x)
{
	peg_imp_release(&x->im);
	peg_diag_release(&x->d);
}

/* The report line at a document line whose field is `field`, or NULL. */
static const struct peg_imp_note *note_at(const struct doc *x, long line,
					  const char *field)
{
	for (size_t i = 0; i < x->im.nnote; i++)
		if (x->im.note[i].line == line &&
		    strcmp(x->im.note[i].field, field) == 0)
			return &x->im.note[i];
	return NULL;
}

static const struct peg_imp_ind *ind(const struct doc *x, const char *id,
				     int year)
{
	for (size_t i = 0; i < x->im.nind; i++)
		if (strcmp(x->im.ind[i].id, id) == 0 &&
		    x->im.ind[i].year == year)
			return &x->im.ind[i];
	return NULL;
}

static size_t count_human(const struct doc *x)
{
	size_t n = 0;
	for (size_t i = 0; i < x->im.nnote; i++)
		n += x->im.note[i].severity == PEG_IMP_HUMAN;
	return n;
}

/* ---- the segmenter ------------------------------------------------------ */

/*
 * Headings spelled "n. 12", "N. 31", "N.34"; numbers with a gap; a
 * number used twice; a heading with no number.  A CARD is 11 lines:
 *   line 1  n. 12      line 12 N. 31      line 23 N.34
 *   line 34 n. 12 again: "12-2"           line 45 no number: "L45"
 */
static const char segdoc[] =
	CARD("n. 12", "12", "Affari generali", "risultato\tAtti\t100%\t\t\t",
	     "si")
	CARD("N. 31", "31", "Risorse", "risultato\tAtti\t5\t\t\t", "no")
	CARD("N.34", "34", "Risorse", "risultato\tAtti\t5\t\t\t", "si")
	CARD("n. 12", "12", "Cultura", "risultato\tAtti\t5\t\t\t", "si")
	"SCHEDA OBIETTIVO GESTIONALE\n";

static void test_segmenter(void **state)
{
	(void)state;
	struct doc x;
	parse(&x, segdoc, 0);
	assert_int_equal(x.rc, 0);
	PEG_ASSERT_INT(x.im.year, 2020);
	PEG_ASSERT_INT(x.im.nobj, 5);
	assert_string_equal(x.im.obj[0].id, "12");
	assert_string_equal(x.im.obj[1].id, "31");
	assert_string_equal(x.im.obj[2].id, "34");
	assert_string_equal(x.im.obj[3].id, "12-2");
	assert_string_equal(x.im.obj[4].id, "L45");
	PEG_ASSERT_INT(x.im.obj[0].line, 1);
	PEG_ASSERT_INT(x.im.obj[3].line, 34);
	assert_string_equal(x.im.obj[3].sector, "Cultura");
	assert_string_equal(x.im.obj[1].title, "Titolo 31");
	PEG_ASSERT_INT(x.im.obj[0].incentivized, PEG_INC_YES);
	PEG_ASSERT_INT(x.im.obj[1].incentivized, PEG_INC_NO);
	/* 12 -> 31: cards 13 to 30 are missing (info) */
	const struct peg_imp_note *n = note_at(&x, 12, "card number");
	assert_non_null(n);
	PEG_ASSERT_CONTAINS(n->assumed, "13 to 30 are missing");
	n = note_at(&x, 34, "card heading");
	assert_non_null(n);
	PEG_ASSERT_INT(n->severity, PEG_IMP_HUMAN);
	PEG_ASSERT_CONTAINS(n->assumed, "appears again (first at line 1)");
	n = note_at(&x, 45, "card heading");
	assert_non_null(n);
	PEG_ASSERT_CONTAINS(n->assumed, "without a number");
	/* The last card has nothing: every gap is a report line. */
	assert_non_null(note_at(&x, 45, "sector"));
	assert_non_null(note_at(&x, 45, "title"));
	assert_non_null(note_at(&x, 45, "incentivized"));
	assert_string_equal(x.im.obj[4].sector, "(not given)");
	/* Indicator ids are CARD.N */
	assert_non_null(ind(&x, "12.1", 2020));
	assert_non_null(ind(&x, "12-2.1", 2020));
	done(&x);
}

/* Rows after a card's "incentivabile" line and before the next heading
 * belong to a card whose heading is missing: reported, not attached. */
static const char headless[] =
	CARD("n. 74", "74", "Ambiente", "efficacia\tAssemblee\t2\t\t\t",
	     "si\tX\tno")
	"Relazione finale\tU.O.A Polizia Municipale\t\tX\n"
	"\n"
	"INDICATORI DI PERFORMANCE\t\t\t\n"
	"TIPOLOGIA\tDESCRIZIONE\tVALORE TARGET\t31/12/2020\t31/12/2021\n"
	"Risultato\tIncremento riscossione\t5 punti percentuali\t\t\n"
	"\n"
	"Obiettivo incentivabile ex art. 67 CCNL 2018\tsi\n"
	"\n"
	"Risultato\tAncora\t3\n"                   /* 20: still no heading */
	"SCHEDA OBIETTIVO GESTIONALE n. 76\n";

static void test_headless_block(void **state)
{
	(void)state;
	struct doc x;
	parse(&x, headless, 0);
	assert_int_equal(x.rc, 0);
	PEG_ASSERT_INT(x.im.nobj, 2);
	/* Card 74 keeps its one indicator and its own flag. */
	PEG_ASSERT_INT(x.im.obj[0].nind, 1);
	PEG_ASSERT_INT(x.im.nind, 1);
	PEG_ASSERT_INT(x.im.obj[0].incentivized, PEG_INC_YES);
	/* lines: 10 incentivabile of 74, 12 the first orphan row,
	 * 16 the orphan indicator, 18 the orphan flag */
	const struct peg_imp_note *n = note_at(&x, 12, "card heading");
	assert_non_null(n);
	PEG_ASSERT_INT(n->severity, PEG_IMP_HUMAN);
	assert_string_equal(n->card, "?");
	PEG_ASSERT_CONTAINS(n->assumed, "never attached to card 74");
	n = note_at(&x, 16, "indicator");
	assert_non_null(n);
	PEG_ASSERT_INT(n->severity, PEG_IMP_HUMAN);
	PEG_ASSERT_CONTAINS(n->assumed, "not imported");
	PEG_ASSERT_CONTAINS(n->assumed, "pp_increment 5");
	n = note_at(&x, 18, "incentivized");
	assert_non_null(n);
	PEG_ASSERT_CONTAINS(n->assumed, "not imported");
	/* The block goes on after its own flag: one block, no nesting. */
	n = note_at(&x, 20, "row");
	assert_non_null(n);
	PEG_ASSERT_INT(n->severity, PEG_IMP_HUMAN);
	assert_string_equal(n->card, "?");
	size_t headings = 0;
	for (size_t i = 0; i < x.im.nnote; i++)
		headings += strcmp(x.im.note[i].field, "card heading") == 0;
	PEG_ASSERT_INT(headings, 1);
	done(&x);
}

/* ---- columns by label ---------------------------------------------------- */

/* Verification columns out of order and with dates for labels, a
 * baseline column, and targets that only the later years plan. */
static const char cols[] =
	"SCHEDA OBIETTIVO GESTIONALE n. 5\n"
	"TIPOLOGIA\tVALORE TARGET\tDESCRIZIONE\tValore medio anni 2017-2019\t"
	"VERIFICA 2021\tVERIFICA 2020\n"
	/* line 3: target, description swapped; 2021 plans 12 */
	"risultato\t10\tPratiche evase\t\t12\t\n"
	/* line 4: a baseline */
	"risultato\t\xE2\x89\xA5 50%\tSanzioni\t350\t\t\n"
	/* line 5: free text; the 2020 column plans the month */
	"risultato\tStipula contratto\tContratto\t\t\tGiugno 2020\n"
	/* line 6: a planned value equal to the target is not a result */
	"risultato\t1\tUscite\t\t\t1\n"
	"Obiettivo incentivabile ex art. 67 CCNL 2018\tSI'\n";

static void test_columns_by_label(void **state)
{
	(void)state;
	struct doc x;
	parse(&x, cols, 0);
	assert_int_equal(x.rc, 0);
	PEG_ASSERT_INT(x.im.year, 2020);
	const struct peg_imp_ind *in = ind(&x, "5.1", 2020);
	assert_non_null(in);
	assert_string_equal(in->description, "Pratiche evase");
	PEG_ASSERT_INT(in->kind, PEG_KIND_COUNT);
	PEG_ASSERT_FIX(in->value, PEG_FIX(10));
	in = ind(&x, "5.1", 2021);
	assert_non_null(in);
	PEG_ASSERT_FIX(in->value, PEG_FIX(12));
	in = ind(&x, "5.2", 2020);
	assert_non_null(in);
	PEG_ASSERT_INT(in->kind, PEG_KIND_MIN);
	PEG_ASSERT_INT(in->has_baseline, 1);
	PEG_ASSERT_FIX(in->baseline, PEG_FIX(350));
	in = ind(&x, "5.3", 2020);
	assert_non_null(in);
	PEG_ASSERT_INT(in->kind, PEG_KIND_DEADLINE);
	PEG_ASSERT_INT(in->date, peg_date_from_ymd(2020, 6, 30));
	PEG_ASSERT_CONTAINS(in->target_raw, "VERIFICA 2020: Giugno 2020");
	in = ind(&x, "5.4", 2020);
	assert_non_null(in);
	PEG_ASSERT_FIX(in->value, PEG_FIX(1));
	const struct peg_imp_note *n = note_at(&x, 6, "target");
	assert_non_null(n);
	PEG_ASSERT_CONTAINS(n->assumed, "not a result");
	PEG_ASSERT_INT(x.im.nind, 5);
	done(&x);
}

/* A triennial total: the share of each year from the year columns. */
static const char split[] =
	"SCHEDA OBIETTIVO GESTIONALE n. 77\n"
	"TIPOLOGIA\tDESCRIZIONE\tVALORE TARGET\t31/12/2019\t31/12/2020\t"
	"31/12/2021\n"
	"Risultato\tContatti\ttotali nel triennio 1800 cos\xC3\xAC suddivisi\t"
	"200\t700\t900\n"
	"Obiettivo incentivabile ex art. 67 CCNL 2018\t\tSi\n";

static void test_split(void **state)
{
	(void)state;
	struct doc x;
	parse(&x, split, 2020);
	assert_int_equal(x.rc, 0);
	PEG_ASSERT_INT(x.im.nind, 2);
	PEG_ASSERT_FIX(ind(&x, "77.1", 2020)->value, PEG_FIX(700));
	PEG_ASSERT_FIX(ind(&x, "77.1", 2021)->value, PEG_FIX(900));
	PEG_ASSERT_CONTAINS(note_at(&x, 3, "target")->assumed,
			    "share for 2019 (200)");
	PEG_ASSERT_INT(x.im.obj[0].incentivized, PEG_INC_YES);
	done(&x);
}

/* ---- rows that are not indicators ---------------------------------------- */

static const char rows[] =
	"SCHEDA OBIETTIVO GESTIONALE n. 3\n"
	"TIPOLOGIA\tDESCRIZIONE\tVALORE TARGET\tVERIFICA 2020\n"
	"Bando periferie\t\t\t\n"                        /* 3 sub-heading */
	"indicatore di risultato\tCompletamento\tsottoscrizione contratti\t\n"
	"\t\tdi assegnazione degli orti\t\n"            /* 5 continuation */
	"Processo\t\t\t\n"                               /* 6 placeholder */
	"\tCittadini partecipanti\t5\t\n"                /* 7 merged tip. */
	"---\t---\t---\t---\n"                           /* 8 separator */
	"Scuola Radice_ Miglioramento sismico\n"         /* 9 text line */
	"RISULTATO\tAvvio\tentro 31/03/2021\t\n"         /* 10 for 2021 */
	"\tDescrizione senza target\t\t\n"               /* 11 no target */
	"risultato\tFormazione\tEntro febbraio 2020 formazione di almeno 14 "
	"persone\t\n"                                  /* 12 two parts */
	"\n"
	"Incentivato:\n"                                 /* 14 */
	"\n"
	"SI\n";                                          /* 16 */

static void test_rows(void **state)
{
	(void)state;
	struct doc x;
	parse(&x, rows, 2020);
	assert_int_equal(x.rc, 0);
	PEG_ASSERT_CONTAINS(note_at(&x, 3, "row")->assumed, "sub-heading");
	const struct peg_imp_ind *in = ind(&x, "3.1", 2020);
	assert_non_null(in);
	PEG_ASSERT_INT(in->line, 4);
	PEG_ASSERT_INT(in->kind, PEG_KIND_QUALITATIVE);
	assert_string_equal(in->target_raw,
			    "sottoscrizione contratti di assegnazione degli "
			    "orti");
	PEG_ASSERT_CONTAINS(note_at(&x, 4, "target")->assumed,
			    "continues on the row");
	PEG_ASSERT_CONTAINS(note_at(&x, 6, "row")->assumed, "placeholder");
	in = ind(&x, "3.2", 2020);
	assert_non_null(in);
	assert_string_equal(in->category, "Processo");
	PEG_ASSERT_INT(in->kind, PEG_KIND_COUNT);
	assert_non_null(note_at(&x, 9, "row"));
	in = ind(&x, "3.3", 2021);
	assert_non_null(in);
	PEG_ASSERT_INT(in->kind, PEG_KIND_DEADLINE);
	in = ind(&x, "3.4", 2020);
	assert_non_null(in);
	PEG_ASSERT_INT(in->kind, PEG_KIND_QUALITATIVE);
	PEG_ASSERT_INT(note_at(&x, 11, "target")->severity, PEG_IMP_HUMAN);
	in = ind(&x, "3.5", 2020);
	assert_non_null(in);
	PEG_ASSERT_INT(in->kind, PEG_KIND_MIN);
	PEG_ASSERT_FIX(in->value, PEG_FIX(14));
	in = ind(&x, "3.6", 2020);
	assert_non_null(in);
	PEG_ASSERT_INT(in->date, peg_date_from_ymd(2020, 2, 29));
	PEG_ASSERT_INT(in->line, 12);
	PEG_ASSERT_INT(x.im.nind, 6);
	/* the flag is two lines below "Incentivato:" */
	PEG_ASSERT_INT(x.im.obj[0].incentivized, PEG_INC_YES);
	PEG_ASSERT_CONTAINS(note_at(&x, 14, "incentivized")->assumed,
			    "line 16");
	done(&x);
}

/* ---- anagrafica and phases ----------------------------------------------- */

static const char anag[] =
	"SCHEDA OBIETTIVO GESTIONALE n. 1\n"
	"ANAGRAFICA\tSETTORE\tSERVIZIO\tASSESSORATO DI RIFERIMENTO\t"
	"DIRIGENTE\tRESPONSABILE\n"
	"\t\tAFFARI GENERALI\tAFFARI LEGALI\tSindaco\tAvv. Franco Rossi\n"
	"OBIETTIVO GESTIONALE\tTITOLO\tDESCRIZIONE\tDURATA\tNATURA\tIMPATTO\n"
	"\t\tGestione grandi progetti: Tramvia\tPluriennale\tx\ty\n"
	"DESCRIZIONE FASE\tTEMPI DI REALIZZAZIONE\t\t\t\t\n"
	"\tSETTORE (solo in caso di obiettivi trasversali)\tprimo trimestre\t"
	"secondo trimestre\tterzo trimestre\tquarto trimestre\n"
	"completamento\tambiente\t\t\t\t\n"              /* 8 */
	"\t\t\t\t\tx\n"                                  /* 9 marks only */
	"Approvazione\t\tDelibera G.C.\t\t\t\n"          /* 10 */
	"INDICATORI DI PERFORMANCE\t\t\t\t\t\n"           /* misplaced */
	"APPROVAZIONE PROGETTO\tAffari generali\t\t\tX\t\n" /* 12 a phase */
	"TIPOLOGIA\tDESCRIZIONE\tVALORE TARGET\tVERIFICA 2020\n"
	"risultato\tx\t100%\t\n"
	"Obiettivo incentivabile ex art. 67 CCNL 2018\tSi\xCC\x80\tno\n";

static void test_anagrafica_phases(void **state)
{
	(void)state;
	struct doc x;
	parse(&x, anag, 0);
	assert_int_equal(x.rc, 0);
	const struct peg_imp_obj *o = &x.im.obj[0];
	/* Shifted right by one: never take the assessore for the
	 * dirigente. */
	assert_string_equal(o->sector, "AFFARI GENERALI");
	assert_string_equal(o->service, "AFFARI LEGALI");
	assert_string_equal(o->manager, "Avv. Franco Rossi");
	assert_string_equal(o->owner, "");
	PEG_ASSERT_INT(note_at(&x, 3, "anagrafica")->severity, PEG_IMP_INFO);
	/* No title: the description's beginning, for a human to check. */
	assert_string_equal(o->title, "Gestione grandi progetti: Tramvia");
	PEG_ASSERT_INT(note_at(&x, 5, "title")->severity, PEG_IMP_HUMAN);
	/* Phases: header on two rows, marks continued on the next row. */
	PEG_ASSERT_INT(x.im.nph, 3);
	assert_string_equal(x.im.ph[0].id, "1.F1");
	assert_string_equal(x.im.ph[0].sector, "ambiente");
	assert_string_equal(x.im.ph[0].q[3], "x");
	assert_string_equal(x.im.ph[1].q[0], "Delibera G.C.");
	assert_string_equal(x.im.ph[2].description, "APPROVAZIONE PROGETTO");
	assert_string_equal(x.im.ph[2].q[2], "X");
	assert_non_null(note_at(&x, 11, "indicators"));
	/* "Sì" with a combining accent is "si"; with "no" beside it and
	 * no mark, the answer is undecided. */
	PEG_ASSERT_INT(o->incentivized, PEG_INC_UNKNOWN);
	PEG_ASSERT_CONTAINS(note_at(&x, 15, "incentivized")->assumed,
			    "undecided");
	done(&x);
}

/* ---- targets on the card's own schedule -------------------------------- */

static const struct {
	const char *key; /* folded description */
	int want;
} timing[] = {
	{"rispetto dei tempi delle singole fasi", 1},
	{"rispetto della tempistica delle fasi", 1},
	{"rispetto delle scadenze di ogni fase", 1},
	{"rispetto dei tempi di ciascuna fase", 1},
	/* the timing of the programme, not of the phases */
	{"realizzazione del programma e rispetto dei tempi", 0},
	{"rispetto tempistiche finali", 0},
	/* phases without a word on their timing */
	{"numero di fasi completate", 0},
	{"tempi delle fasi", 0},
};

static const char timing_doc[] =
	"SCHEDA OBIETTIVO GESTIONALE n. 35\n"
	"DESCRIZIONE FASE\tSETTORE\tprimo trimestre\tsecondo trimestre\t"
	"terzo trimestre\tquarto trimestre\n"
	"incontro\t\tX\t\t\t\n"
	"importazione\t\t\tx\t\t\n"
	"TIPOLOGIA\tDESCRIZIONE\tVALORE TARGET\tVERIFICA 2020\n"
	"temporale\tRispetto dei tempi delle singole fasi\t100%\t\n"
	"risultato\tRealizzazione del programma e rispetto dei tempi\t100%\t\n"
	"Obiettivo incentivabile ex art. 67 CCNL 2018\tsi\n"
	"SCHEDA OBIETTIVO GESTIONALE n. 36\n"
	"TIPOLOGIA\tDESCRIZIONE\tVALORE TARGET\tVERIFICA 2020\n"
	"temporale\tRispetto dei tempi delle singole fasi\t100%\t\n"
	"Obiettivo incentivabile ex art. 67 CCNL 2018\tno\n";

static void test_phase_timing(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(timing) / sizeof(timing[0]); i++)
		if (peg_imp_is_phase_timing(timing[i].key) != timing[i].want)
			fail_msg("'%s': expected %d", timing[i].key,
				 timing[i].want);
	struct doc x;
	parse(&x, timing_doc, 2020);
	assert_int_equal(x.rc, 0);
	/* card 35 has two phases: its "rispetto dei tempi delle singole
	 * fasi" is measured from them */
	const struct peg_imp_ind *in = ind(&x, "35.1", 2020);
	assert_non_null(in);
	PEG_ASSERT_INT(in->kind, PEG_KIND_PHASES);
	PEG_ASSERT_FIX(in->value, PEG_FIX(100));
	PEG_ASSERT_CONTAINS(note_at(&x, 6, "target")->assumed,
			    "the timing of the card's 2 phases: kind phases");
	PEG_ASSERT_INT(ind(&x, "35.2", 2020)->kind, PEG_KIND_PERCENT);
	/* card 36 has no phases: a percent, as written */
	PEG_ASSERT_INT(ind(&x, "36.1", 2020)->kind, PEG_KIND_PERCENT);
	done(&x);
}

/* ---- errors ------------------------------------------------------------- */

static void test_errors(void **state)
{
	(void)state;
	struct doc x;
	parse(&x, "Relazione annuale\n\tnessuna scheda\n", 0);
	assert_int_equal(x.rc, -1);
	PEG_ASSERT_INT(peg_diag_code(&x.d), PEG_EDATA);
	assert_string_equal(peg_test_diag(&x.d, 0),
			    "peg.txt:1: not a PEG document (no card heading "
			    "'SCHEDA OBIETTIVO GESTIONALE n. N' found)");
	done(&x);

	parse(&x, "SCHEDA OBIETTIVO GESTIONALE n. 1\nQualit\xE0\n", 0);
	assert_int_equal(x.rc, -1);
	assert_string_equal(peg_test_diag(&x.d, 0),
			    "peg.txt:2: invalid UTF-8 byte 0xE0 (re-save the "
			    "document as UTF-8 text)");
	done(&x);

	parse(&x, "SCHEDA OBIETTIVO GESTIONALE n. 1\nTIPOLOGIA\tDESCRIZIONE"
		  "\tVALORE TARGET\n", 0);
	assert_int_equal(x.rc, -1);
	PEG_ASSERT_CONTAINS(peg_test_diag(&x.d, 0), "cannot tell the plan "
						    "year");
	done(&x);

	/* the same with --year */
	parse(&x, "SCHEDA OBIETTIVO GESTIONALE n. 1\nTIPOLOGIA\tDESCRIZIONE"
		  "\tVALORE TARGET\nrisultato\tx\t5\n", 2021);
	assert_int_equal(x.rc, 0);
	PEG_ASSERT_INT(ind(&x, "1.1", 2021)->kind, PEG_KIND_COUNT);
	/* no sector, no title, no flag: three lines for a human */
	PEG_ASSERT_INT(count_human(&x), 3);
	done(&x);
}

/* ---- line ends ---------------------------------------------------------- */

/* The same document with LF, CRLF and old-Mac CR line ends (and a mix)
 * reads the same: cards, indicators, report lines and their lines. */
static void test_line_ends(void **state)
{
	(void)state;
	static const char *const ends[] = {"\r\n", "\r", "\n\r\n\r"};
	struct doc ref;
	parse(&ref, segdoc, 0);
	assert_int_equal(ref.rc, 0);
	for (size_t e = 0; e < PEG_COUNT(ends); e++) {
		struct peg_buf b = {0};
		size_t nl = 0;
		for (const char *p = segdoc; *p; p++)
			if (*p == '\n') {
				/* the mix: LF, CR, CRLF in turn (a CR
				 * before an LF would be one CRLF) */
				const char *end = ends[e];
				if (strlen(end) == 4)
					end = nl % 3 == 0   ? "\n"
					      : nl % 3 == 1 ? "\r"
							    : "\r\n";
				peg_buf_puts(&b, end);
				nl++;
			} else {
				peg_buf_printf(&b, "%c", *p);
			}
		struct doc x;
		parse(&x, peg_buf_str(&b), 0);
		assert_int_equal(x.rc, 0);
		PEG_ASSERT_INT(x.im.nline, ref.im.nline);
		PEG_ASSERT_INT(x.im.nobj, ref.im.nobj);
		PEG_ASSERT_INT(x.im.nind, ref.im.nind);
		PEG_ASSERT_INT(x.im.nnote, ref.im.nnote);
		for (size_t i = 0; i < x.im.nobj; i++) {
			assert_string_equal(x.im.obj[i].id, ref.im.obj[i].id);
			PEG_ASSERT_INT(x.im.obj[i].line, ref.im.obj[i].line);
			assert_string_equal(x.im.obj[i].title,
					    ref.im.obj[i].title);
		}
		for (size_t i = 0; i < x.im.nnote; i++)
			PEG_ASSERT_INT(x.im.note[i].line, ref.im.note[i].line);
		done(&x);
		peg_buf_release(&b);
	}
	done(&ref);

	/* errors name the right line with CR line ends too */
	struct doc x;
	parse(&x, "SCHEDA OBIETTIVO GESTIONALE n. 1\rQualit\xE0\r", 0);
	assert_int_equal(x.rc, -1);
	assert_string_equal(peg_test_diag(&x.d, 0),
			    "peg.txt:2: invalid UTF-8 byte 0xE0 (re-save the "
			    "document as UTF-8 text)");
	done(&x);
}

/* ---- corrections ------------------------------------------------------- */

/* Card 1: 1.1 count 100 in 2020 and 150 in 2021; card 2: 2.1 free text
 * (qualitative, needs a human) and an undecided flag. */
static const char ovdoc[] =
	CARD("n. 1", "1", "Affari generali", "risultato\tAtti\t100\t\t150\t",
	     "si")
	CARD("n. 2", "2", "Risorse", "risultato\tTempi\trispetto della "
	     "tempistica\t\t\t", "si\tno");

struct ovcase {
	const char *rows;   /* after the header id,field,value,reason,year */
	int rc;
	const char *msg;    /* the message after the folder, or NULL */
	size_t resolved;    /* needs-human lines the corrections resolve */
};

static const struct ovcase ovcases[] = {
	/* one correction per id and field: the last would silently win */
	{"2,title,A,r,\n2,title,B,r,\n", -1,
	 "ov.csv:3: field 'title': '2' is already corrected at line 2 (one "
	 "correction per id and field)"},
	{"2,incentivized,yes,r,\n1,title,T,r,\n2,incentivized,no,r,\n", -1,
	 "ov.csv:4: field 'incentivized': '2' is already corrected at line 2 "
	 "(one correction per id and field)"},
	/* a year and all years overlap, two years do not */
	{"1.1,target,5,r,2021\n1.1,target,6,r,\n", -1,
	 "ov.csv:3: field 'target': '1.1' is already corrected at line 2 "
	 "(one correction per id and field)"},
	{"1.1,target,6,r,\n1.1,target,5,r,2021\n", -1,
	 "ov.csv:3: field 'target': '1.1' (2021) is already corrected at "
	 "line 2 (one correction per id and field)"},
	{"1.1,target,5,r,2021\n1.1,target,6,r,2021\n", -1,
	 "ov.csv:3: field 'target': '1.1' (2021) is already corrected at "
	 "line 2 (one correction per id and field)"},
	{"1.1,target,5,r,2021\n1.1,target,6,r,2020\n", 0, NULL},
	/* other fields, other ids, an objective and its indicator */
	{"1.1,kind,min,r,\n1.1,target,7,r,\n", 0, NULL},
	{"1,weight,2,r,\n1.1,weight,2,r,\n2.1,weight,2,r,\n", 0, NULL},
	/* a line that needed a human is resolved by the correction of its
	 * field: the flag decided (not left unknown), the target line's
	 * kind or target (no pp_increment left without a baseline) */
	{"2,incentivized,yes,r,\n", 0, NULL, 1},
	{"2,incentivized,no,r,\n", 0, NULL, 1},
	{"2,incentivized,unknown,r,\n", 0, NULL, 0},
	{"2,title,Tempi,r,\n", 0, NULL, 0},
	{"2.1,kind,deadline,r,\n2.1,target,30/06/2020,r,\n", 0, NULL, 1},
	{"2.1,kind,qualitative,r,\n", 0, NULL, 1},
	{"2.1,description,Tempi,r,\n2.1,weight,2,r,\n", 0, NULL, 0},
	{"2.1,kind,pp_increment,r,\n2.1,target,5,r,\n", 0, NULL, 0},
	{"2.1,kind,pp_increment,r,\n2.1,target,5,r,\n2.1,baseline,40,r,\n",
	 0, NULL, 1},
	{"2.1,kind,deadline,r,\n2.1,target,30/06/2020,r,\n"
	 "2,incentivized,si,r,\n",
	 0, NULL, 2},
	{"1.1,target,90,r,2020\n", 0, NULL, 0},
};

static size_t count_resolved(const struct doc *x)
{
	size_t n = 0;
	for (size_t i = 0; i < x->im.nnote; i++)
		n += x->im.note[i].severity == PEG_IMP_RESOLVED;
	return n;
}

static void test_overrides(void **state)
{
	(void)state;
	char *dir = peg_test_tmpdir();
	for (size_t i = 0; i < PEG_COUNT(ovcases); i++) {
		const struct ovcase *c = &ovcases[i];
		struct doc x;
		char text[512];
		snprintf(text, sizeof(text), "id,field,value,reason,year\n%s",
			 c->rows);
		const char *path = peg_test_write(dir, "ov.csv", text, 0);
		parse(&x, ovdoc, 0);
		assert_int_equal(x.rc, 0);
		/* card 2: the free-text target and the undecided flag */
		size_t human = count_human(&x);
		PEG_ASSERT_INT(human, 2);
		int rc = peg_imp_overrides(&x.im, path, &x.d);
		if (rc != c->rc)
			fail_msg("case %zu: rc %d, expected %d (%s)", i, rc,
				 c->rc, x.d.n ? peg_test_diag(&x.d, 0) : "");
		if (c->msg) {
			const char *m = peg_test_diag(&x.d, 0);
			assert_true(strncmp(m, dir, strlen(dir)) == 0);
			assert_string_equal(m + strlen(dir) + 1, c->msg);
		}
		if (rc == 0 && (count_resolved(&x) != c->resolved ||
				count_human(&x) != human - c->resolved))
			fail_msg("case %zu: %zu resolved, %zu needing a human, "
				 "expected %zu and %zu",
				 i, count_resolved(&x), count_human(&x),
				 c->resolved, human - c->resolved);
		for (size_t k = 0; k < x.im.nnote; k++)
			if (x.im.note[k].severity == PEG_IMP_RESOLVED)
				PEG_ASSERT_CONTAINS(x.im.note[k].assumed,
						    "resolved by the correction "
						    "at ov.csv:");
		done(&x);
	}
	peg_remove_tree(dir);
	free(dir);
}

/* The plan year: the earliest year in the most verification labels. */
static void test_year(void **state)
{
	(void)state;
	struct doc x;
	parse(&x, "SCHEDA OBIETTIVO GESTIONALE n. 1\n"
		  "TIPOLOGIA\tDESCRIZIONE\tVALORE TARGET\tVERIFICA 2021\t"
		  "VERIFICA 2022\n"
		  "SCHEDA OBIETTIVO GESTIONALE n. 2\n"
		  "TIPOLOGIA\tDESCRIZIONE\tVALORE TARGET\tVERIFICA 2020\t"
		  "VERIFICA 2021\n",
		  0);
	assert_int_equal(x.rc, 0);
	PEG_ASSERT_INT(x.im.year, 2021);
	PEG_ASSERT_CONTAINS(note_at(&x, 0, "plan year")->found, "2 of 2");
	done(&x);
}

/*
 * Found by fuzz_import: emitting the row of a later year may move the
 * indicator array, and the baseline was then written through a stale
 * pointer.  63 rows fill the array's first 64 slots; the 64th row has a
 * 2021 planned value (slot 65: the array moves) and, after it, a 2019
 * value that is its baseline.  Under make check this was a
 * heap-use-after-free.
 */
static void test_array_moves(void **state)
{
	(void)state;
	struct peg_buf b = {0};
	peg_buf_puts(&b, "SCHEDA OBIETTIVO GESTIONALE n. 1\n"
			 "TIPOLOGIA\tDESCRIZIONE\tVALORE TARGET\tVERIFICA "
			 "2020\tVERIFICA 2021\tVERIFICA 2019\n");
	for (int i = 0; i < 63; i++)
		peg_buf_printf(&b, "risultato\tRiga %d\t%d\t\t\t\n", i,
			       i + 1);
	peg_buf_puts(&b, "risultato\tRiscossione\t5 punti percentuali\t\t"
			 "7 punti\t14,5\n");
	struct doc x;
	parse(&x, peg_buf_str(&b), 2020);
	assert_int_equal(x.rc, 0);
	PEG_ASSERT_INT(x.im.nind, 65);
	const struct peg_imp_ind *in = ind(&x, "1.64", 2020);
	assert_non_null(in);
	PEG_ASSERT_INT(in->kind, PEG_KIND_PP_INCREMENT);
	PEG_ASSERT_INT(in->has_baseline, 1);
	PEG_ASSERT_FIX(in->baseline, 14500000);
	in = ind(&x, "1.64", 2021);
	assert_non_null(in);
	PEG_ASSERT_FIX(in->value, PEG_FIX(7));
	done(&x);
	peg_buf_release(&b);
}

/* Found by fuzz_import: a row wider than the 64 columns a table maps
 * read a label out of bounds (UBSan).  Cells beyond are reported. */
static void test_wide_rows(void **state)
{
	(void)state;
	struct peg_buf b = {0};
	peg_buf_puts(&b, "SCHEDA OBIETTIVO GESTIONALE n. 1\n"
			 "TIPOLOGIA\tDESCRIZIONE\tVALORE TARGET\tVERIFICA "
			 "2020\n"
			 "risultato\tAtti\t5");
	for (int i = 3; i < 75; i++)
		peg_buf_putc(&b, '\t');
	peg_buf_puts(&b, "7\n");
	struct doc x;
	parse(&x, peg_buf_str(&b), 0);
	assert_int_equal(x.rc, 0);
	PEG_ASSERT_INT(x.im.nind, 1);
	const struct peg_imp_note *n = note_at(&x, 3, "target");
	assert_non_null(n);
	PEG_ASSERT_INT(n->severity, PEG_IMP_HUMAN);
	PEG_ASSERT_CONTAINS(n->assumed, "'7' under a column with no label");
	done(&x);
	peg_buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_incentive),
		cmocka_unit_test(test_segmenter),
		cmocka_unit_test(test_headless_block),
		cmocka_unit_test(test_columns_by_label),
		cmocka_unit_test(test_split),
		cmocka_unit_test(test_rows),
		cmocka_unit_test(test_anagrafica_phases),
		cmocka_unit_test(test_phase_timing),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_overrides),
		cmocka_unit_test(test_year),
		cmocka_unit_test(test_array_moves),
		cmocka_unit_test(test_wide_rows),
	};
	return cmocka_run_group_tests_name("import", tests, NULL, NULL);
}
