/* Atomic operations as the kernel writes them for i386: lock xaddl (atomic_add_return),
 * lock cmpxchgl (cmpxchg), lock incl/decl with sete (atomic_dec_and_test). */
#include <stdio.h>

typedef struct { volatile int counter; } atomic_t;

static int atomic_add_return(int i, atomic_t *v)
{
	int old = i;
	__asm__ __volatile__("lock; xaddl %0, %1" : "+r"(old), "+m"(v->counter) : : "memory");
	return old + i;
}

static int cmpxchg(volatile int *p, int old, int new_value)
{
	int prev;
	__asm__ __volatile__("lock; cmpxchgl %2, %1"
	                     : "=a"(prev), "+m"(*p) : "r"(new_value), "0"(old) : "memory");
	return prev;
}

static int atomic_dec_and_test(atomic_t *v)
{
	unsigned char c;
	__asm__ __volatile__("lock; decl %0; sete %1" : "+m"(v->counter), "=qm"(c) : : "memory");
	return c != 0;
}

int main(void)
{
	atomic_t refs = { 1 };
	int x = 5, prev;

	printf("add_return %d\n", atomic_add_return(2, &refs));
	printf("add_return %d\n", atomic_add_return(-1, &refs));
	prev = cmpxchg(&x, 5, 9);
	printf("cmpxchg prev %d x %d\n", prev, x);
	prev = cmpxchg(&x, 5, 11);
	printf("cmpxchg prev %d x %d (unchanged)\n", prev, x);
	printf("dec_and_test %d", atomic_dec_and_test(&refs));
	prev = atomic_dec_and_test(&refs);
	printf(" %d counter %d\n", prev, refs.counter);
	return x;
}
