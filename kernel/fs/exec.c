/*
 * fs/exec.c: execve().
 *
 * First everything that can fail while the old program is still there to
 * return an error to: copy argv and envp into the kernel, open the file,
 * check it is an ELF program for this machine. Then the point of no
 * return: the old address space is thrown away and load_elf_binary()
 * builds the new one.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/binfmts.h>
#include <linux/uaccess.h>
#include <linux/errno.h>

/* count - how many strings in a user vector (NULL-terminated) */
static int count(char __user *__user *argv, int max)
{
	char __user *p;
	int i = 0;

	if (!argv)
		return 0;
	for (;;) {
		if (get_user(p, argv + i))
			return -EFAULT;
		if (!p)
			return i;
		if (++i > max)
			return -E2BIG;
	}
}

/* copy_strings - append @argc user strings to bprm->strings */
static int copy_strings(int argc, char __user *__user *argv, struct linux_binprm *bprm)
{
	char __user *str;
	long len;
	int i;

	for (i = 0; i < argc; i++) {
		if (get_user(str, argv + i))
			return -EFAULT;
		len = strncpy_from_user(bprm->strings + bprm->strings_len, str,
					MAX_ARG_STRLEN - bprm->strings_len);
		if (len < 0)
			return len;
		if ((unsigned long)len >= MAX_ARG_STRLEN - bprm->strings_len)
			return -E2BIG;
		bprm->strings_len += len + 1;
	}
	return 0;
}

ssize_t kernel_read(struct file *file, loff_t offset, char *addr, unsigned long count)
{
	struct inode *inode = file->f_dentry->d_inode;

	if (!S_ISREG(inode->i_mode))
		return -EACCES;
	return ramfs_file_rw(inode, addr, count, offset, 0);
}

/* read_whole_file - a kernel path's contents in kmalloc()ed memory, or NULL */
void *read_whole_file(const char *path, unsigned long *len)
{
	struct file *f = filp_open(path, O_RDONLY, 0);
	char *buf;
	loff_t size;

	if (IS_ERR(f))
		return NULL;
	size = f->f_dentry->d_inode->i_size;
	buf = kmalloc(size + 1, GFP_KERNEL);
	if (buf && kernel_read(f, 0, buf, size) != size) {
		kfree(buf);
		buf = NULL;
	}
	fput(f);
	if (buf) {
		buf[size] = '\0';
		*len = size;
	}
	return buf;
}

void set_task_comm(struct task_struct *tsk, const char *name)
{
	const char *base = strrchr(name, '/');

	strlcpy(tsk->comm, base ? base + 1 : name, TASK_COMM_LEN);
}

static int prepare_binprm(struct linux_binprm *bprm, char *filename)
{
	struct inode *inode;
	ssize_t n;

	bprm->file = filp_open(filename, O_RDONLY, 0);
	if (IS_ERR(bprm->file)) {
		int err = PTR_ERR(bprm->file);

		bprm->file = NULL;
		return err;
	}
	inode = bprm->file->f_dentry->d_inode;
	if (!S_ISREG(inode->i_mode) || !(inode->i_mode & 0111))
		return -EACCES;
	memset(bprm->buf, 0, BINPRM_BUF_SIZE);
	n = kernel_read(bprm->file, 0, bprm->buf, BINPRM_BUF_SIZE);
	return n < 0 ? n : 0;
}

int do_execve(char *filename, char __user *__user *argv, char __user *__user *envp,
	      struct pt_regs *regs)
{
	struct linux_binprm bprm;
	int err;

	memset(&bprm, 0, sizeof(bprm));
	bprm.filename = filename;
	bprm.strings = kmalloc(MAX_ARG_STRLEN, GFP_KERNEL);
	if (!bprm.strings)
		return -ENOMEM;
	err = prepare_binprm(&bprm, filename);
	if (err)
		goto out;
	bprm.argc = count(argv, MAX_ARG_STRINGS);
	bprm.envc = count(envp, MAX_ARG_STRINGS);
	err = bprm.argc < 0 ? bprm.argc : bprm.envc < 0 ? bprm.envc : 0;
	if (!err)
		err = copy_strings(bprm.argc, argv, &bprm);
	if (!err)
		err = copy_strings(bprm.envc, envp, &bprm);
	if (!err)
		err = load_elf_binary(&bprm, regs);
out:
	if (bprm.file)
		fput(bprm.file);
	kfree(bprm.strings);
	return err;
}
