package watch

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/socklab/socklab/runner/lesson"
	"github.com/socklab/socklab/runner/proc"
	"github.com/socklab/socklab/runner/script"
)

// A Target is what watch reruns: one script, or a whole lesson.
type Target interface {
	// Name names the target in messages.
	Name() string
	// Dir is the folder to watch.
	Dir() string
	// Relevant reports whether a change to the file at path (below Dir)
	// calls for a new version.
	Relevant(path string) bool
	// Start starts a version with stdin as its input (nil for none). It
	// gives up, having stopped what it started, when ctx is done.
	Start(ctx context.Context, stdin *os.File) (Version, error)
	// ReadsKeyboard reports whether the program that gets the input
	// reads it, so that an empty line is an answer, not a rerun.
	ReadsKeyboard() bool
}

// A Version is one run of a Target.
type Version interface {
	Done() <-chan struct{} // closed when it has ended by itself
	Wait() int             // waits for it to end; returns its exit status
	Stop() int             // stops it and waits until it has ended
}

// Script is a Target that runs one script.
type Script struct {
	Options script.Options
	Stdout  io.Writer
	Stderr  io.Writer
}

func (s *Script) Name() string { return s.Options.Display }

func (s *Script) Dir() string { return filepath.Dir(abs(s.Options.Path)) }

// Relevant accepts the script itself, the Go files in the folders below
// its own (the packages of the lesson that it may import) and the files
// it embeds.
func (s *Script) Relevant(path string) bool {
	script := abs(s.Options.Path)
	return path == script || inPackage(s.Dir(), path) || embeds([]string{script}, path)
}

func (s *Script) ReadsKeyboard() bool { return lesson.ReadsKeyboard(s.Options.Path) }

func (s *Script) Start(ctx context.Context, stdin *os.File) (Version, error) {
	spec := proc.Spec{Script: s.Options, Stdout: s.Stdout, Stderr: s.Stderr, OwnGroup: true, FrontCache: true}
	if stdin != nil {
		spec.Stdin = stdin
	}
	p, err := proc.Start(spec)
	if err != nil {
		return nil, err
	}
	return stoppable{p}, nil
}

// stoppable gives a script process the Version's Stop.
type stoppable struct{ *proc.Proc }

func (p stoppable) Stop() int { return p.Proc.Stop(lesson.StopGrace) }

// Lesson is a Target that runs a lesson folder as socklab run DIR does: the
// server, then the client with the input.
type Lesson struct {
	Config lesson.Config // Stdin is set for each version
}

func (l *Lesson) Name() string { return display(l.Dir()) }

func (l *Lesson) Dir() string { return abs(l.Config.Lesson.Dir) }

// Relevant accepts every Go file of the lesson (its programs and the
// packages in the folders below) and the files its programs embed.
func (l *Lesson) Relevant(path string) bool {
	return (filepath.Dir(path) == l.Dir() && strings.HasSuffix(path, ".go")) || inPackage(l.Dir(), path) || embeds(programFiles(l.Dir()), path)
}

func (l *Lesson) ReadsKeyboard() bool {
	return lesson.ReadsKeyboard(l.Config.Lesson.Path(l.Config.Lesson.Client))
}

func (l *Lesson) Start(ctx context.Context, stdin *os.File) (Version, error) {
	c := l.Config
	c.Stdin = stdin
	return lesson.Start(ctx, c)
}

// inPackage reports whether path is a Go file in a folder below dir, other
// than the lesson's tests and starter files.
func inPackage(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	if err != nil || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
		return false
	}
	parts := strings.Split(filepath.ToSlash(rel), "/")
	if len(parts) < 2 || parts[0] == ".." {
		return false
	}
	return parts[0] != "tests" && parts[0] != "starter"
}

func abs(path string) string {
	if a, err := filepath.Abs(path); err == nil {
		return a
	}
	return path
}
