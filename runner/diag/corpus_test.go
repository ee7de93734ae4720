package diag_test

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/socklab/socklab/runner/socklabtest"
)

// socklab is the binary under test, built once by TestMain.
var socklab string

func TestMain(m *testing.M) { socklabtest.Main(m, &socklab) }

// wantLine is the first line of each program of the corpus: the line and
// column socklab must name, and what the message must say.
var wantLine = regexp.MustCompile(`^// want (\d+):(\d+) (.*)$`)

// TestPanicCorpus runs every program in testdata/panics, each of which
// panics once (in main, in a goroutine, in a Serve handler, in a helper),
// and checks that socklab names the failing expression's line and column
// exactly, with Go's own detail, and quotes the line.
func TestPanicCorpus(t *testing.T) {
	files, err := filepath.Glob("testdata/panics/*.go")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 40 {
		t.Fatalf("the corpus holds %d programs, want at least 40", len(files))
	}
	runCorpus(t, files)
}

// TestLimitsCorpus runs programs that recurse without end or run out of
// memory, each in a process held to 64 MiB (a 16 MiB stack), and checks
// that socklab names the line: the recursive call, or the allocating
// statement of the loop the goroutine that ran out was in.
func TestLimitsCorpus(t *testing.T) {
	files, err := filepath.Glob("testdata/limits/*.go")
	if err != nil {
		t.Fatal(err)
	}
	runCorpus(t, files, "--max-memory", "64MiB")
}

// runCorpus runs each program of files with socklab run and flags, and
// checks its report against the program's first line.
// wantStatus matches a corpus file's second line when it gives the exit
// status.
var wantStatus = regexp.MustCompile(`^// status (\d+): `)

func runCorpus(t *testing.T, files []string, flags ...string) {
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(strings.TrimSuffix(name, ".go"), func(t *testing.T) {
			t.Parallel()
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			sc := bufio.NewScanner(f)
			sc.Scan()
			f.Close()
			m := wantLine.FindStringSubmatch(sc.Text())
			if m == nil {
				t.Fatalf("%s does not start with // want LINE:COL MESSAGE", file)
			}
			// Go ends a program that panics, or meets its runtime's
			// limits, with 2; a second line "// status N: why" says otherwise.
			wantCode := 2
			if sc.Scan() {
				if s := wantStatus.FindStringSubmatch(sc.Text()); s != nil {
					wantCode, _ = strconv.Atoi(s[1])
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, socklab, append(append([]string{"run"}, flags...), name)...)
			cmd.Dir = filepath.Dir(file)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			cmd.Run()
			got := stderr.String()
			want := `(?m)^` + regexp.QuoteMeta(name+":"+m[1]+":"+m[2]+": ") + m[3]
			if !regexp.MustCompile(want).MatchString(got) {
				t.Errorf("stderr:\n%s\nwant a line matching %s", got, want)
			}
			if !regexp.MustCompile(`(?m)^ +` + m[1] + ` \| `).MatchString(got) {
				t.Errorf("stderr does not quote line %s:\n%s", m[1], got)
			}
			if cmd.ProcessState == nil {
				t.Fatalf("socklab did not run: %s", got)
			}
			if code := cmd.ProcessState.ExitCode(); code != wantCode {
				t.Errorf("exit status %d, want %d", code, wantCode)
			}
			if regexp.MustCompile(`reflect|goroutine \d|runtime/|_sl`).MatchString(got) {
				t.Errorf("stderr shows the interpreter's or socklab's insides:\n%s", got)
			}
		})
	}
}
