/*
 * init/main.c: where the kernel starts, and where user space starts.
 *
 * head_32.S calls start_kernel() with paging on and interrupts off. It
 * brings the subsystems up in Linux's order, then rest_init() starts pid 1
 * (kernel_init) and turns the boot thread into the idle task. kernel_init
 * unpacks the initramfs, opens /dev/console as fds 0, 1, 2 and executes the
 * first program: rdinit= (default /init) if it exists, else init=, else the
 * usual suspects, /sbin/init first.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/tty.h>
#include <linux/time.h>
#include <linux/utsname.h>
#include <linux/syscalls.h>
#include <linux/kallsyms.h>
#include <trace/syscall.h>
#include <asm/setup.h>
#include <asm/desc.h>
#include <asm/system.h>

#define MAX_INIT_ARGS	32	/* CONFIG_INIT_ENV_ARG_LIMIT */
#define MAX_INIT_ENVS	32

extern const struct obs_kernel_param __setup_start[], __setup_end[];
void serial8250_console_init(void);
void serial8250_init(void);
void populate_rootfs(void);
void mem_init(void);

const char linux_banner[] = "Linux version 2.6.33-lab (Syscall Lab) #1\n";

static char *ramdisk_execute_command = "/init";
static char *execute_command;
static char *argv_init[MAX_INIT_ARGS + 2] = { "init", NULL, };
static char *envp_init[MAX_INIT_ENVS + 2] = { "HOME=/", "TERM=linux", NULL, };
static char cmdline_copy[512];

static int __init init_setup(char *str)
{
	execute_command = str;
	return 1;
}
__setup("init=", init_setup);

static int __init rdinit_setup(char *str)
{
	ramdisk_execute_command = str;
	return 1;
}
__setup("rdinit=", rdinit_setup);

/* one "name=value" or "name": a __setup() handler, or an argument for init */
static void __init do_param(char *param)
{
	const struct obs_kernel_param *p;
	int i, n;

	for (p = __setup_start; p < __setup_end; p++) {
		n = strlen(p->str);
		if (!strncmp(param, p->str, n) && (p->str[n - 1] == '=' || !param[n])) {
			p->setup_func(param + n);
			return;
		}
	}
	if (strchr(param, '=')) {		/* unknown name=value: environment for init */
		for (i = 0; envp_init[i]; i++)
			;
		if (i < MAX_INIT_ENVS)
			envp_init[i] = param;
	} else {
		for (i = 0; argv_init[i]; i++)
			;
		if (i < MAX_INIT_ARGS)
			argv_init[i] = param;
	}
}

/* parse_args - split the command line at spaces and hand out each word */
static void __init parse_args(void)
{
	char *p = cmdline_copy, *word;

	strlcpy(cmdline_copy, boot_command_line, sizeof(cmdline_copy));
	while (*p) {
		while (*p == ' ')
			*p++ = '\0';
		if (!*p)
			break;
		word = p;
		while (*p && *p != ' ')
			p++;
		if (*p)
			*p++ = '\0';
		do_param(word);
	}
}

static void run_init_process(char *init_filename)
{
	argv_init[0] = init_filename;
	kernel_execve(init_filename, argv_init, envp_init);
}

/* the first process: it becomes /sbin/init (or whatever was asked for) */
static int kernel_init(void *unused)
{
	struct file *console;

	current->session = current->pgrp = current->pid;
	set_task_comm(current, "init");
	populate_rootfs();
	proc_root_init();
	kallsyms_init();
	init_ftrace_syscalls();

	console = filp_open("/dev/console", O_RDWR, 0);
	if (IS_ERR(console))
		printk(KERN_WARNING "Warning: unable to open an initial console.\n");
	else {
		fd_install(0, console);
		do_dup(fget(0), 0, 0);
		do_dup(fget(0), 0, 0);
	}

	if (ramdisk_execute_command) {
		run_init_process(ramdisk_execute_command);
		if (strcmp(ramdisk_execute_command, "/init"))
			printk(KERN_WARNING "Failed to execute %s\n", ramdisk_execute_command);
	}
	if (execute_command) {
		run_init_process(execute_command);
		printk(KERN_WARNING "Failed to execute %s.  Attempting defaults...\n",
		       execute_command);
	}
	run_init_process("/sbin/init");
	run_init_process("/etc/init");
	run_init_process("/bin/init");
	run_init_process("/bin/sh");
	panic("No init found.  Try passing init= option to kernel.");
}

static void rest_init(void)
{
	kernel_thread(kernel_init, NULL, CLONE_FS | CLONE_SIGHAND);
	schedule();
	cpu_idle();
}

asmlinkage void __init start_kernel(void)
{
	printk(KERN_NOTICE "%s", linux_banner);
	cpu_init();
	setup_arch();
	printk(KERN_NOTICE "Kernel command line: %s\n", boot_command_line);
	parse_args();
	serial8250_console_init();
	trap_init();
	init_IRQ();
	sched_init();
	timekeeping_init();
	time_init();
	mem_init();
	sysenter_setup();
	vfs_caches_init();
	tty_init();
	serial8250_init();
	local_irq_enable();
	rest_init();
}
