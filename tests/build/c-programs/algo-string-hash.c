/* String hashing (djb2, FNV-1a) and a small chained hash table. */
#include <stdio.h>
#include <string.h>

static unsigned djb2(const char *s) { unsigned h = 5381; while (*s) h = h * 33 + (unsigned char)*s++; return h; }
static unsigned fnv1a(const char *s) { unsigned h = 2166136261u; while (*s) { h ^= (unsigned char)*s++; h *= 16777619u; } return h; }

struct entry { const char *key; int value; struct entry *next; };

int main(void)
{
	const char *names[] = { "sys_exit", "sys_fork", "sys_read", "sys_write", "sys_open", "sys_close", "sys_MyPrintK" };
	int values[] = { 1, 2, 3, 4, 5, 6, 338 };
	struct entry pool[7], *buckets[5] = { 0 };
	int i, longest = 0;
	for (i = 0; i < 7; i++) {
		unsigned b = djb2(names[i]) % 5;
		pool[i].key = names[i];
		pool[i].value = values[i];
		pool[i].next = buckets[b];
		buckets[b] = &pool[i];
		printf("%-13s %08x %08x %u\n", names[i], djb2(names[i]), fnv1a(names[i]), b);
	}
	for (i = 0; i < 5; i++) {
		int n = 0;
		struct entry *e;
		for (e = buckets[i]; e; e = e->next)
			n++;
		if (n > longest)
			longest = n;
	}
	for (i = 0; i < 7; i++) {
		struct entry *e = buckets[djb2(names[i]) % 5];
		while (e && strcmp(e->key, names[i]))
			e = e->next;
		printf("%s=%d ", names[i], e ? e->value : -1);
	}
	printf("\nlongest chain %d\n", longest);
	return longest;
}
