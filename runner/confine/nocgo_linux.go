//go:build !cgo

package confine

// withCgo: psx reaches every thread through Go's runtime.
const withCgo = false
