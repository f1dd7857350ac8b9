#!/usr/bin/python3
"""check_dom - check the DOM that headless Chromium built from report.html
against the run folder's own tables: every expected section with its
heading (Italian or English, from <html lang>), and in each section a
figure taken from the CSV files and formatted as the report formats it.

    /usr/bin/python3 tests/report/check_dom.py RUN_DIR DOM.html

The figures: the ente achievement (sectors.csv) in the key figures and in
the achievement section; the first objective's title and achievement
(objectives.csv); the staff's payees (transparency.csv) under the
histogram; the staff's Gini index (transparency.csv) beside the Lorenz
curve; every pool's amount (trace.csv) in the pools section; every legal
check of summary.txt in the legal section; the staff's allocated premiums
(transparency.csv) in the transparency table; when phases.csv has rows,
the "Tempi di realizzazione" section with the number of phases due in the
year and the first scored phase's dates and score; when multiyear.csv has
rows, the multi-year section with the number of objectives and the first
scored year's verified indicators and achievement (and neither section
when the file has no rows).  Exits 1 when one is missing.
"""
import csv
import os
import sys
from decimal import Decimal, ROUND_HALF_UP
from html.parser import HTMLParser

HEADINGS = {
    'it': {
        'summary': 'Dati principali',
        'achievement': "Grado di raggiungimento dell'ente e dei settori",
        'objectives': 'Obiettivi e indicatori',
        'distribution': 'Distribuzione dei premi',
        'differentiation': 'Differenziazione dei premi',
        'pools': 'Fondi: stanziato, distribuito, economie',
        'legal': 'Controlli di legittimit\u00e0',
        'transparency': 'Trasparenza (D.Lgs. 33/2013 art. 20)',
        'schedule': 'Tempi di realizzazione',
        'multiyear': 'Obiettivi pluriennali',
    },
    'en': {
        'summary': 'Key figures',
        'achievement': 'Achievement of the ente and its settori',
        'objectives': 'Objectives and indicators',
        'distribution': 'Distribution of premiums',
        'differentiation': 'Differentiation of premiums',
        'pools': 'Pools: amount, paid, economies',
        'legal': 'Legal checks',
        'transparency': 'Transparency (D.Lgs. 33/2013 art. 20)',
        'schedule': 'Schedule',
        'multiyear': 'Multi-year objectives',
    },
}
# the words around the figures of the schedule and multi-year sections
WORDS = {
    'it': {'due': 'Fasi dovute nel %s: %d',
           'my': 'Obiettivi pluriennali del piano: %d.',
           'before': 'anno precedente', 'run_year': "anno dell'esecuzione",
           'after': 'anno successivo',
           'verified': '%s indicatori su %s verificati'},
    'en': {'due': 'Phases due in %s: %d',
           'my': 'Multi-year objectives of the plan: %d.',
           'before': 'earlier year', 'run_year': 'run year',
           'after': 'later year',
           'verified': '%s of %s indicators verified'},
}
PAY_SECTIONS = ('distribution', 'differentiation', 'pools', 'legal',
                'transparency')
PAID = {'it': 'dipendenti con un premio', 'en': 'employees with a premium'}


