package runner

import (
	"fmt"
	"os"

	"github.com/socklab/socklab/runner/lesson"
	"github.com/socklab/socklab/runner/proc"
	"github.com/socklab/socklab/runner/watch"
)

func watchCommand() *Command {
	c := newCommand("watch", "watch [flags] FILE.go|DIR [-- ARGS...]", "run a script or a lesson again each time you save it", `
Watch runs a script, as socklab run does, and runs it again each time you
save it: it stops the running version and starts the new one at once, so a
server you edit is listening again, on the same port, moments after you
save. Watch follows the script, the Go files in the folders below its
own (packages of the lesson that it imports) and the files its //go:embed
lines name (a page, a template), which go build would embed anew. Saving
a file without changing it reruns nothing, and editors' swap and backup
files are ignored.

Given a lesson folder, watch runs the whole lesson as socklab run DIR does
(the server, then the client) and runs it again when any of its Go files,
or a file they embed, changes.

While watch runs:

	save a file    stop the running version, start the new one
	Ctrl-R         run it again by hand, at once
	lines you type go to the running program's input (a client's prompts),
	               Enter alone too: an empty answer
	Enter          alone, when the program does not read the keyboard
	               (or has ended): run it again, as Ctrl-R does
	Ctrl-C         stop everything watch started, and exit

A program never receives Ctrl-R, so it never collides with an answer.
While watch runs in a terminal, Ctrl-R ends the line at once instead of
reprinting it; watch puts the terminal back as it was when it ends.

Each start is shown on the error output, with its time and why, for example
"[watch] v3 started 10:42:07 (server.go changed)". A version that does not
compile shows its errors with file:line, and watch waits for your fix.

When watch's input is not a terminal, its lines work the same; at the end
of the input, watch keeps running (without input for the programs) until
Ctrl-C or SIGTERM.

--trace, --pcap and --faults work as for socklab run, across every
version watch starts; as watch runs until Ctrl-C, --trace draws the
sequence diagram as it happens, and the web page and the capture are
written when watch ends.

Exit status: 128+N after signal N (130 for Ctrl-C); 1 when watch cannot
start; 2 for a mistake on socklab's command line.

Examples:

	socklab watch scripts/01-hello/server.go
	socklab watch scripts/01-hello`)
	sf := addScriptFlags(c.Flags)
	wf := addWireFlags(c.Flags, true)
	c.Run = func(args []string) error {
		if len(args) == 0 {
			return usagef(c, "no script or lesson folder given")
		}
		path, scriptArgs := args[0], args[1:]
		if err := checkScriptArgs(c, args); err != nil {
			return err
		}
		if err := wf.check(true); err != nil {
			return usagef(c, "%v", err)
		}
		if wf.trace == "after" {
			wf.trace = "live" // watch runs until Ctrl-C: draw as it happens
		}
		var target watch.Target
		out := lesson.NewMux()
		log := out.Stream("", os.Stderr)
		if isDir(path) {
			if len(scriptArgs) > 0 {
				return usagef(c, "arguments go to one script: watch the lesson's programs one by one (socklab watch FILE.go -- ARGS)")
			}
			l, err := lesson.Find(path)
			if err != nil {
				return badArg(err)
			}
			out = lesson.NewMux(l.Labels()...)
			log = out.Stream("", os.Stderr)
			target = &watch.Lesson{Config: lesson.Config{
				Lesson:  l,
				Options: func(p string) scriptOptions { return sf.options(p, proc.Display(p), nil) },
				Stdout:  os.Stdout,
				Stderr:  os.Stderr,
				Output:  out,
				Listening: func(addr string) {
					fmt.Fprintln(log, "[watch]", listeningNote(l, addr))
				},
			}}
		} else {
			if err := checkScriptPath(path); err != nil {
				return err
			}
			target = &watch.Script{
				Options: sf.options(path, proc.Display(path), scriptArgs),
				Stdout:  out.Stream("", os.Stdout),
				Stderr:  out.Stream("", os.Stderr),
			}
		}
		return withWire(wf, sf, log, func(ws *wireSession) error {
			ws.follow(log)
			ctx := newInterruption()
			defer ctx.Stop()
			cfg := watch.Config{Target: target, Input: os.Stdin, Log: log}
			if lesson.IsTerminal(os.Stdin) {
				cfg.LineBreak = out.LineBreak
				restore, err := watch.TerminalRerunKey(os.Stdin)
				if err != nil {
					return err
				}
				defer restore()
			}
			if err := watch.Run(ctx, cfg); err != nil {
				return err
			}
			return &ExitError{Code: ctx.Status()}
		})
	}
	return c
}
