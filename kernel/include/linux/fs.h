#ifndef _LINUX_FS_H
#define _LINUX_FS_H

/*
 * The virtual file system: inodes (the files themselves), dentries (their
 * names, forming the directory tree) and struct file (an open file, shared
 * by dup() and fork()). There is one file system, a RAM tree (ramfs) filled
 * from the initramfs; /proc and the devices hang off it through their own
 * operations.
 */
#include <linux/types.h>
#include <linux/stat.h>
#include <linux/fcntl.h>
#include <linux/compiler.h>

#define NAME_MAX	255
#define PATH_MAX	4096
#define MAX_SYMLINKS	8

struct file;
struct inode;
struct dentry;
struct pipe_inode_info;
struct pt_regs;

struct file_operations {
	ssize_t (*read)(struct file *, char __user *, size_t, loff_t *);
	ssize_t (*write)(struct file *, const char __user *, size_t, loff_t *);
	int (*readdir)(struct file *, void *dirent, int (*filldir)(void *, const char *, int,
							       unsigned long, unsigned int));
	int (*ioctl)(struct file *, unsigned int cmd, unsigned long arg);
	int (*open)(struct inode *, struct file *);
	int (*release)(struct inode *, struct file *);
	int seekable;				/* lseek() allowed */
};

struct inode_operations {
	/* a directory whose entries are made up on demand (/proc) */
	struct dentry *(*lookup)(struct dentry *dir, const char *name);
};

struct inode {
	unsigned long i_ino;
	umode_t i_mode;
	unsigned int i_nlink;
	dev_t i_rdev;			/* device number of a device node */
	loff_t i_size;
	time_t i_mtime, i_ctime;
	int i_count;
	const struct file_operations *i_fop;
	const struct inode_operations *i_op;
	/* regular file data: i_npages pages, i_pages[] their addresses */
	unsigned long *i_pages;
	unsigned long i_npages;		/* pages in use */
	unsigned long i_pages_max;	/* room in i_pages[] */
	char *i_link;			/* a symlink's target */
	struct pipe_inode_info *i_pipe;
	void *i_private;		/* /proc: what the file describes */
};

struct dentry {
	char *d_name;
	struct dentry *d_parent;
	struct dentry *d_subdirs;	/* first child */
	struct dentry *d_sibling;	/* next child of the same parent */
	struct inode *d_inode;
	int d_count;			/* references: open files, cwd, lookups */
	int d_unhashed;			/* removed from the tree (or never in it) */
};

struct file {
	struct dentry *f_dentry;
	const struct file_operations *f_op;
	unsigned int f_flags;		/* O_* */
	loff_t f_pos;
	int f_count;
	void *private_data;
};

#define FMODE_READ(f)	(((f)->f_flags & O_ACCMODE) != O_WRONLY)
#define FMODE_WRITE(f)	(((f)->f_flags & O_ACCMODE) != O_RDONLY)

struct files_struct {
	struct file *fd[64];
	unsigned long close_on_exec[2];
};

/* fs/ramfs/inode.c: the tree */
extern struct dentry *root_dentry;
void vfs_caches_init(void);
struct inode *new_inode(umode_t mode);
struct dentry *d_alloc(struct dentry *parent, const char *name, struct inode *inode);
struct dentry *d_lookup(struct dentry *dir, const char *name);
void d_delete(struct dentry *dentry);
struct dentry *dget(struct dentry *d);
void dput(struct dentry *d);
void iput(struct inode *inode);
int ramfs_truncate(struct inode *inode, loff_t size);
ssize_t ramfs_file_rw(struct inode *inode, char *kbuf, size_t count, loff_t pos, int write);
extern const struct file_operations ramfs_file_operations;
extern const struct file_operations ramfs_dir_operations;
int dcache_readdir(struct file *filp, void *dirent,
		   int (*filldir)(void *, const char *, int, unsigned long, unsigned int));

/* fs/namei.c: names to dentries */
#define LOOKUP_FOLLOW	1
#define LOOKUP_PARENT	2
int path_lookup(const char *name, unsigned int flags, struct dentry **result,
		const char **last);
int user_path(const char __user *name, unsigned int flags, struct dentry **result);
char *getname(const char __user *filename);
void putname(char *name);
int vfs_mknod(const char *path, umode_t mode, dev_t dev, struct dentry **result);
int vfs_symlink(const char *target, const char *path);

/* fs/open.c, fs/file_table.c, fs/file.c */
struct file *filp_open(const char *path, int flags, umode_t mode);
int filp_close(struct file *filp);
struct file *get_empty_filp(void);
struct file *fget(unsigned int fd);
void fput(struct file *file);
int get_unused_fd(void);
void fd_install(unsigned int fd, struct file *file);
struct files_struct *dup_fd(struct files_struct *old);
void put_files_struct(struct files_struct *files);
void flush_old_files(struct files_struct *files);
int do_dup(struct file *file, int minfd, int cloexec);
ssize_t kernel_read(struct file *file, loff_t offset, char *addr, unsigned long count);
void *read_whole_file(const char *path, unsigned long *len);

/* fs/char_dev.c: device numbers to drivers */
#define MKDEV(ma, mi)	(((ma) << 8) | (mi))
#define MAJOR(dev)	((dev) >> 8)
#define MINOR(dev)	((dev) & 0xff)
int chrdev_open(struct inode *inode, struct file *filp);
extern const struct file_operations def_chr_fops;

/* fs/pipe.c */
int do_pipe_flags(int *fd, int flags);
extern const struct file_operations fifo_fops;

/* fs/exec.c */
int do_execve(char *filename, char __user *__user *argv, char __user *__user *envp,
	      struct pt_regs *regs);

/* fs/proc */
void proc_root_init(void);

#endif
