/* unistd.h - the POSIX system call wrappers: files, processes, directories.
 * Each one is a few lines in usr/lib/unistd.c around syscall(). */
#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

#define SEEK_SET 0      /* lseek: from the start of the file */
#define SEEK_CUR 1      /* ... from the current position */
#define SEEK_END 2      /* ... from the end */

#define F_OK 0          /* access(): does it exist? */
#define X_OK 1
#define W_OK 2
#define R_OK 4

extern char **environ;  /* "NAME=value" strings, set up by crt0 */

/* Enter the kernel: syscall(__NR_write, 1, "hi\n", 3). Returns the kernel's result,
 * or -1 with errno set when the kernel returned -errno. Numbers: <sys/syscall.h>. */
long syscall(long number, ...);

ssize_t read(int fd, void *buf, size_t n);
ssize_t write(int fd, const void *buf, size_t n);
int close(int fd);
off_t lseek(int fd, off_t offset, int whence);
int pipe(int fds[2]);
int dup(int fd);
int dup2(int oldfd, int newfd);
int unlink(const char *path);
int link(const char *from, const char *to);
int symlink(const char *target, const char *path);
ssize_t readlink(const char *path, char *buf, size_t size);
int rmdir(const char *path);
int chdir(const char *path);
char *getcwd(char *buf, size_t size);
int access(const char *path, int mode);
int isatty(int fd);
void sync(void);

pid_t fork(void);
int execve(const char *path, char *const argv[], char *const envp[]);
int execv(const char *path, char *const argv[]);
int execvp(const char *file, char *const argv[]);
int execl(const char *path, const char *arg, ...);
int execlp(const char *file, const char *arg, ...);
void _exit(int status) __attribute__((noreturn));
pid_t getpid(void);
pid_t getppid(void);
uid_t getuid(void);
uid_t geteuid(void);
gid_t getgid(void);
gid_t getegid(void);
int setpgid(pid_t pid, pid_t pgid);
pid_t getpgrp(void);
pid_t setsid(void);
pid_t tcgetpgrp(int fd);
int tcsetpgrp(int fd, pid_t pgrp);
unsigned int sleep(unsigned int seconds);
int usleep(unsigned int usec);
unsigned int alarm(unsigned int seconds);
int pause(void);

int brk(void *end);
void *sbrk(int increment);

#endif
