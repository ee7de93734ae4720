package grade

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// WriteCSV writes a row per student: student, passed, total, score (0 to
// 100, weighted by points), then the points earned and possible, the first
// failure, the files missing and ignored, and the status of each test.
func WriteCSV(w io.Writer, c *Class) error {
	cw := csv.NewWriter(w)
	head := []string{"student", "passed", "total", "score", "earned", "possible", "first_failure", "missing", "ignored"}
	for _, t := range c.Tests {
		head = append(head, t.Name)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, r := range c.Students {
		row := []string{r.Student, strconv.Itoa(r.Passed), strconv.Itoa(r.Total), number(r.Score),
			number(r.Earned), number(r.Possible), r.FirstFailure, strings.Join(r.Missing, " "), strings.Join(r.Ignored, " ")}
		status := map[string]string{}
		for _, t := range r.Tests {
			status[t.Name] = string(t.Status)
		}
		for _, t := range c.Tests {
			row = append(row, status[t.Name])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func number(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
