/*
 * fs/namei.c: from path names to dentries, and the calls that create and
 * remove names (mkdir, rmdir, unlink, mknod, symlink, rename).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/slab.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/fs.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/errno.h>

/* getname - copy a path from user space into a fresh kernel page */
char *getname(const char __user *filename)
{
	char *name = (char *)__get_free_page();
	long len;

	if (!name)
		return ERR_PTR(-ENOMEM);
	len = strncpy_from_user(name, filename, PATH_MAX);
	if (len < 0 || len >= PATH_MAX || len == 0) {
		free_page((unsigned long)name);
		return ERR_PTR(len < 0 ? -EFAULT : len ? -ENAMETOOLONG : -ENOENT);
	}
	return name;
}

void putname(char *name)
{
	free_page((unsigned long)name);
}

/* one path component: "." ".." a child, or what a /proc directory makes up */
static struct dentry *lookup_one(struct dentry *dir, const char *name)
{
	struct dentry *d;

	if (!strcmp(name, "."))
		return dget(dir);
	if (!strcmp(name, ".."))
		return dget(dir->d_parent);
	d = d_lookup(dir, name);
	if (d)
		return dget(d);
	if (dir->d_inode->i_op && dir->d_inode->i_op->lookup)
		return dir->d_inode->i_op->lookup(dir, name);
	return NULL;
}

static int walk(const char *name, unsigned int flags, struct dentry **result,
		const char **last, int depth);

/* nothing but slashes after this component */
static int is_last(const char *end)
{
	while (*end == '/')
		end++;
	return !*end;
}

/* follow a symbolic link found in @dir; consumes the reference on @link */
static struct dentry *follow_link(struct dentry *dir, struct dentry *link, int depth, int *err)
{
	struct dentry *target = NULL;
	char *path = link->d_inode->i_link;

	if (depth >= MAX_SYMLINKS) {
		*err = -ELOOP;
	} else {
		struct dentry *saved = current->pwd;

		current->pwd = dir;	/* a relative target is relative to the link's directory */
		*err = walk(path, LOOKUP_FOLLOW, &target, NULL, depth + 1);
		current->pwd = saved;
	}
	dput(link);
	return target;
}

/*
 * walk - resolve @name. With LOOKUP_PARENT, stop before the last component,
 * return its directory in *result and the component itself in *last.
 */
static int walk(const char *name, unsigned int flags, struct dentry **result,
		const char **last, int depth)
{
	struct dentry *dir = dget(*name == '/' ? root_dentry : current->pwd), *next;
	char comp[NAME_MAX + 1];
	const char *p = name, *end;
	int len, err = 0;

	for (;;) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		for (end = p; *end && *end != '/'; end++)
			;
		len = end - p;
		if (len > NAME_MAX) {
			err = -ENAMETOOLONG;
			break;
		}
		if (!S_ISDIR(dir->d_inode->i_mode)) {
			err = -ENOTDIR;
			break;
		}
		if ((flags & LOOKUP_PARENT) && is_last(end)) {
			*last = p;
			*result = dir;
			return 0;
		}
		memcpy(comp, p, len);
		comp[len] = '\0';
		next = lookup_one(dir, comp);
		if (!next) {
			err = -ENOENT;
			break;
		}
		if (S_ISLNK(next->d_inode->i_mode) && (*end || (flags & LOOKUP_FOLLOW))) {
			next = follow_link(dir, next, depth, &err);
			if (!next)
				break;
		}
		dput(dir);
		dir = next;
		p = end;
	}
	if (err || (flags & LOOKUP_PARENT)) {
		dput(dir);
		return err ? err : -EEXIST;	/* "/" has no parent to create in */
	}
	*result = dir;
	return 0;
}

/* path_lookup - resolve a kernel path; the caller dput()s *result */
int path_lookup(const char *name, unsigned int flags, struct dentry **result, const char **last)
{
	return walk(name, flags, result, last, 0);
}

int user_path(const char __user *name, unsigned int flags, struct dentry **result)
{
	char *tmp = getname(name);
	int err;

	if (IS_ERR(tmp))
		return PTR_ERR(tmp);
	err = path_lookup(tmp, flags, result, NULL);
	putname(tmp);
	return err;
}

