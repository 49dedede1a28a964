#ifndef _LINUX_SYSCALLS_H
#define _LINUX_SYSCALLS_H

/*
 * The C prototypes of the system calls: each one is the function that
 * sys_call_table (arch/x86/kernel/syscall_table_32.S) points at. They are
 * asmlinkage: the arguments are read from the stack, where system_call
 * (entry_32.S) left the user's registers. The ones the kernel does not
 * implement are weak aliases of sys_ni_syscall (kernel/sys_ni.c).
 */

#include <linux/types.h>
#include <linux/linkage.h>
#include <linux/compiler.h>
#include <asm/signal.h>

struct pt_regs;
struct stat;
struct stat64;
struct sigaction;
struct old_sigaction;
struct timespec;
struct timeval;
struct timezone;
struct tms;
struct rusage;
struct iovec;
struct linux_dirent64;
struct new_utsname;
struct old_utsname;
struct user_desc;
struct mmap_arg_struct;
struct rlimit;
struct sysinfo;


asmlinkage long sys_ni_syscall(void);

/* arch/x86/kernel/process_32.c */
asmlinkage long sys_fork(struct pt_regs *regs);
asmlinkage long sys_vfork(struct pt_regs *regs);
asmlinkage long sys_clone(struct pt_regs *regs);
asmlinkage long sys_execve(struct pt_regs *regs);

/* arch/x86/kernel/signal.c */
asmlinkage long sys_sigreturn(struct pt_regs *regs);
asmlinkage long sys_rt_sigreturn(struct pt_regs *regs);

/* arch/x86/kernel/tls.c */
asmlinkage long sys_set_thread_area(struct user_desc __user *u_info);
asmlinkage long sys_get_thread_area(struct user_desc __user *u_info);

/* fs/file_table.c */
asmlinkage long sys_close(unsigned int fd);
asmlinkage long sys_dup(unsigned int fildes);
asmlinkage long sys_dup2(unsigned int oldfd, unsigned int newfd);
asmlinkage long sys_dup3(unsigned int oldfd, unsigned int newfd, int flags);
asmlinkage long sys_fcntl(unsigned int fd, unsigned int cmd, unsigned long arg);
asmlinkage long sys_fcntl64(unsigned int fd, unsigned int cmd, unsigned long arg);

/* fs/namespace.c */
asmlinkage long sys_mount(char __user *dev_name, char __user *dir_name, char __user *type,
			  unsigned long flags, void __user *data);
asmlinkage long sys_umount(char __user *name, int flags);
asmlinkage long sys_oldumount(char __user *name);
asmlinkage long sys_sync(void);

/* fs/ioctl.c */
asmlinkage long sys_ioctl(unsigned int fd, unsigned int cmd, unsigned long arg);

/* fs/namei.c */
asmlinkage long sys_mkdir(const char __user *pathname, int mode);
asmlinkage long sys_mknod(const char __user *filename, int mode, unsigned dev);
asmlinkage long sys_symlink(const char __user *oldname, const char __user *newname);
asmlinkage long sys_rmdir(const char __user *pathname);
asmlinkage long sys_unlink(const char __user *pathname);
asmlinkage long sys_link(const char __user *oldname, const char __user *newname);
asmlinkage long sys_readlink(const char __user *path, char __user *buf, int bufsiz);
asmlinkage long sys_rename(const char __user *oldname, const char __user *newname);

/* fs/open.c */
asmlinkage long sys_open(const char __user *filename, int flags, int mode);
asmlinkage long sys_openat(int dfd, const char __user *filename, int flags, int mode);
asmlinkage long sys_creat(const char __user *pathname, int mode);
asmlinkage long sys_chdir(const char __user *filename);
asmlinkage long sys_fchdir(unsigned int fd);
asmlinkage long sys_getcwd(char __user *buf, unsigned long size);
asmlinkage long sys_umask(int mask);
asmlinkage long sys_access(const char __user *filename, int mode);
asmlinkage long sys_chmod(const char __user *filename, mode_t mode);
asmlinkage long sys_ftruncate(unsigned int fd, unsigned long length);
asmlinkage long sys_truncate(const char __user *path, unsigned long length);

/* fs/pipe.c */
asmlinkage long sys_pipe2(int __user *fildes, int flags);
asmlinkage long sys_pipe(int __user *fildes);

/* fs/read_write.c */
asmlinkage long sys_read(unsigned int fd, char __user *buf, size_t count);
asmlinkage long sys_write(unsigned int fd, const char __user *buf, size_t count);
asmlinkage long sys_readv(unsigned long fd,
			const struct iovec __user *vec,
			unsigned long vlen);
asmlinkage long sys_writev(unsigned long fd,
			const struct iovec __user *vec,
			unsigned long vlen);
asmlinkage long sys_lseek(unsigned int fd, off_t offset, unsigned int origin);
asmlinkage long sys_llseek(unsigned int fd,
			unsigned long offset_high,
			unsigned long offset_low,
			loff_t __user *result,
			unsigned int origin);
asmlinkage long sys_pread64(unsigned int fd, char __user *buf, size_t count, loff_t pos);

/* fs/readdir.c */
asmlinkage long sys_getdents64(unsigned int fd,
			struct linux_dirent64 __user *dirent,
			unsigned int count);

