// difftest: same

package main

// time: AddDate past a month's end, Truncate, Round, ISOWeek, a date
// normalised from out-of-range fields, ParseDuration and its error, a
// fixed zone and layouts with fractions and offsets.

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.January, 31, 23, 59, 30, 500_000_000, time.UTC)
	fmt.Println(t.AddDate(0, 1, 0), t.Add(90*time.Second).Format(time.RFC3339Nano))
	fmt.Println(t.Weekday(), t.YearDay(), t.Truncate(time.Hour), t.Round(time.Minute))
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Unix(), t.UnixMilli(), t.Month() == time.January)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour), -d)
	_, err = time.ParseDuration("5 min")
	fmt.Println(err)
	u := time.Date(2023, 13, 35, 25, 61, 0, 0, time.UTC)
	fmt.Println(u)
	p, err := time.Parse("2006-01-02 15:04", "2024-02-29 08:05")
	fmt.Println(p, err, p.Sub(t), t.Before(p), p.Equal(p.UTC()))
	_, err = time.Parse(time.RFC1123, "not a date")
	fmt.Println(err)
	loc := time.FixedZone("CET", 3600)
	fmt.Println(t.In(loc).Format("Mon Jan _2 15:04:05 MST 2006"), t.In(loc).Format(time.Kitchen))
	fmt.Println(time.Duration(1500)*time.Microsecond, time.Duration(0), 2*time.Hour+3*time.Millisecond)
	fmt.Println(t.Format("02/01/06 03:04PM .000 Z07:00"), t.IsZero(), time.Time{}.IsZero())
}
