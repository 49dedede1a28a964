/* Sorting an array of structs by two keys with an insertion sort. */
#include <stdio.h>
#include <string.h>

struct rec { char name[12]; int age; };

static int before(const struct rec *a, const struct rec *b)
{
	if (a->age != b->age)
		return a->age < b->age;
	return strcmp(a->name, b->name) < 0;
}

int main(void)
{
	struct rec r[] = { { "linus", 21 }, { "ada", 36 }, { "ken", 26 }, { "bob", 21 }, { "dmr", 26 } };
	int n = sizeof r / sizeof r[0], i, j;
	for (i = 1; i < n; i++) {
		struct rec key = r[i];
		for (j = i - 1; j >= 0 && before(&key, &r[j]); j--)
			r[j + 1] = r[j];
		r[j + 1] = key;
	}
	for (i = 0; i < n; i++)
		printf("%s %d\n", r[i].name, r[i].age);
	return r[0].age;
}
