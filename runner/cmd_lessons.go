package runner

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/socklab/socklab/runner/course"
	"github.com/socklab/socklab/runner/lessontest"
)

func lessonsCommand(stdout io.Writer) *Command {
	c := newCommand("lessons", "lessons [PACK]", "list the lessons of the course", `
Lessons lists the lessons of the course built into socklab, each with its
title: any of them can be handed out (socklab handout NAME DIR), tested
(socklab test) or graded (socklab grade NAME ...) by its name, with no
copy of the course at hand.

With PACK, a folder of lessons or a .txtar bundle of a teacher's own pack,
it lists the lessons found there instead, with their tests.

Examples:

	socklab lessons
	socklab lessons mypack.txtar`)
	c.Run = func(args []string) error {
		switch len(args) {
		case 0:
			lessons, err := course.List()
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(stdout, 0, 8, 2, ' ', 0)
			for _, l := range lessons {
				fmt.Fprintf(tw, "%s\t%s\n", l.Name, l.Title)
			}
			return tw.Flush()
		case 1:
			dir, cleanup, err := course.Open(args[0])
			if err != nil {
				return err
			}
			defer cleanup()
			lessons, err := lessontest.Find(dir)
			if err != nil {
				return err
			}
			if len(lessons) == 0 {
				return fmt.Errorf("no lessons in %s: a lesson keeps its tests in tests/*.txtar", args[0])
			}
			tw := tabwriter.NewWriter(stdout, 0, 8, 2, ' ', 0)
			for _, l := range lessons {
				fmt.Fprintf(tw, "%s\t%d tests\n", l.Name, len(l.Tests))
			}
			return tw.Flush()
		}
		return usagef(c, "give at most one pack")
	}
	return c
}
