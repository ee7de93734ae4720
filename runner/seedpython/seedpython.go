// Package seedpython runs a lesson's Python programs (a seed's peers)
// inside a lesson test the way socklab runs a script: from a fresh copy of
// the test's files of its own (package scratch), never from the folder the
// other programs' files come from, and confined by the kernel (package
// confine).
//
// The harness puts a "python3" on the PATH of its tests that hands over to
// socklab, which prepares the program's folder and then replaces itself
// with the real interpreter.
package seedpython

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/netgate"
	"github.com/socklab/socklab/runner/scratch"
	"github.com/socklab/socklab/runner/stall"
)

// EnvPython names the real Python interpreter; socklab started with it set
// acts as that interpreter (see Main).
const EnvPython = "SOCKLAB_SEED_PYTHON"

// Find returns the real python3 interpreter, as Python itself names it
// (sys.executable), past any shim on the PATH; ok is false when there is
// none.
func Find() (path string, ok bool) {
	p, err := exec.LookPath("python3")
	if err != nil {
		return "", false
	}
	out, err := exec.Command(p, "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		return "", false
	}
	real := string(bytes.TrimSpace(out))
	if real == "" {
		return "", false
	}
	return real, true
}

// Install writes into the folder bin a "python3" that runs socklab (the
// binary bin/socklab) as the interpreter python.
func Install(bin, python string) error {
	script := fmt.Sprintf("#!/bin/sh\n%s=%s exec %s \"$@\"\n", EnvPython, shellQuote(python), shellQuote(filepath.Join(bin, "socklab")))
	if err := os.WriteFile(filepath.Join(bin, "python3"), []byte(script), 0o755); err != nil {
		return fmt.Errorf("putting python3 in the tests' bin folder: %w", err)
	}
	return nil
}

// Main runs the interpreter named by EnvPython with args, the program being
// in a folder of its own when a test's work folder is set (see package
// scratch), confined by the kernel as a script is (package confine): it
// reads and writes its own folder only, reads the tests' seed runner, and
// writes the folders where programs announce their listeners, ports and
// waits. It returns only when it cannot start the interpreter.
func Main(args []string) int {
	python := os.Getenv(EnvPython)
	os.Unsetenv(EnvPython)
	if i := programArg(args); i >= 0 {
		p, err := scratch.Enter(args[i])
		if err != nil {
			fmt.Fprintf(os.Stderr, "socklab: %v\n", err)
			return 1
		}
		args[i] = p
	}
	dir, err := os.Getwd()
	if err != nil {
		fmt.Fprintf(os.Stderr, "socklab: %v\n", err)
		return 1
	}
	policy := confine.Policy{Dir: dir}
	for i, a := range args {
		if i == programArg(args)-1 && filepath.Base(a) == "seed.py" {
			policy.ReadOnly = append(policy.ReadOnly, filepath.Dir(a)) // $SEEDPY
		}
	}
	for _, env := range []string{netgate.EnvListenDir, netgate.EnvPortMapDir, stall.EnvDir} {
		if d := os.Getenv(env); d != "" {
			policy.ReadWrite = append(policy.ReadWrite, d)
		}
	}
	argv := []string{"python3"}
	if programArg(args) > 0 && filepath.Base(args[programArg(args)-1]) == "seed.py" {
		// Without site's .pth files, which may import whole libraries at
		// each start; the seed runner sets up the rest of site itself.
		argv = append(argv, "-S")
	}
	err = confine.Exec(policy, confine.DefaultLimits, python, append(argv, args...), os.Environ())
	fmt.Fprintf(os.Stderr, "socklab: starting %s: %v\n", python, err)
	return 1
}

// programArg returns the index in args of the Python program to run: the
// first argument that is not an option, or the one after it when that is
// the tests' seed runner ($SEEDPY); -1 when there is none (python3 -c ...).
func programArg(args []string) int {
	for i, a := range args {
		switch {
		case a == "-c" || a == "-m" || a == "-":
			return -1
		case strings.HasPrefix(a, "-"):
			continue
		case filepath.Base(a) == "seed.py" && filepath.Base(filepath.Dir(a)) == ".socklab" && i+1 < len(args):
			return i + 1
		default:
			return i
		}
	}
	return -1
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
