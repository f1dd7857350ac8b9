/*
 * ini.c - INI files through iniparser, with lines and duplicates (ini.h).
 *
 * iniparser 4.1 keeps no line numbers and hides duplicate keys, so the
 * file is first scanned here line by line, following the same line rules
 * as iniparser (a trailing '\' joins the next line; ';' or '#' starts a
 * comment line; "[name]" opens a section; otherwise "key = value"), only to
 * record where each section and key is and to find what iniparser would
 * reject or hide.  Values themselves come from iniparser.
 */
#include "ini.h"

#include <errno.h>
#include <iniparser.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* iniparser's line buffer is 1024 bytes including the newline. */
#define INI_LINE_MAX 1022

/* iniparser reports through one global printf-like callback: collect its
 * message instead of letting it print. */
static _Thread_local char ini_message[256];

static int collect(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(ini_message, sizeof(ini_message), fmt, ap);
	va_end(ap);
	size_t len = strlen(ini_message);
	while (len && (ini_message[len - 1] == '\n'))
		ini_message[--len] = '\0';
	return n;
}

static void lower(char *s)
{
	for (; *s; s++)
		if (*s >= 'A' && *s <= 'Z')
			*s = (char)(*s - 'A' + 'a');
}

static char *strip(char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n' ||
	       *s == '\v' || *s == '\f')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' ||
		     s[n - 1] == '\n' || s[n - 1] == '\v' || s[n - 1] == '\f'))
		s[--n] = '\0';
	return s;
}

static int add_section(struct peg_ini *ini, size_t *cap, const char *name,
		       long line)
{
	if (ini->nsec == *cap) {
		size_t c = *cap ? *cap * 2 : 16;
		struct peg_ini_section *p = realloc(ini->sec, c * sizeof(*p));
		if (!p)
			return -1;
		ini->sec = p;
		*cap = c;
	}
	ini->sec[ini->nsec].name = name;
	ini->sec[ini->nsec].line = line;
	ini->nsec++;
	return 0;
}

static int add_entry(struct peg_ini *ini, size_t *cap, const char *section,
		     const char *key, long line)
{
	if (ini->nent == *cap) {
		size_t c = *cap ? *cap * 2 : 32;
		struct peg_ini_entry *p = realloc(ini->ent, c * sizeof(*p));
		if (!p)
			return -1;
		ini->ent = p;
		*cap = c;
	}
	struct peg_ini_entry *e = &ini->ent[ini->nent++];
	e->section = section;
	e->key = key;
	e->value = NULL;
	e->line = line;
	e->used = 0;
	e->over = NULL;
	e->added = 0;
	return 0;
}

/* One logical line (continuations joined), starting at physical `line`. */
static int scan_logical(struct peg_ini *ini, char *text, long line,
			const char **section, size_t *capsec, size_t *capent,
			int code, struct peg_diag *d)
{
	char *s = strip(text);
	size_t n = strlen(s);

	if (n == 0 || s[0] == '#' || s[0] == ';')
		return 0;
	if (s[0] == '[' && s[n - 1] == ']') {
		s[n - 1] = '\0';
		char *name = strip(s + 1);
		lower(name);
		if (!*name)
			return peg_fail(d, code, ini->path, line,
					"empty section name");
		for (size_t i = 0; i < ini->nsec; i++)
			if (strcmp(ini->sec[i].name, name) == 0)
				return peg_fail(d, code, ini->path, line,
						"section [%s] appears twice "
						"(first at line %ld)",
						name, ini->sec[i].line);
		char *copy = peg_arena_strdup(&ini->arena, name);
		if (!copy || add_section(ini, capsec, copy, line))
			return peg_fail(d, PEG_EINTERNAL, ini->path, 0,
					"out of memory");
		*section = copy;
		return 0;
	}
	char *eq = strchr(s, '=');
	if (!eq || eq == s)
		return peg_fail(d, code, ini->path, line,
				"expected '[section]', 'key = value' or a "
				"comment, found '%s'",
				s);
	*eq = '\0';
	char *key = strip(s);
	lower(key);
	if (!*key)
		return peg_fail(d, code, ini->path, line, "empty key name");
	if (!*section)
		return peg_fail(d, code, ini->path, line,
				"key '%s' outside any section", key);
	for (size_t i = 0; i < ini->nent; i++)
		if (ini->ent[i].section == *section &&
		    strcmp(ini->ent[i].key, key) == 0)
			return peg_fail(d, code, ini->path, line,
					"duplicate key '%s' in [%s] (first at "
					"line %ld)",
					key, *section, ini->ent[i].line);
	char *copy = peg_arena_strdup(&ini->arena, key);
	if (!copy || add_entry(ini, capent, *section, copy, line))
		return peg_fail(d, PEG_EINTERNAL, ini->path, 0,
				"out of memory");
	return 0;
}

