// difftest: same
package main

// text/tabwriter's examples: elastic columns with a minimum width and
// padding, AlignRight with Debug's bars, a trailing tab, and a table of
// names and sizes printed by a program's listing.

import (
	"fmt"
	"os"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aa\tbb\tcc")
	fmt.Fprintln(w, "aaa\t") // trailing tab
	fmt.Fprintln(w, "aaaa\tdddd\teeee")
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', 0)
	fmt.Fprintln(w, "a\tb\tc\td\t.")
	fmt.Fprintln(w, "123\t12345\t1234567\t123456789\t.")
	fmt.Fprintln(w)
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tb\tc\td\t.")
	fmt.Fprintln(w, "123\t12345\t1234567\t123456789\t.")
	fmt.Fprintln(w)
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintf(w, "%s\t%s\t%s\n", "NAME", "SIZE", "KIND")
	for _, row := range []struct {
		name string
		size int
		kind string
	}{{"main.go", 1204, "file"}, {"lessons", 4096, "dir"}, {"README.md", 81920, "file"}} {
		fmt.Fprintf(w, "%s\t%d\t%s\n", row.name, row.size, row.kind)
	}
	w.Flush()

	w = tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintln(w, "x\ty\tz")
	fmt.Fprintln(w, "longer\tcell\there")
	w.Flush()
}
