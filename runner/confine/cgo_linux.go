//go:build cgo

package confine

// withCgo: libcap's psx reaches every thread through its C library.
const withCgo = true
