// difftest: same

// Fixed times and durations: layouts, AddDate across a leap day, Sub,
// Truncate and Round, Parse and its error, ParseDuration, a fixed zone.

package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format("Mon Jan 2 15:04:05 2006"), t.Format("02/01/06 3:04PM"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Unix(), t.UnixMilli())
	u := t.AddDate(0, 1, 0)
	fmt.Println(u.Format(time.DateOnly), u.Sub(t), u.After(t), t.Add(36*time.Hour).Format(time.Kitchen))
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Hours(), d.Truncate(time.Minute), d.Round(time.Hour), time.Duration(1500)*time.Microsecond)
	p, err := time.Parse("2006-01-02 15:04", "2023-12-25 08:30")
	fmt.Println(p, err)
	_, err = time.Parse(time.RFC3339, "not a time")
	fmt.Println(err)
	dd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(dd, err, dd.Seconds())
	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc), t.In(loc).Format(time.RFC1123Z))
	fmt.Printf("%v|%s|%d|%.1f\n", d, d, d, d.Minutes())
	fmt.Println(t.Truncate(time.Hour), t.Equal(t.In(loc)), t == t.In(loc))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
}
