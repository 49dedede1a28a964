/* hello: the smallest user program; prints its arguments and powers off when asked. */
#include "sys.h"

int main(int argc, char **argv, char **envp)
{
	int i;

	puts1("hello from user space, pid ");
	putnum(sys0(__NR_getpid));
	puts1("\n");
	for (i = 0; i < argc; i++) {
		puts1("argv[");
		putnum(i);
		puts1("] = ");
		puts1(argv[i]);
		puts1("\n");
	}
	if (argc > 1 && argv[1][0] == 'o' && argv[1][1] == 'f' && argv[1][2] == 'f')
		power_off();
	return 0;
}
DEFINE_START(main)
