package lift

import (
	"fmt"
	"io"
	"strings"
)

// NilFormat prints through f, for verb, a nil pointer of a script's type
// that Go names name (*main.MyErr), as fmt prints one held in an
// interface. Package rewrite keeps such a pointer, stored as an interface
// of Go's library, in a box of its own (pass typednil), which the
// interpreter would make nil, and gives the box a Format method that
// calls this one. method calls the pointer's Error or String method,
// where it has one (nil where it has neither): fmt calls it for the verbs
// of strings, and prints <nil> where it panics, as on a nil receiver it
// may; other verbs print the pointer.
func NilFormat(f fmt.State, verb rune, method func() string, name string) {
	if verb == 'v' && f.Flag('#') {
		io.WriteString(f, "("+name+")(nil)")
		return
	}
	if method != nil {
		switch verb {
		case 'v', 's', 'x', 'X', 'q':
			s, ok := callPrinting(method)
			if !ok {
				io.WriteString(f, "<nil>") // unpadded, as fmt's
				return
			}
			fmt.Fprintf(f, fmt.FormatString(f, verb), s)
			return
		}
	}
	switch verb {
	case 'v', 'b', 'o', 'd', 'x', 'X':
		fmt.Fprintf(f, fmt.FormatString(f, verb), (*byte)(nil))
	default:
		// fmt's bad verb, which prints the pointer without its methods
		fmt.Fprintf(f, "%%!%c(%s=", verb, name)
		fmt.Fprintf(f, strings.ReplaceAll(fmt.FormatString(f, 'v'), "#", ""), (*byte)(nil))
		io.WriteString(f, ")")
	}
}

// callPrinting calls method, and reports whether it returned rather than
// panicked.
func callPrinting(method func() string) (s string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return method(), true
}
