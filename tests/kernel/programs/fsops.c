/*
 * fsops: hard links, mount(2) of the file systems that exist, sync(2), and
 * alarm(2) waking pause() with SIGALRM.
 */
#include "sys.h"

#define SIGALRM	14

static volatile int alarmed;
static char block[4096];

static void on_alarm(int sig)
{
	alarmed = sig;
}

static void say(const char *what, long v)
{
	puts1("fsops: ");
	puts1(what);
	puts1(" ");
	putnum(v);
	puts1("\n");
}

int main(int argc, char **argv, char **envp)
{
	long act[4] = { (long)on_alarm, 0, 0, 0 };
	char buf[8] = { 0 };
	long fd, len;

	sys2(__NR_mkdir, "/tmp", 0777);
	fd = sys3(__NR_open, "/tmp/a", 0101, 0644);	/* O_CREAT | O_WRONLY */
	sys3(__NR_write, fd, "data", 4);
	sys1(__NR_close, fd);
	say("link", sys2(__NR_link, "/tmp/a", "/tmp/b"));
	say("link to a directory", sys2(__NR_link, "/tmp", "/tmp/c"));
	say("unlink first name", sys1(__NR_unlink, "/tmp/a"));
	fd = sys2(__NR_open, "/tmp/b", 0);
	sys3(__NR_read, fd, buf, 4);
	sys1(__NR_close, fd);
	puts1("fsops: second name reads ");
	puts1(buf);
	puts1("\n");
	sys2(__NR_mkdir, "/tmp/d", 0755);
	sys2(__NR_mkdir, "/tmp/d/e", 0755);
	say("rename a directory into itself", sys2(__NR_rename, "/tmp/d", "/tmp/d/e/f"));
	say("rename a file over a directory", sys2(__NR_rename, "/tmp/b", "/tmp/d"));
	fd = sys3(__NR_open, "/tmp/big", 0101, 0644);
	for (len = 0; len < 256; len++)
		sys3(__NR_write, fd, block, sizeof(block));
	say("big file size", sys3(__NR_lseek, fd, 0, 2));
	sys1(__NR_close, fd);
	say("mount proc", sys4(__NR_mount, "proc", "/proc", "proc", 0));
	say("mount ext2", sys4(__NR_mount, "/dev/hda", "/tmp", "ext2", 0));
	say("sync", sys0(__NR_sync));
	sys4(__NR_rt_sigaction, SIGALRM, act, 0, 8);
	say("alarm", sys1(__NR_alarm, 1));
	say("pause", sys0(__NR_pause));
	say("alarm handler got signal", alarmed);
	return 0;
}
DEFINE_START(main)
