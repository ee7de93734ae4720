package rewrite_test

import "testing"

func init() {
	programs = append(programs, program{"print-other-format", `package main

import (
	"fmt"
	"strings"
	"time"
)

// Event embeds time.Time, whose String and Format(string) string it
// promotes: fmt prints it with String.
type Event struct {
	time.Time
	What string
}

// Date has a Format of its own that is not fmt.Formatter's.
type Date struct{ Y, M, D int }

func (d Date) Format(layout string) string {
	return strings.NewReplacer("YYYY", fmt.Sprint(d.Y), "MM", fmt.Sprintf("%02d", d.M)).Replace(layout)
}

func main() {
	e := Event{time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), "boot"}
	fmt.Println(e, []Event{e})
	d := Date{2024, 3, 9}
	fmt.Println(d, d.Format("MM/YYYY"))
	fmt.Printf("%v %+v\n", d, []Date{d})
	var x any = d
	fmt.Println(x)
	l := &Log{Prefix: "srv"}
	l.Error("disk full")
	fmt.Println(*l, l.N)
	fmt.Printf("%+v\n", *l)
}

// Log has an Error method that is not error's.
type Log struct {
	Prefix string
	N      int
}

func (l *Log) Error(msg string) { l.N++ }
`})
}

// TestPrintedOtherFormat: a value whose type has a method named as one fmt
// calls but of another signature (time.Time's Format, promoted; a Date's
// own Format; a logger's Error(msg string)) is shown by lift.Show, where
// the interpreter took the method for fmt's and failed; a Formatter's
// value is handed to fmt as it is.
func TestPrintedOtherFormat(t *testing.T) {
	const head = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nvar _ = time.Now\n\n"
	tests := []struct {
		name, src string
		want, not []string
	}{
		{"a struct embedding time.Time", head + "type Event struct {\n\ttime.Time\n\tWhat string\n}\n\nfunc main() { fmt.Println(Event{}) }\n", []string{".Show(Event{}, _slT"}, nil},
		{"a slice of them", head + "type Event struct {\n\ttime.Time\n\tWhat string\n}\n\nfunc main() { fmt.Println([]Event{{}}) }\n", []string{".Show([]Event{{}}, _slT"}, nil},
		{"a Format of another signature", head + "type Date struct{ Y int }\n\nfunc (d Date) Format(layout string) string { return layout }\n\nfunc main() { fmt.Println(Date{}) }\n", []string{".Show(Date{}, _slT"}, nil},
		{"a pointer's Format of another signature", head + "type Date struct{ Y int }\n\nfunc (d *Date) Format(layout string) string { return layout }\n\nfunc main() { fmt.Println(Date{}) }\n", []string{".Show(Date{}, _slT"}, nil},
		{"an Error of another signature", head + "type Log struct{ N int }\n\nfunc (l *Log) Error(msg string) { l.N++ }\n\nfunc main() { fmt.Println(Log{}) }\n", []string{".Show(Log{}, _slT"}, nil},
		{"a String of another signature", head + "type Board struct{ N int }\n\nfunc (b Board) String(indent int) string { return \"\" }\n\nfunc main() { fmt.Println(Board{}) }\n", []string{".Show(Board{}, _slT"}, nil},
		{"fmt.Formatter's Format", head + "type Money int\n\nfunc (m Money) Format(f fmt.State, verb rune) {}\n\nfunc main() { fmt.Println(Money(1)) }\n", nil, []string{".Show("}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			liftHolds(t, tt.src, tt.want, tt.not)
		})
	}
}
