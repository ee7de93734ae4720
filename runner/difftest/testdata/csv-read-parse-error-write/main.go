// difftest: same

package main

// encoding/csv: quoted fields with commas and doubled quotes, a ParseError
// found with errors.As, a Writer's quoting, and a wrong field count.

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := "name,score\n\"Smith, Ann\",90\nBob,\"7\"\"5\"\nbad,\"x\n"
	r := csv.NewReader(strings.NewReader(in))
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			fmt.Println("parse error line", pe.Line, pe.Err)
			break
		}
		fmt.Println(len(rec), rec)
	}
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"a,b", "c\"d", "e"})
	w.WriteAll([][]string{{"1", "2"}, {"x y", ""}})
	fmt.Println(w.Error())
	r2 := csv.NewReader(strings.NewReader("a;b\n1;2;3\n"))
	r2.Comma = ';'
	_, err := r2.ReadAll()
	fmt.Println(err)
}