/* last component of a LOOKUP_PARENT walk, without its trailing slashes */
static int last_name(const char *last, char *out)
{
	int len = 0;

	while (last[len] && last[len] != '/')
		len++;
	if (len > NAME_MAX)
		return -ENAMETOOLONG;
	memcpy(out, last, len);
	out[len] = '\0';
	if (!strcmp(out, ".") || !strcmp(out, ".."))
		return -EEXIST;
	return 0;
}

/* vfs_mknod - create @path as a new inode of @mode; *result gets a reference */
int vfs_mknod(const char *path, umode_t mode, dev_t dev, struct dentry **result)
{
	struct dentry *dir, *d;
	const char *last;
	char name[NAME_MAX + 1];
	struct inode *inode;
	int err = path_lookup(path, LOOKUP_PARENT, &dir, &last);

	if (err)
		return err;
	err = last_name(last, name);
	if (!err && d_lookup(dir, name))
		err = -EEXIST;
	if (!err && dir->d_inode->i_op)
		err = -EACCES;			/* /proc */
	inode = err ? NULL : new_inode(mode);
	if (!err && !inode)
		err = -ENOMEM;
	if (!err) {
		inode->i_rdev = dev;
		d = d_alloc(dir, name, inode);
		if (!d) {
			iput(inode);
			err = -ENOMEM;
		} else {
			if (S_ISDIR(mode))
				dir->d_inode->i_nlink++;
			if (result)
				*result = dget(d);
		}
	}
	dput(dir);
	return err;
}

int vfs_symlink(const char *target, const char *path)
{
	struct dentry *d;
	char *copy = kmalloc(strlen(target) + 1, GFP_KERNEL);
	int err;

	if (!copy)
		return -ENOMEM;
	strcpy(copy, target);
	err = vfs_mknod(path, S_IFLNK | 0777, 0, &d);
	if (err) {
		kfree(copy);
		return err;
	}
	d->d_inode->i_link = copy;
	d->d_inode->i_size = strlen(copy);
	dput(d);
	return 0;
}

asmlinkage long sys_mkdir(const char __user *pathname, int mode)
{
	char *tmp = getname(pathname);
	int err;

	if (IS_ERR(tmp))
		return PTR_ERR(tmp);
	err = vfs_mknod(tmp, S_IFDIR | (mode & 07777 & ~current->umask), 0, NULL);
	putname(tmp);
	return err;
}

asmlinkage long sys_mknod(const char __user *filename, int mode, unsigned dev)
{
	char *tmp = getname(filename);
	int err;

	if (IS_ERR(tmp))
		return PTR_ERR(tmp);
	if (S_ISDIR(mode) || S_ISLNK(mode))
		err = -EINVAL;
	else
		err = vfs_mknod(tmp, (S_IFMT & mode ? mode : mode | S_IFREG) & ~current->umask,
				dev, NULL);
	putname(tmp);
	return err;
}

asmlinkage long sys_symlink(const char __user *oldname, const char __user *newname)
{
	char *from = getname(oldname), *to;
	int err;

	if (IS_ERR(from))
		return PTR_ERR(from);
	to = getname(newname);
	err = IS_ERR(to) ? PTR_ERR(to) : vfs_symlink(from, to);
	if (!IS_ERR(to))
		putname(to);
	putname(from);
	return err;
}

/* remove a name: rmdir() wants an empty directory, unlink() anything else */
static long do_remove(const char __user *pathname, int want_dir)
{
	struct dentry *d;
	int err = user_path(pathname, 0, &d);

	if (err)
		return err;
	if (d == root_dentry || d->d_unhashed || !d->d_parent->d_inode || d->d_parent->d_inode->i_op)
		err = d == root_dentry ? -EBUSY : -EACCES;
	else if (want_dir && !S_ISDIR(d->d_inode->i_mode))
		err = -ENOTDIR;
	else if (!want_dir && S_ISDIR(d->d_inode->i_mode))
		err = -EISDIR;
	else if (want_dir && d->d_subdirs)
		err = -ENOTEMPTY;
	if (!err) {
		if (want_dir)
			d->d_parent->d_inode->i_nlink--;
		d->d_inode->i_nlink = want_dir ? 0 : d->d_inode->i_nlink - 1;
		d_delete(d);
	}
	dput(d);
	return err;
}

asmlinkage long sys_rmdir(const char __user *pathname)
{
	return do_remove(pathname, 1);
}

