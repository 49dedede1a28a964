/*
 * fs/char_dev.c: character device nodes.
 *
 * Opening a device node looks up its driver by device number and swaps in
 * the driver's file operations, as Linux's chrdev_open() does.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/errno.h>

extern const struct file_operations null_fops, zero_fops, tty_fops, console_fops;

struct char_device {
	dev_t dev;
	const struct file_operations *fops;
};

static const struct char_device chrdevs[] = {
	{ MKDEV(1, 3), &null_fops },		/* /dev/null */
	{ MKDEV(1, 5), &zero_fops },		/* /dev/zero */
	{ MKDEV(4, 64), &tty_fops },		/* /dev/ttyS0 */
	{ MKDEV(5, 0), &tty_fops },		/* /dev/tty: the controlling terminal */
	{ MKDEV(5, 1), &console_fops },		/* /dev/console */
};

int chrdev_open(struct inode *inode, struct file *filp)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(chrdevs); i++) {
		if (chrdevs[i].dev == inode->i_rdev) {
			filp->f_op = chrdevs[i].fops;
			return filp->f_op->open ? filp->f_op->open(inode, filp) : 0;
		}
	}
	return -ENXIO;
}

const struct file_operations def_chr_fops = {
	.open = chrdev_open,
};
