package grade

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// WriteTable writes the class as a table for a person: a row per student
// with the tests passed, the score and the first failure in a few words,
// then a line on the class as a whole.
//
//	student  passed  score  first failure
//	alice    4/4     100.0
//	bob      1/4     25.0   game: no match for `^You win!$` found in stdout
func WriteTable(w io.Writer, c *Class) error {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	fmt.Fprintln(tw, "student\tpassed\tscore\tfirst failure")
	full := 0
	var sum float64
	for _, r := range c.Students {
		fmt.Fprintf(tw, "%s\t%d/%d\t%.1f\t%s\n", r.Student, r.Passed, r.Total, r.Score, strings.ReplaceAll(r.FirstFailure, "\t", " "))
		if r.Score == 100 {
			full++
		}
		sum += r.Score
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if n := len(c.Students); n > 0 {
		_, err := fmt.Fprintf(w, "%d students graded on %s: mean score %.1f, %d with full marks\n", n, c.Lesson, sum/float64(n), full)
		return err
	}
	return nil
}
