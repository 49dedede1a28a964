/* Processes: fork, exec, wait, pipes, dup2, the environment across exec. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <sys/wait.h>
#include "check.h"

static int wait_code(pid_t pid)
{
	int st;

	if (waitpid(pid, &st, 0) != pid)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1000 + WTERMSIG(st);
}

/* Runs argv with stdout captured through a pipe; returns what it printed. */
static char *capture(char *const argv[], char *const envp[], int *code)
{
	static char out[256];
	int fds[2], n, total = 0;
	pid_t pid;

	pipe(fds);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], 1);
		close(fds[1]);
		if (envp)
			execve(argv[0], argv, envp);
		else
			execvp(argv[0], argv);
		_exit(127);
	}
	close(fds[1]);
	while ((n = read(fds[0], out + total, sizeof(out) - 1 - total)) > 0)
		total += n;
	out[total] = 0;
	close(fds[0]);
	*code = wait_code(pid);
	strtok(out, "\n");    /* drop the newline */
	return out;
}

int main(void)
{
	char *echo[] = { "/bin/echo", "from", "exec", 0 };
	char *sh_exit[] = { "/bin/sh", "-c", "exit 3", 0 };
	char *sh_env[] = { "/bin/sh", "-c", "echo $SUITE_X", 0 };
	char *env[] = { "SUITE_X=passed", 0 };
	char *pathless[] = { "echo", "via", "PATH", 0 };
	char *missing[] = { "/no/such/program", 0 };
	char buf[64];
	int fds[2], code, i, n, st;
	pid_t pid, parent = getpid();

	fflush(stdout);
	pid = fork();
	if (pid == 0)
		_exit(getppid() == parent ? 7 : 8);
	CASE("fork + exit code", "%d", wait_code(pid));
	CASE("fork returns child pid", "%d", pid > 0 && pid != parent);

	for (i = 0; i < 5; i++) {
		pid = fork();
		if (pid == 0)
			_exit(i);
	}
	for (i = 0, n = 0; i < 5; i++) {
		pid = wait(&st);
		n += WEXITSTATUS(st);
	}
	CASE("wait for five", "%d", n);
	FAILS("wait with no children", wait(&st), ECHILD);
	pid = fork();
	if (pid == 0) {
		sleep(1);
		_exit(0);
	}
	CASE("WNOHANG", "%d", waitpid(pid, &st, WNOHANG));
	CASE("then blocking", "%d", wait_code(pid));

	CASE("execve echo", "[%s]", capture(echo, 0, &code));
	CASE("execve echo code", "%d", code);
	capture(sh_exit, 0, &code);
	CASE("exit status through exec", "%d", code);
	CASE("execve envp", "[%s]", capture(sh_env, env, &code));
	CASE("execvp PATH", "[%s]", capture(pathless, 0, &code));
	capture(missing, 0, &code);
	CASE("exec missing", "%d", code);
	FAILS("execve error", execve("/no/such", missing, env), ENOENT);

	pipe(fds);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		write(fds[1], "through the pipe", 16);
		_exit(0);
	}
	close(fds[1]);
	n = 0;
	while ((i = read(fds[0], buf + n, sizeof(buf) - 1 - n)) > 0)
		n += i;
	buf[n] = 0;
	CASE("pipe parent<-child", "[%s] eof=%d", buf, i == 0);
	close(fds[0]);
	wait_code(pid);

	pipe(fds);
	n = dup(fds[1]);
	CASE("dup lowest free", "%d", n > fds[1]);
	close(n);
	CASE("dup2", "%d", dup2(fds[1], 20));
	write(20, "x", 1);
	close(20);
	close(fds[1]);
	CASE("read via dup2", "%d", (int)read(fds[0], buf, 10));
	CASE("read at eof", "%d", (int)read(fds[0], buf, 10));
	close(fds[0]);
	FAILS("close bad fd", close(99), EBADF);
	CASE("getpid stable", "%d", getpid() == parent);
	return 0;
}
