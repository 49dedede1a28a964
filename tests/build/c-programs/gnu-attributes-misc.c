/* GNU attributes the kernel leans on: section placement (__attribute__((section))), unused and
 * noinline functions, aligned objects, and a noreturn function reached through a pointer check. */
#include <stdio.h>
#include <stdlib.h>

#define __section(s) __attribute__((section(s)))
#define __aligned(n) __attribute__((aligned(n)))
#define __maybe_unused __attribute__((unused))
#define noinline __attribute__((noinline))

static int init_value __section(".data.custom") = 41;
static int table[4] __section(".data.custom") = { 1, 2, 3, 4 };
static char buffer[10] __aligned(64);
static int __maybe_unused spare(void) { return 0; }

static noinline int add_one(int x) { return x + 1; }

static void fail(const char *why) __attribute__((noreturn));
static void fail(const char *why)
{
	printf("fatal: %s\n", why);
	exit(3);
}

int main(void)
{
	printf("%d %d\n", add_one(init_value), table[3]);
	printf("buffer aligned to 64: %d\n", (int)((unsigned long)buffer % 64 == 0));
	buffer[0] = 'x';
	if (table[0] + table[1] != 3)
		fail("arithmetic");
	printf("%c\n", buffer[0]);
	fail("done on purpose");
}
