/*
 * fs/stat.c: stat64(), lstat64(), fstat64() and the older stat().
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/errno.h>

#define RAMFS_DEV	0x0001		/* the device number our one file system reports */

static void fill_stat64(struct inode *inode, struct stat64 *st)
{
	memset(st, 0, sizeof(*st));
	st->st_dev = RAMFS_DEV;
	st->__st_ino = inode->i_ino;
	st->st_ino = inode->i_ino;
	st->st_mode = inode->i_mode;
	st->st_nlink = inode->i_nlink;
	st->st_rdev = inode->i_rdev;
	st->st_size = inode->i_size;
	st->st_blksize = PAGE_SIZE;
	st->st_blocks = (inode->i_size + 511) >> 9;
	st->st_atime = st->st_mtime = inode->i_mtime;
	st->st_ctime = inode->i_ctime;
}

static long stat64_dentry(struct dentry *d, struct stat64 __user *statbuf)
{
	struct stat64 st;

	fill_stat64(d->d_inode, &st);
	dput(d);
	return copy_to_user(statbuf, &st, sizeof(st)) ? -EFAULT : 0;
}

asmlinkage long sys_stat64(const char __user *filename, struct stat64 __user *statbuf)
{
	struct dentry *d;
	int err = user_path(filename, LOOKUP_FOLLOW, &d);

	return err ? err : stat64_dentry(d, statbuf);
}

asmlinkage long sys_lstat64(const char __user *filename, struct stat64 __user *statbuf)
{
	struct dentry *d;
	int err = user_path(filename, 0, &d);

	return err ? err : stat64_dentry(d, statbuf);
}

asmlinkage long sys_fstat64(unsigned long fd, struct stat64 __user *statbuf)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	dget(f->f_dentry);
	fput(f);
	return stat64_dentry(f->f_dentry, statbuf);
}

static long newstat_dentry(struct dentry *d, struct stat __user *statbuf)
{
	struct stat64 st64;
	struct stat st;

	fill_stat64(d->d_inode, &st64);
	dput(d);
	memset(&st, 0, sizeof(st));
	st.st_dev = RAMFS_DEV;
	st.st_ino = st64.__st_ino;
	st.st_mode = st64.st_mode;
	st.st_nlink = st64.st_nlink;
	st.st_rdev = st64.st_rdev;
	st.st_size = st64.st_size;
	st.st_blksize = st64.st_blksize;
	st.st_blocks = st64.st_blocks;
	st.st_atime = st.st_mtime = st64.st_mtime;
	st.st_ctime = st64.st_ctime;
	return copy_to_user(statbuf, &st, sizeof(st)) ? -EFAULT : 0;
}

asmlinkage long sys_newstat(const char __user *filename, struct stat __user *statbuf)
{
	struct dentry *d;
	int err = user_path(filename, LOOKUP_FOLLOW, &d);

	return err ? err : newstat_dentry(d, statbuf);
}

asmlinkage long sys_newlstat(const char __user *filename, struct stat __user *statbuf)
{
	struct dentry *d;
	int err = user_path(filename, 0, &d);

	return err ? err : newstat_dentry(d, statbuf);
}

asmlinkage long sys_newfstat(unsigned int fd, struct stat __user *statbuf)
{
	struct file *f = fget(fd);

	if (!f)
		return -EBADF;
	dget(f->f_dentry);
	fput(f);
	return newstat_dentry(f->f_dentry, statbuf);
}
