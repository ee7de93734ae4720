package difftest_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/socklab/socklab/runner/difftest"
	"github.com/socklab/socklab/runner/frontcache"
	"github.com/socklab/socklab/runner/socklabtest"
)

var socklab string

func TestMain(m *testing.M) { socklabtest.Main(m, &socklab) }

// runTimeout bounds each run of a program; the corpus's programs end in
// well under a second.
const runTimeout = 20 * time.Second

// result is what one run of a program did.
type result struct {
	stdout, stderr []byte
	code           int
	err            error // the run could not be made, or timed out
}

// TestCorpus builds every program of the corpus and every lesson program
// that runs on its own with the Go toolchain, runs each compiled and under
// socklab with the same input, and compares what they print and how they
// end.
func TestCorpus(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not installed")
	}
	progs, err := difftest.Load("testdata")
	if err != nil {
		t.Fatal(err)
	}
	lessons, err := difftest.Lessons(filepath.Join("..", "..", "scripts"))
	if err != nil {
		t.Fatal(err)
	}
	progs = append(progs, lessons...)
	progs, filtered := selected(t, progs)
	isolate := isolation()
	if isolate == nil {
		t.Logf("lesson programs that need a peer are skipped: no private network namespace can be made here (unshare -rn)")
		var kept []difftest.Program
		for _, p := range progs {
			if !p.Isolated {
				kept = append(kept, p)
			}
		}
		progs = kept
	}
	bins := binDir(t)
	start := time.Now()
	if err := build(bins, progs); err != nil {
		t.Fatal(err)
	}
	t.Logf("built %d programs with the Go toolchain in %v", len(progs), time.Since(start).Round(time.Millisecond))
	start = time.Now()

	compiled := make([]result, len(progs))
	interpreted := make([]result, len(progs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4*runtime.NumCPU())
	for i, p := range progs {
		wg.Add(2)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			compiled[i] = run(p, isolate, filepath.Join(bins, p.Name))
		}()
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			args := append([]string{"run", p.File}, p.Args...)
			if len(p.Args) > 0 {
				args = append([]string{"run", p.File, "--"}, p.Args...)
			}
			interpreted[i] = run(p, isolate, socklab, args...)
		}()
	}
	wg.Wait()
	t.Logf("ran them compiled and under socklab in %v", time.Since(start).Round(time.Millisecond))

	same, refused := 0, 0
	for i, p := range progs {
		t.Run(p.Name, func(t *testing.T) {
			switch judge(t, p, compiled[i], interpreted[i]) {
			case outcomeSame:
				same++
			case outcomeRefused:
				refused++
			}
		})
	}
	if filtered {
		t.Logf("of the programs -run selects: %d same, %d refused, of %d", same, refused, len(progs))
		return
	}
	t.Logf("differential corpus: %d same, %d refused, of %d", same, refused, len(progs))
}

// selected returns the programs whose subtest the -run flag selects
// (TestCorpus/name), so that a run of a few builds and runs those alone,
// and whether that is fewer than all.
func selected(t *testing.T, progs []difftest.Program) ([]difftest.Program, bool) {
	f := flag.Lookup("test.run")
	if f == nil {
		return progs, false
	}
	elems := splitPattern(f.Value.String())
	if len(elems) < 2 {
		return progs, false
	}
	re, err := regexp.Compile(elems[1])
	if err != nil {
		return progs, false // the testing package reports it
	}
	var kept []difftest.Program
	for _, p := range progs {
		if re.MatchString(p.Name) {
			kept = append(kept, p)
		}
	}
	return kept, len(kept) < len(progs)
}

// splitPattern splits a -run pattern into its elements, one per level of
// subtests, at each slash outside brackets and parentheses, as the testing
// package does.
func splitPattern(pattern string) []string {
	var elems []string
	depth, start := 0, 0
	for i := 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			i++
		case '[', '(':
			depth++
		case ']', ')':
			depth--
		case '/':
			if depth == 0 {
				elems = append(elems, pattern[start:i])
				start = i + 1
			}
		}
	}
	return append(elems, pattern[start:])
}

type outcome int

const (
	outcomeFailed outcome = iota
	outcomeSame
	outcomeRefused
)

// refusal is how socklab names the line of what it refuses.
var refusal = regexp.MustCompile(`(?m)^\S+\.go:\d+:\d+: `)

