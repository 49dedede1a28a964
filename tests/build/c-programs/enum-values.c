/* Enumerations: implicit and explicit values, use as integers and in switch. */
#include <stdio.h>

enum color { RED, GREEN = 5, BLUE, ALPHA = -3, LAST };

static const char *name(enum color c)
{
	switch (c) {
	case RED: return "red";
	case GREEN: return "green";
	case BLUE: return "blue";
	case ALPHA: return "alpha";
	default: return "other";
	}
}

int main(void)
{
	enum color c;
	int v[] = { RED, GREEN, BLUE, ALPHA, LAST, 42 };
	int i;
	for (i = 0; i < 6; i++) {
		c = (enum color)v[i];
		printf("%d %s\n", c, name(c));
	}
	printf("%d\n", (int)sizeof(enum color));
	return BLUE + LAST;
}
