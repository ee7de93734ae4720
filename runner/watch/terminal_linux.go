package watch

import "golang.org/x/sys/unix"

const (
	getTermios = unix.TCGETS
	setTermios = unix.TCSETS
	vdisable   = 0 // _POSIX_VDISABLE: a control character with no job
)
