//go:build linux && !amd64

package confine

import (
	"github.com/socklab/socklab/runner/confine/filters"
	"golang.org/x/sys/unix"
)

// Here the filters are assembled when used; on amd64 they are tables
// (see package filters).

func denyFilter(exec, debug, files bool) ([]unix.SockFilter, error) {
	return filters.Deny(exec, debug, files)
}

func netGuardProgram() (*unix.SockFprog, error) {
	f, err := filters.NetGuard()
	if err != nil {
		return nil, err
	}
	return &unix.SockFprog{Len: uint16(len(f)), Filter: &f[0]}, nil
}
