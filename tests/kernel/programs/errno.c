/*
 * errno: system calls given bad file descriptors, bad pointers, bad
 * numbers and absurd lengths must fail with Linux's errno, and the machine
 * must survive. With no argument it runs only the checks whose answer is the
 * same on any Linux i386 (the test compares the output with the host's);
 * "errno kernel" adds checks that depend on this kernel's limits.
 * The vector and 64-bit file calls (readv, writev, _llseek), creat and the
 * 16-bit uid calls are checked on success too, on a file in /tmp.
 * Every call also checks the ABI's other half: the kernel hands back EBX,
 * ECX, EDX, ESI, EDI and EBP as they were (only EAX holds the result).
 */
#include "sys.h"

long kept_in[7], kept_out[7];		/* EAX (the number), EBX, ECX, EDX, ESI, EDI, EBP */
static const char *clobbered;		/* a register the last calls got back changed */

/* int $0x80 with every register set from kept_in[], all saved to kept_out[] after */
static long syscall_kept(long nr, long a, long b, long c, long d, long e, long f)
{
	static const char *const names[7] = { 0, "ebx", "ecx", "edx", "esi", "edi", "ebp" };
	int i;

	kept_in[0] = nr;
	kept_in[1] = a;
	kept_in[2] = b;
	kept_in[3] = c;
	kept_in[4] = d;
	kept_in[5] = e;
	kept_in[6] = f;
	asm volatile("pushl %%ebp\n\tpushl %%ebx\n\tpushl %%esi\n\tpushl %%edi\n\t"
		     "movl kept_in+4, %%ebx\n\tmovl kept_in+8, %%ecx\n\t"
		     "movl kept_in+12, %%edx\n\tmovl kept_in+16, %%esi\n\t"
		     "movl kept_in+20, %%edi\n\tmovl kept_in+24, %%ebp\n\t"
		     "movl kept_in, %%eax\n\tint $0x80\n\t"
		     "movl %%eax, kept_out\n\tmovl %%ebx, kept_out+4\n\t"
		     "movl %%ecx, kept_out+8\n\tmovl %%edx, kept_out+12\n\t"
		     "movl %%esi, kept_out+16\n\tmovl %%edi, kept_out+20\n\t"
		     "movl %%ebp, kept_out+24\n\t"
		     "popl %%edi\n\tpopl %%esi\n\tpopl %%ebx\n\tpopl %%ebp"
		     : : : "eax", "ecx", "edx", "memory", "cc");
	for (i = 1; i < 7; i++)
		if (kept_out[i] != kept_in[i] && !clobbered)
			clobbered = names[i];
	return kept_out[0];
}

/* this file's calls go through syscall_kept (sys.h's own printing does not) */
#undef sys0
#undef sys1
#undef sys2
#undef sys3
#undef sys4
#define sys0(nr)		syscall_kept(nr, 0, 0, 0, 0, 0, 0)
#define sys1(nr, a)		syscall_kept(nr, (long)(a), 0, 0, 0, 0, 0)
#define sys2(nr, a, b)		syscall_kept(nr, (long)(a), (long)(b), 0, 0, 0, 0)
#define sys3(nr, a, b, c)	syscall_kept(nr, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define sys4(nr, a, b, c, d)	syscall_kept(nr, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

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

#define O_RDONLY	0
#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

static int checks, failures;

