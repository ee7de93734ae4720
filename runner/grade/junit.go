package grade

import (
	"encoding/xml"
	"fmt"
	"io"

	"github.com/socklab/socklab/runner/lessontest"
)

// JUnit XML for one student: a testsuite named after the student, a
// testcase per test of the lesson.
type (
	junitSuite struct {
		XMLName  xml.Name    `xml:"testsuite"`
		Name     string      `xml:"name,attr"`
		Tests    int         `xml:"tests,attr"`
		Failures int         `xml:"failures,attr"`
		Skipped  int         `xml:"skipped,attr"`
		Time     string      `xml:"time,attr"`
		Props    []junitProp `xml:"properties>property"`
		Cases    []junitCase `xml:"testcase"`
	}
	junitProp struct {
		Name  string `xml:"name,attr"`
		Value string `xml:"value,attr"`
	}
	junitCase struct {
		ClassName string        `xml:"classname,attr"`
		Name      string        `xml:"name,attr"`
		Time      string        `xml:"time,attr"`
		Failure   *junitFailure `xml:"failure,omitempty"`
		Skipped   *junitSkipped `xml:"skipped,omitempty"`
	}
	junitFailure struct {
		Message string `xml:"message,attr"`
		Text    string `xml:",chardata"`
	}
	junitSkipped struct {
		Message string `xml:"message,attr"`
	}
)

// WriteJUnit writes the grade of one student of class c as JUnit XML.
func WriteJUnit(w io.Writer, c *Class, r *Report) error {
	s := junitSuite{Name: r.Student, Props: []junitProp{
		{"lesson", c.Lesson}, {"score", number(r.Score)}, {"earned", number(r.Earned)}, {"possible", number(r.Possible)},
	}}
	var total float64
	for _, t := range r.Tests {
		k := junitCase{ClassName: r.Student + "." + c.Lesson, Name: t.Name, Time: fmt.Sprintf("%.3f", t.Seconds)}
		switch t.Status {
		case lessontest.Failed:
			k.Failure = &junitFailure{Message: Gist(t.Output), Text: t.Output + hintText(t.Hint)}
			s.Failures++
		case lessontest.Skipped:
			k.Skipped = &junitSkipped{Message: t.Reason}
			s.Skipped++
		}
		total += t.Seconds
		s.Tests++
		s.Cases = append(s.Cases, k)
	}
	s.Time = fmt.Sprintf("%.3f", total)
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(s); err != nil {
		return fmt.Errorf("writing the JUnit report: %w", err)
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// hintText is a failed test's hint as its feedback ends, or "".
func hintText(hint string) string {
	if hint == "" {
		return ""
	}
	return lessontest.HintText(hint)
}
