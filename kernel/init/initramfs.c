/*
 * init/initramfs.c: unpacking the initramfs into the root file system.
 *
 * The initramfs is a cpio archive in the "newc" format: each entry is a
 * 110-byte ASCII header ("070701", then 13 eight-digit hex fields), the
 * name, padding to 4 bytes, the data, padding to 4 bytes. "TRAILER!!!"
 * ends an archive; like Linux we then look for another one right after
 * (after any zero padding), so archives can be concatenated and later
 * entries replace earlier ones.
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/init.h>
#include <linux/fs.h>
#include <linux/bootmem.h>
#include <linux/errno.h>

#define NEWC_HDR_LEN	110

struct cpio_entry {
	unsigned long mode, filesize, rdevmajor, rdevminor, namesize;
	const char *name;
	const char *data;
};

static unsigned long hex8(const char *p)
{
	unsigned long v = 0;
	int i;

	for (i = 0; i < 8; i++) {
		char c = p[i];

		v = v * 16 + (c >= 'a' ? c - 'a' + 10 : c >= 'A' ? c - 'A' + 10 : c - '0');
	}
	return v;
}

/* parse the header at @p; returns the next entry's offset or -EINVAL */
static long parse_header(const char *buf, long off, long len, struct cpio_entry *e)
{
	const char *p = buf + off;

	if (off + NEWC_HDR_LEN > len || memcmp(p, "07070", 5) || (p[5] != '1' && p[5] != '2'))
		return -EINVAL;
	e->mode = hex8(p + 14);
	e->filesize = hex8(p + 54);
	e->rdevmajor = hex8(p + 78);
	e->rdevminor = hex8(p + 86);
	e->namesize = hex8(p + 94);
	e->name = p + NEWC_HDR_LEN;
	off = (off + NEWC_HDR_LEN + e->namesize + 3) & ~3L;
	e->data = buf + off;
	if (e->namesize == 0 || off + (long)e->filesize > len || e->name[e->namesize - 1])
		return -EINVAL;
	return (off + e->filesize + 3) & ~3L;
}

/* remove whatever @path names now, so the archive's version replaces it */
static void clean_path(const char *path)
{
	struct dentry *d;

	if (path_lookup(path, 0, &d, NULL))
		return;
	if (!S_ISDIR(d->d_inode->i_mode) && !d->d_unhashed && d != root_dentry)
		d_delete(d);
	dput(d);
}

static int do_entry(struct cpio_entry *e)
{
	char path[NAME_MAX + 2];
	struct dentry *d;
	struct file *f;
	int err = 0;

	snprintf(path, sizeof(path), "/%s", e->name);
	if (S_ISDIR(e->mode)) {
		err = vfs_mknod(path, e->mode, 0, NULL);
		return err == -EEXIST ? 0 : err;
	}
	clean_path(path);
	if (S_ISLNK(e->mode)) {
		char target[NAME_MAX + 1];

		if (e->filesize > NAME_MAX)
			return -ENAMETOOLONG;
		memcpy(target, e->data, e->filesize);
		target[e->filesize] = '\0';
		return vfs_symlink(target, path);
	}
	if (S_ISCHR(e->mode) || S_ISFIFO(e->mode)) {
		err = vfs_mknod(path, e->mode, MKDEV(e->rdevmajor, e->rdevminor), &d);
		if (!err)
			dput(d);
		return err;
	}
	if (!S_ISREG(e->mode))
		return 0;
	f = filp_open(path, O_CREAT | O_WRONLY | O_TRUNC, e->mode & 07777);
	if (IS_ERR(f))
		return PTR_ERR(f);
	f->f_dentry->d_inode->i_mode = e->mode;
	if (ramfs_file_rw(f->f_dentry->d_inode, (char *)e->data, e->filesize, 0, 1) < 0)
		err = -ENOSPC;
	fput(f);
	return err;
}

static const char *unpack_to_rootfs(const char *buf, long len)
{
	struct cpio_entry e;
	long off = 0, next;
	int files = 0;

	while (off < len) {
		if (buf[off] == '\0') {		/* padding between archives */
			off = (off + 4) & ~3L;
			continue;
		}
		next = parse_header(buf, off, len, &e);
		if (next < 0)
			return "junk in compressed archive";
		off = next;
		if (!strcmp(e.name, "TRAILER!!!"))
			continue;		/* maybe another archive follows */
		if (strcmp(e.name, ".") && do_entry(&e) < 0)
			printk(KERN_WARNING "initramfs: cannot create /%s\n", e.name);
		files++;
	}
	printk(KERN_INFO "initramfs: unpacked %d entries (%ld bytes)\n", files, len);
	return NULL;
}

/* the nodes a system needs even with an empty initramfs (Linux's default_rootfs) */
static void __init default_rootfs(void)
{
	struct dentry *d;

	vfs_mknod("/dev", S_IFDIR | 0755, 0, NULL);
	vfs_mknod("/root", S_IFDIR | 0700, 0, NULL);
	if (!vfs_mknod("/dev/console", S_IFCHR | 0600, MKDEV(5, 1), &d))
		dput(d);
	if (!vfs_mknod("/dev/ttyS0", S_IFCHR | 0660, MKDEV(4, 64), &d))
		dput(d);
	if (!vfs_mknod("/dev/tty", S_IFCHR | 0666, MKDEV(5, 0), &d))
		dput(d);
	if (!vfs_mknod("/dev/null", S_IFCHR | 0666, MKDEV(1, 3), &d))
		dput(d);
	if (!vfs_mknod("/dev/zero", S_IFCHR | 0666, MKDEV(1, 5), &d))
		dput(d);
}

void __init populate_rootfs(void)
{
	const char *err;

	default_rootfs();
	if (!initrd_start) {
		printk(KERN_WARNING "initramfs: none given (multiboot module 0)\n");
		return;
	}
	err = unpack_to_rootfs((const char *)initrd_start, initrd_end - initrd_start);
	if (err)
		printk(KERN_EMERG "Initramfs unpacking failed: %s\n", err);
}
