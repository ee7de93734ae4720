//go:build !linux

package netns

import "syscall"

// SysProcAttr fails: network namespaces exist only on Linux.
func SysProcAttr(userns bool) (*syscall.SysProcAttr, error) { return nil, ErrUnsupported }

// LoopbackUp fails: network namespaces exist only on Linux.
func LoopbackUp() error { return ErrUnsupported }

// DropCapabilities fails: network namespaces exist only on Linux.
func DropCapabilities() error { return ErrUnsupported }
