/* wc - count lines, words and bytes (-l, -w, -c pick which; default all three). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>

static int show_l, show_w, show_c;
static unsigned long total[3];

static void print(unsigned long *n, const char *name)
{
	if (show_l)
		printf("%7lu", n[0]);
	if (show_w)
		printf(" %7lu", n[1]);
	if (show_c)
		printf(" %7lu", n[2]);
	printf(name ? " %s\n" : "\n", name);
}

static int count(int fd, const char *name)
{
	char buf[4096];
	unsigned long n[3] = { 0, 0, 0 };
	int r, i, inword = 0;

	while ((r = read(fd, buf, sizeof(buf))) > 0) {
		n[2] += r;
		for (i = 0; i < r; i++) {
			char c = buf[i];
			int space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';

			n[0] += c == '\n';
			if (!space && !inword)
				n[1]++;
			inword = !space;
		}
	}
	if (r < 0) {
		fprintf(stderr, "wc: %s: %s\n", name ? name : "-", strerror(errno));
		return 1;
	}
	for (i = 0; i < 3; i++)
		total[i] += n[i];
	print(n, name);
	return 0;
}

int main(int argc, char **argv)
{
	int i = 1, fd, err = 0, files;

	if (argc > 1 && !strcmp(argv[1], "--help")) {
		printf("usage: wc [-lwc] [FILE]...\ncount lines, words and bytes\n");
		return 0;
	}
	for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
		const char *o;

		for (o = argv[i] + 1; *o; o++) {
			if (*o == 'l')
				show_l = 1;
			else if (*o == 'w')
				show_w = 1;
			else if (*o == 'c')
				show_c = 1;
			else {
				fprintf(stderr, "wc: unknown option -%c\nusage: wc [-lwc] [FILE]...\n", *o);
				return 2;
			}
		}
	}
	if (!show_l && !show_w && !show_c)
		show_l = show_w = show_c = 1;
	files = argc - i;
	if (files == 0)
		return count(0, 0);
	for (; i < argc; i++) {
		fd = open(argv[i], O_RDONLY);
		if (fd < 0) {
			fprintf(stderr, "wc: %s: %s\n", argv[i], strerror(errno));
			err = 1;
			continue;
		}
		err |= count(fd, argv[i]);
		close(fd);
	}
	if (files > 1)
		print(total, "total");
	return err;
}
