// difftest: same
// Two functions declare a type of one name, row: Go names both main.row,
// so socklab leaves both where they are, and the program prints them by
// their own types, as it runs the same.
package main

import "fmt"

func scores() {
	type row struct {
		Name  string
		Score int
	}
	rows := []row{{"ana", 3}, {"bo", 5}}
	best := rows[0]
	for _, r := range rows[1:] {
		if r.Score > best.Score {
			best = r
		}
	}
	fmt.Println(best, len(rows))
	fmt.Printf("%v %+v\n", best, rows)
}

func ports() {
	type row struct {
		Port  int
		Open  bool
		Proto string
	}
	for _, r := range []row{{22, true, "tcp"}, {53, false, "udp"}} {
		fmt.Printf("%d/%s open=%t\n", r.Port, r.Proto, r.Open)
	}
}

func main() {
	scores()
	ports()
}
