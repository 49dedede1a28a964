/* Building a formatted table in one buffer: each sprintf returns how much it wrote, which
 * moves the cursor; columns line up from field widths. */
#include <stdio.h>
#include <string.h>

struct proc { int pid; const char *name; char state; unsigned long vsz; };

int main(void)
{
	struct proc ps[] = {
		{ 1, "init", 'S', 1204 }, { 7, "sh", 'R', 2048 }, { 42, "mykernelprint", 'R', 880 },
		{ 1234, "dmesg", 'Z', 0 },
	};
	char out[512];
	char *p = out;
	int i;

	p += sprintf(p, "%5s %-14s %c %8s\n", "PID", "COMMAND", 'S', "VSZ");
	for (i = 0; i < 4; i++)
		p += sprintf(p, "%5d %-14.14s %c %8lu\n", ps[i].pid, ps[i].name, ps[i].state, ps[i].vsz);
	p += sprintf(p, "%d processes\n", i);
	fputs(out, stdout);
	printf("bytes %d, strlen %d\n", (int)(p - out), (int)strlen(out));
	return (int)(p - out) & 0x7f;
}
