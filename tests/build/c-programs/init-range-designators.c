/* GNU range designators [first ... last] = value, as the kernel uses them for tables (the
 * syscall table starts as [0 ... NR-1] = &sys_ni_syscall), and later designators overriding
 * what a range or an earlier designator set: in static data and on the stack, for numbers,
 * pointers and whole structs (a braced list re-initializes the struct: unnamed members are 0). */
#include <stdio.h>

#define NR 12

static long sys_ni(void) { return -38; }
static long sys_one(void) { return 1; }
static long sys_five(void) { return 5; }

typedef long (*call_t)(void);

static const call_t table[NR] = {
	[0 ... NR - 1] = sys_ni,
	[1] = sys_one,
	[5] = sys_five,
	[8 ... 9] = sys_one,
	[10] = 0,
};

static const unsigned char classes[32] = {
	[0 ... 31] = 1,
	[10 ... 13] = 2,
	[20] = 3,
	[4] = 7, [4] = 4,
};

struct pair { short a, b; };
static struct pair pairs[6] = { [0 ... 5] = { 9, 8 }, [2] = { .b = 1 }, [4].a = 6 };

static void show_pairs(const char *tag, const struct pair *p)
{
	int i;
	printf("%s:", tag);
	for (i = 0; i < 6; i++)
		printf(" %d/%d", p[i].a, p[i].b);
	printf("\n");
}

int main(void)
{
	unsigned char local[16] = { [0 ... 15] = 5, [3 ... 6] = 2, [9] = 1, [9] = 8 };
	struct pair lpairs[6] = { [0 ... 5] = { 9, 8 }, [2] = { .b = 1 }, [4].a = 6 };
	int i;
	long sum = 0;

	for (i = 0; i < NR; i++) {
		long r = table[i] ? table[i]() : 0;
		sum += r;
		printf("%d:%ld ", i, r);
	}
	printf("\nsum %ld\n", sum);
	for (i = 0; i < 32; i++)
		printf("%d", classes[i]);
	printf("\n");
	for (i = 0; i < 16; i++)
		printf("%d", local[i]);
	printf("\n");
	show_pairs("static", pairs);
	show_pairs("local", lpairs);
	return (int)(sum & 0x7f);
}