static void check(const char *name, long got, long want)
{
	const char *reg = clobbered;

	clobbered = 0;
	checks++;
	if (reg) {
		failures++;
		puts1("FAIL ");
		puts1(name);
		puts1(": the kernel changed %");
		puts1(reg);
		puts1("\n");
		return;
	}
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

/* a call that must succeed: "ok" when it returned exactly want */
static void check_ret(const char *name, long got, long want)
{
	check(name, got, -want);
}

static char buf[64];

struct iovec {
	const void *base;
	unsigned long len;
};

/* _llseek(2): the 64-bit offset as two halves, the new position stored at *pos */
static long llseek(long fd, unsigned long hi, unsigned long lo, long long *pos, int whence)
{
	return syscall_kept(__NR__llseek, fd, hi, lo, (long)pos, whence, 0);
}

/* "/tmp/errno-PID": a name of our own, the host may run several of us at once */
static void scratch_name(char *name)
{
	const char *prefix = "/tmp/errno-";
	char digits[12];
	long pid = sys0(__NR_getpid);
	int i = 0, n = 0;

	while (prefix[i]) {
		name[i] = prefix[i];
		i++;
	}
	do {
		digits[n++] = '0' + pid % 10;
		pid /= 10;
	} while (pid);
	while (n)
		name[i++] = digits[--n];
	name[i] = 0;
}

static int same(const char *a, const char *b, size_t n)
{
	while (n--)
		if (*a++ != *b++)
			return 0;
	return 1;
}

/* creat(2), then writev(2) and _llseek(2) on what it made */
static void creat_writev_checks(const char *name, long *fd)
{
	struct iovec two[2] = { { "hello ", 6 }, { "world\n", 6 } };
	struct iovec neg[2] = { { "abc", 3 }, { buf, 0x80000000UL } };
	struct iovec null[1] = { { 0, 4 } };
	long long pos = -1;

	*fd = sys2(__NR_creat, name, 0644);
	check_ret("creat a new file", *fd >= 0, 1);
	check("creat /", sys2(__NR_creat, "/", 0644), EISDIR);
	check("creat in a missing directory", sys2(__NR_creat, "/no/such/dir/f", 0644), ENOENT);
	check("creat bad pointer", sys2(__NR_creat, 0, 0644), EFAULT);
	check("read from a creat descriptor", sys3(__NR_read, *fd, buf, 1), EBADF);
	check_ret("writev two buffers", sys3(__NR_writev, *fd, two, 2), 12);
	check_ret("writev no buffers", sys3(__NR_writev, *fd, two, 0), 0);
	check("writev to fd -1", sys3(__NR_writev, -1, two, 2), EBADF);
	check("writev to fd -1, 2000 buffers", sys3(__NR_writev, -1, two, 2000), EBADF);
	check("writev 1025 buffers", sys3(__NR_writev, *fd, two, 1025), EINVAL);
	check("writev iovec at NULL", sys3(__NR_writev, *fd, 0, 1), EFAULT);
	check("writev from NULL", sys3(__NR_writev, *fd, null, 1), EFAULT);
	check("writev a negative length", sys3(__NR_writev, *fd, neg, 2), EINVAL);
	check_ret("_llseek to the end", llseek(*fd, 0, 0, &pos, SEEK_END), 0);
	check_ret("_llseek end is 12: a rejected writev wrote nothing", (long)pos, 12);
	check_ret("_llseek to 4 GiB", llseek(*fd, 1, 0, &pos, SEEK_SET), 0);
	check_ret("_llseek result high half", (long)(pos >> 32), 1);
	check_ret("_llseek result low half", (long)pos, 0);
	check_ret("_llseek 16 back", llseek(*fd, 0xffffffff, -16, &pos, SEEK_CUR), 0);
	check_ret("_llseek result below 4 GiB", (long)(pos - 0xfffffff0LL), 0);
	check("_llseek before the start", llseek(*fd, 0xffffffff, -16, &pos, SEEK_SET), EINVAL);
	check("_llseek bad whence", llseek(*fd, 0, 0, &pos, 7), EINVAL);
	check("_llseek fd -1", llseek(-1, 0, 0, &pos, SEEK_SET), EBADF);
	check("_llseek result to NULL", llseek(*fd, 0, 0, 0, SEEK_SET), EFAULT);
}

/* readv(2) of what creat_writev_checks wrote; creat(2) again truncates it */
static void readv_checks(const char *name, long wfd)
{
	char a[6], b[16];
	struct iovec two[2] = { { a, sizeof(a) }, { b, sizeof(b) } };
	long long pos = -1;
	long fd = sys2(__NR_open, name, O_RDONLY);

	check_ret("readv two buffers", sys3(__NR_readv, fd, two, 2), 12);
	check_ret("readv filled them in order", same(a, "hello ", 6) && same(b, "world\n", 6), 1);
	check_ret("readv at the end", sys3(__NR_readv, fd, two, 2), 0);
	check("readv from a write-only fd", sys3(__NR_readv, wfd, two, 2), EBADF);
	check("readv iovec at 16", sys3(__NR_readv, fd, 16, 1), EFAULT);
	check("readv from fd 100", sys3(__NR_readv, 100, two, 1), EBADF);
	check("writev to a read-only fd", sys3(__NR_writev, fd, two, 1), EBADF);
	sys1(__NR_close, fd);
	sys1(__NR_close, wfd);
	fd = sys2(__NR_creat, name, 0644);
	llseek(fd, 0, 0, &pos, SEEK_END);
	check_ret("creat again truncates", (long)pos, 0);
	sys1(__NR_close, fd);
	check_ret("unlink the scratch file", sys1(__NR_unlink, name), 0);
}

/* what a 16-bit id call must return: the id, or the overflow id 65534 past 65535 */
static long id16(long id32)
{
	return id32 > 65535 ? 65534 : id32;
}

static void file_checks(void)
{
	char name[32];
	long fd;

	sys2(__NR_mkdir, "/tmp", 01777);	/* the test initramfs has none */
	scratch_name(name);
	creat_writev_checks(name, &fd);
	readv_checks(name, fd);
	check_ret("getuid (16-bit)", sys0(__NR_getuid), id16(sys0(__NR_getuid32)));
	check_ret("geteuid (16-bit)", sys0(__NR_geteuid), id16(sys0(__NR_geteuid32)));
	check_ret("getgid (16-bit)", sys0(__NR_getgid), id16(sys0(__NR_getgid32)));
	check_ret("getegid (16-bit)", sys0(__NR_getegid), id16(sys0(__NR_getegid32)));
}

static void common_checks(void)
{
	int fds[2] = { -1, -1 };
	long sigact[5] = { 0, 0, 0, 0, 0 };
	long ts[2] = { 0, 2000000000 };
	long page;

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
	page = syscall_kept(__NR_mmap2, 0, 4096, 3, 0x22, -1, 0);	/* RW, private|anonymous */
	check_ret("mmap2 an anonymous page", (unsigned long)page < -4096UL && !(page & 4095), 1);
	check_ret("munmap it", sys2(__NR_munmap, page, 4096), 0);
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
	check("mmap2 of a file", syscall_kept(__NR_mmap2, 0, 4096, 1, 2, 0, 0), 19);
}

int main(int argc, char **argv, char **envp)
{
	common_checks();
	file_checks();
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
