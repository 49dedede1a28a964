/*
 * spin: a child spins forever in user mode; the parent must still get the
 * CPU (the timer preempts the spinner), then kills it.
 */
#include "sys.h"

int main(int argc, char **argv, char **envp)
{
	long ts[2] = { 0, 300000000 };	/* 300 ms */
	int status = 0, i;
	long pid = sys0(__NR_fork);

	if (pid == 0)
		for (;;)
			;
	for (i = 0; i < 3; i++) {
		sys2(__NR_nanosleep, ts, 0);
		puts1("spin: parent still runs\n");
	}
	sys2(__NR_kill, pid, 9);
	sys3(__NR_wait4, pid, &status, 0);
	puts1("spin: child ended by signal ");
	putnum(status & 0x7f);
	puts1("\n");
	return 0;
}
DEFINE_START(main)
