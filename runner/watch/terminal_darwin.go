package watch

import "golang.org/x/sys/unix"

const (
	getTermios = unix.TIOCGETA
	setTermios = unix.TIOCSETA
	vdisable   = 0xff // _POSIX_VDISABLE: a control character with no job
)
