/* fcntl.h - open() and its flags (Linux i386 values, in octal as the kernel writes them). */
#ifndef _FCNTL_H
#define _FCNTL_H

#include <sys/types.h>

#define O_RDONLY 00
#define O_WRONLY 01
#define O_RDWR 02
#define O_ACCMODE 03
#define O_CREAT 0100        /* create the file if it does not exist */
#define O_EXCL 0200         /* with O_CREAT: fail if it exists */
#define O_NOCTTY 0400
#define O_TRUNC 01000       /* empty the file */
#define O_APPEND 02000      /* every write goes to the end */
#define O_NONBLOCK 04000
#define O_DIRECTORY 0200000 /* fail unless it is a directory */
#define O_NOFOLLOW 0400000
#define O_CLOEXEC 02000000  /* close on execve */

#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define FD_CLOEXEC 1

#define AT_FDCWD (-100)

int open(const char *path, int flags, ...);
int creat(const char *path, mode_t mode);
int fcntl(int fd, int cmd, ...);

#endif
