/* A weak reference to a function nobody defines resolves to address 0 in a static link (GNU ld
 * and ours alike), so the program can test for it; a weak definition here is used when nothing
 * stronger exists. */
#include <stdio.h>

extern void optional_hook(void) __attribute__((weak));
extern int optional_counter __attribute__((weak));

int __attribute__((weak)) tunable(void) { return 7; }

int main(void)
{
	if (optional_hook)
		optional_hook();
	else
		printf("optional_hook is absent\n");
	printf("optional_counter is %s\n", &optional_counter ? "present" : "absent");
	printf("tunable %d\n", tunable());
	return tunable();
}
