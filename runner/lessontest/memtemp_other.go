//go:build !linux

package lessontest

// memoryTemp does nothing: test processes exist only on Linux.
func memoryTemp() {}
