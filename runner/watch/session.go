package watch

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Config says what to watch and where to talk.
type Config struct {
	Target Target
	// Input is watch's own input: RerunKey (Ctrl-R) reruns the target;
	// lines go to the running version when it reads the keyboard. An empty
	// line (Enter) reruns only when nothing runs that reads the keyboard.
	// At its end, watch goes on, and versions get no input.
	Input io.Reader
	// LineBreak, if not nil, runs for each line read from Input before it
	// is acted on (a terminal has echoed the newline).
	LineBreak func()
	// Log receives watch's own messages ("[watch] v3 started ...").
	Log io.Writer
	// Now tells the time for the messages; nil for time.Now.
	Now func() time.Time
}

// Run runs the target, then a new version after every change to its files
// and every Enter, until ctx is done; it then stops the running version.
// A version that fails (a compile error, say) leaves watch waiting for the
// next save.
func Run(ctx context.Context, c Config) error {
	changes, err := WatchChanges(c.Target.Dir(), c.Target.Relevant)
	if err != nil {
		return err
	}
	defer changes.Close()
	s := &session{Config: c, inputOpen: c.Input != nil}
	if s.Now == nil {
		s.Now = time.Now
	}
	var lines <-chan string
	if c.Input != nil {
		lines = readLines(c.Input)
	}
	hint := fmt.Sprintf("watching %s: save a file or press %s to rerun, Ctrl-C to stop", c.Target.Name(), RerunKeyName)
	s.launch(ctx, hint)
	for {
		select {
		case <-ctx.Done():
			s.stop()
			s.logf("stopped")
			return nil
		case files := <-changes.C:
			s.stop()
			s.launch(ctx, s.describe(files))
		case err := <-changes.Errors:
			s.logf("watching: %v", err)
		case line, ok := <-lines:
			if !ok {
				lines = nil
				s.endInput()
				continue
			}
			typed, rerun := strings.CutSuffix(line, string(RerunKey))
			if s.LineBreak != nil {
				if rerun {
					fmt.Fprintln(s.Log) // the terminal echoed ^R, not a newline
				}
				s.LineBreak()
			}
			switch {
			case rerun:
				if strings.TrimSpace(typed) != "" {
					s.logf("%q was not sent: %s reruns at once", typed, RerunKeyName)
				}
				s.stop()
				s.launch(ctx, RerunKeyName+" pressed")
			case strings.TrimSpace(line) == "" && !s.readsKeyboard():
				s.stop()
				s.launch(ctx, "Enter pressed")
			default:
				s.send(line)
			}
		case r := <-s.starting():
			s.started(r)
		case <-s.running():
			s.ended()
		}
	}
}

// session is the state of Run's loop: the current version, if any.
type session struct {
	Config
	n         int
	cur       *version
	inputOpen bool
}

// version is one run of the target: starting, then running.
type version struct {
	n       int
	cancel  context.CancelFunc
	input   *feed // nil when watch's input has ended
	keys    bool  // whether it reads the keyboard
	result  chan startResult
	running Version // nil while starting
}

type startResult struct {
	v   Version
	err error
}

// launch starts version n+1. Starting a lesson waits for its server to
// listen, so it runs aside and reports on result.
func (s *session) launch(ctx context.Context, reason string) {
	s.n++
	v := &version{n: s.n, result: make(chan startResult, 1), keys: s.Target.ReadsKeyboard()}
	s.logf("v%d started %s (%s)", v.n, s.Now().Format("15:04:05"), reason)
	var stdin *os.File
	if s.inputOpen {
		f, err := newFeed()
		if err != nil {
			s.logf("v%d: %v", v.n, err)
		} else {
			v.input, stdin = f, f.r
		}
	}
	vctx, cancel := context.WithCancel(ctx)
	v.cancel = cancel
	go func() {
		ver, err := s.Target.Start(vctx, stdin)
		if v.input != nil {
			v.input.Started()
		}
		v.result <- startResult{ver, err}
	}()
	s.cur = v
}

// readsKeyboard reports whether a version runs that reads the keyboard:
// then Enter is an empty line for it, not a rerun.
func (s *session) readsKeyboard() bool {
	return s.cur != nil && s.cur.keys && s.cur.input != nil
}

// starting is where the current version's start reports, or nil.
func (s *session) starting() <-chan startResult {
	if s.cur == nil || s.cur.running != nil {
		return nil
	}
	return s.cur.result
}

// running is closed when the current version ends by itself, or nil.
func (s *session) running() <-chan struct{} {
	if s.cur == nil || s.cur.running == nil {
		return nil
	}
	return s.cur.running.Done()
}

func (s *session) started(r startResult) {
	v := s.cur
	if r.err != nil {
		s.logf("v%d did not start: %v: save a file or press %s to try again", v.n, r.err, RerunKeyName)
		s.drop()
		return
	}
	v.running = r.v
}

func (s *session) ended() {
	v := s.cur
	code := v.running.Wait()
	status := ""
	if code != 0 {
		status = fmt.Sprintf(" with exit status %d", code)
	}
	s.logf("v%d ended %s%s: save a file or press %s (or Enter) to run it again", v.n, s.Now().Format("15:04:05"), status, RerunKeyName)
	s.drop()
}

// stop stops the current version, if any, and waits until it has ended,
// so that the next version can listen on the same port.
func (s *session) stop() {
	v := s.cur
	if v == nil {
		return
	}
	v.cancel()
	if v.running == nil {
		if r := <-v.result; r.err == nil {
			v.running = r.v
		}
	}
	if v.running != nil {
		v.running.Stop()
	}
	s.drop()
}

// drop forgets the current version, which has ended.
func (s *session) drop() {
	if s.cur.input != nil {
		s.cur.input.Close()
	}
	s.cur.cancel()
	s.cur = nil
}

// send passes a typed line to the running version.
func (s *session) send(line string) {
	if s.cur == nil || s.cur.input == nil {
		s.logf("nothing is running to read %q: press %s to run again", strings.TrimSpace(line), RerunKeyName)
		return
	}
	if !s.cur.input.Send(line) {
		s.logf("v%d does not read its input: line dropped", s.cur.n)
	}
}

// endInput gives the running version, and every later one, the end of input.
func (s *session) endInput() {
	s.inputOpen = false
	if s.cur != nil && s.cur.input != nil {
		s.cur.input.Close()
	}
}

// describe names the changed files for a message: "server.go changed".
func (s *session) describe(files []string) string {
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f
		if rel, err := filepath.Rel(s.Target.Dir(), f); err == nil {
			names[i] = rel
		}
	}
	return strings.Join(names, ", ") + " changed"
}

func (s *session) logf(format string, args ...any) {
	fmt.Fprintf(s.Log, "[watch] "+format+"\n", args...)
}

// readLines passes r's lines until its end, each with the newline or the
// RerunKey that ended it.
func readLines(r io.Reader) <-chan string {
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 4096), 1<<20)
		sc.Split(splitLines)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	return lines
}

// splitLines is a bufio.SplitFunc that ends a token after each newline or
// RerunKey, keeping it.
func splitLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexAny(data, "\n"+string(RerunKey)); i >= 0 {
		return i + 1, data[:i+1], nil
	}
	if atEOF && len(data) > 0 {
		return len(data), data, nil
	}
	return 0, nil, nil
}

// display names dir relative to the current folder when it lies below it.
func display(dir string) string {
	wd, err := os.Getwd()
	if err != nil {
		return dir
	}
	if rel, err := filepath.Rel(wd, dir); err == nil && !strings.HasPrefix(rel, "..") {
		return rel
	}
	return dir
}
