#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

typedef unsigned char		u8;
typedef signed char		s8;
typedef unsigned short		u16;
typedef short			s16;
typedef unsigned int		u32;
typedef int			s32;
typedef unsigned long long	u64;
typedef long long		s64;

typedef unsigned int		size_t;
typedef int			ssize_t;
typedef int			pid_t;
typedef long			off_t;
typedef long long		loff_t;
typedef unsigned short		umode_t;
typedef unsigned int		mode_t;
typedef unsigned int		dev_t;
typedef unsigned int		uid_t;
typedef unsigned int		gid_t;
typedef unsigned short		old_uid_t;
typedef unsigned short		old_gid_t;
typedef long			time_t;
typedef long			clock_t;
typedef long			suseconds_t;
typedef int			clockid_t;
typedef unsigned long		sector_t;

typedef _Bool			bool;
#define true	1
#define false	0

#endif
