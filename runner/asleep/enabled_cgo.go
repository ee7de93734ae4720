//go:build linux && cgo

package asleep

// Enabled says whether this binary needs the watch: it links runtime/cgo,
// whose extra thread hides a deadlock from the runtime.
const Enabled = true
