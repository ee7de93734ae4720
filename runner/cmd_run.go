package runner

import (
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/socklab/socklab/runner/proc"
	"github.com/socklab/socklab/runner/scratch"
)

func runCommand() *Command {
	c := newCommand("run", "run [flags] FILE.go|DIR [-- ARGS...]", "run a script, or a whole lesson", `
Run runs a Go script at once, with no compile step. The script is a plain
Go program (package main, func main) that may import Go's standard library
and socklab's helper packages sock, frame and console.

The script runs in a process of its own, in its own folder (as IDLE runs a
Python file), with your terminal's input and output. Ctrl-C stops it and
frees its ports at once. Arguments after -- go to the script (os.Args).

By default a script may only use loopback addresses (127.0.0.1, ::1), only
files inside its folder, and may not import os/exec, nor use unsafe's
pointers (its Sizeof, Alignof and Offsetof are offered) or call syscall's
functions (its constants, such as syscall.SIGTERM, are offered).
The --allow flags lift these restrictions one by one.

Given a lesson folder instead of a file, run runs the whole lesson in one
terminal: first the server (server.go, or the one program with "server" in
its name) in the background; once it listens, the client (client.go, or the
lesson's only other program) with your terminal's input. Every line of output
starts with the name of the program that wrote it ("server | ",
"client | "), so you can tell who said what; a prompt without a newline
shows at once. When the client ends, run stops the server and exits with
the client's status.

A lesson with two clients (client1.go and client2.go) runs the server and
client1.go; run shows how to start the others, each in a terminal of its
own: socklab run scripts/02-two-clients/client2.go

--trace records every connection's bytes, in both directions, with their
times, and draws a sequence diagram when the run ends: one column per
program, an arrow per send with its bytes (\n and \0 shown), a note where
each receive cut the stream, and who closed first. --trace=live draws it
as it happens, --trace=FILE.html writes it as a web page, and --pcap FILE
writes the connections as a capture that Wireshark and tshark open.
--faults shakes the wire: fragment=N sends every message in pieces of at
most N bytes, delay=D waits between pieces, latency=D before each send,
slowread=N/D makes each receive take at most N bytes after waiting D, and
reset-after=K resets a connection once K bytes have passed. --seed makes
the pieces repeat.

When a receive has waited 3 seconds with part of a message in hand, run
says on standard error which line waits, for what, from whom and what has
arrived (a message sent without its \n); it says so too of a program that
keeps receiving after the end of the stream, and, for a lesson, when both
programs wait on each other. --stall-hint sets the wait, --no-stall-hint
turns these hints off.

Exit status: the script's own os.Exit code (the client's, for a lesson); 0
when it ends normally; 1 when it cannot start (a compile error); 2 when it
panics or meets a network failure it did not handle, as a Go program does;
128+N after signal N (130 for Ctrl-C); 2 for a mistake on socklab's command
line.

Examples:

	socklab run scripts/01-hello/server.go
	socklab run scripts/01-hello
	socklab run --seed 7 game.go -- --rounds 3
	socklab run --trace --pcap hello.pcapng scripts/01-hello
	socklab run --faults fragment=1,delay=1ms scripts/03-protocol`)
	sf := addScriptFlags(c.Flags)
	wf := addWireFlags(c.Flags, true)
	c.Run = func(args []string) error {
		if len(args) == 0 {
			return usagef(c, "no script given")
		}
		if err := checkScriptArgs(c, args); err != nil {
			return err
		}
		if err := wf.check(true); err != nil {
			return usagef(c, "%v", err)
		}
		path, err := scratch.Enter(args[0]) // in a lesson test: a folder of its own
		if err != nil {
			return err
		}
		scriptArgs := args[1:]
		if isDir(path) {
			if len(scriptArgs) > 0 {
				return usagef(c, "arguments go to one script: run the lesson's programs one by one (socklab run FILE.go -- ARGS)")
			}
			return withWire(wf, sf, os.Stderr, func(ws *wireSession) error { return runLesson(path, sf, ws) })
		}
		if err := checkScriptPath(path); err != nil {
			return err
		}
		return withWire(wf, sf, os.Stderr, func(ws *wireSession) error {
			ws.follow(os.Stderr)
			return runFile(sf.options(path, proc.Display(path), scriptArgs))
		})
	}
	return c
}

// isDir reports whether path is a folder.
func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}

// runFile runs one script attached to the terminal, passing on the signals
// that should stop it, and returns its exit status as an error.
func runFile(o scriptOptions) error {
	// SIGQUIT too (Ctrl-\, or a test harness at its time limit): it stops
	// the script like the others instead of dumping socklab's goroutines.
	// The signals are caught while the script process starts, so that one
	// arriving then (a loaded machine can take seconds) waits in sigs
	// rather than end socklab with Go's dump of its goroutines. Catching
	// them hands each signal to the runtime's signal thread, which it
	// starts, and waits for it: in a goroutine of its own, beside the
	// script process's start rather than before it, and done before the
	// script is waited for. They stay caught once the script has ended, as
	// socklab ends next: signal.Stop would hand each signal to that thread
	// again, about 0.2 ms of a hello program's run; one arriving meanwhile
	// is dropped.
	sigs := make(chan os.Signal, 1)
	caught := make(chan struct{})
	go func() {
		signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT)
		close(caught)
	}()
	p, err := proc.Start(proc.Spec{Script: o, Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, FrontCache: true})
	<-caught
	if err != nil {
		return err
	}
	for {
		select {
		case sig := <-sigs:
			// The terminal sends Ctrl-C to the script too; either way the
			// script ends and its ports are free when Stop returns.
			// The exit status says which signal stopped it (130 for
			// Ctrl-C), whatever the script process died of.
			code := p.Stop(500 * time.Millisecond)
			if s, ok := sig.(syscall.Signal); ok {
				code = 128 + int(s)
			}
			return &ExitError{Code: code}
		case <-p.Done():
			if code := p.Wait(); code != 0 {
				return &ExitError{Code: code}
			}
			return nil
		}
	}
}
