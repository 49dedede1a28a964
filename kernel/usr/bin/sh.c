/* sh.c - a small shell.
 *
 *   sh                 read commands from the terminal (with line editing and history)
 *   sh -i              the same, with a prompt even if the input is not a terminal
 *   sh FILE            run the commands in FILE
 *   sh -c 'COMMANDS'   run COMMANDS
 *
 * A line holds pipelines joined by ; (always run the next), && (run it if the last
 * one succeeded) and || (run it if the last one failed). A pipeline is commands joined
 * by |, each with optional redirections: < FILE, > FILE, >> FILE, 2> FILE, 2>&1.
 * Words may be quoted ('...' literally, "..." with $ expanded) and use $VAR, ${VAR},
 * $? (the last exit status), $$ and wildcards (*.c). A trailing & runs the line in the
 * background. Words are read by sh-lex.c, wildcards matched by sh-glob.c.
 * Built in: cd, exit, export, unset, history, help.
 *
 * How a command runs: fork() makes a copy of the shell; the copy sets up its file
 * descriptors (pipes, redirections) and execve()s the program; the shell waitpid()s.
 * On a terminal every pipeline gets its own process group and becomes the terminal's
 * foreground group, so ^C (SIGINT) reaches the job and not the shell. A ^C typed
 * after Enter but before the job has the terminal reaches the shell instead: the
 * shell notes it and passes it on to the job as soon as the job exists, so it is
 * never lost. SIGINT is blocked around fork() so the job cannot miss it either.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include "lineedit.h"
#include "sh.h"

#define LINE_MAX 1024
#define MAXTOK 128
#define MAXARGS 64
#define MAXCMDS 16
#define MAXREDIR 8

struct redir {
	int fd;             /* descriptor to replace */
	const char *op;     /* "<", ">", ">>" or ">&" */
	const char *arg;    /* file name, or descriptor number for >& */
};

struct cmd {
	char *argv[MAXARGS + 1];
	int argc;
	struct redir r[MAXREDIR];
	int nr;
};

static int status;          /* $?: exit status of the last pipeline */
static int interactive;     /* reading from a terminal: job control and a prompt */
static volatile sig_atomic_t sigint_seen;   /* ^C reached the shell, not yet acted on */

static int run_line(const char *line);

/* ---- running commands ------------------------------------------------------------- */

/* Applies a command's redirections in the current process (a child). */
static int redirect(struct cmd *c)
{
	int i, fd;

	for (i = 0; i < c->nr; i++) {
		struct redir *r = &c->r[i];

		if (!strcmp(r->op, ">&")) {
			fd = atoi(r->arg);
			if (dup2(fd, r->fd) < 0)
				goto fail;
			continue;
		}
		if (!strcmp(r->op, "<"))
			fd = open(r->arg, O_RDONLY);
		else
			fd = open(r->arg, O_WRONLY | O_CREAT | (r->op[1] ? O_APPEND : O_TRUNC), 0666);
		if (fd < 0)
			goto fail;
		if (fd != r->fd) {
			dup2(fd, r->fd);
			close(fd);
		}
	}
	return 0;
fail:
	fprintf(stderr, "sh: %s: %s\n", c->r[i].arg, strerror(errno));
	return -1;
}

static int builtin(struct cmd *c);

static void on_sigint(int sig)
{
	(void)sig;
	sigint_seen = 1;
}

/* The interactive shell's SIGINT: noted, never fatal. While a line is read the read()
 * must be interrupted (restart 0); elsewhere system calls restart (SA_RESTART). */
static void catch_sigint(int restart)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sigint;
	sa.sa_flags = restart ? SA_RESTART : 0;
	sigaction(SIGINT, &sa, 0);
}

/* Blocks (how = SIG_BLOCK) or unblocks (SIG_UNBLOCK) SIGINT. */
static void mask_sigint(int how)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigprocmask(how, &set, 0);
}

/* In a child: reset the signals the shell catches or ignores, redirect, and run the
 * program. A SIGINT that came while it was blocked around fork() is taken here. */
static void exec_child(struct cmd *c)
{
	int r;

	signal(SIGINT, SIG_DFL);
	signal(SIGQUIT, SIG_DFL);
	signal(SIGTSTP, SIG_DFL);
	signal(SIGTTOU, SIG_DFL);
	mask_sigint(SIG_UNBLOCK);
	if (redirect(c) < 0)
		_exit(1);
	if (c->argc == 0)
		_exit(0);
	if ((r = builtin(c)) >= 0) {
		fflush(stdout);
		_exit(r);
	}
	execvp(c->argv[0], c->argv);
	if (errno == ENOENT) {
		fprintf(stderr, "sh: %s: command not found\n", c->argv[0]);
		_exit(127);
	}
	fprintf(stderr, "sh: %s: %s\n", c->argv[0], strerror(errno));
	_exit(126);
}

static void usage_builtins(void)
{
	printf("built in: cd [DIR], exit [N], export NAME=VALUE, unset NAME, history, help\n"
	       "syntax:   a | b, a ; b, a && b, a || b, < FILE, > FILE, >> FILE, 2>&1, &,\n"
	       "          'quoted', \"$VAR\", $?, $$, wildcards * ? [a-z]\n");
}

