//go:build !linux

package lessontest

// undumpable does nothing: test processes exist only on Linux.
func undumpable() {}
