/* atexit handlers run in reverse order of registration when main returns (or exit is called),
 * and output they print is still flushed. */
#include <stdio.h>
#include <stdlib.h>

static void first(void) { printf("first registered, runs last\n"); }
static void second(void) { printf("second\n"); }
static void third(void) { printf("third registered, runs first\n"); }

static void leave(int code)
{
	printf("leaving with %d\n", code);
	exit(code);
}

int main(void)
{
	printf("atexit %d", atexit(first));
	printf(" %d", atexit(second));
	printf(" %d\n", atexit(third));
	printf("main body\n");
	leave(5);
	printf("not reached\n");
	return 0;
}
