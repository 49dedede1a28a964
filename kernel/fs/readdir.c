/*
 * fs/readdir.c: getdents64(), reading a directory into user memory.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/dirent.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/errno.h>

struct getdents_callback64 {
	struct linux_dirent64 __user *current_dir;
	int count;		/* room left */
	int error;
};

/* filldir64 - append one entry; returns -EINVAL when it does not fit */
static int filldir64(void *__buf, const char *name, int namlen, unsigned long ino,
		     unsigned int d_type)
{
	struct getdents_callback64 *buf = __buf;
	int reclen = (offsetof(struct linux_dirent64, d_name) + namlen + 1 + 7) & ~7;
	struct linux_dirent64 ent;
	char __user *p = (char __user *)buf->current_dir;

	if (reclen > buf->count) {
		buf->error = -EINVAL;	/* more than the buffer can hold */
		return -EINVAL;
	}
	ent.d_ino = ino;
	ent.d_off = 0;
	ent.d_reclen = reclen;
	ent.d_type = d_type;
	if (copy_to_user(p, &ent, offsetof(struct linux_dirent64, d_name)) ||
	    copy_to_user(p + offsetof(struct linux_dirent64, d_name), name, namlen) ||
	    clear_user(p + offsetof(struct linux_dirent64, d_name) + namlen,
		       reclen - offsetof(struct linux_dirent64, d_name) - namlen)) {
		buf->error = -EFAULT;
		return -EFAULT;
	}
	buf->current_dir = (struct linux_dirent64 __user *)(p + reclen);
	buf->count -= reclen;
	return 0;
}

asmlinkage long sys_getdents64(unsigned int fd, struct linux_dirent64 __user *dirent,
			       unsigned int count)
{
	struct getdents_callback64 buf = { dirent, count, 0 };
	struct file *file;
	long r;

	if (!access_ok(VERIFY_WRITE, dirent, count))
		return -EFAULT;
	file = fget(fd);
	if (!file)
		return -EBADF;
	if (!file->f_op || !file->f_op->readdir) {
		fput(file);
		return -ENOTDIR;
	}
	file->f_op->readdir(file, &buf, filldir64);
	fput(file);
	r = count - buf.count;
	if (r == 0 && buf.error)
		return buf.error;
	return r;
}
