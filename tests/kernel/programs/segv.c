/* segv: write through a NULL pointer; the kernel must kill only this process. */
#include "sys.h"

int main(int argc, char **argv, char **envp)
{
	volatile int *p = (int *)0;

	puts1("segv: about to write to address 0\n");
	*p = 42;
	puts1("segv: still alive?!\n");
	return 0;
}
DEFINE_START(main)
