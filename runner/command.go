// Package runner is the socklab command: it parses the command line and
// runs the commands (run, test, watch, ...). Programs that embed socklab
// call Main; Register adds helper packages of their own.
package runner

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"
)

// A Command is one socklab command, in the manner of cmd/go: its usage
// line, short and long help, flags and the function that runs it.
type Command struct {
	Name      string
	UsageLine string // "run [flags] FILE.go|DIR [-- ARGS...]"
	Short     string // one line for the command list
	Long      string // the help page, for the person typing
	Flags     *pflag.FlagSet
	Run       func(args []string) error
}

// newCommand returns a Command with an empty flag set named after it.
func newCommand(name, usage, short, long string) *Command {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SortFlags = false
	return &Command{Name: name, UsageLine: usage, Short: short, Long: strings.TrimSpace(long), Flags: fs}
}

// PrintUsage writes the command's help page to w.
func (c *Command) PrintUsage(w io.Writer) {
	fmt.Fprintf(w, "usage: socklab %s\n\n%s\n", c.UsageLine, c.Long)
	if c.Flags.HasAvailableFlags() {
		fmt.Fprintf(w, "\nFlags:\n%s", c.Flags.FlagUsages())
	}
}

// usageError is a mistake on the command line: socklab prints it with the
// command's usage line and exits with status 2.
type usageError struct {
	cmd *Command
	msg string
}

func (e *usageError) Error() string { return e.msg }

func usagef(cmd *Command, format string, args ...any) error {
	return &usageError{cmd: cmd, msg: fmt.Sprintf(format, args...)}
}

// argError is a mistake in what the command line names: a file that does
// not exist, a Python program, a folder that holds no lesson. socklab says
// what to do instead and exits with status 2, without the usage line.
type argError struct{ err error }

func (e *argError) Error() string { return e.err.Error() }
func (e *argError) Unwrap() error { return e.err }

// badArg marks err as a mistake on the command line.
func badArg(err error) error {
	if err == nil {
		return nil
	}
	return &argError{err}
}

// badArgf is badArg with a message of its own.
func badArgf(format string, args ...any) error {
	return &argError{fmt.Errorf(format, args...)}
}

// ExitError ends socklab with Code and no further message: the script (or
// the tests) already said what happened.
type ExitError struct{ Code int }

func (e *ExitError) Error() string { return fmt.Sprintf("exit status %d", e.Code) }

// exitCode maps an error returned by a command to the process exit status.
func exitCode(err error) int {
	var ee *ExitError
	var ue *usageError
	var ae *argError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.Code
	case errors.As(err, &ue), errors.As(err, &ae):
		return 2
	}
	return 1
}
