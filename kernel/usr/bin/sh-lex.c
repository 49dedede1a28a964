/* sh-lex.c - the shell's lexer: words, quotes, $ expansion and operators.
 *
 *   'text'       taken literally
 *   "text"       $ expanded, blanks kept
 *   \c           the character c itself
 *   $NAME ${NAME} an environment variable;  $? the last status;  $$ the shell's pid
 *   ~            $HOME, at the start of a word
 *   * ? [...]    file names that match (sh-glob.c)
 *   | || && ; &  < > >> >& N> N<   operators (N: a descriptor digit)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "sh.h"

static char pool[4096];     /* the words of the current pipeline */
static int pool_used;
static int last_status;     /* what $? expands to */


static int is_name(int c, int first)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (!first && c >= '0' && c <= '9');
}

/* Appends the value of the $ expansion at *p to the word at w; advances *p. */
static char *expand(const char **p, char *w)
{
	const char *s = *p + 1, *val = 0;
	char name[64], num[16];
	int n = 0, brace = *s == '{';

	if (*s == '?' || *s == '$') {
		snprintf(num, sizeof(num), "%d", *s == '?' ? last_status : getpid());
		val = num;
		s++;
	} else {
		s += brace;
		while (is_name(*s, n == 0) && n < 63)
			name[n++] = *s++;
		name[n] = 0;
		if (brace && *s == '}')
			s++;
		if (n == 0 && !brace) {
			*p = s;
			*w++ = '$';     /* a lone $ is itself */
			return w;
		}
		val = getenv(name);
	}
	*p = s;
	if (val && w + strlen(val) < pool + sizeof(pool) - 1) {
		strcpy(w, val);
		w += strlen(val);
	}
	return w;
}

/* Reads one word starting at *p into the pool; *kept says it must stay even if empty
 * (it had quotes), *wild that it has an unquoted wildcard. */
static char *read_word(const char **p, int *kept, int *wild)
{
	char *start = pool + pool_used, *w = start;
	const char *s = *p;
	char q = 0;

	*kept = *wild = 0;
	if (*s == '~' && (s[1] == '/' || s[1] == 0 || s[1] == ' ') && getenv("HOME")) {
		strcpy(w, getenv("HOME"));
		w += strlen(w);
		s++;
	}
	for (; *s && w < pool + sizeof(pool) - 2; s++) {
		if (q == '\'') {
			if (*s == '\'')
				q = 0;
			else
				*w++ = *s;
		} else if (*s == '\\' && s[1] && (!q || strchr("\"\\$", s[1]))) {
			*w++ = *++s;
			*kept = 1;
		} else if (*s == '$') {
			w = expand(&s, w);
			s--;
		} else if (*s == '"' || (!q && *s == '\'')) {
			q = q ? 0 : *s;
			*kept = 1;
		} else if (!q && strchr(" \t|&;<>", *s)) {
			break;
		} else {
			*wild |= !q && strchr("*?[", *s) != 0;
			*w++ = *s;
		}
	}
	*w++ = 0;
	pool_used = w - pool;
	*p = s;
	return q ? 0 : start;   /* an unclosed quote is an error */
}

/* Where sh_glob's matches go: new word tokens after the ones already read. */
struct words {
	struct tok *t;
	int n, max;
};

static void add_word(const char *path, void *ctx)
{
	struct words *w = ctx;
	size_t len = strlen(path) + 1;

	if (w->n >= w->max - 1 || pool_used + len > sizeof(pool))
		return;     /* no room: the rest of the matches are dropped */
	w->t[w->n].type = T_WORD;
	w->t[w->n].fd = -1;
	w->t[w->n++].text = memcpy(pool + pool_used, path, len);
	pool_used += len;
}

int sh_tokenize(const char **line, struct tok *t, int max, int status)
{
	const char *s = *line;
	int n = 0, kept, wild;
	struct words found;

	pool_used = 0;
	last_status = status;
	for (;;) {
		while (*s == ' ' || *s == '\t')
			s++;
		if (!*s || *s == '#' || n >= max - 1)
			break;
		t[n].fd = -1;
		if (s[0] == '&' && s[1] == '&')
			t[n].type = T_AND, s += 2;
		else if (s[0] == '|' && s[1] == '|')
			t[n].type = T_OR, s += 2;
		else if (*s == '|')
			t[n].type = T_PIPE, s++;
		else if (*s == ';')
			t[n].type = T_SEMI, s++;
		else if (*s == '&')
			t[n].type = T_BG, s++;
		else if (*s == '<' || *s == '>' || (*s >= '0' && *s <= '9' && (s[1] == '>' || s[1] == '<'))) {
			t[n].type = T_REDIR;
			t[n].fd = *s >= '0' && *s <= '9' ? *s++ - '0' : *s == '<' ? 0 : 1;
			t[n].text = s[0] == '>' && s[1] == '>' ? ">>" :
				    s[0] == '>' && s[1] == '&' ? ">&" : s[0] == '<' ? "<" : ">";
			s += strlen(t[n].text);
		} else {
			t[n].type = T_WORD;
			t[n].text = read_word(&s, &kept, &wild);
			if (!t[n].text) {
				fprintf(stderr, "sh: unterminated quote\n");
				return -1;
			}
			if (!*t[n].text && !kept)
				continue;   /* $EMPTY expands to nothing */
			found.t = t;
			found.n = n;
			found.max = max;
			if (wild && sh_glob(t[n].text, add_word, &found) > 0) {
				n = found.n;    /* the matches replace the pattern */
				continue;
			}
		}
		if (t[n++].type >= T_AND && t[n - 1].type <= T_BG)
			break;
	}
	if (!*s || *s == '#')
		s += strlen(s);
	t[n].type = T_END;
	*line = s;
	return n;
}

