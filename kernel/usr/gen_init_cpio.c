/* gen_init_cpio.c - host tool: turns usr/initramfs_list into a "newc" cpio archive,
 * the format the kernel unpacks into its root file system at boot.
 *
 *   usage: gen_init_cpio LIST > initramfs.cpio
 *
 * Each line of LIST is one entry (fields separated by blanks, '#' starts a comment):
 *   dir   NAME MODE UID GID
 *   file  NAME SRC MODE UID GID            SRC: a path on the build machine
 *   nod   NAME MODE UID GID c|b MAJ MIN    a device node
 *   slink NAME TARGET MODE UID GID         a symbolic link
 * MODE is octal permissions (0755). Every time stamp is 0, so the same inputs always
 * give the same bytes.
 *
 * newc: for each entry a 110-byte ASCII header ("070701" and 13 fields of 8 hex
 * digits), the NUL-terminated name padded to 4 bytes, then the data padded to 4 bytes.
 * The archive ends with an entry named "TRAILER!!!".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#define S_IFDIR 0040000
#define S_IFREG 0100000
#define S_IFLNK 0120000
#define S_IFCHR 0020000
#define S_IFBLK 0060000

static unsigned long offset;    /* bytes written so far, for padding */
static unsigned int ino = 721;
static const char *list_name;
static int line_no;

static void fail(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s:%d: ", list_name, line_no);
	fprintf(stderr, fmt, arg);
	fputc('\n', stderr);
	exit(1);
}

static void put(const void *p, unsigned long n)
{
	if (fwrite(p, 1, n, stdout) != n) {
		perror("gen_init_cpio: write");
		exit(1);
	}
	offset += n;
}

static void pad4(void)
{
	static const char zeros[4];

	put(zeros, (4 - offset % 4) % 4);
}

/* Header + name; the caller writes `size` bytes of data afterwards. */
static void header(const char *name, unsigned mode, unsigned uid, unsigned gid,
                   unsigned long size, unsigned maj, unsigned min)
{
	char h[111];

	while (*name == '/')    /* archive names are relative to the root */
		name++;
	snprintf(h, sizeof(h), "070701%08X%08X%08X%08X%08X%08X%08lX%08X%08X%08X%08X%08X%08X",
		 ino++, mode, uid, gid, (mode & 0170000) == S_IFDIR ? 2 : 1, 0, size, 0, 0,
		 maj, min, (unsigned)strlen(name) + 1, 0);
	put(h, 110);
	put(name, strlen(name) + 1);
	pad4();
}

static unsigned num(const char *s, int base, const char *what)
{
	char *end;
	unsigned long v;

	if (!s)
		fail("missing %s", what);
	errno = 0;
	v = strtoul(s, &end, base);
	if (*end || errno)
		fail("bad %s", what);
	return (unsigned)v;
}

static void add_file(const char *name, const char *src, unsigned mode, unsigned uid,
                     unsigned gid)
{
	FILE *f = fopen(src, "rb");
	char *data;
	long size;

	if (!f)
		fail("cannot open '%s'", src);
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	rewind(f);
	data = malloc(size ? size : 1);
	if (!data || fread(data, 1, size, f) != (size_t)size)
		fail("cannot read '%s'", src);
	fclose(f);
	header(name, S_IFREG | mode, uid, gid, size, 0, 0);
	put(data, size);
	pad4();
	free(data);
}

/* One line of the list; tok holds its blank-separated fields. */
static void entry(char **tok, int n)
{
	const char *t = tok[0];

	if (!strcmp(t, "dir") && n == 5) {
		header(tok[1], S_IFDIR | num(tok[2], 8, "mode"), num(tok[3], 10, "uid"),
		       num(tok[4], 10, "gid"), 0, 0, 0);
	} else if (!strcmp(t, "file") && n == 6) {
		add_file(tok[1], tok[2], num(tok[3], 8, "mode"), num(tok[4], 10, "uid"),
			 num(tok[5], 10, "gid"));
	} else if (!strcmp(t, "nod") && n == 8) {
		unsigned type = !strcmp(tok[5], "c") ? S_IFCHR : !strcmp(tok[5], "b") ? S_IFBLK : 0;

		if (!type)
			fail("device type must be c or b, not '%s'", tok[5]);
		header(tok[1], type | num(tok[2], 8, "mode"), num(tok[3], 10, "uid"),
		       num(tok[4], 10, "gid"), 0, num(tok[6], 10, "major"), num(tok[7], 10, "minor"));
	} else if (!strcmp(t, "slink") && n == 6) {
		header(tok[1], S_IFLNK | num(tok[3], 8, "mode"), num(tok[4], 10, "uid"),
		       num(tok[5], 10, "gid"), strlen(tok[2]), 0, 0);
		put(tok[2], strlen(tok[2]));
		pad4();
	} else if (!strcmp(t, "dir") || !strcmp(t, "file") || !strcmp(t, "nod") ||
		   !strcmp(t, "slink")) {
		fail("wrong number of fields for '%s'", t);
	} else {
		fail("unknown entry type '%s' (dir, file, nod or slink)", t);
	}
}

int main(int argc, char **argv)
{
	char line[4096];
	FILE *list;

	if (argc != 2 || !strcmp(argv[1], "--help")) {
		fprintf(stderr, "usage: gen_init_cpio LIST > initramfs.cpio\n");
		return argc == 2 ? 0 : 2;
	}
	list_name = argv[1];
	list = fopen(list_name, "r");
	if (!list) {
		perror(list_name);
		return 1;
	}
	while (fgets(line, sizeof(line), list)) {
		char *tok[9], *hash = strchr(line, '#');
		int n = 0;

		line_no++;
		if (hash)
			*hash = 0;
		for (tok[n] = strtok(line, " \t\r\n"); tok[n] && n < 8;)
			tok[++n] = strtok(0, " \t\r\n");
		if (n > 0)
			entry(tok, n);
	}
	fclose(list);
	header("TRAILER!!!", 0, 0, 0, 0, 0, 0);
	while (offset % 512)    /* whole 512-byte blocks, as cpio(1) writes */
		put("", 1);     /* "" is one NUL byte */
	return fflush(stdout) ? 1 : 0;
}