// judge compares the two runs of p and reports what socklab did.
func judge(t *testing.T, p difftest.Program, compiled, interpreted result) outcome {
	t.Helper()
	if compiled.err != nil {
		t.Errorf("compiled run: %v\nstderr:\n%s", compiled.err, compiled.stderr)
		return outcomeFailed
	}
	if interpreted.err != nil {
		t.Errorf("socklab run: %v\nstderr:\n%s", interpreted.err, interpreted.stderr)
		return outcomeFailed
	}
	gotOut, wantOut := p.Normalise(interpreted.stdout), p.Normalise(compiled.stdout)
	if gotOut == wantOut && interpreted.code == compiled.code && p.Panic {
		want, got := difftest.GoPanicText(compiled.stderr), difftest.SocklabPanicText(interpreted.stderr)
		if want == "" || got != want {
			t.Errorf("socklab reports the panic otherwise than Go.\n--- go:\n%s\n--- socklab:\n%s\n--- socklab stderr:\n%s", want, got, interpreted.stderr)
			return outcomeFailed
		}
	}
	if gotOut == wantOut && interpreted.code == compiled.code {
		if p.Want == difftest.Refused {
			t.Logf("runs the same now; its header may say // difftest: same (was refused: %s)", p.Why)
		}
		return outcomeSame
	}
	// A refusal comes before the script runs: nothing printed, exit status
	// 1, the line named; a panic (status 2) names its line too.
	if len(interpreted.stdout) == 0 && interpreted.code == 1 && refusal.Match(interpreted.stderr) && !bytes.Contains(interpreted.stderr, []byte(": panic: ")) {
		if p.Want == difftest.Same {
			t.Errorf("refused, but it ran the same before:\n%s", interpreted.stderr)
			return outcomeFailed
		}
		return outcomeRefused
	}
	t.Errorf("socklab runs it differently from Go, without refusing it.\n"+
		"exit status: go %d, socklab %d\n--- go stdout:\n%s--- socklab stdout:\n%s--- socklab stderr:\n%s",
		compiled.code, interpreted.code, wantOut, gotOut, interpreted.stderr)
	return outcomeFailed
}

// run runs name with args in p's folder, with p's input; an isolated
// program, through isolate.
func run(p difftest.Program, isolate []string, name string, args ...string) result {
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	env := os.Environ()
	if name != socklab {
		args = append(args, p.Args...)
		// what socklabtest.Main sets for socklab's runs alone: a program
		// built by Go sees its environment
		env = slices.DeleteFunc(env, func(kv string) bool { return strings.HasPrefix(kv, frontcache.EnvCache+"=") })
	}
	if p.Isolated {
		args = append(append(isolate[1:len(isolate):len(isolate)], name), args...)
		name = isolate[0]
	}
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = env
	cmd.Dir = p.Dir
	cmd.Stdin = bytes.NewReader(p.Stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	r := result{stdout: stdout.Bytes(), stderr: stderr.Bytes()}
	var exit *exec.ExitError
	switch {
	case ctx.Err() != nil:
		r.err = fmt.Errorf("no end after %v", runTimeout)
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		r.err = err
	}
	return r
}

// binDir returns the folder the compiled programs go to. It lasts from
// run to run, one per checkout, so that go build, finding a binary up to
// date there, does not link it again: a warm run builds the corpus in a
// second.
func binDir(t *testing.T) string {
	cache, err := os.UserCacheDir()
	root, err2 := filepath.Abs(filepath.Join("..", ".."))
	if err != nil || err2 != nil {
		return t.TempDir()
	}
	sum := sha256.Sum256([]byte(root))
	parent := filepath.Join(cache, "socklab", "difftest")
	dir := filepath.Join(parent, hex.EncodeToString(sum[:8]))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return t.TempDir()
	}
	if err := os.WriteFile(filepath.Join(dir, checkoutFile), []byte(root), 0o644); err != nil {
		return t.TempDir()
	}
	pruneGone(parent)
	return dir
}

// checkoutFile names, in each folder of binDir's, the checkout it serves.
const checkoutFile = ".checkout"

// pruneGone removes the folders of binDir's whose checkout no longer
// exists (a clone made for one CI run, a work tree removed), so that the
// cache, a corpus's binaries per checkout, does not grow without end.
// A folder that names no checkout is left alone.
func pruneGone(parent string) {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return
	}
	for _, e := range entries {
		dir := filepath.Join(parent, e.Name())
		root, err := os.ReadFile(filepath.Join(dir, checkoutFile))
		if err != nil {
			continue
		}
		if _, err := os.Stat(filepath.Join(string(root), "go.mod")); errors.Is(err, os.ErrNotExist) {
			os.RemoveAll(dir)
		}
	}
}

// isolation returns the command that runs a program in a network
// namespace of its own, with nothing but a loopback interface that is down,
// or nil where none can be made.
func isolation() []string {
	cmd := []string{"unshare", "--net", "--map-root-user", "--"}
	if exec.Command(cmd[0], append(cmd[1:], "true")...).Run() != nil {
		return nil
	}
	return cmd
}

// build compiles every program into dir, each binary named after its
// program: the corpus in one go build (the toolchain builds them in
// parallel and caches what did not change), each lesson file on its own.
func build(dir string, progs []difftest.Program) error {
	var pkgs []string
	var wg sync.WaitGroup
	errs := make(chan error, len(progs)+1)
	for _, p := range progs {
		if p.File == "main.go" {
			pkgs = append(pkgs, "./"+filepath.ToSlash(p.Dir))
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := exec.Command("go", "build", "-ldflags=-s -w", "-o", filepath.Join(dir, p.Name), filepath.Join(p.Dir, p.File)).CombinedOutput()
			if err != nil {
				errs <- fmt.Errorf("go build %s: %v\n%s", p.Name, err, out)
			}
		}()
	}
	out, err := exec.Command("go", append([]string{"build", "-ldflags=-s -w", "-o", dir + string(os.PathSeparator)}, pkgs...)...).CombinedOutput()
	if err != nil {
		errs <- fmt.Errorf("go build of the corpus: %v\n%s", err, out)
	}
	wg.Wait()
	close(errs)
	var all []string
	for err := range errs {
		all = append(all, err.Error())
	}
	if len(all) > 0 {
		return errors.New(strings.Join(all, "\n"))
	}
	return nil
}
