package scripts_test

import (
	"os"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/socklab/socklab/runner"
	"github.com/socklab/socklab/runner/lessontest"
)

// TestMain lets the test binary act as socklab, so that the lessons' tests
// run the real "socklab run".
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"socklab": func() { os.Exit(runner.Main(os.Args[1:])) },
	})
}

// TestLessons runs the tests of every lesson: a subtest per lesson/test,
// in parallel.
func TestLessons(t *testing.T) {
	lessontest.TestAll(t, ".", lessontest.Options{})
}

// TestStartersFail checks that each assignment's tests test it: at least
// one of them fails on the files a student receives (starter/).
func TestStartersFail(t *testing.T) {
	lessons, err := lessontest.Find(".")
	if err != nil {
		t.Fatal(err)
	}
	// A starter may hang rather than fail (a client waiting for a reply the
	// unfinished server never sends): a shorter limit than the lessons'
	// own ends those sooner, and still counts them as failures.
	h, err := lessontest.New(lessontest.Options{Starter: true, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	any := false
	for _, l := range lessons {
		if !l.Starter {
			continue
		}
		any = true
		t.Run(l.Name, func(t *testing.T) {
			t.Parallel()
			tests := lessontest.Tests([]*lessontest.Lesson{l})
			results := h.RunAll(tests, len(tests), nil)
			if lessontest.Summarize(results).Failed == 0 {
				t.Errorf("every test of %s passes on its starter/ files: the tests do not check what the assignment asks", l.Name)
			}
		})
	}
	if !any {
		t.Skip("no lesson has a starter/ folder")
	}
}
