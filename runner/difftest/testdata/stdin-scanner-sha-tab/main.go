// difftest: same
package main

// Reads stdin with a bufio.Scanner given a small Buffer, parses each line's
// fields with strconv (printing *strconv.NumError values as they come),
// hashes every byte read with crypto/sha256 and prints a tabwriter table.

import (
	"bufio"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

func main() {
	h := sha256.New()
	sc := bufio.NewScanner(io.TeeReader(os.Stdin, h))
	sc.Buffer(make([]byte, 16), 64)
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "name\tqty\tprice\t")
	sum := 0.0
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		if len(f) != 3 {
			fmt.Fprintf(os.Stdout, "line %d: %d fields\n", line, len(f))
			continue
		}
		q, err := strconv.Atoi(f[1])
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("line %d: %v (func %s, num %q, err %v)\n", line, err, ne.Func, ne.Num, ne.Err)
			}
			continue
		}
		p, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			fmt.Println("line", line, err, errors.Is(err, strconv.ErrSyntax))
			continue
		}
		sum += float64(q) * p
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t\n", f[0], q, p)
	}
	tw.Flush()
	fmt.Println("scan err:", sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))
	fmt.Printf("total %.2f after %d lines\n", sum, line)
	_, _ = io.Copy(h, os.Stdin)
	fmt.Printf("sha256 %x\n", h.Sum(nil))
	v, err := strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("-1", 10, 8)
	fmt.Println(u, err)
}