class Sections(HTMLParser):
    """Text and h2 of every <section id=...>; the <html lang>."""

    def __init__(self):
        super().__init__()
        self.lang, self.cur, self.in_h2 = None, None, False
        self.text, self.h2 = {}, {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'html':
            self.lang = a.get('lang')
        elif tag == 'section':
            self.cur = a.get('id')
            self.text[self.cur], self.h2[self.cur] = [], ''
        elif tag == 'h2' and self.cur:
            self.in_h2 = True

    def handle_endtag(self, tag):
        if tag == 'section':
            self.cur = None
        elif tag == 'h2':
            self.in_h2 = False

    def handle_data(self, data):
        if self.cur:
            self.text[self.cur].append(data)
            if self.in_h2:
                self.h2[self.cur] += data


def group(digits, sep):
    out = ''
    while len(digits) > 3:
        out = sep + digits[-3:] + out
        digits = digits[:-3]
    return digits + out


def number(value, places, lang):
    """A decimal string as the report prints it (rounded half up)."""
    d = Decimal(value).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    sign = '-' if d < 0 else ''
    whole, _, frac = str(abs(d)).partition('.')
    sep, dec = ('.', ',') if lang == 'it' else (',', '.')
    return sign + group(whole, sep) + (dec + frac if frac else '')


def pct(value, lang):
    n = number(value, 2, lang)
    return n + ' %' if lang == 'it' else n + '%'


def euro(value, lang):
    n = number(value, 2, lang)
    return n + ' \u20ac' if lang == 'it' else 'EUR ' + n


def date(iso, lang):
    """A date as the report prints it: dd/mm/yyyy in Italian."""
    if lang != 'it':
        return iso
    y, m, d = iso.split('-')
    return '%s/%s/%s' % (d, m, y)


def table(run, name):
    path = os.path.join(run, name)
    if not os.path.exists(path):
        return None
    with open(path, encoding='utf-8-sig', newline='') as f:
        text = f.read()
    delim = ';' if text.split('\n', 1)[0].count(';') else ','
    rows = list(csv.DictReader(text.splitlines(), delimiter=delim))
    if delim == ';':   # the Italian dialect: decimal comma
        for r in rows:
            for k, v in r.items():
                if v and v.replace(',', '', 1).lstrip('-').isdigit():
                    r[k] = v.replace(',', '.')
    return rows


def legal_lines(run):
    """The checks' texts of summary.txt: '  [st] ref: TEXT (level)'."""
    out, on = [], False
    with open(os.path.join(run, 'summary.txt'), encoding='utf-8') as f:
        for line in f:
            if line.startswith(('Controlli di legittimit', 'Legal checks')):
                on = True
                continue
            if on and not line.startswith('  ['):
                break
            if on:
                body = line.strip().split('] ', 1)[1]
                out.append(body.split(': ', 1)[1].rsplit(' (', 1)[0])
    return out


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    run, dom = argv[1], argv[2]
    p = Sections()
    with open(dom, encoding='utf-8') as f:
        p.feed(f.read())
    lang = p.lang if p.lang in HEADINGS else 'it'
    text = {k: ' '.join(' '.join(v).split()) for k, v in p.text.items()}
    pay = table(run, 'payouts.csv') is not None
    problems, checked = [], 0

    def expect(section, needle, what):
        nonlocal checked
        checked += 1
        if section not in text:
            problems.append('no section %s' % section)
        elif needle not in text[section]:
            problems.append('%s: no %s %r' % (section, what, needle))

    phases = table(run, 'phases.csv') or []
    multi = table(run, 'multiyear.csv') or []
    optional = {'schedule': bool(phases), 'multiyear': bool(multi)}
    for sid, h in HEADINGS[lang].items():
        if sid in PAY_SECTIONS and not pay:
            continue
        if not optional.get(sid, True):
            checked += 1
            if sid in p.h2:
                problems.append('section %s, expected none (no rows in '
                                'its CSV file)' % sid)
            continue
        checked += 1
        if p.h2.get(sid, '').strip() != h:
            problems.append('section %s: heading %r, expected %r'
                            % (sid, p.h2.get(sid), h))

    ente = [r for r in table(run, 'sectors.csv') if r['level'] == 'ente'][0]
    if ente['achievement']:
        expect('summary', pct(ente['achievement'], lang), 'ente achievement')
        expect('achievement', pct(ente['achievement'], lang),
               'ente achievement')
    first = table(run, 'objectives.csv')[0]
    expect('objectives', ' '.join(first['title'].split()), 'title')
    if first['achievement']:
        expect('objectives', pct(first['achievement'], lang),
               'achievement of objective ' + first['objective_id'])
    w = WORDS[lang]
    if phases:
        due = [r for r in phases if r['state'] != 'not_scheduled']
        expect('schedule', w['due'] % (phases[0]['year'], len(due)),
               'phases due')
        scored = [r for r in due if r['score'] and r['done']]
        if scored:
            f = scored[0]
            expect('schedule', '%s %s %s %s %s' % (
                f['phase_id'], ' '.join(f['description'].split()),
                date(f['due'], lang), date(f['done'], lang),
                pct(f['score'], lang)), 'dates and score of a phase')
    if multi:
        objs = {r['objective_id'] for r in multi}
        expect('multiyear', w['my'] % len(objs), 'multi-year objectives')
        years = [r for r in multi
                 if r['level'] == 'objective' and r['status'] == 'scored']
        if years:
            y = years[0]
            expect('multiyear', '%s %s, %s %s' % (
                y['year'], w[y['period']],
                w['verified'] % (y['verified'], y['indicators']),
                pct(y['score'], lang)), 'achievement of a year')
    if pay:
        tr = {(r['group'], r['area'], r['measure']): r['value']
              for r in table(run, 'transparency.csv')}
        if ('staff', '', 'payees') in tr:
            expect('distribution', '%s %s' % (tr['staff', '', 'payees'],
                                              PAID[lang]), 'payees')
            expect('transparency', euro(tr['staff', '', 'allocated'], lang),
                   'allocated')
            g = tr.get(('staff', '', 'gini'), '')
            if g and not g.startswith('<'):
                expect('differentiation', number(g, 4, lang), 'Gini index')
        for r in table(run, 'trace.csv'):
            if r['subject_type'] == 'pool' and r['step'] == 'amount':
                expect('pools', euro(r['result'], lang),
                       'amount of pool ' + r['subject_id'])
        for line in legal_lines(run):
            expect('legal', line, 'legal check')
    for msg in problems:
        print('check_dom: %s' % msg)
    print('check_dom: %s: %d checks, %d failed (language %s)'
          % (run, checked, len(problems), lang))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
