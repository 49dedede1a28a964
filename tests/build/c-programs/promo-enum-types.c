/* Enumeration constants have type int; an enum object compares like an integer; enum values can
 * be negative, repeated, and computed from earlier ones. */
#include <stdio.h>

enum state { IDLE, RUNNING = 5, SLEEPING, STOPPED = RUNNING * 4, ZOMBIE = -1, DEAD = ZOMBIE };
enum small { LOW = 1, HIGH = 2 };

static const char *name(enum state s)
{
	switch (s) {
	case IDLE: return "idle";
	case RUNNING: return "running";
	case SLEEPING: return "sleeping";
	case STOPPED: return "stopped";
	case ZOMBIE: return "zombie";
	}
	return "?";
}

int main(void)
{
	enum state all[] = { IDLE, RUNNING, SLEEPING, STOPPED, ZOMBIE, DEAD };
	enum small s = HIGH;
	unsigned int u = 1;
	int i;

	for (i = 0; i < (int)(sizeof all / sizeof all[0]); i++)
		printf("%d %s\n", all[i], name(all[i]));
	printf("sizeof(enum state) %d, sizeof(IDLE) %d\n", (int)sizeof(enum state), (int)sizeof(IDLE));
	printf("ZOMBIE < IDLE: %d\n", ZOMBIE < IDLE);
	printf("s > u: %d, s + 0.5 = %.1f\n", s > u, s + 0.5);
	s = (enum small)(s | LOW);
	printf("s = %d\n", s);
	return STOPPED;
}
