/*
 * fs/proc/base.c: /proc, the process information pseudo-filesystem.
 *
 *	/proc/<pid>/stat	"pid (comm) S ppid pgrp session ..." as on Linux
 *	/proc/<pid>/cmdline	argv, NUL-separated
 *	/proc/<pid>/status	Name:, State:, Pid:, PPid: lines
 *	/proc/uptime, /proc/version, /proc/meminfo
 *	/proc/syscall_trace	read/write the syscall tracing set
 *				(Documentation/syscall-trace.txt)
 *
 * A file's text is generated when it is opened, then read like a file.
 * The <pid> directories are made up on lookup; readdir lists the fixed
 * files and then one directory per process.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/time.h>
#include <linux/utsname.h>
#include <linux/dirent.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <trace/syscall.h>

#define PROC_BUF	PAGE_SIZE

struct proc_text {
	int len;
	char buf[PROC_BUF - sizeof(int)];
};

typedef int (*proc_show_t)(struct task_struct *task, char *buf, int size);
static struct dentry *proc_root;

static char task_state_char(struct task_struct *p)
{
	if (p->state == TASK_RUNNING)
		return 'R';
	if (p->state == TASK_INTERRUPTIBLE)
		return 'S';
	if (p->state == TASK_UNINTERRUPTIBLE)
		return 'D';
	return 'Z';
}

static int show_stat(struct task_struct *p, char *buf, int size)
{
	return snprintf(buf, size, "%d (%s) %c %d %d %d 0 -1 0 0 0 0 0 %lu %lu 0 0 20 0 1 0 %lu "
			"%lu 0\n", p->pid, p->comm, task_state_char(p),
			p->real_parent ? p->real_parent->pid : 0, p->pgrp, p->session,
			p->utime, p->stime, p->start_time, p->mm ? p->mm->brk - p->mm->start_code : 0);
}

static int show_status(struct task_struct *p, char *buf, int size)
{
	return snprintf(buf, size, "Name:\t%s\nState:\t%c\nPid:\t%d\nPPid:\t%d\nUid:\t0\t0\t0\t0\n",
			p->comm, task_state_char(p), p->pid,
			p->real_parent ? p->real_parent->pid : 0);
}

static int show_cmdline(struct task_struct *p, char *buf, int size)
{
	unsigned long len;

	if (!p->mm)
		return 0;
	len = min((unsigned long)size, p->mm->arg_end - p->mm->arg_start);
	/* copy from the task's memory, page by page */
	for (size = 0; (unsigned long)size < len; size++) {
		char *c = user_page_address(p->mm, p->mm->arg_start + size, 0);

		if (!c)
			break;
		buf[size] = *c;
	}
	return size;
}

static int show_uptime(struct task_struct *p, char *buf, int size)
{
	return snprintf(buf, size, "%lu.%02lu 0.00\n", jiffies / HZ, jiffies % HZ);
}

static int show_version(struct task_struct *p, char *buf, int size)
{
	return snprintf(buf, size, "%s version %s %s\n", init_uts_ns.name.sysname,
			init_uts_ns.name.release, init_uts_ns.name.version);
}

static int show_meminfo(struct task_struct *p, char *buf, int size)
{
	return snprintf(buf, size, "MemTotal:       %8lu kB\nMemFree:        %8lu kB\n",
			totalram_pages << 2, nr_free_pages_count << 2);
}

static int show_syscall_trace(struct task_struct *p, char *buf, int size)
{
	return syscall_trace_show(buf, size);
}

static int proc_open(struct inode *inode, struct file *file)
{
	struct proc_text *t = (struct proc_text *)__get_free_page();
	proc_show_t show = (proc_show_t)inode->i_private;
	/* a <pid> directory remembers the pid, not the task, which may be gone by now */
	pid_t pid = (pid_t)(long)file->f_dentry->d_parent->d_inode->i_private;
	struct task_struct *task = NULL;

	if (!t)
		return -ENOMEM;
	if (file->f_dentry->d_parent != proc_root && !(task = find_task_by_pid(pid))) {
		free_page((unsigned long)t);
		return -ESRCH;		/* the process is gone */
	}
	t->len = show(task, t->buf, sizeof(t->buf));
	if (t->len > (int)sizeof(t->buf))
		t->len = sizeof(t->buf);
	file->private_data = t;
	return 0;
}

static ssize_t proc_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	struct proc_text *t = file->private_data;

	if (*ppos >= t->len)
		return 0;
	count = min(count, (size_t)(t->len - *ppos));
	if (copy_to_user(buf, t->buf + *ppos, count))
		return -EFAULT;
	*ppos += count;
	return count;
}

/* only /proc/syscall_trace is writable */
static ssize_t proc_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	char kbuf[256];

	if (file->f_dentry->d_inode->i_private != (void *)show_syscall_trace)
		return -EACCES;
	if (count >= sizeof(kbuf))
		return -EINVAL;
	if (copy_from_user(kbuf, buf, count))
		return -EFAULT;
	kbuf[count] = '\0';
	return syscall_trace_parse(kbuf) ? -EINVAL : (ssize_t)count;
}

