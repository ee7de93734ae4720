// difftest: same
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(0), 90*time.Second)
	t := time.Date(2024, 3, 5, 14, 7, 9, 0, time.UTC)
	fmt.Println(t.Format(time.RFC3339), t.Format("Mon Jan 2 15:04"), t.Weekday(), t.YearDay())
	fmt.Printf("%v|%s|%d\n", d, d, d)
	fmt.Println(t.Add(36*time.Hour).Sub(t), t.Truncate(time.Hour).Format(time.Kitchen))
	p, err := time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(p, err)
	_, err = time.ParseDuration("5x")
	fmt.Println(err)
}
