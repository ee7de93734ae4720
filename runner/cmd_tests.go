package runner

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"

	"github.com/socklab/socklab/runner/confine"
	"github.com/socklab/socklab/runner/lessontest"
)

func testCommand(stdout, stderr io.Writer) *Command {
	c := newCommand("test", "test [flags] [PATH...]", "run the lessons' tests", `
Test runs the transcript tests of lessons and tells which pass. A lesson
is a folder of programs with a tests/ folder; each file tests/NAME.txtar
in it is one test, written like a terminal session: the programs to
start, what each one is given to type, what each one must print. The
format is described in scripts/TESTING.md.

Each PATH is a lesson folder, or any folder above lessons: every folder
below it that has a tests/ folder is tested, in order of name. A PATH may
also be one test file of a lesson (tests/NAME.txtar): that test alone
runs. With no PATH, the current folder is searched.

Tests are named LESSON/TEST, as in 01-hello/hello. Each runs in a fresh
copy of its lesson folder, in a private network namespace of its own
where the system allows it (else with a loopback address of its own,
and a line that says so), so that tests of lessons that all use
127.0.0.1:12345 run at the same time. A test
that runs longer than --timeout is stopped, with every program it
started, and fails. Ctrl-C stops every test and every program.

One line is printed per test as it ends, "ok", "FAIL" or "skip", and after
a FAIL line the failing part of the test: each command, what each program
printed, what was expected, and a sequence diagram of the connections of
its socklab programs (--trace shows it for passing tests too). A closing
line counts the results.

--faults shakes the wire of every socklab program of every test, as socklab
run --faults does (--seed repeats it): a lesson whose programs frame their
messages passes under fragment=1. A test that cannot hold under faults (one
that runs a program which takes one receive for a whole message) says so
with [faults] skip 'REASON' (see scripts/TESTING.md).

An assignment's tests must pass on the worked solution at the top of the
lesson folder and fail on the files a student receives, kept in its
starter/ folder. --starter runs the tests against the starter files to
show this; lessons without a starter/ folder are then skipped.

To check a student's work, give the folder of the student's files with
--submission and one lesson. The lesson says what a student hands in: the
files of its starter/ folder, or, without one, its programs at the top of
the folder. Those files are taken from the submission; everything else
(the given client, seed programs, packages, test data) comes from the
lesson, and other files of the submission are ignored and listed. A test
that runs a file the student did not hand in fails at once with "no
server.go in the submission". To grade a class, see socklab grade.

Exit status: 0 when no test failed; 1 when a test failed or no test was
found; 2 for a mistake on the command line; 128+N after signal N (130 for
Ctrl-C).

Examples:

	socklab test scripts                   every lesson
	socklab test scripts/01-hello          one lesson
	socklab test tests/game.txtar          one test of the lesson you are in
	socklab test --run wire scripts        only tests whose name holds "wire"
	socklab test -j 1 -v scripts/01-hello   one at a time, every transcript
	socklab test --junit report.xml .      a report for a CI system
	socklab test --faults fragment=1,delay=1ms scripts
	                                       every message in 1-byte pieces
	socklab test --submission hand-in/alice scripts/10-high-low
	                                       grade Alice's server`)
	jobs := c.Flags.IntP("jobs", "j", runtime.NumCPU(), "run `N` tests at the same time")
	timeout := c.Flags.Duration("timeout", lessontest.DefaultTimeout, "stop a test that runs longer than `D` (such as 30s or 2m) and fail it")
	run := c.Flags.String("run", "", "run only the tests whose name (LESSON/TEST) matches the regular expression `RE`")
	starter := c.Flags.Bool("starter", false, "run the tests against each lesson's starter/ files")
	submission := c.Flags.String("submission", "", "run one lesson's tests against the student's files in `DIR`")
	jsonOut := c.Flags.Bool("json", false, "print one JSON object per test instead of lines of text")
	junit := c.Flags.String("junit", "", "also write a JUnit XML report to `FILE`")
	verbose := c.Flags.BoolP("verbose", "v", false, "print the transcript of passing tests too")
	wf := addTestWireFlags(c.Flags)
	var limits confine.Limits
	addLimitFlags(c.Flags, &limits)
	hints := addHintFlags(c.Flags)
	c.Run = func(args []string) error {
		if *jobs < 1 {
			return usagef(c, "-j must be at least 1")
		}
		if *timeout <= 0 {
			return usagef(c, "--timeout must be a positive duration, such as 30s")
		}
		filter, err := regexp.Compile(*run)
		if err != nil {
			return usagef(c, "--run: %v", err)
		}
		if len(args) == 0 {
			args = []string{"."}
		}
		if err := checkFolders(args); err != nil {
			return err
		}
		if *submission != "" {
			if err := checkSubmissionFolder(*submission); err != nil {
				return err
			}
		}
		tests, err := findTests(args, filter)
		if err != nil {
			return err
		}
		if *submission != "" {
			if err := checkSubmission(*submission, *starter, tests); err != nil {
				return usagef(c, "%v", err)
			}
			if err := describeSubmission(stderr, tests[0].Lesson, *submission); err != nil {
				return err
			}
		}
		wire, err := wf.options()
		if err != nil {
			return usagef(c, "%v", err)
		}
		h, err := lessontest.New(lessontest.Options{Timeout: *timeout, Starter: *starter, Submission: *submission, Verbose: *verbose, Wire: wire, Env: append(limits.Env(), hints.env())})
		if err != nil {
			return err
		}
		defer h.Close()
		if note := h.Note(); note != "" {
			fmt.Fprintf(stderr, "socklab test: %s\n", note)
		}
		r := testReporter{text: lessontest.TextReport{W: stdout, Verbose: *verbose || wire.Show}, json: *jsonOut, out: stdout}
		results, interrupted := runTests(h, tests, *jobs, r.result)
		if *junit != "" {
			if err := writeJUnit(*junit, results); err != nil {
				return err
			}
		}
		sum := lessontest.Summarize(results)
		summaryTo := stdout
		if *jsonOut {
			summaryTo = stderr // stdout holds JSON only
		}
		if interrupted != nil {
			fmt.Fprintf(stderr, "socklab test: interrupted (%v)\n", interrupted)
		}
		fmt.Fprintln(summaryTo, sum)
		switch {
		case interrupted != nil:
			return &ExitError{Code: 128 + int(interrupted.(syscall.Signal))}
		case sum.Failed > 0:
			return &ExitError{Code: 1}
		}
		return nil
	}
	return c
}