/* Runs a built-in command in the shell itself; returns -1 if c is not one. */
static int builtin(struct cmd *c)
{
	const char *name = c->argv[0], *dir;
	int i;

	if (!strcmp(name, "cd")) {
		dir = c->argc > 1 ? c->argv[1] : getenv("HOME");
		if (!dir)
			dir = "/";
		if (chdir(dir) < 0) {
			fprintf(stderr, "sh: cd: %s: %s\n", dir, strerror(errno));
			return 1;
		}
		return 0;
	}
	if (!strcmp(name, "exit")) {
		fflush(stdout);
		exit(c->argc > 1 ? atoi(c->argv[1]) & 255 : status);
	}
	if (!strcmp(name, "export") || !strcmp(name, "unset")) {
		for (i = 1; i < c->argc; i++) {
			char *eq = strchr(c->argv[i], '=');

			if (name[0] == 'u')
				unsetenv(c->argv[i]);
			else if (eq) {
				*eq = 0;
				setenv(c->argv[i], eq + 1, 1);
			}
		}
		return 0;
	}
	if (!strcmp(name, "history")) {
		for (i = 0; lineedit_history(i); i++)
			printf("%4d  %s\n", i + 1, lineedit_history(i));
		return 0;
	}
	if (!strcmp(name, "help")) {
		usage_builtins();
		return 0;
	}
	return -1;
}

/* NAME=VALUE alone on a command line sets an environment variable. */
static int assignment(struct cmd *c)
{
	char *eq;

	if (c->argc != 1 || c->nr || !(eq = strchr(c->argv[0], '=')) || eq == c->argv[0])
		return 0;
	*eq = 0;
	setenv(c->argv[0], eq + 1, 1);
	return 1;
}

/* The exit status a shell reports: the code, or 128 + the signal that killed it. */
static int report(int st, int last)
{
	if (WIFSIGNALED(st)) {
		int sig = WTERMSIG(st);

		if (last && sig != SIGINT && sig != SIGPIPE)
			fprintf(stderr, "%s\n", strsignal(sig));
		else if (last && sig == SIGINT)
			fprintf(stderr, "\n");
		return 128 + sig;
	}
	return WEXITSTATUS(st);
}

/* Forks one process per command, connected by pipes, then waits for all of them
 * (unless bg). The job gets its own process group, in the terminal's foreground. */
static int run_pipeline(struct cmd *cmds, int n, int bg)
{
	pid_t pids[MAXCMDS], pgid = 0;
	int i, in = -1, fds[2], st, result = 0;

	if (n == 1 && cmds[0].argc > 0 && cmds[0].nr == 0 && !bg) {
		if (assignment(&cmds[0]))
			return 0;
		if ((result = builtin(&cmds[0])) >= 0)
			return result;
	}
	fflush(stdout);
	mask_sigint(SIG_BLOCK);
	for (i = 0; i < n; i++) {
		if (i < n - 1 && pipe(fds) < 0) {
			perror("sh: pipe");
			break;
		}
		pids[i] = fork();
		if (pids[i] == 0) {
			if (interactive) {
				setpgid(0, pgid);
				if (!bg)
					tcsetpgrp(0, pgid ? pgid : getpid());
			}
			if (in >= 0) {
				dup2(in, 0);
				close(in);
			}
			if (i < n - 1) {
				close(fds[0]);
				dup2(fds[1], 1);
				close(fds[1]);
			}
			exec_child(&cmds[i]);
		}
		if (pids[i] < 0) {
			perror("sh: fork");
			break;
		}
		if (interactive) {
			if (!pgid)
				pgid = pids[i];
			setpgid(pids[i], pgid);     /* both sides: whichever runs first wins */
		}
		if (in >= 0)
			close(in);
		if (i < n - 1) {
			close(fds[1]);
			in = fds[0];
		}
	}
	if (in >= 0)
		close(in);
	if (bg) {
		mask_sigint(SIG_UNBLOCK);
		if (interactive)
			fprintf(stderr, "[%d]\n", pids[i - 1]);
		return 0;
	}
	if (interactive && pgid)
		tcsetpgrp(0, pgid);
	mask_sigint(SIG_UNBLOCK);
	if (sigint_seen && pgid) {     /* ^C typed before the job had the terminal */
		sigint_seen = 0;
		kill(-pgid, SIGINT);
	}
	for (n = i, i = 0; i < n; i++)
		if (waitpid(pids[i], &st, 0) == pids[i])
			result = report(st, i == n - 1);
	if (interactive)
		tcsetpgrp(0, getpgrp());
	return result;
}

