package confine

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// envEntry carries a confined command's policy to Entry.
const envEntry = "SOCKLAB_CONFINE"

// entry is what Command hands Entry.
type entry struct {
	Policy Policy
	Limits Limits
	Run    string // the program to execute, resolved
}

// Command returns a command that runs the program name with args, confined
// to p and held to l (its Output is the caller's to count). The program is
// the only one that may be executed; the folders it and its interpreter
// live in, with the system's library folders, are readable. Set the
// command's Stdin, Stdout, Dir and so on as usual; to change its
// environment, append to cmd.Env rather than replace it.
func Command(p Policy, l Limits, name string, args ...string) (*exec.Cmd, error) {
	run, err := exec.LookPath(name)
	if err != nil {
		return nil, err
	}
	if run, err = filepath.Abs(run); err != nil {
		return nil, err
	}
	if run, err = filepath.EvalSymlinks(run); err != nil {
		return nil, err
	}
	self, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("finding the socklab binary: %w", err)
	}
	b, err := json.Marshal(entry{Policy: p, Limits: l, Run: run})
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(self, append([]string{run}, args...)...)
	cmd.Args[0] = name
	cmd.Env = append(os.Environ(), envEntry+"="+string(b))
	cmd.SysProcAttr = sysProcAttr()
	return cmd, nil
}

// Entry confines this process and replaces it with the program Command
// named, when this process was started by Command; otherwise it returns
// at once. A binary that runs Command's commands calls it first in main.
// It never returns when it confines: a program that cannot be confined
// does not run, and the process exits with status 126 and a message.
func Entry() {
	spec, ok := os.LookupEnv(envEntry)
	if !ok {
		return
	}
	os.Unsetenv(envEntry)
	if err := enter(spec, os.Args); err != nil {
		fmt.Fprintln(os.Stderr, "socklab:", err)
		os.Exit(126)
	}
}

// enter applies the entry in spec and executes its program with argv.
func enter(spec string, argv []string) error {
	var e entry
	if err := json.Unmarshal([]byte(spec), &e); err != nil {
		return fmt.Errorf("confined command: %w", err)
	}
	if len(argv) < 2 || argv[1] != e.Run {
		return fmt.Errorf("confined command: expected %s as the first argument", e.Run)
	}
	return Exec(e.Policy, e.Limits, e.Run, append([]string{e.Run}, argv[2:]...), os.Environ())
}

// Exec confines this process to p and l, with path as the one program it
// may execute, and replaces it with that program. It returns only on
// failure, and then this process must end: it may be confined in part.
// A binary that starts a program of its own way (a wrapper put on a test's
// PATH) calls it in place of syscall.Exec. Of l, a program that is not Go
// is held to Memory (RLIMIT_DATA, counted from what this process mapped)
// and Files; Threads binds only a Go runtime, and Output is the caller's to
// count (package proc shows how).
func Exec(p Policy, l Limits, path string, argv, env []string) error {
	if err := setRlimits(l.WithDefaults()); err != nil {
		return fmt.Errorf("confining %s: %w", path, err)
	}
	if _, err := applyLandlock(p, path); err != nil {
		return fmt.Errorf("confining %s: %w", path, err)
	}
	// The program itself must be executed, so seccomp leaves execve alone
	// here; Landlock lets no other program run.
	if _, err := applySeccomp(p, true); err != nil {
		return fmt.Errorf("confining %s: %w", path, err)
	}
	return execve(path, argv, env)
}
