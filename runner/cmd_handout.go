package runner

import (
	"fmt"
	"io"
	"strings"

	"github.com/socklab/socklab/runner/course"
	"github.com/socklab/socklab/runner/handout"
	"github.com/socklab/socklab/runner/lessontest"
)

func handoutCommand(stdout io.Writer) *Command {
	c := newCommand("handout", "handout LESSON DIR", "write what a student receives for a lesson", `
Handout writes into the new folder DIR what a student receives for a
lesson: its README, the starter files (at the top of DIR, where the student
works on them), the visible tests and whatever those tests need (the given
client, the seed's programs, the lesson's packages and test data). It
never writes the worked solution or a hidden test.

LESSON is a lesson of the course built into socklab, by name (socklab
lessons lists them), a lesson folder, or a .txtar bundle that holds one
lesson.

In DIR, "socklab test" then checks the student's work against the visible
tests.

Examples:

	socklab handout 10-high-low high-low
	socklab handout mypack/calc calc-handout`)
	c.Run = func(args []string) error {
		if len(args) != 2 {
			return usagef(c, "give a lesson and the folder to write")
		}
		dir, cleanup, err := course.Open(args[0])
		if err != nil {
			return badArg(err)
		}
		defer cleanup()
		lessons, err := lessontest.Find(dir)
		if err != nil {
			return err
		}
		if len(lessons) != 1 || lessons[0].Dir != dir {
			return badArgf("%s is not one lesson (a folder with tests/): hand out one lesson at a time", args[0])
		}
		w, err := handout.Write(dir, args[1])
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %d files to %s: %s\n", len(w.Files), args[1], strings.Join(w.Files, ", "))
		if len(w.Hidden) > 0 {
			fmt.Fprintf(stdout, "left out the hidden tests %s\n", strings.Join(w.Hidden, ", "))
		}
		return nil
	}
	return c
}
