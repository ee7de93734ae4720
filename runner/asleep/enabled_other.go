//go:build !linux || !cgo

package asleep

// Enabled says whether this binary needs the watch: without cgo the
// runtime reports a deadlock itself (and beyond Linux there is no /proc to
// watch threads in).
const Enabled = false
