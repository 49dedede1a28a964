/*
 * fs/ramfs/inode.c: the in-memory file system that holds everything.
 *
 * A file's data lives in whole pages (i_pages), allocated as the file
 * grows. A directory is its dentry's list of children. Nothing is ever
 * written back anywhere: this is the initramfs of a Linux system that
 * never mounts a disk.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/sched.h>
#include <linux/time.h>
#include <linux/uaccess.h>
#include <linux/errno.h>
#include <linux/dirent.h>

struct dentry *root_dentry;
static unsigned long last_ino = 1;

struct inode *new_inode(umode_t mode)
{
	struct inode *inode = kzalloc(sizeof(*inode), GFP_KERNEL);

	if (!inode)
		return NULL;
	inode->i_ino = ++last_ino;
	inode->i_mode = mode;
	inode->i_nlink = S_ISDIR(mode) ? 2 : 1;
	inode->i_mtime = inode->i_ctime = get_seconds();
	inode->i_count = 1;
	if (S_ISREG(mode))
		inode->i_fop = &ramfs_file_operations;
	else if (S_ISDIR(mode))
		inode->i_fop = &ramfs_dir_operations;
	else if (S_ISCHR(mode))
		inode->i_fop = &def_chr_fops;
	else if (S_ISFIFO(mode))
		inode->i_fop = &fifo_fops;
	return inode;
}

void iput(struct inode *inode)
{
	if (!inode || --inode->i_count > 0)
		return;
	ramfs_truncate(inode, 0);
	kfree(inode->i_pages);
	kfree(inode->i_link);
	kfree(inode);
}

/* d_alloc - a dentry named @name for @inode (whose reference it takes) */
struct dentry *d_alloc(struct dentry *parent, const char *name, struct inode *inode)
{
	struct dentry *d = kzalloc(sizeof(*d), GFP_KERNEL);

	if (!d)
		return NULL;
	d->d_name = kmalloc(strlen(name) + 1, GFP_KERNEL);
	if (!d->d_name) {
		kfree(d);
		return NULL;
	}
	strcpy(d->d_name, name);
	d->d_parent = parent ? parent : d;
	d->d_inode = inode;
	d->d_count = 1;		/* the tree's own reference */
	if (parent) {
		d->d_sibling = parent->d_subdirs;
		parent->d_subdirs = d;
		dget(parent);
	}
	return d;
}

struct dentry *d_lookup(struct dentry *dir, const char *name)
{
	struct dentry *d;

	for (d = dir->d_subdirs; d; d = d->d_sibling)
		if (!strcmp(d->d_name, name))
			return d;
	return NULL;
}

struct dentry *dget(struct dentry *d)
{
	if (d)
		d->d_count++;
	return d;
}

void dput(struct dentry *d)
{
	struct dentry *parent;

	while (d && --d->d_count == 0) {
		parent = d->d_parent;
		iput(d->d_inode);
		kfree(d->d_name);
		kfree(d);
		d = parent != d ? parent : NULL;
	}
}

/* d_delete - take a dentry out of its directory (unlink, rmdir, rename over) */
void d_delete(struct dentry *dentry)
{
	struct dentry **pp;

	for (pp = &dentry->d_parent->d_subdirs; *pp; pp = &(*pp)->d_sibling) {
		if (*pp == dentry) {
			*pp = dentry->d_sibling;
			break;
		}
	}
	dentry->d_unhashed = 1;
	dput(dentry);		/* the tree's reference */
}

/* ramfs_truncate - shrink or grow (with zeroes) a regular file to @size */
int ramfs_truncate(struct inode *inode, loff_t size)
{
	unsigned long need = (unsigned long)((size + PAGE_SIZE - 1) >> PAGE_SHIFT), i;
	unsigned long *pages;

	if (size > (64LL << 20))
		return -EFBIG;
	for (i = need; i < inode->i_npages; i++) {
		free_page(inode->i_pages[i]);
		inode->i_pages[i] = 0;
	}
	if (need > inode->i_pages_max) {
		/* grow the page array geometrically: appending stays linear */
		unsigned long room = max(need, 2 * inode->i_pages_max);

		pages = kzalloc(room * sizeof(long), GFP_KERNEL);
		if (!pages)
			return -ENOMEM;
		if (inode->i_npages)
			memcpy(pages, inode->i_pages, inode->i_npages * sizeof(long));
		kfree(inode->i_pages);
		inode->i_pages = pages;
		inode->i_pages_max = room;
	}
	if (need > inode->i_npages) {
		for (i = inode->i_npages; i < need; i++) {
			inode->i_pages[i] = get_zeroed_page();
			if (!inode->i_pages[i]) {
				inode->i_npages = i;
				return -ENOSPC;
			}
		}
	}
	/* zero the tail of the last page so a later grow reads zeroes */
	if (size < inode->i_size && (size & ~PAGE_MASK) && need)
		memset((char *)inode->i_pages[need - 1] + (size & ~PAGE_MASK), 0,
		       PAGE_SIZE - (size & ~PAGE_MASK));
	inode->i_npages = need;
	inode->i_size = size;
	return 0;
}

