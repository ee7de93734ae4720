// difftest: same
package main

// encoding/csv, as its package examples read and write records: quoted
// fields, a comment character, a semicolon separator, and the errors a
// malformed line gives with its line and column.

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

func main() {
	in := `first_name,last_name,username
"Rob","Pike",rob
# a comment line
Ken,Thompson,ken
"Robert","Griesemer","gri"
"Multi
line",x,"with ""quotes"""
`
	r := csv.NewReader(strings.NewReader(in))
	r.Comment = '#'
	for {
		record, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			log.Fatal(err)
		}
		line, col := r.FieldPos(0)
		fmt.Printf("%d:%d %q\n", line, col, record)
	}

	r2 := csv.NewReader(strings.NewReader("a;b;c\n1;2;3\n"))
	r2.Comma = ';'
	records, err := r2.ReadAll()
	fmt.Println(records, err, len(records))

	bad := csv.NewReader(strings.NewReader("a,b\n1,2,3\n"))
	_, err = bad.ReadAll()
	fmt.Println(err)
	var perr *csv.ParseError
	if errors.As(err, &perr) {
		fmt.Println(perr.StartLine, perr.Line, perr.Column, perr.Err == csv.ErrFieldCount)
	}
	_, err = csv.NewReader(strings.NewReader(`a,"b` + "\n")).Read()
	fmt.Println(err, errors.Is(err, csv.ErrQuote))
	_, err = csv.NewReader(strings.NewReader(`a,b"c"` + "\n")).Read()
	fmt.Println(err)

	w := csv.NewWriter(os.Stdout)
	rows := [][]string{
		{"name", "note"},
		{"ann", "likes, commas"},
		{"bob", `says "hi"`},
		{"cy", "two\nlines"},
		{"", " lead space"},
	}
	for _, row := range rows {
		if err := w.Write(row); err != nil {
			log.Fatalln("error writing record to csv:", err)
		}
	}
	w.Flush()
	fmt.Println(w.Error())
	w2 := csv.NewWriter(os.Stdout)
	w2.Comma = '\t'
	w2.UseCRLF = false
	w2.WriteAll([][]string{{"tab", "separated"}, {"1", "2"}})
}
