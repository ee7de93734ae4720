// difftest: same

package main

// text/tabwriter: a right-aligned table with the Debug bars, and padding
// with dots.

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type row struct {
	name string
	port int
	ok   bool
}

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "NAME\tPORT\tOK\t")
	for _, r := range []row{{"echo", 7, true}, {"daytime", 13, false}, {"http-alt", 8080, true}} {
		fmt.Fprintf(w, "%s\t%d\t%v\t\n", r.name, r.port, r.ok)
	}
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', 0)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaaa\tbbbbbbb\tc")
	w.Flush()
}
