/*
 * drivers/char/mem.c: /dev/null and /dev/zero.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/uaccess.h>

static ssize_t read_null(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	return 0;
}

static ssize_t write_null(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	return count;
}

static ssize_t read_zero(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	return clear_user(buf, count) ? -EFAULT : (ssize_t)count;
}

const struct file_operations null_fops = {
	.read = read_null,
	.write = write_null,
	.seekable = 1,
};

const struct file_operations zero_fops = {
	.read = read_zero,
	.write = write_null,
	.seekable = 1,
};
