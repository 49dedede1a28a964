/*
 * errno: system calls given bad file descriptors, bad pointers, bad
 * numbers and absurd lengths must fail with Linux's errno, and the machine
 * must survive. With no argument it runs only the checks whose answer is the
 * same on any Linux i386 (the test compares the output with the host's);
 * "errno kernel" adds checks that depend on this kernel's limits.
 */
#include "sys.h"

#define EPERM	1
#define ENOENT	2
#define ESRCH	3
#define EBADF	9
#define ECHILD	10
#define EFAULT	14
#define EEXIST	17
#define ENOTDIR	20
#define EISDIR	21
#define EINVAL	22
#define ENOTTY	25
#define ESPIPE	29
#define ERANGE	34
#define ENOSYS	38

static int checks, failures;

static void check(const char *name, long got, long want)
{
	checks++;
	if (got == -want) {
		puts1("ok ");
		puts1(name);
		puts1("\n");
		return;
	}
	failures++;
	puts1("FAIL ");
	puts1(name);
	puts1(": got ");
	putnum(got);
	puts1(" want ");
	putnum(-want);
	puts1("\n");
}

static char buf[64];

static void common_checks(void)
{
	int fds[2] = { -1, -1 };
	long sigact[5] = { 0, 0, 0, 0, 0 };
	long ts[2] = { 0, 2000000000 };

	check("write to fd -1", sys3(__NR_write, -1, buf, 1), EBADF);
	check("write to fd 100", sys3(__NR_write, 100, buf, 1), EBADF);
	check("close fd 55", sys1(__NR_close, 55), EBADF);
	check("dup fd 77", sys1(__NR_dup, 77), EBADF);
	check("write from NULL", sys3(__NR_write, 1, 0, 5), EFAULT);
	check("write from kernel memory", sys3(__NR_write, 1, 0xC0001000, 5), EFAULT);
	check("open bad pointer", sys2(__NR_open, 1, 0), EFAULT);
	check("open missing file", sys2(__NR_open, "/no/such/file", 0), ENOENT);
	check("open / for writing", sys2(__NR_open, "/", 1), EISDIR);
	check("open file as directory", sys2(__NR_open, "/dev/null/x", 0), ENOTDIR);
	check("syscall 9999", sys0(9999), ENOSYS);
	check("syscall -1", sys0(-1), ENOSYS);
	check("syscall 285 (unused slot)", sys0(285), ENOSYS);
	check("syscall 17 (old break)", sys0(17), ENOSYS);
	check("getcwd into 1 byte", sys2(__NR_getcwd, buf, 1), ERANGE);
	check("getcwd to NULL", sys2(__NR_getcwd, 0, 64), EFAULT);
	check("chdir missing", sys1(__NR_chdir, "/no/such/dir"), ENOENT);
	check("rmdir missing", sys1(__NR_rmdir, "/no/such/dir"), ENOENT);
	check("kill missing pid", sys2(__NR_kill, 0x7ffffff0, 0), ESRCH);
	check("kill bad signal", sys2(__NR_kill, sys0(__NR_getpid), 99), EINVAL);
	check("pipe to NULL", sys1(__NR_pipe, 0), EFAULT);
	check("waitpid without children", sys3(__NR_waitpid, -1, 0, 1), ECHILD);
	check("munmap unaligned", sys2(__NR_munmap, 0x1001, 4096), EINVAL);
	check("sigaction SIGKILL", sys4(__NR_rt_sigaction, 9, sigact, 0, 8), EINVAL);
	check("sigaction bad sigsetsize", sys4(__NR_rt_sigaction, 10, 0, 0, 4), EINVAL);
	check("execve missing", sys3(__NR_execve, "/no/such/prog", 0, 0), ENOENT);
	check("execve bad pointer", sys3(__NR_execve, 16, 0, 0), EFAULT);
	check("nanosleep bad nsec", sys2(__NR_nanosleep, ts, 0), EINVAL);
	check("uname to bad pointer", sys1(__NR_uname, 4), EFAULT);
	check("stat64 bad pointer", sys2(__NR_stat64, "/", 8), EFAULT);
	if (sys1(__NR_pipe, fds) == 0) {
		check("lseek on a pipe", sys3(__NR_lseek, fds[0], 0, 0), ESPIPE);
		check("ioctl TCGETS on a pipe", sys3(__NR_ioctl, fds[0], 0x5401, buf), ENOTTY);
		check("write to read end", sys3(__NR_write, fds[0], buf, 1), EBADF);
		check("read from write end", sys3(__NR_read, fds[1], buf, 1), EBADF);
		sys1(__NR_close, fds[0]);
		sys1(__NR_close, fds[1]);
	}
}

/* checks that depend on this kernel (its 3 GiB limit, its lack of sockets) */
static void kernel_checks(void)
{
	check("write a huge length near 3 GiB", sys3(__NR_write, 1, 0xbfffff00, 0x7fffffff), EFAULT);
	check("read into kernel memory", sys3(__NR_read, 0, 0xC0100000, 16), EFAULT);
	check("syscall 102 (socketcall)", sys0(102), ENOSYS);
	check("syscall 337 (recvmmsg)", sys0(337), ENOSYS);
	check("syscall 338 (past the table)", sys0(338), ENOSYS);
	check("mkdir /", sys2(__NR_mkdir, "/", 0755), EEXIST);
	check("brk below the heap", sys1(__NR_brk, 4096) > 0 ? 0 : -1, 0);
	check("mmap2 of a file", syscall6(__NR_mmap2, 0, 4096, 1, 2, 0, 0), 19);
}

int main(int argc, char **argv, char **envp)
{
	common_checks();
	if (argc > 1 && argv[1][0] == 'k')
		kernel_checks();
	puts1("errno: ");
	putnum(checks);
	puts1(" checks, ");
	putnum(failures);
	puts1(" failures\n");
	return failures;
}
DEFINE_START(main)
