package runner

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"syscall"
	"time"

	"github.com/socklab/socklab/runner/course"
	"github.com/socklab/socklab/runner/grade"
	"github.com/socklab/socklab/runner/lesson"
	"github.com/socklab/socklab/runner/lessontest"
)

// gradeTimeout bounds each test of a student's work: the lessons' tests
// take well under a second each, so work that runs much longer is stuck.
const gradeTimeout = 10 * time.Second

func gradeCommand(stdout, stderr io.Writer) *Command {
	c := newCommand("grade", "grade [flags] LESSON SUBMISSION...", "grade a class's work on a lesson", `
Grade runs a lesson's tests against each student's work and scores it.

LESSON is a lesson folder, a .txtar bundle of one, or the name of a lesson
of the course built into socklab (socklab lessons lists them). Each SUBMISSION is a folder of one student's
files, named after the student (hand-in/alice), or a .zip of such a
folder (alice.zip). The lesson says what a student hands in: the files of
its starter/ folder, or its programs at the top of the folder. Only those
are taken from a submission; the lesson's own programs (the given client,
seed peers, packages, test data) always come from the lesson, and other
files are ignored and listed. A missing file fails the tests that need it
("no server.go in the submission").

The tests that grade are those that run a file the student hands in. Each
counts 1 point unless its script says otherwise, and may be hidden, that
is never handed out to students (see scripts/TESTING.md):

	# grade: points=3 hidden

Students are graded in parallel (-j tests at a time across the class).
Each program of each test runs in a fresh copy of the test's files of its
own, so that no student's program can change what another program runs
from; a verdict rests only on what socklab saw.

While grading, a progress bar shows on a terminal (a line per student
otherwise, on standard error). Then a table: each student, the tests
passed, the score (0 to 100, weighted by points) and the first failure in
a few words.

--csv writes a row per student (student,passed,total,score, then points,
the first failure, files missing and ignored, and each test's status).
--json prints the whole grading as JSON instead of the table. --junit
writes DIR/STUDENT.xml for each student. --gradescope writes the
results.json that Gradescope's autograder reads (hidden tests hidden from
the student there); with several students, FILE is a folder that gets
STUDENT/results.json for each.

A large class can be graded on several machines: --shard K/N grades the
Kth of N parts (every Nth student in order of name, from the Kth), and
--merge combines the JSON of the parts into one table, CSV and so on.

Exit status: 0 when grading ran, whatever the students scored; 1 when it
could not run; 2 for a mistake on the command line; 130 after Ctrl-C.

Examples:

	socklab grade scripts/10-high-low hand-in/*
	socklab grade -j 4 --csv grades.csv scripts/10-high-low hand-in/*.zip
	socklab grade --shard 2/4 --json scripts/10-high-low hand-in/* > part2.json
	socklab grade --merge --csv grades.csv part*.json
	socklab grade --gradescope /autograder/results/results.json lesson /autograder/submission`)
	jobs := c.Flags.IntP("jobs", "j", runtime.NumCPU(), "run `N` tests at the same time")
	timeout := c.Flags.Duration("timeout", gradeTimeout, "fail a test that runs longer than `D`")
	csvOut := c.Flags.String("csv", "", "write a row per student to `FILE`")
	jsonOut := c.Flags.Bool("json", false, "print the grading as JSON instead of the table")
	junit := c.Flags.String("junit", "", "write a JUnit XML report per student into the folder `DIR`")
	gradescope := c.Flags.String("gradescope", "", "write Gradescope's results.json to `FILE`")
	shard := c.Flags.String("shard", "", "grade only part `K/N` of the class")
	merge := c.Flags.Bool("merge", false, "combine the JSON of earlier gradings (the arguments) instead of grading")
	c.Run = func(args []string) error {
		var class *grade.Class
		var err error
		if *merge {
			if len(args) == 0 {
				return usagef(c, "--merge needs the JSON files of socklab grade --json")
			}
			if *shard != "" {
				return usagef(c, "--merge and --shard do not go together")
			}
			class, err = grade.Merge(args)
			if err != nil {
				return err
			}
		} else {
			if len(args) < 2 {
				return usagef(c, "give a lesson and at least one submission")
			}
			if *jobs < 1 {
				return usagef(c, "-j must be at least 1")
			}
			if *timeout <= 0 {
				return usagef(c, "--timeout must be a positive duration, such as 10s")
			}
			var sh *grade.Shard
			if *shard != "" {
				s, err := grade.ParseShard(*shard)
				if err != nil {
					return usagef(c, "%v", err)
				}
				sh = &s
			}
			var code int
			class, code, err = gradeClass(args[0], args[1:], sh, *jobs, *timeout, stderr)
			if err != nil {
				return err
			}
			if code != 0 {
				return &ExitError{Code: code}
			}
		}
		return writeGrades(class, stdout, *jsonOut, *csvOut, *junit, *gradescope)
	}
	return c
}