static int scan(struct peg_ini *ini, FILE *fp, int code, struct peg_diag *d)
{
	struct peg_buf logical = {0};
	char *buf = NULL;
	size_t bufcap = 0;
	long lineno = 0, start = 0;
	const char *section = NULL;
	size_t capsec = 0, capent = 0;
	int bad = 0;
	ssize_t len;

	while ((len = getline(&buf, &bufcap, fp)) >= 0) {
		lineno++;
		size_t bad_at, bom;
		const char *nul = memchr(buf, '\0', (size_t)len);
		if (nul) {
			peg_fail(d, code, ini->path, lineno,
				 "NUL byte at column %zu (is the file UTF-16 "
				 "or binary?)",
				 (size_t)(nul - buf) + 1);
			bad = 1;
			continue;
		}
		if (peg_utf8_check(buf, (size_t)len, &bad_at, &bom) ||
		    (bom != (size_t)-1 && !(lineno == 1 && bom == 0))) {
			if (bom != (size_t)-1)
				bad_at = bom;
			peg_fail(d, code, ini->path, lineno,
				 "invalid UTF-8 at column %zu; re-save the "
				 "file as UTF-8",
				 bad_at + 1);
			bad = 1;
			continue;
		}
		char *text = buf;
		if (lineno == 1 && bom == 0) {
			/* iniparser would not read it: refuse, but go on
			 * reading the line so later problems are genuine */
			peg_fail(d, code, ini->path, lineno,
				 "the file starts with a byte order mark; "
				 "save it as UTF-8 without BOM");
			bad = 1;
			text += 3;
		}
		if (strlen(text) > INI_LINE_MAX + 1 ||
		    (strlen(text) == INI_LINE_MAX + 1 &&
		     text[INI_LINE_MAX] != '\n')) {
			peg_fail(d, code, ini->path, lineno,
				 "line longer than %d characters",
				 INI_LINE_MAX);
			bad = 1;
			continue;
		}
		if (!logical.len)
			start = lineno;
		/* Trailing blanks, then a '\' joins the next line. */
		size_t n = strlen(text);
		while (n && (text[n - 1] == '\n' || text[n - 1] == '\r' ||
			     text[n - 1] == ' ' || text[n - 1] == '\t'))
			n--;
		if (n && text[n - 1] == '\\') {
			peg_buf_add(&logical, text, n - 1);
			continue;
		}
		peg_buf_add(&logical, text, n);
		if (logical.oom)
			break;
		char *lt = logical.data ? logical.data : (char[1]){0};
		if (scan_logical(ini, lt, start, &section, &capsec, &capent,
				 code, d))
			bad = 1;
		peg_buf_reset(&logical);
	}
	if (logical.len && !logical.oom) {
		if (scan_logical(ini, logical.data, start, &section, &capsec,
				 &capent, code, d))
			bad = 1;
	}
	int oom = logical.oom;
	ini->nlines = lineno;
	free(buf);
	peg_buf_release(&logical);
	if (oom)
		return peg_fail(d, PEG_EINTERNAL, ini->path, 0,
				"out of memory");
	return bad ? -1 : 0;
}

int peg_ini_load(struct peg_ini *ini, const char *path, int code,
		 struct peg_diag *d)
{
	memset(ini, 0, sizeof(*ini));
	ini->path = strdup(path);
	if (!ini->path)
		return peg_fail(d, PEG_EINTERNAL, path, 0, "out of memory");

	FILE *fp = fopen(path, "rb");
	if (!fp)
		return peg_fail(d, PEG_EIO, path, 0, "cannot open: %s",
				strerror(errno));
	struct stat st;
	if (fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
		fclose(fp);
		return peg_fail(d, PEG_EIO, path, 0,
				"is a directory, expected an INI file");
	}
	int r = scan(ini, fp, code, d);
	fclose(fp);
	if (r)
		return -1;

	ini_message[0] = '\0';
	iniparser_set_error_callback(collect);
	dictionary *dict = iniparser_load(path);
	if (!dict)
		return peg_fail(d, code, path, 0, "%s",
				ini_message[0] ? ini_message
					       : "iniparser cannot read the file");
	struct peg_buf k = {0};
	for (size_t i = 0; i < ini->nent; i++) {
		struct peg_ini_entry *e = &ini->ent[i];
		peg_buf_reset(&k);
		peg_buf_printf(&k, "%s:%s", e->section, e->key);
		const char *v = iniparser_getstring(dict, peg_buf_str(&k), NULL);
		e->value = peg_arena_strdup(&ini->arena, v ? v : "");
		if (!e->value || k.oom) {
			r = peg_fail(d, PEG_EINTERNAL, path, 0,
				     "out of memory");
			break;
		}
	}
	peg_buf_release(&k);
	iniparser_freedict(dict);
	return r;
}

