/* sys/klog.h - klogctl(): read the kernel's log buffer (the syslog system call). */
#ifndef _SYS_KLOG_H
#define _SYS_KLOG_H

#define SYSLOG_ACTION_READ_ALL 3
#define SYSLOG_ACTION_CLEAR 5
#define SYSLOG_ACTION_SIZE_BUFFER 10

int klogctl(int type, char *buf, int len);

#endif
