/*
 * busyloop: spins in user mode forever and never makes a system call, so
 * only the timer tick can take the CPU back from it. The shell session runs
 * it in the background, checks the shell still answers, then kills it.
 */
#include "sys.h"

int main(int argc, char **argv, char **envp)
{
	volatile unsigned long n = 0;

	for (;;)
		n++;
	return 0;
}
DEFINE_START(main)
