/* stdlib.h: sorting, searching, the heap, the environment, atexit. */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include "check.h"

static unsigned long long seed = 12345;

/* Our own generator: both libcs must see the same "random" numbers. */
static unsigned next(void)
{
	seed = seed * 6364136223846793005ULL + 1;
	return (unsigned)(seed >> 33);
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return x < y ? -1 : x > y;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct rec { int key; char name[8]; };

static int cmp_rec(const void *a, const void *b)
{
	return ((const struct rec *)b)->key - ((const struct rec *)a)->key;
}

static void bye1(void) { puts("atexit: second registered, runs first"); }
static void bye2(void) { puts("atexit: first registered, runs last"); }

static void sorting(void)
{
	int v[1000], i, sorted = 1, key, *hit;
	const char *words[] = { "pear", "apple", "fig", "banana", "cherry", "date" };
	struct rec recs[5] = { { 3, "c" }, { 1, "a" }, { 5, "e" }, { 2, "b" }, { 4, "d" } };
	unsigned long sum = 0;

	for (i = 0; i < 1000; i++)
		v[i] = (int)(next() % 2000) - 1000;
	qsort(v, 1000, sizeof(int), cmp_int);
	for (i = 1; i < 1000; i++)
		sorted &= v[i - 1] <= v[i];
	for (i = 0; i < 1000; i++)
		sum = sum * 7 + (unsigned)v[i];
	CASE("qsort ints sorted", "%d", sorted);
	CASE("qsort ints content", "%lu %d %d", sum, v[0], v[999]);
	qsort(words, 6, sizeof(char *), cmp_str);
	CASE("qsort strings", "%s %s %s %s %s %s", words[0], words[1], words[2], words[3], words[4], words[5]);
	qsort(recs, 5, sizeof(struct rec), cmp_rec);
	CASE("qsort structs desc", "%s%s%s%s%s", recs[0].name, recs[1].name, recs[2].name, recs[3].name, recs[4].name);
	qsort(v, 0, sizeof(int), cmp_int);
	qsort(v, 1, sizeof(int), cmp_int);
	CASE("qsort 0 and 1 elements", "%d", v[0]);
	for (i = 0; i < 100; i++)
		v[i] = i * 3;
	key = 42;
	hit = bsearch(&key, v, 100, sizeof(int), cmp_int);
	CASE("bsearch hit", "%d", hit ? (int)(hit - v) : -1);
	key = 43;
	CASE("bsearch miss", "%d", bsearch(&key, v, 100, sizeof(int), cmp_int) == 0);
	key = 0;
	CASE("bsearch first", "%d", (int)((int *)bsearch(&key, v, 100, sizeof(int), cmp_int) - v));
	key = 297;
	CASE("bsearch last", "%d", (int)((int *)bsearch(&key, v, 100, sizeof(int), cmp_int) - v));
}

/* Many blocks of random sizes, each filled with its own pattern, freed in a
 * scrambled order while others are allocated; every byte is checked. */
static void heap(void)
{
	enum { N = 500 };
	static char *p[N];
	static unsigned sz[N];
	int round, i, bad = 0, aligned = 1;
	char *q, *z;

	for (round = 0; round < 20; round++)
		for (i = 0; i < N; i++) {
			unsigned k = next() % N, j;

			if (p[k]) {
				for (j = 0; j < sz[k]; j++)
					bad += p[k][j] != (char)(k + j);
				free(p[k]);
				p[k] = 0;
			} else {
				sz[k] = next() % (next() % 8 ? 200 : 20000);
				p[k] = malloc(sz[k]);
				if (!p[k]) {
					bad++;
					continue;
				}
				aligned &= ((unsigned long)p[k] & 7) == 0;
				for (j = 0; j < sz[k]; j++)
					p[k][j] = (char)(k + j);
			}
		}
	for (i = 0; i < N; i++)
		free(p[i]);
	CASE("malloc stress intact", "%d", bad);
	CASE("malloc aligned", "%d", aligned);
	q = malloc(10);
	strcpy(q, "keep me");
	q = realloc(q, 100000);
	CASE("realloc grows", "%s", q);
	q = realloc(q, 4);
	CASE("realloc shrinks", "%.4s", q);
	free(q);
	z = calloc(1000, 4);
	for (i = 0, bad = 0; i < 4000; i++)
		bad |= z[i];
	CASE("calloc zeroed", "%d", bad);
	free(z);
	CASE("realloc NULL", "%d", (q = realloc(0, 16)) != 0);
	free(q);
	free(0);
	CASE("free NULL", "%d", 1);
	CASE("malloc huge fails", "%d", malloc(0xfffffff0u) == 0);
}

static void environment(void)
{
	CASE("getenv set", "%s", getenv("SUITE_VAR"));
	CASE("getenv missing", "%d", getenv("SUITE_NOPE") == 0);
	setenv("SUITE_NEW", "one", 0);
	CASE("setenv new", "%s", getenv("SUITE_NEW"));
	setenv("SUITE_NEW", "two", 0);
	CASE("setenv no overwrite", "%s", getenv("SUITE_NEW"));
	setenv("SUITE_NEW", "three", 1);
	CASE("setenv overwrite", "%s", getenv("SUITE_NEW"));
	unsetenv("SUITE_NEW");
	CASE("unsetenv", "%d", getenv("SUITE_NEW") == 0);
	FAILS("setenv bad name", setenv("A=B", "x", 1), EINVAL);
}

int main(void)
{
	atexit(bye2);
	atexit(bye1);
	sorting();
	heap();
	environment();
	exit(0);
}
