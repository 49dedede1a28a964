/*
 * kernel/sys_info.c: sysinfo(2) and the resource limits a C library asks
 * about (getrlimit, ugetrlimit).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/errno.h>

#define RLIMIT_CPU	0
#define RLIMIT_STACK	3
#define RLIMIT_NPROC	6
#define RLIMIT_NOFILE	7
#define RLIM_NLIMITS	16
#define RLIM_INFINITY	(~0UL)

struct rlimit {
	unsigned long rlim_cur, rlim_max;
};

struct sysinfo {
	long uptime;
	unsigned long loads[3];
	unsigned long totalram, freeram, sharedram, bufferram, totalswap, freeswap;
	unsigned short procs, pad;
	unsigned long totalhigh, freehigh;
	unsigned int mem_unit;
	char _f[8];
};

/* the limits this kernel actually enforces, and "unlimited" for the rest */
static void get_limit(unsigned int resource, struct rlimit *r)
{
	r->rlim_cur = r->rlim_max = RLIM_INFINITY;
	if (resource == RLIMIT_STACK)
		r->rlim_cur = r->rlim_max = STACK_LIMIT;
	else if (resource == RLIMIT_NOFILE)
		r->rlim_cur = r->rlim_max = NR_OPEN_DEFAULT;
}

asmlinkage long sys_getrlimit(unsigned int resource, struct rlimit __user *rlim)
{
	struct rlimit r;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	get_limit(resource, &r);
	return copy_to_user(rlim, &r, sizeof(r)) ? -EFAULT : 0;
}

/* the old getrlimit (76) reports "unlimited" as 0x7fffffff */
asmlinkage long sys_old_getrlimit(unsigned int resource, struct rlimit __user *rlim)
{
	struct rlimit r;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	get_limit(resource, &r);
	r.rlim_cur = min(r.rlim_cur, 0x7fffffffUL);
	r.rlim_max = min(r.rlim_max, 0x7fffffffUL);
	return copy_to_user(rlim, &r, sizeof(r)) ? -EFAULT : 0;
}

asmlinkage long sys_sysinfo(struct sysinfo __user *info)
{
	struct sysinfo s;

	memset(&s, 0, sizeof(s));
	s.uptime = jiffies / HZ;
	s.totalram = totalram_pages;
	s.freeram = nr_free_pages_count;
	s.procs = nr_threads;
	s.mem_unit = PAGE_SIZE;
	return copy_to_user(info, &s, sizeof(s)) ? -EFAULT : 0;
}
