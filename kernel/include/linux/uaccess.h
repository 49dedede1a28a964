#ifndef _LINUX_UACCESS_H
#define _LINUX_UACCESS_H
#include <linux/compiler.h>
#include <linux/errno.h>
#include <asm/uaccess.h>
#endif
