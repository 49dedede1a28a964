/*
 * fs/read_write.c: read(), write(), lseek() and their vector forms.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/fs.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/errno.h>

#define MAX_RW_COUNT	0x7ffff000	/* Linux caps one transfer at 2 GiB - 4 KiB */

struct iovec {
	void __user *iov_base;
	size_t iov_len;
};

static ssize_t vfs_rw(struct file *file, char __user *buf, size_t count, int write)
{
	if (write ? !FMODE_WRITE(file) : !FMODE_READ(file))
		return -EBADF;
	if (write ? !file->f_op->write : !file->f_op->read)
		return S_ISDIR(file->f_dentry->d_inode->i_mode) ? -EISDIR : -EINVAL;
	if (count > MAX_RW_COUNT)
		count = MAX_RW_COUNT;
	if (!access_ok(write ? VERIFY_READ : VERIFY_WRITE, buf, count))
		return -EFAULT;
	if (write)
		return file->f_op->write(file, buf, count, &file->f_pos);
	return file->f_op->read(file, buf, count, &file->f_pos);
}

static long rw_fd(unsigned int fd, char __user *buf, size_t count, int write)
{
	struct file *file = fget(fd);
	ssize_t ret;

	if (!file)
		return -EBADF;
	ret = vfs_rw(file, buf, count, write);
	fput(file);
	return ret;
}

asmlinkage long sys_read(unsigned int fd, char __user *buf, size_t count)
{
	return rw_fd(fd, buf, count, 0);
}

asmlinkage long sys_write(unsigned int fd, const char __user *buf, size_t count)
{
	return rw_fd(fd, (char __user *)buf, count, 1);
}

#define UIO_MAXIOV	1024	/* the most buffers one readv/writev takes */

/*
 * check_iovec - the whole vector is checked before a byte moves, as Linux's
 * rw_copy_check_uvector does: an unreadable vector is -EFAULT, a negative
 * length or a total past SSIZE_MAX is -EINVAL, a buffer outside user memory
 * is -EFAULT. So a bad last entry never leaves a transfer half done.
 */
static long check_iovec(const struct iovec __user *vec, unsigned long vlen, int write)
{
	struct iovec iov;
	size_t total = 0;
	unsigned long i;

	if (vlen > UIO_MAXIOV)
		return -EINVAL;
	for (i = 0; i < vlen; i++) {
		if (copy_from_user(&iov, &vec[i], sizeof(iov)))
			return -EFAULT;
		if ((ssize_t)iov.iov_len < 0 || iov.iov_len > 0x7fffffffUL - total)
			return -EINVAL;
		if (!access_ok(write ? VERIFY_READ : VERIFY_WRITE, iov.iov_base, iov.iov_len))
			return -EFAULT;
		total += iov.iov_len;
	}
	return 0;
}

/* The buffers in order, until one is short; a later error keeps what was done. */
static long rw_iovec(struct file *file, const struct iovec __user *vec, unsigned long vlen,
		     int write)
{
	struct iovec iov;
	ssize_t total = 0, n;
	unsigned long i;

	for (i = 0; i < vlen; i++) {
		if (copy_from_user(&iov, &vec[i], sizeof(iov)))
			return total ? total : -EFAULT;
		if (!iov.iov_len)
			continue;
		n = vfs_rw(file, iov.iov_base, iov.iov_len, write);
		if (n < 0)
			return total ? total : n;
		total += n;
		if ((size_t)n < iov.iov_len)
			break;
	}
	return total;
}

/* The descriptor first (-EBADF, also for the wrong direction), then the vector. */
static long do_readv_writev(unsigned long fd, const struct iovec __user *vec,
			    unsigned long vlen, int write)
{
	struct file *file = fget(fd);
	long ret;

	if (!file)
		return -EBADF;
	if (write ? !FMODE_WRITE(file) : !FMODE_READ(file))
		ret = -EBADF;
	else
		ret = check_iovec(vec, vlen, write);
	if (!ret)
		ret = rw_iovec(file, vec, vlen, write);
	fput(file);
	return ret;
}

asmlinkage long sys_readv(unsigned long fd, const struct iovec __user *vec, unsigned long vlen)
{
	return do_readv_writev(fd, vec, vlen, 0);
}

asmlinkage long sys_writev(unsigned long fd, const struct iovec __user *vec, unsigned long vlen)
{
	return do_readv_writev(fd, vec, vlen, 1);
}

static loff_t vfs_llseek(struct file *file, loff_t offset, unsigned int origin)
{
	loff_t pos;

	if (!file->f_op->seekable)
		return -ESPIPE;
	switch (origin) {
	case SEEK_SET: pos = offset; break;
	case SEEK_CUR: pos = file->f_pos + offset; break;
	case SEEK_END: pos = file->f_dentry->d_inode->i_size + offset; break;
	default: return -EINVAL;
	}
	if (pos < 0)
		return -EINVAL;
	if (S_ISDIR(file->f_dentry->d_inode->i_mode) && pos != 0 && origin != SEEK_CUR)
		return -EINVAL;		/* directories only rewind */
	file->f_pos = pos;
	return pos;
}

asmlinkage long sys_lseek(unsigned int fd, off_t offset, unsigned int origin)
{
	struct file *file = fget(fd);
	loff_t pos;

	if (!file)
		return -EBADF;
	pos = vfs_llseek(file, offset, origin);
	fput(file);
	if (pos >= 0 && pos > 0x7fffffffLL)
		return -EOVERFLOW;
	return (long)pos;
}

asmlinkage long sys_llseek(unsigned int fd, unsigned long offset_high, unsigned long offset_low,
			   loff_t __user *result, unsigned int origin)
{
	struct file *file = fget(fd);
	loff_t pos;

	if (!file)
		return -EBADF;
	pos = vfs_llseek(file, ((loff_t)offset_high << 32) | offset_low, origin);
	fput(file);
	if (pos < 0)
		return (long)pos;
	return copy_to_user(result, &pos, sizeof(pos)) ? -EFAULT : 0;
}

asmlinkage long sys_pread64(unsigned int fd, char __user *buf, size_t count, loff_t pos)
{
	struct file *file = fget(fd);
	loff_t saved;
	ssize_t ret;

	if (!file)
		return -EBADF;
	if (!file->f_op->seekable || pos < 0) {
		fput(file);
		return file->f_op->seekable ? -EINVAL : -ESPIPE;
	}
	saved = file->f_pos;
	file->f_pos = pos;
	ret = vfs_rw(file, buf, count, 0);
	file->f_pos = saved;
	fput(file);
	return ret;
}
