#!/usr/bin/python3
"""check_xlsx - read report.xlsx of a run folder back with openpyxl and
compare it with the CSV tables of the same folder: one sheet per table in
the writers' order, the same header and the same values cell by cell (a
number or a date of the CSV outside the text columns must be a number or a
date cell, not text that reads the same), the
number formats (euro, percent, date, Gini), the frozen header row, the
autofilter, column widths that fit the text, and the fixed creation date
(1 January after the run year) that makes the file reproducible.  Text
that the CSV neutralises as a formula (= + - @ first) is in a cell
formatted as text, with Excel's quote prefix when the libxlsxwriter the
program was built with can write it (1.1.5 or later, read from
xlsxwriter.h: $XLSXWRITER_H, default /usr/include/xlsxwriter.h).

    /usr/bin/python3 tests/report/check_xlsx.py RUN_DIR

Prints one line per sheet; exits 1 at the first difference.  Debian's
python3-openpyxl: call /usr/bin/python3, not another python3 on the PATH.
"""
import csv
import datetime
import os
import sys
from decimal import Decimal, ROUND_HALF_UP

import openpyxl
from openpyxl.utils import get_column_letter

# every table of the run folder but the trace (trace.csv only)
TABLES = ['indicators', 'objectives', 'sectors', 'phases', 'multiyear',
          'payouts', 'transparency']
MONEY_COLUMNS = {'max_premium', 'gross', 'paid', 'redistributed',
                 'maggiorazione', 'total'}
PERCENT_COLUMNS = {'achievement', 'achievement_for_pay', 'ratio', 'score',
                   'factor', 'part_time', 'convention_share'}
MONEY_MEASURES = {'allocated', 'distributed', 'economies',
                  'average_achievable', 'average_paid'}
# columns that hold text in every table that has them (ids, names, words,
# the text of the inputs as written): a number-like value there stays text
# ("007", a target_raw of "100"); in every other column a number or a date
# of the CSV must be a number or a date cell of the workbook
TEXT_COLUMNS = {'indicator_id', 'objective_id', 'phase_id', 'employee_id',
                'kind', 'unit', 'target_raw', 'status', 'function',
                'rule_section', 'capped', 'note', 'sector', 'title',
                'incentivized', 'counts_for_pay', 'aggregate', 'level',
                'phase_sector', 'description', 'marks', 'verification',
                'state', 'duration', 'period', 'row_type', 'position',
                'pool', 'area', 'eligible', 'reason', 'group', 'measure'}
EURO = '#,##0.00 "\u20ac"'
PERCENT = '0.00%'
DATE = 'dd/mm/yyyy'
GINI = '0.0000'
TEXT = '@'
FORMULA_START = ('=', '+', '-', '@', '\t', '\r')


def lxw_version_id():
    """LXW_VERSION_ID of the libxlsxwriter headers (0 when unknown)."""
    path = os.environ.get('XLSXWRITER_H', '/usr/include/xlsxwriter.h')
    try:
        with open(path, encoding='utf-8') as f:
            for line in f:
                w = line.split()
                if len(w) == 3 and w[:2] == ['#define', 'LXW_VERSION_ID']:
                    return int(w[2])
    except OSError:
        pass
    return 0


QUOTE_PREFIX = lxw_version_id() >= 115


class Mismatch(Exception):
    pass


def read_csv(path):
    with open(path, 'rb') as f:
        data = f.read()
    italian = data.startswith(b'\xef\xbb\xbf')
    text = data.decode('utf-8-sig')
    rows = list(csv.reader(text.splitlines(), delimiter=';' if italian
                           else ','))
    return rows, italian


def expected_format(table, header, row, col):
    """The number format a numeric cell must have (None: General)."""
    name = header[col]
    if table == 'transparency' and name == 'value':
        measure = row[header.index('measure')]
        if measure.endswith('_percent'):
            return PERCENT
        if measure == 'gini':
            return GINI
        if measure in MONEY_MEASURES:
            return EURO
        return None
    if name in MONEY_COLUMNS:
        return EURO
    if name in PERCENT_COLUMNS or name.startswith('component_'):
        return PERCENT
    return None


def typed_text(text, italian):
    """'number' or 'date' when a CSV cell's text is one, else None."""
    num = text.replace(',', '.', 1) if italian else text
    body = num[1:] if num[:1] == '-' else num
    whole, dot, frac = body.partition('.')
    if whole.isdigit() and (not dot or frac.isdigit()):
        return 'number'
    try:
        datetime.datetime.strptime(text, '%Y-%m-%d')
        return 'date'
    except ValueError:
        return None


def decimals(s):
    return len(s.split('.')[1]) if '.' in s else 0


