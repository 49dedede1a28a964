/* Nested switches on characters: a tiny tokenizer. */
#include <stdio.h>

int main(void)
{
	const char *src = "a1+b22-=c<<3 >=";
	const char *p;
	int ids = 0, nums = 0, ops = 0;
	for (p = src; *p; p++) {
		switch (*p) {
		case 'a' ... 'z':
			ids++;
			break;
		case '0' ... '9':
			nums++;
			while (p[1] >= '0' && p[1] <= '9')
				p++;
			break;
		case '<':
		case '>':
		case '-':
			switch (p[1]) {
			case '=':
			case '<':
				p++;
				break;
			}
			/* fall through */
		case '+':
			ops++;
			break;
		case ' ':
			break;
		default:
			printf("unexpected %c\n", *p);
		}
	}
	printf("%d %d %d\n", ids, nums, ops);
	return ids * 16 + nums * 4 + ops;
}