asmlinkage long sys_unlink(const char __user *pathname)
{
	return do_remove(pathname, 0);
}

/* link - a second name for a file (not a directory); both share one inode */
asmlinkage long sys_link(const char __user *oldname, const char __user *newname)
{
	struct dentry *old, *dir, *d;
	char *to, name[NAME_MAX + 1];
	const char *last;
	int err = user_path(oldname, 0, &old);

	if (err)
		return err;
	to = getname(newname);
	if (IS_ERR(to)) {
		dput(old);
		return PTR_ERR(to);
	}
	err = S_ISDIR(old->d_inode->i_mode) ? -EPERM : old->d_unhashed ? -ENOENT : 0;
	if (!err)
		err = path_lookup(to, LOOKUP_PARENT, &dir, &last);
	if (!err) {
		err = last_name(last, name);
		if (!err && d_lookup(dir, name))
			err = -EEXIST;
		if (!err && dir->d_inode->i_op)
			err = -EACCES;			/* /proc */
		if (!err) {
			old->d_inode->i_count++;	/* the new dentry's reference */
			d = d_alloc(dir, name, old->d_inode);
			if (d)
				old->d_inode->i_nlink++;
			else {
				old->d_inode->i_count--;
				err = -ENOMEM;
			}
		}
		dput(dir);
	}
	putname(to);
	dput(old);
	return err;
}

asmlinkage long sys_readlink(const char __user *path, char __user *buf, int bufsiz)
{
	struct dentry *d;
	int err = user_path(path, 0, &d), len;

	if (err)
		return err;
	if (bufsiz <= 0 || !S_ISLNK(d->d_inode->i_mode)) {
		dput(d);
		return -EINVAL;
	}
	len = min(bufsiz, (int)strlen(d->d_inode->i_link));
	if (copy_to_user(buf, d->d_inode->i_link, len))
		len = -EFAULT;
	dput(d);
	return len;
}

/* is @a @d or one of its ancestors? */
static int is_ancestor(struct dentry *a, struct dentry *d)
{
	for (;; d = d->d_parent) {
		if (d == a)
			return 1;
		if (d == d->d_parent)
			return 0;
	}
}

/* rename within the tree: move the dentry, replacing a same-kind target */
asmlinkage long sys_rename(const char __user *oldname, const char __user *newname)
{
	struct dentry *old, *dir, *target;
	char *to, name[NAME_MAX + 1], *copy;
	const char *last;
	int err = user_path(oldname, 0, &old);

	if (err)
		return err;
	to = getname(newname);
	if (IS_ERR(to)) {
		dput(old);
		return PTR_ERR(to);
	}
	err = path_lookup(to, LOOKUP_PARENT, &dir, &last);
	if (!err) {
		err = last_name(last, name);
		target = err ? NULL : d_lookup(dir, name);
		if (!err && target && target != old &&
		    S_ISDIR(target->d_inode->i_mode) != S_ISDIR(old->d_inode->i_mode))
			err = S_ISDIR(target->d_inode->i_mode) ? -EISDIR : -ENOTDIR;
		if (!err && target && S_ISDIR(target->d_inode->i_mode) && target->d_subdirs)
			err = -ENOTEMPTY;
		if (!err && is_ancestor(old, dir))
			err = -EINVAL;		/* a directory cannot move into itself */
		if (!err && (dir->d_inode->i_op || old->d_parent->d_inode->i_op || old == root_dentry))
			err = old == root_dentry ? -EBUSY : -EACCES;
		if (!err && old->d_unhashed)
			err = -ENOENT;
		copy = err ? NULL : kmalloc(strlen(name) + 1, GFP_KERNEL);
		if (!err && !copy)
			err = -ENOMEM;
		if (!err && target != old) {
			if (target)
				d_delete(target);
			dget(old);
			d_delete(old);		/* unlink from the old parent (drops the tree ref) */
			old->d_unhashed = 0;
			kfree(old->d_name);
			old->d_name = strcpy(copy, name);
			dput(old->d_parent);
			old->d_parent = dget(dir);
			old->d_sibling = dir->d_subdirs;
			dir->d_subdirs = old;
		} else {
			kfree(copy);
		}
		dput(dir);
	}
	putname(to);
	dput(old);
	return err;
}
