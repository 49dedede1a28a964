/*
 * signals: a handler installed with rt_sigaction runs, returns through the
 * vsyscall page's sigreturn trampoline, and the interrupted code goes on;
 * a pipe carries data between a parent and a child; sysenter via
 * AT_SYSINFO gives the same answer as int $0x80.
 */
#include "sys.h"

#define AT_SYSINFO	32
#define AT_PAGESZ	6
#define SIGUSR1		10

static volatile int got;

static void handler(int sig)
{
	got = sig;
}

/* a handler that wipes the FPU: the kernel must give the interrupted code its FPU back */
static void fpu_wiper(int sig)
{
	asm volatile("fninit");
}

static void check_fpu_across_signal(void)
{
	long act[4] = { (long)fpu_wiper, 0, 0, 0 };
	double pi;

	sys4(__NR_rt_sigaction, 12, act, 0, 8);		/* SIGUSR2 */
	asm volatile("fldpi");
	sys2(__NR_kill, sys0(__NR_getpid), 12);
	asm volatile("fstpl %0" : "=m" (pi));
	puts1(pi > 3.14159 && pi < 3.1416 ? "signals: FPU kept across a handler\n" :
	      "signals: FPU LOST across a handler\n");
}

static unsigned long auxv_get(char **envp, unsigned long key)
{
	unsigned long *a;

	while (*envp)
		envp++;
	for (a = (unsigned long *)(envp + 1); a[0]; a += 2)
		if (a[0] == key)
			return a[1];
	return 0;
}

static long vsyscall0(unsigned long entry, long nr)
{
	long ret;

	asm volatile("call *%2" : "=a" (ret) : "0" (nr), "r" (entry) : "memory", "ecx", "edx");
	return ret;
}

int main(int argc, char **argv, char **envp)
{
	long act[4] = { (long)handler, 0, 0, 0 };	/* handler, flags, restorer, mask */
	unsigned long sysinfo = auxv_get(envp, AT_SYSINFO);
	int fds[2], status;
	char buf[16];
	long n;

	sys4(__NR_rt_sigaction, SIGUSR1, act, 0, 8);
	sys2(__NR_kill, sys0(__NR_getpid), SIGUSR1);
	puts1(got == SIGUSR1 ? "signals: handler ran\n" : "signals: handler did NOT run\n");

	check_fpu_across_signal();
	puts1("signals: AT_PAGESZ ");
	putnum(auxv_get(envp, AT_PAGESZ));
	puts1("\n");
	if (sysinfo && vsyscall0(sysinfo, __NR_getpid) == sys0(__NR_getpid))
		puts1("signals: __kernel_vsyscall getpid ok\n");

	sys1(__NR_pipe, fds);
	if (sys0(__NR_fork) == 0) {
		sys3(__NR_write, fds[1], "through a pipe", 14);
		sys_exit_now(7);
	}
	sys1(__NR_close, fds[1]);
	n = sys3(__NR_read, fds[0], buf, sizeof(buf) - 1);
	buf[n > 0 ? n : 0] = 0;
	puts1("signals: read '");
	puts1(buf);
	puts1("'\n");
	n = sys3(__NR_read, fds[0], buf, sizeof(buf));
	puts1(n == 0 ? "signals: pipe EOF\n" : "signals: no EOF\n");
	sys3(__NR_wait4, -1, &status, 0);
	puts1("signals: child status ");
	putnum((status >> 8) & 0xff);
	puts1("\n");
	return 0;
}
DEFINE_START(main)