def check_cell(table, header, row, r, c, text, cell, italian):
    where = '%s!%s%d' % (table, get_column_letter(c + 1), r + 1)
    v = cell.value
    if text == '':
        if v is not None:
            raise Mismatch('%s: %r, expected an empty cell' % (where, v))
        return
    if isinstance(v, datetime.datetime):
        if v.strftime('%Y-%m-%d') != text:
            raise Mismatch('%s: date %s, expected %s' % (where, v, text))
        if cell.number_format != DATE:
            raise Mismatch('%s: format %r, expected %r'
                           % (where, cell.number_format, DATE))
        return
    if isinstance(v, str):
        # the CSV neutralises text a spreadsheet would run as a formula
        # and the workbook keeps it text when the cell is edited
        if text.startswith("'") and text[1:2] in FORMULA_START \
                and v == text[1:]:
            if cell.number_format != TEXT:
                raise Mismatch('%s: %r in format %r, expected text (%r)'
                               % (where, v, cell.number_format, TEXT))
            if QUOTE_PREFIX and not cell.quotePrefix:
                raise Mismatch('%s: %r without the quote prefix'
                               % (where, v))
            return
        if v != text:
            raise Mismatch('%s: %r, expected %r' % (where, v, text))
        kind = typed_text(text, italian)
        if kind and header[c] not in TEXT_COLUMNS:
            raise Mismatch('%s: the %s %r of column %s written as text'
                           % (where, kind, text, header[c]))
        return
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise Mismatch('%s: %r of type %s' % (where, v, type(v).__name__))
    num = text.replace(',', '.') if italian else text
    want_fmt = expected_format(table, header, row, c)
    got_fmt = cell.number_format
    if (want_fmt or 'General') != got_fmt:
        raise Mismatch('%s: format %r, expected %r'
                       % (where, got_fmt, want_fmt or 'General'))
    value = Decimal(repr(v))
    if want_fmt == PERCENT:
        value *= 100        # stored as a fraction, shown as a percent
    quantum = Decimal(1).scaleb(-decimals(num))
    if value.quantize(quantum, ROUND_HALF_UP) != Decimal(num):
        raise Mismatch('%s: %r, expected %s' % (where, v, text))


def check_sheet(ws, table, rows, italian):
    header = rows[0]
    if ws.max_row != len(rows) or ws.max_column != len(header):
        raise Mismatch('%s: %dx%d cells, CSV has %dx%d'
                       % (table, ws.max_row, ws.max_column, len(rows),
                          len(header)))
    for c, name in enumerate(header):
        cell = ws.cell(row=1, column=c + 1)
        if cell.value != name or not cell.font.b:
            raise Mismatch('%s: header %r (bold %s), expected %r in bold'
                           % (table, cell.value, cell.font.b, name))
    for r in range(1, len(rows)):
        for c in range(len(header)):
            check_cell(table, header, rows[r], r, c, rows[r][c],
                       ws.cell(row=r + 1, column=c + 1), italian)
    if ws.freeze_panes != 'A2':
        raise Mismatch('%s: frozen at %r, expected the header row (A2)'
                       % (table, ws.freeze_panes))
    last = '%s%d' % (get_column_letter(len(header)), len(rows))
    if ws.auto_filter.ref != 'A1:' + last:
        raise Mismatch('%s: autofilter %r, expected A1:%s'
                       % (table, ws.auto_filter.ref, last))
    for c in range(len(header)):
        longest = max(len(row[c]) for row in rows)
        width = ws.column_dimensions[get_column_letter(c + 1)].width
        if width is None or width < min(longest, 58) or width > 62:
            raise Mismatch('%s: column %s is %s wide for text of %d'
                           % (table, header[c], width, longest))


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    run = argv[1]
    wb = openpyxl.load_workbook(os.path.join(run, 'report.xlsx'))
    tables = [t for t in TABLES
              if os.path.exists(os.path.join(run, t + '.csv'))]
    try:
        if wb.sheetnames != tables:
            raise Mismatch('sheets %s, expected %s' % (wb.sheetnames, tables))
        for t in tables:
            rows, italian = read_csv(os.path.join(run, t + '.csv'))
            check_sheet(wb[t], t, rows, italian)
            print('check_xlsx: %s: %d rows x %d columns as in %s.csv'
                  % (t, len(rows), len(rows[0]), t))
        # the run year: that of the indicator rows scored (an objective's
        # year is the plan's, earlier for a multi-year objective)
        rows, _ = read_csv(os.path.join(run, 'indicators.csv'))
        year = int(rows[1][rows[0].index('year')]) if len(rows) > 1 else None
        created = wb.properties.created
        if year and created != datetime.datetime(year + 1, 1, 1):
            raise Mismatch('created %s, expected %d-01-01' % (created,
                                                              year + 1))
    except Mismatch as e:
        print('check_xlsx: %s: %s' % (run, e))
        return 1
    print('check_xlsx: %s: %d sheets match the CSV files' % (run,
                                                              len(tables)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
