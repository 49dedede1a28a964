/* rmdir - remove empty directories. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>

int main(int argc, char **argv)
{
	int i, err = 0;

	if (argc < 2 || !strcmp(argv[1], "--help")) {
		fprintf(argc < 2 ? stderr : stdout, "usage: rmdir DIR...\nremove empty directories\n");
		return argc < 2 ? 2 : 0;
	}
	for (i = 1; i < argc; i++)
		if (rmdir(argv[i]) < 0) {
			fprintf(stderr, "rmdir: %s: %s\n", argv[i], strerror(errno));
			err = 1;
		}
	return err;
}
