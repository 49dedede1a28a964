/* Inside a switch, break leaves the switch but continue goes to the enclosing loop; a goto or
 * a flag is needed to leave the loop from a case. */
#include <stdio.h>

int main(void)
{
	const char *cmds = "aabxcaqzz";
	int i, adds = 0, skipped = 0, after = 0;

	for (i = 0; cmds[i]; i++) {
		switch (cmds[i]) {
		case 'a':
			adds++;
			break;          /* to the statement after the switch */
		case 'b':
		case 'c':
			skipped++;
			continue;       /* to the next iteration: skips the line below */
		case 'q':
			printf("quit at %d\n", i);
			goto out;
		default:
			printf("unknown %c\n", cmds[i]);
			break;
		}
		after++;
	}
out:
	printf("adds %d skipped %d after %d i %d\n", adds, skipped, after, i);
	{
		int n = 0, found = -1;
		while (n < 100 && found < 0) {
			switch (n % 7) {
			case 3:
				if (n > 20)
					found = n;
				break;
			default:
				break;
			}
			n++;
		}
		printf("found %d\n", found);
	}
	return adds;
}
