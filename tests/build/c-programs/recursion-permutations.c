/* All permutations of a string by recursive swapping. */
#include <stdio.h>

static int count;

static void permute(char *s, int k, int n)
{
	int i;
	if (k == n) {
		count++;
		if (count % 5 == 1)
			printf("%s\n", s);
		return;
	}
	for (i = k; i < n; i++) {
		char t = s[k]; s[k] = s[i]; s[i] = t;
		permute(s, k + 1, n);
		t = s[k]; s[k] = s[i]; s[i] = t;
	}
}

int main(void)
{
	char s[] = "abcd";
	permute(s, 0, 4);
	printf("%d %s\n", count, s);
	return count;
}
