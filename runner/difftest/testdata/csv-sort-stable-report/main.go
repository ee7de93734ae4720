// difftest: same
package main

// Reads CSV from stdin (a quoted field with a comma, a comment line, a
// record with the wrong field count that csv.ParseError reports),
// converts scores with strconv, sorts with sort.SliceStable by team then
// slices.SortStableFunc by score, and writes the result with csv.Writer.

import (
	"cmp"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"
	"strconv"
)

type row struct {
	name, team string
	score      float64
}

func main() {
	r := csv.NewReader(os.Stdin)
	r.Comment = '#'
	r.TrimLeadingSpace = true
	header, err := r.Read()
	fmt.Println("header:", header, err, r.FieldsPerRecord)
	var rows []row
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("parse error line %d col %d: %v (%v)\n", pe.Line, pe.Column, pe.Err, errors.Is(err, csv.ErrFieldCount))
			continue
		}
		s, err := strconv.ParseFloat(rec[2], 64)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		rows = append(rows, row{rec[0], rec[1], s})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].team < rows[j].team })
	for _, x := range rows {
		fmt.Printf("%-14q %-6s %6.1f\n", x.name, x.team, x.score)
	}
	slices.SortStableFunc(rows, func(a, b row) int { return cmp.Compare(b.score, a.score) })
	w := csv.NewWriter(os.Stdout)
	w.Comma = ';'
	for _, x := range rows {
		w.Write([]string{x.name, x.team, strconv.FormatFloat(x.score, 'g', -1, 64)})
	}
	w.Flush()
	fmt.Println("writer error:", w.Error())
}
