// difftest: same
package main

import (
	"fmt"
	"time"
)

func main() {
	fired := make(chan string, 3)
	time.AfterFunc(10*time.Millisecond, func() { fired <- "after func" })
	fmt.Println(<-fired)
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped:", t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired")
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), time.Duration(90)*time.Second)
	day := time.Date(2024, time.February, 29, 13, 4, 5, 0, time.UTC)
	fmt.Println(day.Format("2006-01-02 15:04:05"), day.Weekday(), day.YearDay())
	fmt.Println(day.Add(24 * time.Hour).Format(time.RFC3339))
	p, err := time.Parse("2006-01-02", "2023-12-25")
	fmt.Println(p.Month(), err, day.Sub(p).Hours())
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	fmt.Println(time.Since(start) >= 2*time.Millisecond)
}
