/* true - do nothing, successfully. */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--help"))
		printf("usage: true\nexit with status 0 (success)\n");
	return 0;
}
