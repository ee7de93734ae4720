package lift

import "fmt"

// A call of a formatting function that a go or defer statement starts
// runs later than its arguments are evaluated: Go evaluates them at the
// statement and formats them when the call runs (what a pointer points to
// then). The rewrite hands such a call's arguments to Show at the
// statement, and the format and them to Formatted, whose value the call
// prints with %s when it runs, as Sprintf would print them then:
//
//	defer log.Printf(f, p)   =>  defer log.Printf("%s", lift.Formatted(f, lift.Show(p, _slT1)))
//	go l.Printf(f, p)        =>  go l.Printf("%s", lift.Formatted(f, lift.Show(p, _slT1)))
//
// The call itself stays as it was written, whatever the other passes make
// of a deferred call's function (a logger's method, log's line).

// Formatted returns a value that fmt prints, with any verb, as Sprintf
// prints format with a, when it prints it.
func Formatted(format string, a ...any) fmt.Formatter { return formatted{format, a} }

// formatted is a format and its arguments, printed when fmt prints it.
type formatted struct {
	format string
	a      []any
}

// Format writes what Sprintf makes of the format and arguments.
func (x formatted) Format(f fmt.State, _ rune) { f.Write([]byte(Sprintf(x.format, x.a...))) }
