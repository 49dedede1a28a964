/*
 * fuzz: random system calls with random arguments, in children that the
 * parent kills after a while; the kernel must neither Oops nor die.
 * Usage: fuzz [rounds] [calls per round] [seed]
 */
#include "sys.h"

static unsigned long seed = 12345;
static char scratch[8192];

static unsigned long rnd(void)
{
	seed = seed * 1103515245 + 12345;
	return seed >> 8;
}

static long parse(const char *s, long dflt)
{
	long v = 0;

	if (!s)
		return dflt;
	while (*s >= '0' && *s <= '9')
		v = v * 10 + *s++ - '0';
	return v;
}

/* an argument: small numbers, fds, good and bad pointers, edge values */
static long arg(void)
{
	switch (rnd() % 10) {
	case 0: return 0;
	case 1: return rnd() % 64;
	case 2: return (long)(scratch + rnd() % 4096);
	case 3: return -1;
	case 4: return 0xc0000000 + (rnd() % 0x100000);	/* kernel memory */
	case 5: return 0xbffff000 + rnd() % 0x2000;	/* around the stack top */
	case 6: return 0x7fffffff;
	case 7: return (long)"/proc/1/stat";
	case 8: return rnd();
	default: return (long)scratch;
	}
}

/* calls that would end or freeze the child or multiply it, or stop the machine */
static int skipped(long nr)
{
	return nr == __NR_exit || nr == __NR_exit_group || nr == __NR_reboot || nr == __NR_fork ||
	       nr == __NR_vfork || nr == __NR_clone || nr == __NR_pause || nr == __NR_kill ||
	       nr == __NR_rt_sigsuspend || nr == __NR_sigsuspend || nr == __NR_nanosleep ||
	       nr == __NR_execve || nr == __NR_tkill || nr == __NR_tgkill ||
	       nr == __NR_sigreturn || nr == __NR_rt_sigreturn;
}

static void fuzz_child(long calls)
{
	long i, nr;

	sys1(__NR_close, 0);		/* no blocking reads from the terminal */
	for (i = 0; i < calls; i++) {
		nr = rnd() % 345;
		if (skipped(nr))
			continue;
		syscall6(nr, arg(), arg(), arg(), arg(), arg(), arg());
	}
	sys_exit_now(0);
}

int main(int argc, char **argv, char **envp)
{
	long rounds = parse(argc > 1 ? argv[1] : 0, 20), calls = parse(argc > 2 ? argv[2] : 0, 2000);
	long ts[2] = { 0, 200000000 }, r, pid;
	int status, done = 0;

	seed = parse(argc > 3 ? argv[3] : 0, 12345);
	for (r = 0; r < rounds; r++) {
		seed += r * 7919;
		pid = sys0(__NR_fork);
		if (pid == 0)
			fuzz_child(calls);
		sys2(__NR_nanosleep, ts, 0);
		sys2(__NR_kill, pid, 9);
		while (sys3(__NR_wait4, -1, &status, 1) > 0)	/* reap it and its leftovers */
			;
		done++;
	}
	while (sys3(__NR_wait4, -1, &status, 0) > 0)
		;
	puts1("fuzz: ");
	putnum(done);
	puts1(" rounds, the machine is alive\n");
	return 0;
}
DEFINE_START(main)
