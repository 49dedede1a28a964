/* ERR_PTR/IS_ERR/PTR_ERR: an error number encoded in the top 4095 addresses of a pointer, as
 * kernel functions return "a pointer or an error" in one value. */
#include <stdio.h>

#define MAX_ERRNO 4095
#define IS_ERR_VALUE(x) ((unsigned long)(void *)(x) >= (unsigned long)-MAX_ERRNO)
#define ENOMEM 12
#define EINVAL 22
#define ENOENT 2

static inline void *ERR_PTR(long error) { return (void *)error; }
static inline long PTR_ERR(const void *ptr) { return (long)ptr; }
static inline int IS_ERR(const void *ptr) { return IS_ERR_VALUE((unsigned long)ptr); }
static inline int IS_ERR_OR_NULL(const void *ptr) { return !ptr || IS_ERR(ptr); }

struct file { const char *name; int mode; };
static struct file files[2] = { { "/dev/console", 2 }, { "/init", 1 } };

static struct file *open_file(const char *name, int mode)
{
	int i;
	if (mode < 0 || mode > 2)
		return ERR_PTR(-EINVAL);
	for (i = 0; i < 2; i++)
		if (files[i].name[1] == name[1])
			return &files[i];
	return ERR_PTR(-ENOENT);
}

int main(void)
{
	const char *names[] = { "/dev/console", "/init", "/nothing" };
	int modes[] = { 2, 5, 1 };
	int i;

	for (i = 0; i < 3; i++) {
		struct file *f = open_file(names[i], modes[i]);
		if (IS_ERR(f))
			printf("%s: error %ld\n", names[i], PTR_ERR(f));
		else
			printf("%s: ok mode %d\n", f->name, f->mode);
	}
	printf("null %d err %d ok %d\n", IS_ERR_OR_NULL(NULL), IS_ERR_OR_NULL(ERR_PTR(-ENOMEM)),
	       IS_ERR_OR_NULL(&files[0]));
	printf("-4095 %d -4096 %d\n", IS_ERR(ERR_PTR(-4095)), IS_ERR(ERR_PTR(-4096)));
	return (int)-PTR_ERR(open_file("x", 9));
}
