/* dirent.h - reading directories. readdir() hands out the records the getdents64
 * system call packs into a buffer, one at a time. */
#ifndef _DIRENT_H
#define _DIRENT_H

#include <sys/types.h>

struct dirent {                 /* the kernel's struct linux_dirent64 */
	unsigned long long d_ino;   /* inode number */
	long long d_off;            /* where the next record starts */
	unsigned short d_reclen;    /* length of this record */
	unsigned char d_type;       /* DT_REG, DT_DIR, ... */
	char d_name[256];           /* NUL-terminated name */
};

#define DT_UNKNOWN 0
#define DT_FIFO 1
#define DT_CHR 2
#define DT_DIR 4
#define DT_BLK 6
#define DT_REG 8
#define DT_LNK 10
#define DT_SOCK 12

typedef struct __dirstream DIR;

DIR *opendir(const char *path);
struct dirent *readdir(DIR *dir);
int closedir(DIR *dir);
void rewinddir(DIR *dir);
int dirfd(DIR *dir);

#endif
