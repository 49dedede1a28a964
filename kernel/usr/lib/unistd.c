/* unistd.c - thin wrappers: each one is a single system call. */
#include <unistd.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/stat.h>
#include <sys/ioctl.h>
#include <sys/utsname.h>
#include <sys/reboot.h>
#include <sys/klog.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <time.h>
#include <errno.h>
#include "libc.h"

ssize_t read(int fd, void *buf, size_t n) { return SYS3(__NR_read, fd, buf, n); }
ssize_t write(int fd, const void *buf, size_t n) { return SYS3(__NR_write, fd, buf, n); }
int close(int fd) { return SYS1(__NR_close, fd); }
off_t lseek(int fd, off_t off, int whence) { return SYS3(__NR_lseek, fd, off, whence); }
int dup(int fd) { return SYS1(__NR_dup, fd); }
int dup2(int oldfd, int newfd) { return SYS2(__NR_dup2, oldfd, newfd); }
int pipe(int fds[2]) { return SYS1(__NR_pipe, fds); }
int unlink(const char *path) { return SYS1(__NR_unlink, path); }
int link(const char *from, const char *to) { return SYS2(__NR_link, from, to); }
int symlink(const char *target, const char *path) { return SYS2(__NR_symlink, target, path); }
ssize_t readlink(const char *path, char *buf, size_t size)
{
	return SYS3(__NR_readlink, path, buf, size);
}
int rmdir(const char *path) { return SYS1(__NR_rmdir, path); }
int mkdir(const char *path, mode_t mode) { return SYS2(__NR_mkdir, path, mode); }
int chdir(const char *path) { return SYS1(__NR_chdir, path); }
int chmod(const char *path, mode_t mode) { return SYS2(__NR_chmod, path, mode); }
int mknod(const char *path, mode_t mode, dev_t dev)
{
	return SYS3(__NR_mknod, path, mode, (unsigned)dev);
}
mode_t umask(mode_t mask) { return SYS1(__NR_umask, mask); }
int rename(const char *from, const char *to) { return SYS2(__NR_rename, from, to); }
int access(const char *path, int mode) { return SYS2(__NR_access, path, mode); }
void sync(void) { SYS0(__NR_sync); }

/* The kernel's getcwd returns the length; the C one returns the buffer. */
char *getcwd(char *buf, size_t size)
{
	return SYS2(__NR_getcwd, buf, size) < 0 ? 0 : buf;
}

int open(const char *path, int flags, ...)
{
	va_list ap;
	int mode;

	va_start(ap, flags);
	mode = va_arg(ap, int);     /* only meaningful with O_CREAT */
	va_end(ap);
	return SYS3(__NR_open, path, flags, mode);
}

int creat(const char *path, mode_t mode)
{
	return open(path, O_CREAT | O_WRONLY | O_TRUNC, mode);
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	long arg;

	va_start(ap, cmd);
	arg = va_arg(ap, long);
	va_end(ap);
	return SYS3(__NR_fcntl64, fd, cmd, arg);
}

int ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	long arg;

	va_start(ap, request);
	arg = va_arg(ap, long);
	va_end(ap);
	return SYS3(__NR_ioctl, fd, request, arg);
}

int isatty(int fd)
{
	char t[64];     /* bigger than struct termios */

	return ioctl(fd, TCGETS, t) == 0;
}

int stat(const char *path, struct stat *st) { return SYS2(__NR_stat64, path, st); }
int lstat(const char *path, struct stat *st) { return SYS2(__NR_lstat64, path, st); }
int fstat(int fd, struct stat *st) { return SYS2(__NR_fstat64, fd, st); }

pid_t fork(void) { return SYS0(__NR_fork); }
int execve(const char *path, char *const argv[], char *const envp[])
{
	return SYS3(__NR_execve, path, argv, envp);
}
pid_t getpid(void) { return SYS0(__NR_getpid); }
pid_t getppid(void) { return SYS0(__NR_getppid); }
uid_t getuid(void) { return SYS0(__NR_getuid32); }
uid_t geteuid(void) { return SYS0(__NR_geteuid32); }
gid_t getgid(void) { return SYS0(__NR_getgid32); }
gid_t getegid(void) { return SYS0(__NR_getegid32); }
int setpgid(pid_t pid, pid_t pgid) { return SYS2(__NR_setpgid, pid, pgid); }
pid_t getpgrp(void) { return SYS0(__NR_getpgrp); }
pid_t setsid(void) { return SYS0(__NR_setsid); }
unsigned int alarm(unsigned int seconds) { return SYS1(__NR_alarm, seconds); }
int pause(void) { return SYS0(__NR_pause); }

pid_t tcgetpgrp(int fd)
{
	pid_t pgrp;

	return ioctl(fd, TIOCGPGRP, &pgrp) < 0 ? -1 : pgrp;
}

int tcsetpgrp(int fd, pid_t pgrp) { return ioctl(fd, TIOCSPGRP, &pgrp); }

int uname(struct utsname *u) { return SYS1(__NR_uname, u); }
int klogctl(int type, char *buf, int len) { return SYS3(__NR_syslog, type, buf, len); }

/* The magic numbers make an accidental reboot by a stray call unlikely. */
int reboot(int cmd)
{
	return SYS4(__NR_reboot, 0xfee1dead, 672274793, cmd, 0);
}

/* mmap2 takes the offset in 4096-byte pages, so 32 bits reach 16 TiB. */
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t offset)
{
	long r;

	if (offset & 4095) {
		errno = EINVAL;
		return MAP_FAILED;
	}
	r = __sys(__NR_mmap2, (long)addr, len, prot, flags, fd, offset >> 12);
	return (void *)__ret(r);
}

int munmap(void *addr, size_t len) { return SYS2(__NR_munmap, addr, len); }

time_t time(time_t *t)
{
	time_t now = SYS1(__NR_time, 0);

	if (t)
		*t = now;
	return now;
}

int gettimeofday(struct timeval *tv, void *tz) { return SYS2(__NR_gettimeofday, tv, tz); }
int clock_gettime(clockid_t clock, struct timespec *ts)
{
	return SYS2(__NR_clock_gettime, clock, ts);
}
int nanosleep(const struct timespec *req, struct timespec *rem)
{
	return SYS2(__NR_nanosleep, req, rem);
}

/* Returns the seconds left when a signal cut the sleep short. */
unsigned int sleep(unsigned int seconds)
{
	struct timespec ts, rem;

	ts.tv_sec = seconds;
	ts.tv_nsec = 0;
	if (nanosleep(&ts, &rem) < 0)
		return rem.tv_sec + (rem.tv_nsec > 0);
	return 0;
}

int usleep(unsigned int usec)
{
	struct timespec ts;

	ts.tv_sec = usec / 1000000;
	ts.tv_nsec = (usec % 1000000) * 1000;
	return nanosleep(&ts, 0);
}
