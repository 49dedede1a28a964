/*
 * kernel/trace/trace_syscalls.c: syscall entry and exit events.
 *
 * Switched on by the boot parameter syscall_trace= or by writing to
 * /proc/syscall_trace (Documentation/syscall-trace.txt). Any traced number
 * sets TIF_SYSCALL_TRACEPOINT on every task, which sends system_call
 * (entry_32.S) through syscall_trace_enter() and syscall_trace_leave();
 * those log, to the kernel log, each call whose bit is set:
 *
 *	mykernelprint-42 sys_MyPrintK(bffffe8c, 0, 0, 0, 0, 0)
 *	mykernelprint-42 sys_MyPrintK -> 0x0
 *
 * As in 2.6.33, the metadata and the enable bits are arrays sized by
 * NR_syscalls, not by the real size of sys_call_table.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/init.h>
#include <linux/unistd.h>
#include <linux/kallsyms.h>
#include <trace/syscall.h>

#define BITS_PER_LONG	32
#define BITMAP_LONGS(n)	(((n) + BITS_PER_LONG - 1) / BITS_PER_LONG)

extern const unsigned long sys_call_table[];
extern const char nr_syscalls[];	/* entry_32.S: an absolute symbol, the table's size */

static struct syscall_metadata *syscalls_metadata;
static unsigned long enabled_enter_syscalls[BITMAP_LONGS(NR_syscalls)];
static char boot_spec[128];

static int test_nr(int nr)
{
	return (enabled_enter_syscalls[nr / BITS_PER_LONG] >> (nr % BITS_PER_LONG)) & 1;
}

static void set_nr(int nr, int on)
{
	if (on)
		enabled_enter_syscalls[nr / BITS_PER_LONG] |= 1UL << (nr % BITS_PER_LONG);
	else
		enabled_enter_syscalls[nr / BITS_PER_LONG] &= ~(1UL << (nr % BITS_PER_LONG));
}

/* set or clear TIF_SYSCALL_TRACEPOINT everywhere, depending on any bit being set */
static void update_tracepoint_flags(void)
{
	struct task_struct *p;
	unsigned int i;
	int any = 0;

	for (i = 0; i < ARRAY_SIZE(enabled_enter_syscalls); i++)
		any |= enabled_enter_syscalls[i] != 0;
	if (any)
		set_ti_thread_flag(init_task.stack, TIF_SYSCALL_TRACEPOINT);
	else
		clear_ti_thread_flag(init_task.stack, TIF_SYSCALL_TRACEPOINT);
	for_each_process(p) {
		if (any)
			set_ti_thread_flag(p->stack, TIF_SYSCALL_TRACEPOINT);
		else
			clear_ti_thread_flag(p->stack, TIF_SYSCALL_TRACEPOINT);
	}
}

/*
 * syscall_trace_parse - "all" (or "1"), "off" (or "0"), or a list of
 * syscall numbers separated by commas or spaces. Returns 0 or -EINVAL.
 */
int syscall_trace_parse(const char *spec)
{
	unsigned long nr;
	char *end;
	int i;

	while (*spec == ' ')
		spec++;
	if (!strncmp(spec, "all", 3) || (spec[0] == '1' && (spec[1] < '0' || spec[1] > '9'))) {
		for (i = 0; i < NR_syscalls; i++)
			set_nr(i, 1);
	} else if (!strncmp(spec, "off", 3) || (spec[0] == '0' && (spec[1] < '0' || spec[1] > '9'))) {
		memset(enabled_enter_syscalls, 0, sizeof(enabled_enter_syscalls));
	} else {
		while (*spec >= '0' && *spec <= '9') {
			nr = simple_strtoul(spec, &end, 10);
			if (nr >= NR_syscalls)
				printk(KERN_INFO "syscall_trace: %lu is not below NR_syscalls (%d): "
				       "it has no metadata slot and cannot be traced\n", nr, NR_syscalls);
			else
				set_nr(nr, 1);
			spec = end;
			while (*spec == ',' || *spec == ' ')
				spec++;
		}
		if (*spec && *spec != '\n')
			return -EINVAL;
	}
	update_tracepoint_flags();
	return 0;
}

/* syscall_trace_show - the enabled numbers as text, for /proc/syscall_trace */
int syscall_trace_show(char *buf, int size)
{
	int nr, len = 0, count = 0;

	for (nr = 0; nr < NR_syscalls; nr++)
		count += test_nr(nr);
	if (count == NR_syscalls)
		return snprintf(buf, size, "all\n");
	for (nr = 0; nr < NR_syscalls && len < size - 8; nr++)
		if (test_nr(nr))
			len += snprintf(buf + len, size - len, "%s%d", len ? "," : "", nr);
	len += snprintf(buf + len, size - len, "%s\n", len ? "" : "off");
	return len;
}

static const char *syscall_name(int nr)
{
	return syscalls_metadata && syscalls_metadata[nr].name ? syscalls_metadata[nr].name : NULL;
}

asmlinkage long syscall_trace_enter(struct pt_regs *regs)
{
	long nr = regs->orig_ax;
	const char *name;

	if (nr < 0 || nr >= NR_syscalls || !test_nr(nr))
		return nr;
	name = syscall_name(nr);
	if (name)
		printk(KERN_INFO "%s-%d %s(%lx, %lx, %lx, %lx, %lx, %lx)\n", current->comm,
		       current->pid, name, regs->bx, regs->cx, regs->dx, regs->si, regs->di,
		       regs->bp);
	else
		printk(KERN_INFO "%s-%d syscall %ld(%lx, %lx, %lx, %lx, %lx, %lx)\n",
		       current->comm, current->pid, nr, regs->bx, regs->cx, regs->dx, regs->si,
		       regs->di, regs->bp);
	return nr;
}

asmlinkage void syscall_trace_leave(struct pt_regs *regs)
{
	long nr = regs->orig_ax;
	const char *name;

	if (nr < 0 || nr >= NR_syscalls || !test_nr(nr))
		return;
	name = syscall_name(nr);
	if (name)
		printk(KERN_INFO "%s-%d %s -> 0x%lx\n", current->comm, current->pid, name, regs->ax);
	else
		printk(KERN_INFO "%s-%d syscall %ld -> 0x%lx\n", current->comm, current->pid, nr,
		       regs->ax);
}

/*
 * init_ftrace_syscalls - name every slot from the symbol its table entry
 * points at (as 2.6.33 finds each syscall's metadata by its address), then
 * apply the boot parameter. Slots past the end of the table (NR_syscalls
 * bumped, entry forgotten) stay nameless.
 */
void __init init_ftrace_syscalls(void)
{
	int i;

	syscalls_metadata = kzalloc(NR_syscalls * sizeof(*syscalls_metadata), GFP_KERNEL);
	if (!syscalls_metadata)
		return;
	for (i = 0; i < NR_syscalls; i++) {
		syscalls_metadata[i].nr = i;
		if (i < (int)(unsigned long)nr_syscalls && kernel_text_address(sys_call_table[i]))
			syscalls_metadata[i].name = kallsyms_lookup(sys_call_table[i], NULL, NULL);
	}
	if (boot_spec[0] && syscall_trace_parse(boot_spec) == 0)
		printk(KERN_INFO "syscall_trace: tracing %s\n", boot_spec);
}

static int __init syscall_trace_setup(char *str)
{
	strlcpy(boot_spec, str, sizeof(boot_spec));
	return 1;
}
__setup("syscall_trace=", syscall_trace_setup);
