// Package confine has the kernel hold a program to what it may touch.
//
// A script process calls Apply before it interprets anything: from then
// on the kernel itself refuses what the policy leaves out, whatever the
// interpreter or a standard-library function might try. It is the second
// wall behind the symbol layer (package script's allowlist and the file
// and network gates), and each wall holds alone.
//
// On Linux Apply stacks two layers:
//
//   - Landlock (kernel 5.13 and later; ABI 7 on current kernels): the
//     program reads and writes only below Policy.Dir, reads a few system
//     files the Go runtime and socklab's helpers need (time zones, the
//     hosts file, /dev/null), and executes nothing. Since ABI 6 it may not
//     signal processes outside its own domain (the supervisor) nor reach
//     their abstract Unix sockets.
//   - seccomp: execve and execveat fail with EPERM (so a script gets an
//     error, not a kill), and so do ptrace, process_vm_readv,
//     process_vm_writev and socket(AF_UNIX, ...): a Unix socket's path is a
//     file Landlock guards only from ABI 9.
//   - the network guard (Policy.NetGuard, when a supervisor made one with
//     NewNetGuard): each connect, bind and addressed send goes to the
//     supervisor, which makes it for a loopback address and refuses any
//     other (see netguard.go).
//
// Each allow flag lifts its own part: Policy.Files (--allow-files) drops
// the file rules (the Unix-socket rule with them), Policy.Exec
// (--allow-exec) lets programs run (execute rights on the system's program
// folders, no seccomp rule on execve), Policy.Debug (--allow-unsafe)
// lifts the ptrace rule and Policy.Net (--allow-net) the network guard.
//
// Limits (memory, open files, threads, output) are set by SetLimits in the
// confined process; output is counted by the supervisor (package proc).
//
// Where a layer is missing (another OS, an old kernel, Landlock off at
// boot) Apply applies what there is and Probe says which layers are
// active; the supervisor tells the user once (see Note).
//
// # Confining a program that is not socklab
//
// Command builds an *exec.Cmd that runs any program (a seed's Python
// script, a shell tool) under the same layers: the command first runs
// this binary, which confines itself and then replaces itself with the
// program, so no code of the program runs unconfined.
//
//	cmd, err := confine.Command(confine.Policy{
//		Dir:      scratch,                   // read and write here only
//		ReadOnly: []string{lessonDir},       // and read these
//	}, confine.Limits{Memory: 1 << 30}, python, "client.py")
//	cmd.Stdout = ...
//	err = cmd.Run()
//
// The program named is resolved with exec.LookPath and may be executed;
// nothing else may (Policy.Exec false), except that the folders it and its
// interpreter live in are readable, with the system's library folders, so
// that python3 finds its standard library. The binary that runs the
// command must call Entry first thing in main (socklab's runner.Main and
// runner.ScriptProcess do), which is where the confining happens.
//
// A process that is already the wrapper of a program (the "python3" a
// test's PATH leads to socklab) calls Exec in place of syscall.Exec:
//
//	err := confine.Exec(confine.Policy{
//		Dir:       programDir,                 // its own scratch folder
//		ReadWrite: []string{listenDir, portDir}, // the supervisor's, if any
//	}, limits, python, argv, os.Environ())
//
// Path is executed as it is: give it resolved (filepath.EvalSymlinks), as
// Landlock grants the right to execute to the file, not to a link. A
// confined Python that checks whether a process runs with os.kill(pid, 0)
// gets PermissionError for a process outside its domain: it runs.
package confine
