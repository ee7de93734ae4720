package runner

import (
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"

	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/lessontest"
	"github.com/socklab/socklab/runner/prestart"
	"github.com/socklab/socklab/runner/script"
	"github.com/socklab/socklab/runner/seedpython"
	"github.com/socklab/socklab/runner/teardown"
	"github.com/spf13/pflag"
)

// Register adds helper packages, in yaegi's symbol-table form, that every
// script may import. Call it before Main, as a custom socklab binary that
// brings packages of its own does (see examples/plugin).
func Register(symbols map[string]map[string]reflect.Value) {
	for k, v := range symbols {
		script.Extra[k] = v
	}
}

// ScriptProcess runs the script and exits when this process was started by
// socklab to run one; otherwise it returns at once. A program that starts
// scripts through package proc with itself as the binary (a test binary, a
// custom socklab) calls it first, in main or TestMain.
func ScriptProcess() {
	prestart.Await()
	confine.Entry()
	if os.Getenv(script.EnvChild) == "1" {
		os.Exit(prestart.Finish(script.Main(os.Args[1:])))
	}
}

// Main runs socklab with the command-line arguments args (without the
// program name) and returns the process exit status.
func Main(args []string) int {
	if prestart.Await() {
		args = os.Args[1:] // a script process started early: its own
	}
	confine.Entry() // a confined program's start (see confine.Command)
	if os.Getenv(script.EnvChild) == "1" {
		return prestart.Finish(script.Main(args))
	}
	if os.Getenv(seedpython.EnvPython) != "" {
		return seedpython.Main(args) // a lesson test's python3
	}
	if os.Getenv(lessontest.EnvTestProcess) == "1" {
		return lessontest.TestProcessMain() // a lesson test in a namespace of its own
	}
	teardown.Defer()         // whoever waits for socklab sees it end without the kernel's teardown
	defer prestart.Discard() // a command that started no script
	return mainWith(args, os.Stdout, os.Stderr)
}

func mainWith(args []string, stdout, stderr io.Writer) (code int) {
	// A bug of socklab's own still ends with a sentence, not a stack trace.
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintf(stderr, "socklab: internal error: %v\nThis is a bug in socklab: please report it with the command you ran.\n", v)
			code = 1
		}
	}()
	cmds := commands(stdout, stderr)
	if len(args) == 0 {
		printCommands(stderr, cmds)
		return 2
	}
	name := args[0]
	if name == "-h" || name == "--help" {
		printCommands(stdout, cmds)
		return 0
	}
	cmd := find(cmds, name)
	if cmd == nil {
		fmt.Fprintln(stderr, unknownCommand(name, cmds))
		return 2
	}
	err := parseAndRun(cmd, args[1:])
	var ue *usageError
	switch {
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "socklab %s: %s\nusage: socklab %s\nRun 'socklab help %s' for details.\n", cmd.Name, ue.msg, cmd.UsageLine, cmd.Name)
	case err != nil && !isExit(err):
		fmt.Fprintf(stderr, "socklab %s: %v\n", cmd.Name, err)
	}
	return exitCode(err)
}

func parseAndRun(cmd *Command, args []string) error {
	cmd.Flags.SetOutput(io.Discard)
	if err := cmd.Flags.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			cmd.PrintUsage(os.Stdout)
			return nil
		}
		return usagef(cmd, "%s", flagMistake(cmd, err))
	}
	return cmd.Run(cmd.Flags.Args())
}

func isExit(err error) bool {
	var ee *ExitError
	return errors.As(err, &ee)
}

func find(cmds []*Command, name string) *Command {
	for _, c := range cmds {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func printCommands(w io.Writer, cmds []*Command) {
	fmt.Fprint(w, "socklab runs Go socket lessons at once, with no compile step.\n\nUsage:\n\n\tsocklab <command> [arguments]\n\nThe commands are:\n\n")
	for _, c := range cmds {
		fmt.Fprintf(w, "\t%-10s %s\n", c.Name, c.Short)
	}
	fmt.Fprint(w, "\nRun 'socklab help <command>' for more about a command.\n")
}
