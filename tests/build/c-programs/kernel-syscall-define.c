/* Generating syscall functions and their table with macros, in the spirit of SYSCALL_DEFINEn:
 * token pasting builds the names, stringizing the table of names, __VA_ARGS__ the parameters. */
#include <stdio.h>

#define __NR_getzero 0
#define __NR_add 1
#define __NR_scale 2
#define NR_syscalls 3

#define SYSCALL_DEFINE(n, name, ...) long sys_##name(__VA_ARGS__); \
	static const char sys_name_##name[] = "sys_" #name; \
	long sys_##name(__VA_ARGS__)

SYSCALL_DEFINE(0, getzero, void) { return 0; }
SYSCALL_DEFINE(2, add, long a, long b) { return a + b; }
SYSCALL_DEFINE(3, scale, long a, long num, long den) { return den ? a * num / den : -22; }

typedef long (*syscall_fn)(long, long, long);

#define ENTRY(name) [__NR_##name] = (syscall_fn)sys_##name
static const syscall_fn sys_call_table[NR_syscalls] = { ENTRY(getzero), ENTRY(add), ENTRY(scale) };
static const char *const names[NR_syscalls] = { sys_name_getzero, sys_name_add, sys_name_scale };

static long dispatch(unsigned long nr, long a, long b, long c)
{
	if (nr >= NR_syscalls)
		return -38;     /* -ENOSYS */
	return sys_call_table[nr](a, b, c);
}

int main(void)
{
	unsigned long nr;
	for (nr = 0; nr <= NR_syscalls; nr++)
		printf("%lu %-12s -> %ld\n", nr, nr < NR_syscalls ? names[nr] : "(none)",
		       dispatch(nr, 6, 7, 2));
	printf("scale by zero %ld\n", dispatch(__NR_scale, 1, 1, 0));
	return (int)dispatch(__NR_add, 40, 2, 0);
}
