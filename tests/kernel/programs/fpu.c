/*
 * fpu: two processes sum long x87 series at the same time, so the timer
 * preempts each one in the middle with values live on the FPU stack; the
 * sums must come out exactly as when one process runs alone (and as on
 * the host Linux).
 */
#include "sys.h"

static double series(long n, double sign)
{
	double sum = 0, s = 1;
	long i;

	for (i = 1; i <= n; i++) {
		sum += s / (double)i;
		s *= sign;
	}
	return sum;
}

static void report(const char *who, double v)
{
	long whole = (long)v, frac = (long)((v - whole) * 1e9);

	puts1("fpu: ");
	puts1(who);
	puts1(" ");
	putnum(whole);
	puts1(".");
	putnum(frac);
	puts1("\n");
}

int main(int argc, char **argv, char **envp)
{
	int status;
	double sum;
	long pid = sys0(__NR_fork);

	if (pid == 0) {
		report("harmonic", series(3000000, 1.0));
		sys_exit_now(0);
	}
	sum = series(3000000, -1.0);
	sys3(__NR_wait4, pid, &status, 0);	/* the child's line first, always */
	report("alternating", sum);
	return 0;
}
DEFINE_START(main)
