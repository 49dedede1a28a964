/* Levenshtein edit distance and longest common subsequence by dynamic programming on small
 * word pairs (row-by-row tables). */
#include <stdio.h>
#include <string.h>

static int min3(int a, int b, int c) { return a < b ? (a < c ? a : c) : (b < c ? b : c); }

static int levenshtein(const char *a, const char *b)
{
	int la = (int)strlen(a), lb = (int)strlen(b), i, j;
	int prev[32], cur[32];
	for (j = 0; j <= lb; j++)
		prev[j] = j;
	for (i = 1; i <= la; i++) {
		cur[0] = i;
		for (j = 1; j <= lb; j++)
			cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]));
		memcpy(prev, cur, sizeof cur);
	}
	return prev[lb];
}

static int lcs(const char *a, const char *b, char *out)
{
	int la = (int)strlen(a), lb = (int)strlen(b), i, j, n;
	static int t[32][32];
	for (i = la - 1; i >= 0; i--)
		for (j = lb - 1; j >= 0; j--)
			t[i][j] = a[i] == b[j] ? 1 + t[i + 1][j + 1]
			          : (t[i + 1][j] > t[i][j + 1] ? t[i + 1][j] : t[i][j + 1]);
	for (i = j = n = 0; i < la && j < lb;) {
		if (a[i] == b[j])
			out[n++] = a[i], i++, j++;
		else if (t[i + 1][j] >= t[i][j + 1])
			i++;
		else
			j++;
	}
	out[n] = 0;
	for (i = 0; i <= la; i++)
		for (j = 0; j <= lb; j++)
			t[i][j] = 0;
	return n;
}

int main(void)
{
	const char *pairs[][2] = { { "kitten", "sitting" }, { "syscall", "sys_call" },
	                           { "", "abc" }, { "printk", "printf" }, { "flaw", "lawn" } };
	int i;

	for (i = 0; i < 5; i++) {
		char common[32];
		int n = lcs(pairs[i][0], pairs[i][1], common);
		printf("%-8s %-8s distance %d lcs %d '%s'\n", pairs[i][0], pairs[i][1],
		       levenshtein(pairs[i][0], pairs[i][1]), n, common);
	}
	return levenshtein("kernel", "colonel");
}
