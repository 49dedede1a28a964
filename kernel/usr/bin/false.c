/* false - do nothing, unsuccessfully. */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--help"))
		printf("usage: false\nexit with status 1 (failure)\n");
	return 1;
}