/* Builds the commands of one pipeline from the tokens; returns how many, or -1. */
static int parse_pipeline(struct tok *t, struct cmd *cmds)
{
	int n = 0, i;
	struct cmd *c = &cmds[0];

	memset(c, 0, sizeof(*c));
	for (i = 0;; i++) {
		if (t[i].type == T_WORD) {
			if (c->argc == MAXARGS)
				goto err;
			c->argv[c->argc++] = t[i].text;
		} else if (t[i].type == T_REDIR) {
			if (t[i + 1].type != T_WORD || c->nr == MAXREDIR)
				goto err;
			c->r[c->nr].fd = t[i].fd;
			c->r[c->nr].op = t[i].text;
			c->r[c->nr++].arg = t[++i].text;
		} else if (t[i].type == T_PIPE) {
			if ((c->argc == 0 && c->nr == 0) || ++n == MAXCMDS)
				goto err;
			c = &cmds[n];
			memset(c, 0, sizeof(*c));
		} else {
			break;
		}
	}
	if (c->argc == 0 && c->nr == 0)
		goto err;
	return n + 1;
err:
	fprintf(stderr, "sh: syntax error near '%s'\n",
		t[i].type == T_WORD || t[i].type == T_REDIR ? t[i].text :
		t[i].type == T_PIPE ? "|" : t[i].type == T_END ? "end of line" :
		t[i].type == T_AND ? "&&" : t[i].type == T_OR ? "||" : t[i].type == T_BG ? "&" : ";");
	return -1;
}

/* Runs one line: pipelines joined by ; && || and &. Returns the last status. */
static int run_line(const char *line)
{
	static struct tok t[MAXTOK];
	static struct cmd cmds[MAXCMDS];
	int n, op = T_SEMI, end;

	while (*line) {
		n = sh_tokenize(&line, t, MAXTOK, status);
		if (n < 0)
			return status = 2;
		if (n == 0)
			break;
		n = parse_pipeline(t, cmds);
		if (n < 0)
			return status = 2;
		for (end = 0; t[end].type != T_END; end++)
			;
		end = end > 0 && t[end - 1].type >= T_AND && t[end - 1].type <= T_BG ?
		      t[end - 1].type : T_END;     /* what joins it to the next pipeline */
		if (op == T_SEMI || (op == T_AND && status == 0) || (op == T_OR && status != 0))
			status = run_pipeline(cmds, n, end == T_BG);
		op = end == T_BG || end == T_END ? T_SEMI : end;
	}
	return status;
}

/* Collects finished background jobs so they do not linger as zombies. */
static void reap(void)
{
	int st;
	pid_t pid;

	while ((pid = waitpid(-1, &st, WNOHANG)) > 0)
		if (interactive)
			fprintf(stderr, "[%d] done (%d)\n", pid, report(st, 0));
}

static void prompt(char *buf, int size)
{
	char cwd[256];

	if (!getcwd(cwd, sizeof(cwd)))
		strcpy(cwd, "?");
	snprintf(buf, size, "%s %c ", cwd, geteuid() == 0 ? '#' : '$');
}

static int usage(int code)
{
	fprintf(code ? stderr : stdout,
		"usage: sh [-i | FILE | -c COMMANDS]\n"
		"a small shell: pipes, redirections, ; && ||, $VAR, $?, history (arrow keys)\n");
	if (!code)
		usage_builtins();
	return code;
}

int main(int argc, char **argv)
{
	char line[LINE_MAX], pr[300];
	int n, fd;

	if (argc > 1 && !strcmp(argv[1], "--help"))
		return usage(0);
	if (argc > 1 && !strcmp(argv[1], "-c")) {
		if (argc < 3)
			return usage(2);
		strncpy(line, argv[2], sizeof(line) - 1);
		line[sizeof(line) - 1] = 0;
		return run_line(line);
	}
	if (argc == 2 && !strcmp(argv[1], "-i")) {
		interactive = 1;    /* a prompt even where isatty() cannot tell */
		argc = 1;
	}
	if (argc > 2)
		return usage(2);
	if (argc == 2) {
		fd = open(argv[1], O_RDONLY);
		if (fd < 0) {
			fprintf(stderr, "sh: %s: %s\n", argv[1], strerror(errno));
			return 127;
		}
		dup2(fd, 0);
		close(fd);
	}
	interactive |= argc == 1 && isatty(0) && isatty(2);
	if (interactive) {
		catch_sigint(1);            /* ^C is for the job: noted, never fatal */
		lineedit_interrupt_flag(&sigint_seen);
		signal(SIGQUIT, SIG_IGN);
		signal(SIGTSTP, SIG_IGN);
		signal(SIGTTOU, SIG_IGN);   /* so tcsetpgrp from the background works */
		setpgid(0, 0);
		tcsetpgrp(0, getpgrp());
	}
	for (;;) {
		if (interactive) {
			reap();
			prompt(pr, sizeof(pr));
		}
		if (interactive)
			catch_sigint(0);    /* ^C interrupts the read: the line is abandoned */
		n = lineedit_read(interactive ? pr : "", line, sizeof(line));
		if (interactive)
			catch_sigint(1);    /* one after Enter is left for the job */
		if (n < 0)
			break;
		if (interactive)
			lineedit_add_history(line);
		run_line(line);
	}
	if (interactive)
		printf("exit\n");
	return status;
}
