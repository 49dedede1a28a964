/* ps - list processes. The kernel offers them, like Linux, as directories under /proc
 * named by process id; /proc/PID/stat holds "PID (NAME) STATE PPID ...". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <errno.h>

/* Prints one line for the process whose /proc directory is name; 0 if not one. */
static int show(const char *name)
{
	char path[64], line[512], *open, *close;
	FILE *f;
	int ppid = 0;
	char state = '?';

	snprintf(path, sizeof(path), "/proc/%s/stat", name);
	f = fopen(path, "r");
	if (!f)
		return 0;
	if (!fgets(line, sizeof(line), f)) {
		fclose(f);
		return 0;
	}
	fclose(f);
	open = strchr(line, '(');
	close = strrchr(line, ')');
	if (!open || !close || close < open)
		return 0;
	*close = 0;
	if (close[1] == ' ' && close[2]) {
		state = close[2];
		ppid = atoi(close + 4);
	}
	printf("%5s %5d %c    %s\n", name, ppid, state, open + 1);
	return 1;
}

int main(int argc, char **argv)
{
	DIR *d;
	struct dirent *e;
	char **pids = 0;
	int n = 0, i, shown = 0;

	if (argc > 1) {
		int help = !strcmp(argv[1], "--help");

		fprintf(help ? stdout : stderr, "usage: ps\nlist the processes (from /proc)\n");
		return help ? 0 : 2;
	}
	d = opendir("/proc");
	if (!d) {
		fprintf(stderr, "ps: /proc: %s (this kernel offers no process list there)\n",
			strerror(errno));
		return 1;
	}
	while ((e = readdir(d))) {
		if (e->d_name[0] < '0' || e->d_name[0] > '9')
			continue;
		pids = realloc(pids, (n + 1) * sizeof(char *));
		pids[n++] = strdup(e->d_name);
	}
	closedir(d);
	printf("  PID  PPID STAT COMMAND\n");
	for (i = 0; i < n; i++) {   /* /proc lists them in pid order already */
		shown += show(pids[i]);
		free(pids[i]);
	}
	free(pids);
	if (!shown) {
		fprintf(stderr, "ps: no processes found in /proc\n");
		return 1;
	}
	return 0;
}