/* fs/stat.c */
asmlinkage long sys_stat64(const char __user *filename, struct stat64 __user *statbuf);
asmlinkage long sys_lstat64(const char __user *filename, struct stat64 __user *statbuf);
asmlinkage long sys_fstat64(unsigned long fd, struct stat64 __user *statbuf);
asmlinkage long sys_newstat(const char __user *filename, struct stat __user *statbuf);
asmlinkage long sys_newlstat(const char __user *filename, struct stat __user *statbuf);
asmlinkage long sys_newfstat(unsigned int fd, struct stat __user *statbuf);

/* kernel/exit.c */
asmlinkage long sys_exit(int error_code);
asmlinkage long sys_exit_group(int error_code);
asmlinkage long sys_wait4(pid_t pid,
			int __user *stat_addr,
			int options,
			struct rusage __user *ru);
asmlinkage long sys_waitpid(pid_t pid, int __user *stat_addr, int options);

/* kernel/printk.c */
asmlinkage long sys_syslog(int type, char __user *buf, int len);

/* kernel/sched.c */
asmlinkage long sys_sched_yield(void);

/* kernel/signal.c */
asmlinkage long sys_kill(int pid, int sig);
asmlinkage long sys_tkill(int pid, int sig);
asmlinkage long sys_tgkill(int tgid, int pid, int sig);
asmlinkage long sys_rt_sigaction(int sig,
			const struct sigaction __user *act,
			struct sigaction __user *oact,
			size_t sigsetsize);
asmlinkage long sys_sigaction(int sig,
			const struct old_sigaction __user *act,
			struct old_sigaction __user *oact);
asmlinkage long sys_signal(int sig, __sighandler_t handler);
asmlinkage long sys_rt_sigprocmask(int how,
			sigset_t __user *set,
			sigset_t __user *oset,
			size_t sigsetsize);
asmlinkage long sys_sigprocmask(int how, old_sigset_t __user *set, old_sigset_t __user *oset);
asmlinkage long sys_rt_sigpending(sigset_t __user *set, size_t sigsetsize);
asmlinkage long sys_rt_sigsuspend(sigset_t __user *unewset, size_t sigsetsize);
asmlinkage long sys_sigsuspend(int history0, int history1, old_sigset_t mask);
asmlinkage long sys_pause(void);

/* kernel/sys.c */
asmlinkage long sys_getpid(void);
asmlinkage long sys_gettid(void);
asmlinkage long sys_getppid(void);
asmlinkage long sys_getuid(void);
asmlinkage long sys_geteuid(void);
asmlinkage long sys_getgid(void);
asmlinkage long sys_getegid(void);
asmlinkage long sys_getuid16(void);
asmlinkage long sys_geteuid16(void);
asmlinkage long sys_getgid16(void);
asmlinkage long sys_getegid16(void);
asmlinkage long sys_setuid(uid_t uid);
asmlinkage long sys_setgid(gid_t gid);
asmlinkage long sys_set_tid_address(int __user *tidptr);
asmlinkage long sys_getpgid(pid_t pid);
asmlinkage long sys_getpgrp(void);
asmlinkage long sys_getsid(pid_t pid);
asmlinkage long sys_setpgid(pid_t pid, pid_t pgid);
asmlinkage long sys_setsid(void);
asmlinkage long sys_newuname(struct new_utsname __user *name);
asmlinkage long sys_uname(struct old_utsname __user *name);
asmlinkage long sys_sethostname(char __user *name, int len);
asmlinkage long sys_reboot(int magic1, int magic2, unsigned int cmd, void __user *arg);

/* kernel/time.c */
asmlinkage long sys_alarm(unsigned int seconds);
asmlinkage long sys_time(time_t __user *tloc);
asmlinkage long sys_gettimeofday(struct timeval __user *tv, struct timezone __user *tz);
asmlinkage long sys_clock_gettime(clockid_t which, struct timespec __user *tp);
asmlinkage long sys_clock_getres(clockid_t which, struct timespec __user *tp);
asmlinkage long sys_nanosleep(struct timespec __user *rqtp, struct timespec __user *rmtp);
asmlinkage long sys_times(struct tms __user *tbuf);

/* mm/mmap.c */
asmlinkage long sys_mmap_pgoff(unsigned long addr,
			unsigned long len,
			unsigned long prot,
			unsigned long flags,
			unsigned long fd,
			unsigned long pgoff);
asmlinkage long sys_old_mmap(struct mmap_arg_struct __user *arg);
asmlinkage long sys_munmap(unsigned long addr, size_t len);
asmlinkage long sys_brk(unsigned long brk);

/* mm/mprotect.c */
asmlinkage long sys_mprotect(unsigned long start, size_t len, unsigned long prot);

/* kernel/sys_info.c */
asmlinkage long sys_getrlimit(unsigned int resource, struct rlimit __user *rlim);
asmlinkage long sys_old_getrlimit(unsigned int resource, struct rlimit __user *rlim);
asmlinkage long sys_sysinfo(struct sysinfo __user *info);

int do_syslog(int type, char __user *buf, int len);
long do_sys_open(const char __user *filename, int flags, int mode);

#endif
