/* A tokenizer written as a state machine: a switch on the state inside a loop over the input,
 * recognizing numbers, identifiers, operators and quoted strings with escapes. */
#include <stdio.h>

enum state { START, NUMBER, IDENT, STRING, ESCAPE };

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }

int main(void)
{
	const char *in = "x1 = 42+foo(\"a\\\"b\", 7) ; _y";
	enum state st = START;
	char tok[32];
	int len = 0, count = 0;
	const char *p = in;

	for (;;) {
		int c = *p;
		switch (st) {
		case START:
			if (!c)
				goto done;
			if (is_digit(c))
				st = NUMBER, tok[len++] = (char)c;
			else if (is_alpha(c))
				st = IDENT, tok[len++] = (char)c;
			else if (c == '"')
				st = STRING;
			else if (c != ' ')
				printf("op    %c\n", c), count++;
			p++;
			break;
		case NUMBER:
		case IDENT:
			if (is_digit(c) || (st == IDENT && is_alpha(c))) {
				tok[len++] = (char)c;
				p++;
				break;
			}
			tok[len] = 0;
			printf("%-5s %s\n", st == NUMBER ? "num" : "ident", tok);
			count++;
			len = 0;
			st = START;
			break;
		case STRING:
			p++;
			if (c == '\\')
				st = ESCAPE;
			else if (c == '"' || !c) {
				tok[len] = 0;
				printf("str   \"%s\"\n", tok);
				count++;
				len = 0;
				st = START;
				if (!c)
					goto done;
			} else
				tok[len++] = (char)c;
			break;
		case ESCAPE:
			tok[len++] = (char)c;
			p++;
			st = STRING;
			break;
		}
	}
done:
	printf("%d tokens\n", count);
	return count;
}