// gradeClass grades the submissions at paths on the lesson at dir, the
// shard sh of them when sh is set. code is the exit status after an
// interruption.
func gradeClass(dir string, paths []string, sh *grade.Shard, jobs int, timeout time.Duration, stderr io.Writer) (class *grade.Class, code int, err error) {
	dir, cleanup, err := course.Open(dir)
	if err != nil {
		return nil, 0, badArg(err)
	}
	defer cleanup()
	lessons, err := lessontest.Find(dir)
	if err != nil {
		return nil, 0, err
	}
	if len(lessons) != 1 {
		return nil, 0, badArgf("%s holds %d lessons: grade one lesson at a time", dir, len(lessons))
	}
	tmp, err := os.MkdirTemp("", "socklab-grade-")
	if err != nil {
		return nil, 0, err
	}
	defer os.RemoveAll(tmp)
	students, err := grade.OpenStudents(paths, tmp)
	if err != nil {
		return nil, 0, badArg(err)
	}
	if sh != nil {
		students = sh.Select(students)
	}
	h, err := lessontest.New(lessontest.Options{Timeout: timeout})
	if err != nil {
		return nil, 0, err
	}
	defer h.Close()
	if note := h.Note(); note != "" {
		fmt.Fprintf(stderr, "socklab grade: %s\n", note)
	}
	var progress grade.Progress = grade.Lines{W: stderr}.Update
	if f, ok := stderr.(*os.File); ok && lesson.IsTerminal(f) {
		progress = grade.Bar{W: stderr}.Update
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(sigs)
	var interrupted os.Signal
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case interrupted = <-sigs:
			h.Stop()
		case <-done:
		}
	}()
	class, err = grade.Run(h, lessons[0], students, jobs, progress)
	if err != nil {
		return nil, 0, err
	}
	if s, ok := interrupted.(syscall.Signal); ok {
		fmt.Fprintf(stderr, "socklab grade: interrupted (%v)\n", s)
		return nil, 128 + int(s), nil
	}
	return class, 0, nil
}

// writeGrades writes the reports asked for.
func writeGrades(class *grade.Class, stdout io.Writer, jsonOut bool, csvPath, junitDir, gradescope string) error {
	if jsonOut {
		if err := grade.WriteJSON(stdout, class); err != nil {
			return err
		}
	} else if err := grade.WriteTable(stdout, class); err != nil {
		return err
	}
	if csvPath != "" {
		if err := writeFile(csvPath, func(w io.Writer) error { return grade.WriteCSV(w, class) }); err != nil {
			return err
		}
	}
	if junitDir != "" {
		if err := os.MkdirAll(junitDir, 0o755); err != nil {
			return fmt.Errorf("creating the JUnit folder: %w", err)
		}
		for _, r := range class.Students {
			path := filepath.Join(junitDir, r.Student+".xml")
			if err := writeFile(path, func(w io.Writer) error { return grade.WriteJUnit(w, class, r) }); err != nil {
				return err
			}
		}
	}
	if gradescope != "" {
		if len(class.Students) == 1 {
			r := class.Students[0]
			return writeFile(gradescope, func(w io.Writer) error { return grade.WriteGradescope(w, r) })
		}
		for _, r := range class.Students {
			path := filepath.Join(gradescope, r.Student, "results.json")
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return err
			}
			if err := writeFile(path, func(w io.Writer) error { return grade.WriteGradescope(w, r) }); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeFile creates path and writes it with write.
func writeFile(path string, write func(io.Writer) error) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, f.Close()) }()
	if err := write(f); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
