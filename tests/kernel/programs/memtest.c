/*
 * memtest: anonymous mmap2, mprotect (a write to a read-only page kills
 * with SIGSEGV, error 7), munmap, brk growth, getrlimit and sysinfo.
 */
#include "sys.h"

#define PROT_READ	1
#define PROT_WRITE	2
#define MAP_PRIVATE	2
#define MAP_ANONYMOUS	0x20
#define RLIMIT_STACK	3

static void say(const char *what, long v)
{
	puts1("memtest: ");
	puts1(what);
	puts1(" ");
	putnum(v);
	puts1("\n");
}

int main(int argc, char **argv, char **envp)
{
	unsigned long lim[2], info[16];
	int status = 0;
	char *p = (char *)syscall6(__NR_mmap2, 0, 8192, PROT_READ | PROT_WRITE,
				   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long brk0, pid;

	p[0] = 'x';
	p[4096] = 'y';
	say("mmap2 pages hold", p[0] + p[4096]);
	say("mprotect read-only", sys3(__NR_mprotect, p, 4096, PROT_READ));
	say("read after mprotect", p[0]);
	pid = sys0(__NR_fork);
	if (pid == 0) {
		p[0] = 'z';		/* must fault */
		sys_exit_now(0);
	}
	sys3(__NR_wait4, pid, &status, 0);
	say("writer killed by signal", status & 0x7f);
	p[4096] = 'w';			/* the second page is still writable */
	say("second page writable", p[4096]);
	say("mprotect of a hole", sys3(__NR_mprotect, 0x1000, 4096, PROT_READ));
	say("munmap", sys2(__NR_munmap, p, 8192));
	brk0 = sys1(__NR_brk, 0);
	say("brk grows by 64k", sys1(__NR_brk, brk0 + 65536) - brk0);
	((char *)brk0)[65535] = 1;
	sys2(__NR_getrlimit, RLIMIT_STACK, lim);
	say("stack limit MiB", lim[0] >> 20);
	sys1(__NR_sysinfo, info);
	say("sysinfo mem_unit", info[13]);
	return 0;
}
DEFINE_START(main)