/* Line of override k: past the end of the file, one per override. */
static long override_line(const struct peg_ini *ini, size_t k)
{
	return ini->nlines + 1 + (long)k;
}

int peg_ini_load_with(struct peg_ini *ini, const char *path, int code,
		      const struct peg_ini_override *ov, size_t nov,
		      struct peg_diag *d)
{
	if (peg_ini_load(ini, path, code, d))
		return -1;
	ini->ov = ov;
	ini->nov = nov;
	size_t capsec = ini->nsec, capent = ini->nent;
	for (size_t k = 0; k < nov; k++) {
		long line = override_line(ini, k);
		struct peg_ini_entry *e = NULL;
		const char *sec = NULL;
		for (size_t i = 0; i < ini->nsec && !sec; i++)
			if (strcmp(ini->sec[i].name, ov[k].section) == 0)
				sec = ini->sec[i].name;
		if (sec)
			e = peg_ini_find(ini, sec, ov[k].key);
		if (!sec) {
			char *copy = peg_arena_strdup(&ini->arena,
						      ov[k].section);
			if (!copy || add_section(ini, &capsec, copy, line))
				return peg_fail(d, PEG_EINTERNAL, path, 0,
						"out of memory");
			sec = copy;
		}
		if (!e) {
			char *key = peg_arena_strdup(&ini->arena, ov[k].key);
			if (!key || add_entry(ini, &capent, sec, key, line))
				return peg_fail(d, PEG_EINTERNAL, path, 0,
						"out of memory");
			e = &ini->ent[ini->nent - 1];
			e->added = 1;
		}
		e->value = peg_arena_strdup(&ini->arena, ov[k].value);
		if (!e->value)
			return peg_fail(d, PEG_EINTERNAL, path, 0,
					"out of memory");
		e->line = line;
		e->over = &ov[k];
	}
	return 0;
}

void peg_ini_blame(const struct peg_ini *ini, struct peg_diag *d,
		   size_t from)
{
	peg_ini_blame_lines(ini->path, ini->nlines, ini->ov, ini->nov, d, from);
}

void peg_ini_blame_lines(const char *path, long nlines,
			 const struct peg_ini_override *ov, size_t nov,
			 struct peg_diag *d, size_t from)
{
	for (size_t i = from; i < d->n && nov; i++) {
		struct peg_error *e = &d->item[i];
		if (!e->file || !path || strcmp(e->file, path) != 0 ||
		    e->line <= nlines || e->line > nlines + (long)nov)
			continue;
		const struct peg_ini_override *o = &ov[e->line - nlines - 1];
		char *f = strdup(o->file);
		if (!f) {
			d->oom = 1;
			continue;
		}
		free(e->file);
		e->file = f;
		e->line = o->line;
	}
}

/* Moves the entries of from into to, ordered by line (stable). */
void peg_ini_move_sorted(struct peg_diag *to, struct peg_diag *from)
{
	for (size_t i = 1; i < from->n; i++) {
		struct peg_error e = from->item[i];
		size_t j = i;
		while (j > 0 && from->item[j - 1].line > e.line) {
			from->item[j] = from->item[j - 1];
			j--;
		}
		from->item[j] = e;
	}
	for (size_t i = 0; i < from->n; i++) {
		struct peg_error *e = &from->item[i];
		if (e->severity == PEG_SEV_ERROR)
			peg_fail(to, e->code, e->file, e->line, "%s",
				 e->message);
		else
			peg_warn(to, e->file, e->line, "%s", e->message);
	}
	if (from->oom)
		to->oom = 1;
	peg_diag_release(from);
}

void peg_ini_release(struct peg_ini *ini)
{
	free(ini->path);
	free(ini->sec);
	free(ini->ent);
	peg_arena_release(&ini->arena);
	memset(ini, 0, sizeof(*ini));
}

struct peg_ini_entry *peg_ini_find(const struct peg_ini *ini,
				   const char *section, const char *key)
{
	for (size_t i = 0; i < ini->nent; i++)
		if (strcmp(ini->ent[i].section, section) == 0 &&
		    strcmp(ini->ent[i].key, key) == 0)
			return &ini->ent[i];
	return NULL;
}

long peg_ini_section_line(const struct peg_ini *ini, const char *section)
{
	for (size_t i = 0; i < ini->nsec; i++)
		if (strcmp(ini->sec[i].name, section) == 0)
			return ini->sec[i].line;
	return 0;
}
