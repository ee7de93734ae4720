// Package asleep ends a script whose goroutines all wait for each other,
// as Go's runtime ends such a program, in a socklab built with cgo.
//
// Go's runtime reports "all goroutines are asleep - deadlock!" from
// checkdead (runtime/proc.go), which counts the threads that run Go code
// and gives up while any does. A program that links runtime/cgo (socklab
// does as soon as a C compiler is present: the net package's resolver,
// os/user and the psx package use cgo) keeps an extra thread for calls
// from C into Go; checkdead counts it as running and so never reports.
// The runtime cannot be told otherwise, so socklab applies the same rule
// from outside.
//
// The supervisor watches each script process's threads in /proc (Watcher):
// when every thread sleeps on a futex (idle, or the system monitor's timed
// sleep) and none woke during the look, no thread polls the network or
// waits for a timer, and no goroutine runs: the runtime keeps one thread in
// epoll_pwait whenever a goroutine waits for the network or a timer is set.
// It then asks the script process (Serve), which reads its goroutines'
// states: if none is running, runnable, in a system call (reading input,
// waiting for a signal) or waiting for the network or a timer, it prints
// Go's report and exits with status 2, as the runtime would have.
//
// A socklab built without cgo needs none of this: the runtime reports a
// deadlock itself, and nothing here runs (Enabled is false).
package asleep