static int proc_release(struct inode *inode, struct file *file)
{
	free_page((unsigned long)file->private_data);
	return 0;
}

static const struct file_operations proc_file_operations = {
	.open = proc_open,
	.read = proc_read,
	.write = proc_write,
	.release = proc_release,
	.seekable = 1,
};

static struct dentry *proc_file(struct dentry *dir, const char *name, proc_show_t show, int mode)
{
	struct inode *inode = new_inode(S_IFREG | mode);
	struct dentry *d;

	if (!inode)
		return NULL;
	inode->i_fop = &proc_file_operations;
	inode->i_private = (void *)show;
	d = d_alloc(dir, name, inode);
	if (!d)
		iput(inode);
	return d;
}

static const struct {
	const char *name;
	proc_show_t show;
} pid_files[] = {
	{ "stat", show_stat }, { "status", show_status }, { "cmdline", show_cmdline },
};

/* a transient dentry: not in its parent's list, freed on its last dput() */
static struct dentry *proc_transient(struct dentry *dir, const char *name, struct inode *inode)
{
	struct dentry *d = inode ? d_alloc(NULL, name, inode) : NULL;

	if (!d) {
		iput(inode);
		return NULL;
	}
	d->d_parent = dget(dir);
	d->d_unhashed = 1;
	return d;
}

/* /proc/<pid>/<file>: made up on lookup */
static struct dentry *proc_pid_file_lookup(struct dentry *dir, const char *name)
{
	struct inode *inode;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(pid_files); i++) {
		if (strcmp(name, pid_files[i].name))
			continue;
		inode = new_inode(S_IFREG | 0444);
		if (!inode)
			return NULL;
		inode->i_fop = &proc_file_operations;
		inode->i_private = (void *)pid_files[i].show;
		return proc_transient(dir, name, inode);
	}
	return NULL;
}

static int proc_pid_readdir(struct file *filp, void *dirent,
			    int (*filldir)(void *, const char *, int, unsigned long, unsigned int))
{
	unsigned int i;

	for (i = filp->f_pos; i < ARRAY_SIZE(pid_files); i++) {
		if (filldir(dirent, pid_files[i].name, strlen(pid_files[i].name), 0x20000 + i,
			    DT_REG) < 0)
			return 0;
		filp->f_pos++;
	}
	return 0;
}

static const struct inode_operations proc_pid_inode_operations = {
	.lookup = proc_pid_file_lookup,
};

static const struct file_operations proc_pid_operations = {
	.readdir = proc_pid_readdir,
	.seekable = 1,
};

/* /proc/<pid>: made up on lookup, for as long as the process exists */
static struct dentry *proc_pid_lookup(struct dentry *dir, const char *name)
{
	char *end;
	unsigned long pid = simple_strtoul(name, &end, 10);
	struct task_struct *task = *end ? NULL : find_task_by_pid(pid);
	struct inode *inode;

	if (!task || !(inode = new_inode(S_IFDIR | 0555)))
		return NULL;
	inode->i_private = (void *)(long)task->pid;
	inode->i_op = &proc_pid_inode_operations;
	inode->i_fop = &proc_pid_operations;
	return proc_transient(dir, name, inode);
}

static int proc_root_readdir(struct file *filp, void *dirent,
			     int (*filldir)(void *, const char *, int, unsigned long, unsigned int))
{
	struct task_struct *p;
	char name[16];
	loff_t fixed = 2, i;
	struct dentry *d;

	for (d = proc_root->d_subdirs; d; d = d->d_sibling)
		fixed++;
	if (filp->f_pos < fixed)
		dcache_readdir(filp, dirent, filldir);
	if (filp->f_pos < fixed)
		return 0;
	i = fixed;
	for_each_process(p) {
		if (i++ < filp->f_pos)
			continue;
		snprintf(name, sizeof(name), "%d", p->pid);
		if (filldir(dirent, name, strlen(name), 0x10000 + p->pid, DT_DIR) < 0)
			return 0;
		filp->f_pos++;
	}
	return 0;
}

static const struct inode_operations proc_root_inode_operations = {
	.lookup = proc_pid_lookup,
};

static const struct file_operations proc_root_operations = {
	.readdir = proc_root_readdir,
	.seekable = 1,
};

void proc_root_init(void)
{
	int err = vfs_mknod("/proc", S_IFDIR | 0555, 0, &proc_root);

	if (err == -EEXIST)		/* the initramfs brought its own mount point */
		err = path_lookup("/proc", 0, &proc_root, NULL);
	if (err)
		return;
	proc_root->d_inode->i_op = &proc_root_inode_operations;
	proc_root->d_inode->i_fop = &proc_root_operations;
	proc_file(proc_root, "uptime", show_uptime, 0444);
	proc_file(proc_root, "version", show_version, 0444);
	proc_file(proc_root, "meminfo", show_meminfo, 0444);
	proc_file(proc_root, "syscall_trace", show_syscall_trace, 0644);
}
