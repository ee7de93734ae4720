package front_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/socklab/socklab/runner"
	"github.com/socklab/socklab/runner/front"
	"github.com/socklab/socklab/runner/script"
)

// TestMain lets the test binary act as a script process, as proc starts
// one, so that the tests below hand it the front end's work themselves.
func TestMain(m *testing.M) {
	runner.ScriptProcess()
	os.Exit(m.Run())
}

const onDisk = `package main

import "fmt"

func main() { fmt.Println("as on disk") }
`

// TestHandover starts script processes with the front end's work handed
// over on a pipe, as a supervisor hands it, and checks that they run what
// they were handed, report what the work refuses, and survive damage.
func TestHandover(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "main.go")
	if err := os.WriteFile(path, []byte(onDisk), 0o644); err != nil {
		t.Fatal(err)
	}
	handed := strings.Replace(onDisk, "as on disk", "as handed over", 1)
	tests := []struct {
		name       string
		write      func(w *front.Writer, raw *os.File) // nil: no pipe at all
		wantOut    string
		wantErr    string
		wantStatus int
	}{{
		name:    "no work handed over: the process does it itself",
		wantOut: "as on disk\n",
	}, {
		name: "the rewritten file handed over is what runs",
		write: func(w *front.Writer, _ *os.File) {
			w.Source(front.Source{Imports: []string{"fmt"}})
			w.Rewrite(front.Rewrite{Files: map[string][]byte{path: []byte(handed)}})
		},
		wantOut: "as handed over\n",
	}, {
		name: "problems found in parsing are reported as they are",
		write: func(w *front.Writer, _ *os.File) {
			w.Source(front.Source{Err: "main.go:5:2: refused for the test"})
		},
		wantErr:    "main.go:5:2: refused for the test",
		wantStatus: 1,
	}, {
		name: "problems found in checking are reported as they are",
		write: func(w *front.Writer, _ *os.File) {
			w.Source(front.Source{Imports: []string{"fmt"}})
			w.Rewrite(front.Rewrite{Err: "main.go:5:15: undefined: x"})
		},
		wantErr:    "main.go:5:15: undefined: x",
		wantStatus: 1,
	}, {
		name: "a damaged record is an error, not a crash",
		write: func(_ *front.Writer, raw *os.File) {
			raw.Write([]byte{5, 1, 2})
		},
		wantErr:    "socklab: reading the front end",
		wantStatus: 1,
	}, {
		name: "a supervisor that ends without the rest of the work",
		write: func(w *front.Writer, _ *os.File) {
			w.Source(front.Source{Imports: []string{"fmt"}})
		},
		wantErr:    "socklab: reading the front end",
		wantStatus: 1,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], path)
			cmd.Env = append(os.Environ(), script.Options{Display: "main.go"}.Env()...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout = &stdout
			errR, errW, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.ExtraFiles = []*os.File{errW} // descriptor 3: the script's standard error
			var feedW *os.File
			if tt.write != nil {
				r, w, err := os.Pipe()
				if err != nil {
					t.Fatal(err)
				}
				cmd.ExtraFiles = append(cmd.ExtraFiles, r)
				cmd.Env = append(cmd.Env, front.EnvFD+"=4")
				feedW = w
				defer r.Close()
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			errW.Close()
			copied := make(chan struct{})
			go func() {
				stderr.ReadFrom(errR)
				close(copied)
			}()
			if feedW != nil {
				tt.write(front.NewWriter(feedW), feedW)
				feedW.Close()
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case <-done:
			case <-time.After(20 * time.Second):
				cmd.Process.Kill()
				t.Fatal("the script process did not end within 20 s")
			}
			<-copied
			if got := cmd.ProcessState.ExitCode(); got != tt.wantStatus {
				t.Errorf("exit status %d, want %d; stderr:\n%s", got, tt.wantStatus, &stderr)
			}
			if got := stdout.String(); got != tt.wantOut {
				t.Errorf("stdout %q, want %q; stderr:\n%s", got, tt.wantOut, &stderr)
			}
			if !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("stderr %q, want it to hold %q", &stderr, tt.wantErr)
			}
			if strings.Contains(stderr.String(), "goroutine ") {
				t.Errorf("a Go stack trace on stderr:\n%s", &stderr)
			}
		})
	}
}
