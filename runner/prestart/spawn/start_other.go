//go:build !linux || !amd64

package spawn

// Supported is false: package prestart starts the process on this system.
const Supported = false
