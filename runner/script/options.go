// Package script runs one lesson script inside the current process: it
// checks the script's imports, sets up a restricted yaegi interpreter with
// the helper packages, runs the script and turns what goes wrong into a
// message that names the script's line.
//
// A supervisor (package proc) starts a fresh process for each script and
// passes the Options through the environment, so that a script which
// panics, exits or loops for ever harms nothing else.
package script

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/hint"
)

// Options says which script to run and what it may do.
type Options struct {
	Path    string   // the script file
	Display string   // how messages name the file ("scripts/01-hello/server.go")
	Args    []string // the script's own arguments (os.Args[1:])

	AllowNet    bool   // any network address, not only loopback
	AllowFiles  bool   // files outside the script's folder
	AllowExec   bool   // os/exec and the rest of yaegi's unrestricted symbols
	AllowUnsafe bool   // unsafe and syscall
	Seed        *int64 // math/rand seed; nil for random

	Limits confine.Limits // memory, open files, threads, output

	StallHint string // when a stalled receive gets a hint, as hint.EnvAfter carries it
}

// Environment variables that carry Options to the script process.
const (
	EnvChild       = "SOCKLAB_CHILD" // set to "1" in a script process
	envDisplay     = "SOCKLAB_DISPLAY"
	envAllowFiles  = "SOCKLAB_ALLOW_FILES"
	envAllowExec   = "SOCKLAB_ALLOW_EXEC"
	envAllowUnsafe = "SOCKLAB_ALLOW_UNSAFE"
	envSeed        = "SOCKLAB_SEED"
	envAllowNet    = "SOCKLAB_ALLOW_NET" // read by netgate too
)

// Env returns the environment entries that carry o, except Path and Args,
// which travel as command-line arguments.
func (o Options) Env() []string {
	env := []string{EnvChild + "=1", envDisplay + "=" + o.Display}
	flag := func(name string, on bool) {
		if on {
			env = append(env, name+"=1")
		}
	}
	flag(envAllowNet, o.AllowNet)
	flag(envAllowFiles, o.AllowFiles)
	flag(envAllowExec, o.AllowExec)
	flag(envAllowUnsafe, o.AllowUnsafe)
	if o.Seed != nil {
		env = append(env, envSeed+"="+strconv.FormatInt(*o.Seed, 10))
	}
	if o.StallHint != "" {
		env = append(env, hint.EnvAfter+"="+o.StallHint)
	}
	return append(env, o.Limits.Env()...)
}

// FromEnv reads Options from the environment and args (the script path
// followed by its arguments).
func FromEnv(args []string) (Options, error) {
	if len(args) == 0 {
		return Options{}, fmt.Errorf("no script to run")
	}
	o := Options{
		Path:        args[0],
		Display:     os.Getenv(envDisplay),
		Args:        args[1:],
		AllowNet:    os.Getenv(envAllowNet) == "1",
		AllowFiles:  os.Getenv(envAllowFiles) == "1",
		AllowExec:   os.Getenv(envAllowExec) == "1",
		AllowUnsafe: os.Getenv(envAllowUnsafe) == "1",
	}
	if o.Display == "" {
		o.Display = o.Path
	}
	l, err := confine.LimitsFromEnv(os.Getenv)
	if err != nil {
		return o, err
	}
	o.Limits = l
	if s := os.Getenv(envSeed); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return o, fmt.Errorf("%s=%q: %w", envSeed, s, err)
		}
		o.Seed = &n
	}
	return o, nil
}

// scriptEnv is the environment the script sees: the process's own, less the
// variables that configure socklab itself.
func scriptEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "SOCKLAB_") {
			env = append(env, kv)
		}
	}
	return env
}
