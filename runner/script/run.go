package script

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/socklab/socklab/runner/allow"
	"github.com/socklab/socklab/runner/asleep"
	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/diag"
	"github.com/socklab/socklab/runner/fsgate"
	"github.com/socklab/socklab/runner/hint"
	"github.com/socklab/socklab/runner/inits"
	"github.com/socklab/socklab/runner/lift"
	"github.com/socklab/socklab/runner/netgate"
	"github.com/socklab/socklab/runner/pace"
	"github.com/socklab/socklab/runner/prestart"
	"github.com/socklab/socklab/runner/stall"
	"github.com/socklab/socklab/runner/wire/tap"
	"github.com/traefik/yaegi/interp"
)

// StderrFD is the file descriptor on which a supervisor hands the script
// process its real standard error; descriptor 2 then carries diagnostics
// (panic positions and Go's own crash report) to the supervisor.
const StderrFD = 3

// Main runs the script named by args and the environment in this process
// and returns its exit status.
func Main(args []string) int {
	stderr, diagOut := os.Stderr, io.Discard
	if f := os.NewFile(StderrFD, "/dev/stderr"); f != nil { // named as Go names os.Stderr
		if _, err := f.Stat(); err == nil {
			stderr, diagOut = f, os.Stderr
			os.Stderr = f
			watchParent()  // started by a supervisor: end with it
			asleep.Serve() // and answer its questions on a deadlock
		}
	}
	o, err := FromEnv(args)
	if err != nil {
		fmt.Fprintln(stderr, "socklab:", err)
		return 2
	}
	code, err := Run(o, stderr, diagOut)
	if err != nil {
		fmt.Fprintln(stderr, err)
	}
	return code
}

// Run runs the script o in this process. It writes the script's own error
// output to stderr and panic positions to diagOut. A non-nil error is the
// report of what ended the script, ready to print.
func Run(o Options, stderr, diagOut io.Writer) (int, error) {
	abs, err := filepath.Abs(o.Path)
	if err != nil {
		return 1, fmt.Errorf("socklab: %w", err)
	}
	o.Path = abs
	hint.Install(stderr) // before the front end, which asks whether hints are on
	fe, err := startFront(o)
	if err != nil {
		return 1, err
	}
	dir := filepath.Dir(abs)
	if err := os.Chdir(dir); err != nil {
		return 1, fmt.Errorf("socklab: cannot enter the script's folder: %w", err)
	}
	if !o.AllowFiles {
		if err := fsgate.Restrict(dir); err != nil {
			return 1, err
		}
	}
	// What the script imports, which a supervisor's front end sends as
	// soon as it has parsed the script, and the tables of those packages
	// and of lift.
	var (
		imports []string
		local   localPackages
		tables  []exports
		lifted  exports
		srcErr  error
	)
	// The tables before the confinement, which builds nothing of the
	// script's: the supervisor's front end mostly holds the other
	// processor meanwhile, and Landlock's signal to each of this process's
	// threads (see confine.ApplyAround) then finds it free, a quarter of
	// a millisecond sooner in a hello program's start.
	if imports, local, srcErr = fe.source(); srcErr == nil {
		tables, lifted = permittedTables(o, imports), liftSymbols()
	}
	if srcErr != nil {
		return 1, srcErr
	}
	settle, err := confineProcess(o, dir)
	if err != nil {
		return 1, err
	}
	rewritten := &rewrittenFiles{}
	policy, err := netgate.FromEnv()
	if err != nil {
		return 2, fmt.Errorf("socklab: %w", err)
	}
	policy.AllowAll = o.AllowNet
	netgate.Configure(policy)
	allow.Install(flags(o))
	pace.Install() // in a lesson test: one write at a time, as in class
	stall.Install(filepath.Base(o.Display))
	if err := tap.Install(filepath.Base(o.Display)); err != nil {
		return 2, fmt.Errorf("socklab: %w", err)
	}

	src := sourceFS{local, rewritten}
	rewrite := strings.NewReplacer(append([]string{abs, o.Display}, src.displayPairs(o.Display)...)...).Replace
	filter := &stderrFilter{out: stderr, diag: diagOut, rewrite: rewrite}
	notePositions(o, rewrite, diagOut)
	i := interp.New(interp.Options{
		Stdin:        os.Stdin,
		Stdout:       os.Stdout,
		Stderr:       filter,
		Args:         append([]string{o.Display}, o.Args...),
		Env:          scriptEnv(),
		Unrestricted: o.AllowExec,
		GoPath:       sourceRoot,

		SourcecodeFilesystem: markedFS{src},
	})
	// The interpreter's os.Args and environment, in case it reads the
	// process's own rather than its virtual ones.
	os.Args = append([]string{o.Display}, o.Args...)
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "SOCKLAB_") {
			os.Unsetenv(k)
		}
	}
	seedTables(o, tables)
	for _, t := range append(packagesFor(imports, tables), posSymbols(), lifted, lift.ErrorWrapperTable(i), hint.Symbols()) {
		if err := i.Use(t); err != nil {
			return 1, fmt.Errorf("socklab: loading packages: %w", err)
		}
	}
	if err := compileGeneric(i, imports); err != nil {
		return 1, fmt.Errorf("socklab: loading packages: %w", err)
	}
	r, err := fe.wait()
	if err != nil {
		return 1, err
	}
	rewritten.files = r.files
	met := r.met
	r.use()
	if note := tap.Unseen(r.sites); note != "" {
		fmt.Fprintln(stderr, note)
	}
	tap.RecordUnseen(r.sites)
	// The packages whose interfaces the script meets without importing
	// them, then the symbols that override what the packages hold.
	for _, t := range append(interfacePackages(o, imports, met), namedPool(r.files), lateSymbols(stderr)) {
		if err := i.Use(t); err != nil {
			return 1, fmt.Errorf("socklab: loading packages: %w", err)
		}
	}
	// The supervisor has taken the network guard by now, mostly: waiting
	// for it here, not in confineProcess, overlaps its answer with the
	// setting up above.
	if err := settle(); err != nil {
		return 1, err
	}
	inits.Set(imports) // the library's shared state as a Go build of the script has it
	lift.OnGoPanic(func(v any) {
		// A goroutine's panic that no recover stopped ends the process as
		// main's does: its report, and Go's exit status.
		code, err := panicReport(o, v, r.poolNames)
		if err != nil {
			fmt.Fprintln(stderr, err)
		}
		os.Exit(prestart.Finish(code))
	})
	runtime.MemProfileRate = memProfileRate(r.memProfiled, os.Getenv("GODEBUG"))
	own := runtime.NumGoroutine() // socklab's, before the script starts any
	err = eval(i, abs)
	if err == nil {
		awaitGoPanics(own) // a goroutine's panic ends the program first, as in Go
		return 0, nil
	}
	var ie *internalError
	if errors.As(err, &ie) {
		return 1, fmt.Errorf("%s: the interpreter could not compile this script (%v).\n"+
			"It may use a Go feature the interpreter lacks: see README, Known limits.", o.Display, ie.value)
	}
	var p interp.Panic
	if !errors.As(err, &p) {
		return 1, errors.New(strings.TrimSpace(rewrite(err.Error())))
	}
	return panicReport(o, p.Value, r.poolNames)
}

