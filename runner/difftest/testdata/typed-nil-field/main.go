// difftest: same
package main

import "fmt"

// ParseError is what a failed parse of a line reports.
type ParseError struct{ Line int }

func (e *ParseError) Error() string { return fmt.Sprintf("line %d", e.Line) }

// Result holds the outcome of parsing one line.
type Result struct {
	Fields []string
	err    *ParseError
}

func main() {
	r := Result{Fields: []string{"a"}}
	var err error = r.err
	fmt.Println("failed:", err != nil)
}
