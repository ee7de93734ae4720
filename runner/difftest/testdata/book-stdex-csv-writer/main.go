// difftest: same
package main

// encoding/csv's Writer examples: Write of records with quotes, commas
// and newlines in fields, WriteAll, a semicolon as the separator, UseCRLF,
// and the Reader reading it back with ReadAll, then a parse error.

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"strings"
)

func main() {
	records := [][]string{
		{"first_name", "last_name", "username"},
		{"Rob", "Pike", "rob"},
		{"Ken", "Thompson", "ken"},
		{"Robert", "Griesemer", "gri"},
	}
	w := csv.NewWriter(os.Stdout)
	for _, record := range records {
		if err := w.Write(record); err != nil {
			fmt.Println("error writing record to csv:", err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println(err)
	}

	var buf bytes.Buffer
	w = csv.NewWriter(&buf)
	w.Comma = ';'
	w.WriteAll([][]string{{"name", "quote"}, {"Ann", `She said "hi"`}, {"Bo", "a;b"}, {"Cy", "two\nlines"}, {"", " lead"}})
	fmt.Print(buf.String())

	r := csv.NewReader(strings.NewReader(buf.String()))
	r.Comma = ';'
	all, err := r.ReadAll()
	fmt.Printf("%q %v\n", all, err)

	var crlf bytes.Buffer
	w = csv.NewWriter(&crlf)
	w.UseCRLF = true
	w.Write([]string{"a", "b"})
	w.Flush()
	fmt.Printf("%q\n", crlf.String())

	bad := csv.NewReader(strings.NewReader("a,b\n\"c,d\ne,f\n"))
	_, err = bad.ReadAll()
	fmt.Println(err)
	short := csv.NewReader(strings.NewReader("a,b,c\n1,2\n"))
	_, err = short.ReadAll()
	fmt.Println(err)
	short = csv.NewReader(strings.NewReader("a,b,c\n1,2\n"))
	short.FieldsPerRecord = -1
	rec, err := short.ReadAll()
	fmt.Println(rec, err)
	line, col := short.FieldPos(0)
	fmt.Println(line, col)
}