// panicReport returns the exit status and the report of v, a panic that
// no recover stopped, on the goroutine that raised it: where it started
// and Go's text of its value. poolNames names lift's pool as the script
// names its types.
func panicReport(o Options, v any, poolNames map[string]string) (int, error) {
	if v == diag.ErrEndOfInput {
		return 0, nil
	}
	pos, desc := diag.Take(v)
	if text, ok := lift.PanicText(v, func(name string) string { return poolNames[name] }); ok {
		desc = text // Go's text of a value of the script's type: its Error, String, or type
	}
	if lift.Repanicked(v) {
		desc += " [recovered, repanicked]"
	}
	msg := confine.Explain(desc, o.Limits)
	// A Go program that panics exits with status 2.
	return 2, errors.New(diag.Report(pos, msg, diag.IsFailure(v), Source(o)))
}

// internalError is a panic of the interpreter itself while it compiled the
// script, which it does not turn into an error of its own.
type internalError struct{ value any }

func (e *internalError) Error() string { return fmt.Sprint(e.value) }

// eval evaluates the script file, which also runs its main function.
func eval(i *interp.Interpreter, path string) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &internalError{v}
		}
	}()
	_, err = i.EvalPath(path)
	return err
}

// Source returns a reader of the files that messages about the script o
// name: the script itself and the files of its local packages, all named
// relative to the script's display path.
func Source(o Options) func(file string) []byte {
	return func(file string) []byte {
		rel, err := filepath.Rel(filepath.Dir(o.Display), file)
		if err != nil || strings.HasPrefix(rel, "..") {
			return nil
		}
		b, _ := os.ReadFile(filepath.Join(filepath.Dir(o.Path), rel))
		return b
	}
}
