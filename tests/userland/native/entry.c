/* Both ways into the kernel: the vsyscall entry crt0 took from AT_SYSINFO (when the
 * kernel offers one) and plain int $0x80. Built against our libc only. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern void *__vsyscall;    /* usr/lib/syscall.S */

/* Our own int $0x80 entry, to force the classic path. */
__asm__(".text\nint80_entry:\n\tint $0x80\n\tret\n");
void int80_entry(void);

/* Is p inside the [vdso] mapping of this process? */
static int in_vdso(void *p)
{
	char line[256], *end;
	unsigned long lo, hi, a = (unsigned long)p;
	FILE *f = fopen("/proc/self/maps", "r");
	int found = 0;

	while (f && fgets(line, sizeof(line), f)) {
		if (!strstr(line, "[vdso]"))
			continue;
		lo = strtoul(line, &end, 16);
		hi = strtoul(end + 1, 0, 16);
		found |= a >= lo && a < hi;
	}
	if (f)
		fclose(f);
	return found;
}

int main(void)
{
	pid_t pid = getpid();

	printf("vsyscall in vdso: %d\n", in_vdso(__vsyscall));
	fflush(stdout);
	__vsyscall = (void *)int80_entry;
	printf("int80: getpid %d\n", getpid() == pid);
	return 0;
}
