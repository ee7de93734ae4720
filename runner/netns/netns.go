// Package netns starts a process in a private network namespace of its
// own, where nothing but its own loopback interface exists: a program in
// it can reach no port of the machine outside, and its 127.0.0.1:12345 is
// its own. The lesson test harness runs each test in one, so that every
// program of the test shares the namespace and no test can reach another
// test's programs, or any other server on the machine.
//
// A Go process cannot move itself into a new namespace (setns and unshare
// act on one thread, and a Go process has many), so the namespace is made
// when the process starts (clone's CLONE_NEWNET): every process it then
// starts is in the namespace too. As root that is all it takes; any other
// user makes a user namespace first (CLONE_NEWUSER, where the user is root
// of that namespace only), where the kernel allows unprivileged user
// namespaces. The process then brings its loopback interface up with
// LoopbackUp, the one thing a new namespace lacks.
package netns

import "errors"

// ErrUnsupported says that this system has no network namespaces.
var ErrUnsupported = errors.New("network namespaces exist only on Linux")
