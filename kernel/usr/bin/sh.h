/* sh.h - the shell's two halves: the lexer (sh-lex.c) splits a line into tokens and
 * expands words; sh.c parses the tokens into pipelines and runs them. */
#ifndef SH_H
#define SH_H

enum { T_WORD, T_PIPE, T_AND, T_OR, T_SEMI, T_BG, T_REDIR, T_END };

struct tok {
	int type;
	char *text;         /* T_WORD: the word; T_REDIR: the operator ("<", ">", ">>", ">&") */
	int fd;             /* T_REDIR: the descriptor it applies to */
};

/* Splits the next pipeline of *line into at most max-1 tokens (plus T_END), up to and
 * including the ; && || or & that ends it, and leaves *line after it. Words are
 * expanded now, just before the pipeline runs, so "false; echo $?" sees the status of
 * false: status is the value of $?. Word text lives in a buffer the next call reuses.
 * Returns the number of tokens, or -1 after printing an error. */
int sh_tokenize(const char **line, struct tok *t, int max, int status);

/* Does name match the wildcard pattern (* ? [...])? */
int sh_match(const char *pattern, const char *name);

/* Calls add() with each path that matches pattern, in sorted order; returns how many.
 * Only the last part of the path may hold wildcards. */
int sh_glob(const char *pattern, void (*add)(const char *path, void *ctx), void *ctx);

#endif
