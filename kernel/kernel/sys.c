/*
 * kernel/sys.c: identity, process groups, uname, reboot.
 *
 * Everyone is root (uid 0) on this machine; the calls that ask answer so.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/utsname.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <linux/reboot.h>

struct uts_namespace init_uts_ns = {
	.name = {
		.sysname = "Linux",
		.nodename = "syscall-lab",
		.release = "2.6.33-lab",
		.version = "#1 Syscall Lab",
		.machine = "i686",
		.domainname = "(none)",
	},
};

asmlinkage long sys_getpid(void) { return current->pid; }
asmlinkage long sys_gettid(void) { return current->pid; }
asmlinkage long sys_getppid(void) { return current->real_parent ? current->real_parent->pid : 0; }
asmlinkage long sys_getuid(void) { return 0; }
asmlinkage long sys_geteuid(void) { return 0; }
asmlinkage long sys_getgid(void) { return 0; }
asmlinkage long sys_getegid(void) { return 0; }
asmlinkage long sys_getuid16(void) { return 0; }
asmlinkage long sys_geteuid16(void) { return 0; }
asmlinkage long sys_getgid16(void) { return 0; }
asmlinkage long sys_getegid16(void) { return 0; }
/* root may become anyone; we stay uid 0, so only "become root" succeeds */
asmlinkage long sys_setuid(uid_t uid) { return uid == 0 ? 0 : -EPERM; }
asmlinkage long sys_setgid(gid_t gid) { return gid == 0 ? 0 : -EPERM; }

asmlinkage long sys_set_tid_address(int __user *tidptr)
{
	current->clear_child_tid = tidptr;
	return current->pid;
}

asmlinkage long sys_getpgid(pid_t pid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	return p ? p->pgrp : -ESRCH;
}

asmlinkage long sys_getpgrp(void)
{
	return current->pgrp;
}

asmlinkage long sys_getsid(pid_t pid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	return p ? p->session : -ESRCH;
}

/* setpgid - move a process (ourselves or a child) into a process group */
asmlinkage long sys_setpgid(pid_t pid, pid_t pgid)
{
	struct task_struct *p = pid ? find_task_by_pid(pid) : current;

	if (pgid < 0)
		return -EINVAL;
	if (!p || (p != current && p->real_parent != current))
		return -ESRCH;
	if (p->pid == p->session || p->session != current->session)
		return -EPERM;
	p->pgrp = pgid ? pgid : p->pid;
	return 0;
}

asmlinkage long sys_setsid(void)
{
	struct task_struct *p;

	for_each_process(p)
		if (p->pgrp == current->pid)
			return -EPERM;	/* already a group leader */
	current->session = current->pgrp = current->pid;
	current->tty = NULL;
	return current->session;
}

asmlinkage long sys_newuname(struct new_utsname __user *name)
{
	return copy_to_user(name, &init_uts_ns.name, sizeof(*name)) ? -EFAULT : 0;
}

asmlinkage long sys_uname(struct old_utsname __user *name)
{
	struct old_utsname o;

	memset(&o, 0, sizeof(o));
	strlcpy(o.sysname, init_uts_ns.name.sysname, sizeof(o.sysname));
	strlcpy(o.nodename, init_uts_ns.name.nodename, sizeof(o.nodename));
	strlcpy(o.release, init_uts_ns.name.release, sizeof(o.release));
	strlcpy(o.version, init_uts_ns.name.version, sizeof(o.version));
	strlcpy(o.machine, init_uts_ns.name.machine, sizeof(o.machine));
	return copy_to_user(name, &o, sizeof(o)) ? -EFAULT : 0;
}

asmlinkage long sys_sethostname(char __user *name, int len)
{
	char tmp[__NEW_UTS_LEN + 1];

	if (len < 0 || len > __NEW_UTS_LEN)
		return -EINVAL;
	if (copy_from_user(tmp, name, len))
		return -EFAULT;
	tmp[len] = '\0';
	strcpy(init_uts_ns.name.nodename, tmp);
	return 0;
}

/*
 * reboot - LINUX_REBOOT_CMD_POWER_OFF writes to port 0xf4 (the emulator and
 * QEMU's isa-debug-exit stop the machine), RESTART resets the CPU.
 */
asmlinkage long sys_reboot(int magic1, int magic2, unsigned int cmd, void __user *arg)
{
	if (magic1 != LINUX_REBOOT_MAGIC1 ||
	    (magic2 != LINUX_REBOOT_MAGIC2 && magic2 != LINUX_REBOOT_MAGIC2A &&
	     magic2 != LINUX_REBOOT_MAGIC2B && magic2 != LINUX_REBOOT_MAGIC2C))
		return -EINVAL;
	switch (cmd) {
	case LINUX_REBOOT_CMD_POWER_OFF:
	case LINUX_REBOOT_CMD_HALT:
		printk(KERN_EMERG "Power down.\n");
		machine_power_off();
	case LINUX_REBOOT_CMD_RESTART:
		printk(KERN_EMERG "Restarting system.\n");
		machine_restart();
	case LINUX_REBOOT_CMD_CAD_ON:
	case LINUX_REBOOT_CMD_CAD_OFF:
		return 0;
	}
	return -EINVAL;
}
