/* stdio.h on real files: write, read back, seek, append, lines, errors.
 * argv[1] is a scratch directory. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <unistd.h>
#include "check.h"

int main(int argc, char **argv)
{
	char path[512], path2[512], line[64], buf[64];
	FILE *f;
	int c, i, n;
	long pos;

	if (argc < 2)
		return 2;
	snprintf(path, sizeof(path), "%s/stdio.txt", argv[1]);
	snprintf(path2, sizeof(path2), "%s/renamed.txt", argv[1]);
	f = fopen(path, "w");
	CASE("fopen w", "%d", f != 0);
	for (i = 0; i < 3; i++)
		fprintf(f, "line %d\n", i);
	fputs("no newline", f);
	CASE("ftell after writes", "%ld", ftell(f));
	CASE("fclose", "%d", fclose(f));

	f = fopen(path, "r");
	for (i = 0; fgets(line, sizeof(line), f); i++)
		printf("fgets %d: [%s]\n", i, strtok(line, "\n"));
	CASE("feof", "%d %d", feof(f) != 0, ferror(f) != 0);
	rewind(f);
	CASE("rewind clears eof", "%d", feof(f) != 0);
	n = (int)fread(buf, 1, 10, f);
	buf[n] = 0;
	CASE("fread", "%d [%s]", n, buf);
	CASE("ftell", "%ld", ftell(f));
	fseek(f, -4, SEEK_END);
	n = (int)fread(buf, 1, sizeof(buf), f);
	buf[n] = 0;
	CASE("fseek end", "%d [%s]", n, buf);
	fseek(f, 5, SEEK_SET);
	c = fgetc(f);
	CASE("fseek set + fgetc", "%c", c);
	ungetc('Z', f);
	c = fgetc(f);
	CASE("ungetc", "%c%c", c, fgetc(f));
	fseek(f, 0, SEEK_SET);
	n = (int)fread(buf, 7, 3, f);
	CASE("fread items", "%d", n);
	fclose(f);

	f = fopen(path, "a");
	fputc('!', f);
	fclose(f);
	f = fopen(path, "r");
	fseek(f, -3, SEEK_END);
	n = (int)fread(buf, 1, 10, f);
	buf[n] = 0;
	CASE("append", "[%s]", buf);
	fclose(f);

	f = fopen(path, "r+");
	fputs("LINE", f);
	fseek(f, 0, SEEK_SET);
	fgets(line, sizeof(line), f);
	CASE("r+ overwrite", "[%s]", strtok(line, "\n"));
	fclose(f);

	f = fopen(path, "w+");
	for (i = 0; i < 5000; i++)
		fputc('a' + i % 26, f);
	setvbuf(f, 0, _IONBF, 0);
	fputc('#', f);
	fseek(f, 0, SEEK_SET);
	for (i = 0, n = 0; (c = fgetc(f)) != EOF; i++)
		n += c == 'a' + i % 26;
	CASE("big write then read", "%d %d", i, n);
	fclose(f);

	CASE("rename", "%d", rename(path, path2));
	FAILS("fopen missing", fopen(path, "r") != 0, ENOENT);
	i = remove(path2);
	CASE("remove", "%d %d", i, access(path2, F_OK));
	CASE("fopen bad mode", "%d", fopen(path, "q") == 0);
	CASE("strerror", "%s", strerror(ENOENT));
	CASE("strerror EACCES", "%s", strerror(EACCES));
	CASE("fileno", "%d %d %d", fileno(stdin), fileno(stdout), fileno(stderr));
	snprintf(buf, sizeof(buf), "%s", "x");
	fflush(stdout);
	setvbuf(stdout, 0, _IOLBF, 0);
	CASE("setvbuf stdout", "%d", 1);
	return 0;
}