/* ramfs_file_rw - copy between a kernel buffer and the file's pages */
ssize_t ramfs_file_rw(struct inode *inode, char *kbuf, size_t count, loff_t pos, int write)
{
	size_t done = 0, chunk;
	unsigned long off;
	char *page;

	if (write && pos + count > inode->i_size) {
		int err = ramfs_truncate(inode, pos + count);

		if (err)
			return err;
	}
	if (!write) {
		if (pos >= inode->i_size)
			return 0;
		count = min((loff_t)count, inode->i_size - pos);
	}
	while (done < count) {
		off = (unsigned long)(pos & ~PAGE_MASK);
		page = (char *)inode->i_pages[(unsigned long)(pos >> PAGE_SHIFT)];
		chunk = min(count - done, PAGE_SIZE - off);
		if (write)
			memcpy(page + off, kbuf + done, chunk);
		else
			memcpy(kbuf + done, page + off, chunk);
		done += chunk;
		pos += chunk;
	}
	if (write)
		inode->i_mtime = get_seconds();
	return done;
}

/* read(2)/write(2) on a regular file, through a bounce page */
static ssize_t ramfs_rw_user(struct file *file, char __user *buf, size_t count, loff_t *ppos,
			     int write)
{
	struct inode *inode = file->f_dentry->d_inode;
	char *bounce = (char *)__get_free_page();
	size_t done = 0, chunk;
	ssize_t n = 0;

	if (!bounce)
		return -ENOMEM;
	if (write && (file->f_flags & O_APPEND))
		*ppos = inode->i_size;
	while (done < count && !fatal_signal_pending(current)) {
		chunk = min(count - done, PAGE_SIZE);
		if (write && copy_from_user(bounce, buf + done, chunk)) {
			n = -EFAULT;
			break;
		}
		n = ramfs_file_rw(inode, bounce, chunk, *ppos, write);
		if (n <= 0)
			break;
		if (!write && copy_to_user(buf + done, bounce, n)) {
			n = -EFAULT;
			break;
		}
		done += n;
		*ppos += n;
		if ((size_t)n < chunk)
			break;
	}
	free_page((unsigned long)bounce);
	return done ? (ssize_t)done : n;
}

static ssize_t ramfs_read(struct file *file, char __user *buf, size_t count, loff_t *ppos)
{
	return ramfs_rw_user(file, buf, count, ppos, 0);
}

static ssize_t ramfs_write(struct file *file, const char __user *buf, size_t count, loff_t *ppos)
{
	return ramfs_rw_user(file, (char __user *)buf, count, ppos, 1);
}

const struct file_operations ramfs_file_operations = {
	.read = ramfs_read,
	.write = ramfs_write,
	.seekable = 1,
};

/*
 * dcache_readdir - list a directory: ".", "..", then the children. f_pos
 * counts entries already returned.
 */
int dcache_readdir(struct file *filp, void *dirent,
		   int (*filldir)(void *, const char *, int, unsigned long, unsigned int))
{
	struct dentry *dir = filp->f_dentry, *d;
	loff_t i = 2;

	if (filp->f_pos == 0) {
		if (filldir(dirent, ".", 1, dir->d_inode->i_ino, DT_DIR) < 0)
			return 0;
		filp->f_pos++;
	}
	if (filp->f_pos == 1) {
		if (filldir(dirent, "..", 2, dir->d_parent->d_inode->i_ino, DT_DIR) < 0)
			return 0;
		filp->f_pos++;
	}
	for (d = dir->d_subdirs; d; d = d->d_sibling, i++) {
		if (i < filp->f_pos)
			continue;
		if (filldir(dirent, d->d_name, strlen(d->d_name), d->d_inode->i_ino,
			    (d->d_inode->i_mode >> 12) & 15) < 0)
			return 0;
		filp->f_pos++;
	}
	return 0;
}

const struct file_operations ramfs_dir_operations = {
	.readdir = dcache_readdir,
	.seekable = 1,
};

void vfs_caches_init(void)
{
	root_dentry = d_alloc(NULL, "/", new_inode(S_IFDIR | 0755));
	if (!root_dentry)
		panic("VFS: cannot create the root directory");
	init_task.pwd = dget(root_dentry);	/* inherited by every process */
	printk(KERN_INFO "VFS: ramfs mounted as root\n");
}
