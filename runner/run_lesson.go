package runner

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/socklab/socklab/runner/lesson"
	"github.com/socklab/socklab/runner/proc"
)

// runLesson runs the lesson in dir: its server in the background, then its
// client with the terminal's input, until the client ends or Ctrl-C.
func runLesson(dir string, sf *scriptFlags, ws *wireSession) error {
	l, err := lesson.Find(dir)
	if err != nil {
		return badArg(err)
	}
	ctx := newInterruption()
	defer ctx.Stop()

	out := lesson.NewMux(l.Labels()...)
	var onEnter func()
	if lesson.IsTerminal(os.Stdin) {
		onEnter = out.LineBreak
	}
	stdin, err := lesson.Forward(os.Stdin, onEnter)
	if err != nil {
		return err
	}
	defer stdin.Close()
	note := out.Stream("", os.Stderr)
	ws.follow(note)
	defer noticeStalls(sf.hints, note)()
	run, err := lesson.Start(ctx, lesson.Config{
		Lesson:    l,
		Options:   func(path string) scriptOptions { return sf.options(path, proc.Display(path), nil) },
		Stdin:     stdin,
		Stdout:    os.Stdout,
		Stderr:    os.Stderr,
		Output:    out,
		Listening: func(addr string) { fmt.Fprintln(note, "[run]", listeningNote(l, addr)) },
	})
	if err != nil {
		if ctx.Err() != nil {
			return &ExitError{Code: ctx.Status()}
		}
		return err
	}
	stdin.Close() // the client has its own copy

	select {
	case <-ctx.Done():
		run.Stop()
		return &ExitError{Code: ctx.Status()}
	case <-run.Done():
		if code := run.Wait(); code != 0 {
			return &ExitError{Code: code}
		}
		return nil
	}
}

// listeningNote says where the lesson's server listens, which program runs
// in the terminal, and how to run the others.
func listeningNote(l *lesson.Lesson, addr string) string {
	note := fmt.Sprintf("%s listens on %s; %s runs here", l.Server, addr, l.Client)
	if len(l.Others) == 0 {
		return note
	}
	var cmds []string
	for _, o := range l.Others {
		cmds = append(cmds, "socklab run "+filepath.Join(l.Dir, o))
	}
	return note + "; in another terminal: " + strings.Join(cmds, ", ")
}
