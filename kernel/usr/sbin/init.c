/* init - the first program the kernel runs (process 1).
 *
 * It connects standard input, output and error to the console, starts the shell,
 * and then waits. Every process whose parent exits is handed to process 1, so init
 * also collects ("reaps") those orphans when they end; otherwise they would stay as
 * zombies. When the shell exits, init switches the machine off. init itself must
 * never exit: the kernel would panic.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <sys/reboot.h>
#include <sys/syscall.h>

static char *shell_argv[] = { "sh", "-i", 0 };     /* -i: interactive, whatever isatty says */
static char *shell_env[] = { "PATH=/bin:/sbin", "HOME=/root", "TERM=vt100", "PWD=/root", 0 };

/* fds 0, 1 and 2 on /dev/console, unless the kernel already opened them. */
static void console(void)
{
	int fd;

	if (fcntl(0, F_GETFD) >= 0)
		return;
	fd = open("/dev/console", O_RDWR);
	if (fd < 0)
		return;         /* nowhere to write even the error */
	dup2(fd, 0);
	dup2(fd, 1);
	dup2(fd, 2);
	if (fd > 2)
		close(fd);
}

static pid_t start_shell(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		setsid();                   /* a new session whose controlling tty... */
		ioctl(0, TIOCSCTTY, 0);     /* ...is the console: ^C reaches the shell's jobs */
		chdir("/root");
		execve("/bin/sh", shell_argv, shell_env);
		perror("init: /bin/sh");
		_exit(127);
	}
	if (pid < 0)
		perror("init: fork");
	return pid;
}

int main(int argc, char **argv)
{
	pid_t shell, pid;
	int st;

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		printf("usage: init\nthe first process: starts /bin/sh on the console, reaps orphans,\n"
		       "powers off when the shell exits (the kernel runs it as process 1)\n");
		return 0;
	}
	if (getpid() != 1) {
		fprintf(stderr, "init: must be run by the kernel as process 1\n");
		return 1;
	}
	console();
	/* /proc is where ps looks; a kernel without it just says no. */
	syscall(__NR_mount, "proc", "/proc", "proc", 0, 0);
	shell = start_shell();
	while (shell > 0) {
		pid = wait(&st);
		if (pid == shell)
			break;
		if (pid < 0)        /* no children at all: nothing left to wait for */
			break;
	}
	if (shell > 0 && WIFSIGNALED(st))
		fprintf(stderr, "init: the shell was killed by signal %d\n", WTERMSIG(st));
	printf("init: the shell has exited, powering off\n");
	fflush(stdout);
	sync();
	reboot(RB_POWER_OFF);
	perror("init: reboot");
	for (;;)
		pause();            /* never exit: the kernel cannot live without process 1 */
}
