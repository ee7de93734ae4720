// difftest: same
// Tables of text: padded columns by width and precision, text/tabwriter
// with alignment and a debug bar, and fmt's Append functions.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.125}}
	fmt.Printf("%-12s %5s %8s\n", "NAME", "QTY", "PRICE")
	fmt.Println(strings.Repeat("-", 27))
	for _, r := range rows {
		fmt.Printf("%-12s %5d %8.2f\n", r.name, r.qty, r.price)
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.3f\t\n", r.name, r.qty, r.price)
	}
	w.Flush()
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 2, '.', 0)
	fmt.Fprintln(tw, "a\tbb\tccc")
	fmt.Fprintln(tw, "dddd\te\tf")
	tw.Flush()
	fmt.Printf("|%6.2f|%-8.3e|%+.0f|%x|\n", 3.14159, 1234.5, -2.5, 3.5)
	fmt.Printf("|%5.1f%%|%3d%%|\n", 12.345, 7)
	fmt.Printf("%s|%10.4s|%-10q|\n", strings.ToUpper("go"), "gopher", "q")
	fmt.Printf("%v %v %v\n", 1.0, 100.0, 1e-5)
	fmt.Printf("%v %v %v %v\n", float32(1)/3, 2.0/3, float32(16777216.0), 1e20)
	fmt.Printf("%6.3v|%.3v|%.0e\n", 1234.5678, 0.00012345, 5.5)
	fmt.Printf("%d %d\n", []int{1, 2}, map[string]int{"a": 1})
	fmt.Printf("%s %v\n", []byte("bytes"), []byte("ab"))
	fmt.Printf("%q\n", []string{"a b", "c\"d"})
	fmt.Printf("%05s|%-05d|%+5s\n", "ab", 3, "x")
	fmt.Printf("%x %X % X\n", "héllo", []byte{0xde, 0xad}, "ok")
	fmt.Printf("%c|%5c|%-3c|%U\n", 0x1F600, 'A', 'B', 0x10FFFF)
	fmt.Printf("%t %5t\n", false, true)
	fmt.Printf("%v %.3f %8.2f\n", -0.0, 2.0/3.0, -1.005)
	fmt.Printf("%3.3d|%-6.3d|%+.2d\n", 7, 7, 7)
	fmt.Printf("%#o %#b %#x %#X\n", 8, 5, []byte{1}, "a")
	fmt.Printf("%e %E %.2e\n", 1e100, 123456.789, 0.000123)
	fmt.Printf("%g %g %g\n", 1e-4, 1e-5, 123456789012.0)
	n, err := fmt.Printf("%s\n", "count me")
	fmt.Println(n, err)
	fmt.Print("a", "b", 1, 2, true, "c", 3.0, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(fmt.Sprintf("%v", [][]int{{1}, {2, 3}}), fmt.Sprintf("%03d:%02d", 5, 7))
	fmt.Fprint(os.Stdout, "fprint ", 42, "\n")
	fmt.Println(fmt.Append([]byte("pre:"), 1, "x"), string(fmt.Appendf(nil, "%03d", 9)), string(fmt.Appendln(nil, "l")))
}