// checkSubmission checks that a submission folder exists and goes with
// exactly one lesson.
func checkSubmission(dir string, starter bool, tests []lessontest.Test) error {
	if starter {
		return fmt.Errorf("--submission and --starter do not go together")
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return fmt.Errorf("--submission %s: no such folder", dir)
	}
	lessons := map[string]bool{}
	for _, t := range tests {
		lessons[t.Lesson.Dir] = true
	}
	if len(lessons) != 1 {
		return fmt.Errorf("--submission goes with one lesson, and %d were found: name the lesson's folder", len(lessons))
	}
	return nil
}

// describeSubmission tells on w which files of the submission in dir are
// missing and which are ignored.
func describeSubmission(w io.Writer, l *lessontest.Lesson, dir string) error {
	m, err := lessontest.Match(l, dir)
	if err != nil {
		return err
	}
	for _, f := range m.Missing {
		fmt.Fprintf(w, "socklab test: %s\n", m.MissingMessage(f))
	}
	if len(m.Ignored) > 0 {
		fmt.Fprintf(w, "socklab test: ignored in the submission (not files a student hands in for %s): %s\n", l.Name, strings.Join(m.Ignored, ", "))
	}
	return nil
}

// findTests returns the tests of the lessons at or below each path whose
// name matches filter, each test once.
func findTests(paths []string, filter *regexp.Regexp) ([]lessontest.Test, error) {
	var tests []lessontest.Test
	seen := map[string]bool{}
	found := 0
	for _, p := range paths {
		only := "" // for a test file, the one test to run
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() && isTestFile(p) {
			abs, err := filepath.Abs(p)
			if err != nil {
				return nil, err
			}
			only, p = abs, filepath.Dir(filepath.Dir(p))
		}
		lessons, err := lessontest.Find(p)
		if err != nil {
			return nil, err
		}
		for _, t := range lessontest.Tests(lessons) {
			abs, err := filepath.Abs(t.File())
			if err != nil {
				return nil, err
			}
			if only != "" && abs != only {
				continue
			}
			found++
			if seen[abs] || !filter.MatchString(t.FullName()) {
				continue
			}
			seen[abs] = true
			tests = append(tests, t)
		}
	}
	switch {
	case found == 0:
		return nil, fmt.Errorf("no tests found in %s: a lesson keeps its tests in tests/*.txtar", strings.Join(paths, ", "))
	case len(tests) == 0:
		return nil, fmt.Errorf("no test matches --run %q (tests are named LESSON/TEST)", filter)
	}
	return tests, nil
}

// runTests runs tests on h, stopping them all if socklab is interrupted; it
// returns the results of the tests that ended before that, and the signal
// that interrupted it, if one did.
func runTests(h *lessontest.Harness, tests []lessontest.Test, jobs int, report func(lessontest.Result)) ([]lessontest.Result, os.Signal) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	done := make(chan struct{})
	defer close(done)
	var interrupted os.Signal
	stopped := make(chan struct{})
	go func() {
		select {
		case interrupted = <-sigs:
			h.Stop()
			close(stopped)
		case <-done:
		}
	}()
	isStopped := func() bool {
		select {
		case <-stopped:
			return true
		default:
			return false
		}
	}
	var results []lessontest.Result
	h.RunAll(tests, jobs, func(r lessontest.Result) {
		if isStopped() {
			return // stopped by the interruption, not by a fault of its own
		}
		results = append(results, r)
		report(r)
	})
	if isStopped() {
		return results, interrupted
	}
	return results, nil
}

// testReporter prints each result as text or as JSON.
type testReporter struct {
	text lessontest.TextReport
	json bool
	out  io.Writer
}

func (r testReporter) result(res lessontest.Result) {
	if r.json {
		lessontest.WriteJSON(r.out, res)
		return
	}
	r.text.Result(res)
}

func writeJUnit(path string, results []lessontest.Result) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("writing the JUnit report: %w", err)
	}
	defer func() { err = errors.Join(err, f.Close()) }()
	return lessontest.WriteJUnit(f, results)
}
