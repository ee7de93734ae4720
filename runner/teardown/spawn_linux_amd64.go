package teardown

import "unsafe"

// stack is the keeper's stack: it pushes one pollfd on it, nothing more.
var stack [256]byte

// spawn starts the keeper and returns its process id, or a negative errno.
func spawn() int {
	return clonekeeper(uintptr(unsafe.Pointer(&stack[len(stack)-32])))
}

// clonekeeper clones a process that shares this one's address space and
// nothing else, with every signal blocked. The new process closes every
// descriptor it was given, opens a pidfd of this process, takes the lowest
// priority (nice 19), waits until this process has ended (all its
// threads), and exits: since it is then the last user of the address
// space, the kernel takes it down in the keeper.
// It runs no Go code, only the system calls in clonekeeper, on stackTop.
//
//go:noescape
func clonekeeper(stackTop uintptr) int
