package runner_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/socklab/socklab/runner"
	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/lessontest"
)

// TestMain lets the test binary act as the socklab command, so the
// transcript tests below run the real thing: `exec socklab run ...`.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"socklab": func() { os.Exit(runner.Main(os.Args[1:])) },
	})
}

// TestLessonLike runs the engine tests that need servers and clients
// together (Ctrl-C freeing a port, ...) through the lesson harness, each
// test on a loopback address of its own.
func TestLessonLike(t *testing.T) {
	lessontest.TestAll(t, "testdata/lessons", lessontest.Options{Timeout: 30 * time.Second})
}

// TestCommands runs the transcripts in testdata/script: what a user types
// and what socklab must answer.
func TestCommands(t *testing.T) {
	scripts, err := filepath.Abs("../scripts")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{Dir: "testdata/script", Condition: conditions, Setup: func(e *testscript.Env) error {
		e.Setenv("SCRIPTS", scripts) // the course, for transcripts that run a lesson's own programs
		e.Setenv("LOOPBACK", newLoopback())
		return nil
	}, Cmds: map[string]func(*testscript.TestScript, bool, []string){
		"listening": lessontest.Listening, // with $SOCKLAB_LISTEN_DIR set by the transcript
		"await":     cmdAwait,
	}})
}

// loopbacks counts the addresses newLoopback has handed out.
var loopbacks atomic.Uint32

// newLoopback returns a loopback address for one transcript's programs
// (SOCKLAB_HOSTMAP=127.0.0.1=$LOOPBACK), apart from the other transcripts',
// from this machine's other test runs (its second byte from the process
// id), and from the addresses the lesson harness (127.R.1-99.y), the watch
// tests (127.P.0.y) and the lesson tests (127.P.200-.y) hand out.
func newLoopback() string {
	n := loopbacks.Add(1)
	return fmt.Sprintf("127.%d.%d.%d", 100+os.Getpid()%100, 100+n/250, 1+n%250)
}

// conditions are the transcripts' own conditions: [sandbox] holds where the
// kernel has both of socklab's layers (Landlock and seccomp).
func conditions(cond string) (bool, error) {
	if cond == "sandbox" {
		l := confine.Probe()
		return l.Landlock > 0 && l.Seccomp, nil
	}
	return false, fmt.Errorf("unknown condition %q", cond)
}
