// difftest: same

// A CSV of scores read record by record, a bad number skipped, the table
// right-aligned by text/tabwriter, a CSV written, and a quote error.

package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

func main() {
	r := csv.NewReader(strings.NewReader("name,score\nann,90\n\"bob, jr\",75\ncid,x\n"))
	hdr, _ := r.Read()
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, strings.Join(hdr, "\t")+"\t")
	total := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("err:", err)
			return
		}
		n, err := strconv.Atoi(rec[1])
		if err != nil {
			fmt.Fprintf(tw, "%s\t%s\t\n", rec[0], "bad")
			continue
		}
		total += n
		fmt.Fprintf(tw, "%s\t%d\t\n", rec[0], n)
	}
	tw.Flush()
	fmt.Println("total", total)
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"a,b", "c\"d", "e"})
	w.Flush()
	_, err := csv.NewReader(strings.NewReader("a,\"b\nc")).ReadAll()
	fmt.Println(err)
}
