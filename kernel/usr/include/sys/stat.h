/* sys/stat.h - file metadata. Our struct stat IS the kernel's i386 struct stat64, so
 * stat() is a single stat64 system call with no copying. */
#ifndef _SYS_STAT_H
#define _SYS_STAT_H

#include <sys/types.h>

struct stat {
	unsigned long long st_dev;      /* device of the file system */
	unsigned char __pad0[4];
	unsigned long __st_ino;         /* inode, truncated to 32 bits */
	unsigned int st_mode;           /* type (S_IFMT bits) and permissions */
	unsigned int st_nlink;          /* number of hard links */
	unsigned long st_uid;
	unsigned long st_gid;
	unsigned long long st_rdev;     /* device number, for device files */
	unsigned char __pad3[4];
	long long st_size;              /* size in bytes */
	unsigned long st_blksize;
	unsigned long long st_blocks;   /* 512-byte blocks allocated */
	unsigned long st_atime;         /* last access, seconds since 1970 */
	unsigned long st_atime_nsec;
	unsigned long st_mtime;         /* last modification */
	unsigned long st_mtime_nsec;
	unsigned long st_ctime;         /* last status change */
	unsigned long st_ctime_nsec;
	unsigned long long st_ino;      /* inode number */
};

/* the type and mode bits of st_mode are the kernel's own, in
 * arch/x86/include/asm/stat.h */
#include <asm/stat.h>

int stat(const char *path, struct stat *st);
int lstat(const char *path, struct stat *st);
int fstat(int fd, struct stat *st);
int mkdir(const char *path, mode_t mode);
int chmod(const char *path, mode_t mode);
int mknod(const char *path, mode_t mode, dev_t dev);
mode_t umask(mode_t mask);

#endif
