package confine

import "golang.org/x/sys/unix"

// The filters of package filters, assembled by `go generate` into
// filters_linux_amd64.go.

func denyFilter(exec, debug, files bool) ([]unix.SockFilter, error) {
	i := 0
	if exec {
		i |= 4
	}
	if debug {
		i |= 2
	}
	if files {
		i |= 1
	}
	return denyFilters[i], nil
}

func netGuardProgram() (*unix.SockFprog, error) {
	f := netGuardFilter
	return &unix.SockFprog{Len: uint16(len(f)), Filter: &f[0]}, nil
}
